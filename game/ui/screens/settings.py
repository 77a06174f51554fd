"""Settings: each row is one button that steps through its choices (easy by touch, keys or
mouse). Changes apply at once and are kept for next time."""

from __future__ import annotations

from game.engine.settings import TEXT_SCALES, TEXT_SPEEDS

from .common import Item, PageScreen


def _next(values: tuple, current: object) -> object:  # type: ignore[type-arg]
    return values[(values.index(current) + 1) % len(values)] if current in values else values[0]


class SettingsScreen(PageScreen):
    palette = "dusk"

    def heading(self) -> str:
        return "Settings"

    def paragraphs(self) -> list[tuple[str, str]]:
        return [("Press a setting to change it. Your choices are kept for next time.", "small")]

    def items(self) -> list[Item]:
        s = self.app.settings
        on = {True: "on", False: "off"}
        return [("text_scale", f"Text size: {s.text_scale}%", True),
                ("text_speed", f"Text speed: {s.text_speed}", True),
                ("high_contrast", f"High contrast: {on[s.high_contrast]}", True),
                ("reduced_motion", f"Reduced motion: {on[s.reduced_motion]}", True),
                ("fullscreen", f"Full screen (F11): {on[s.fullscreen]}", True),
                ("back", "Back", True)]

    def activate(self, key: str) -> None:
        s = self.app.settings
        if key == "back":
            self.back()
        elif key == "text_scale":
            self.app.apply(s.but(text_scale=_next(TEXT_SCALES, s.text_scale)))
        elif key == "text_speed":
            self.app.apply(s.but(text_speed=_next(TEXT_SPEEDS, s.text_speed)))
        elif key in ("high_contrast", "reduced_motion", "fullscreen"):
            self.app.apply(s.but(**{key: not getattr(s, key)}))
