"""Settings: each row is one button that steps through its choices (easy by touch, keys or
mouse). Changes apply at once and are kept for next time; a new language is used from the
next start, because the seasons are put into the language as they are loaded."""

from __future__ import annotations

from game.engine.settings import FONTS, SPEECH_SPEEDS, TEXT_SCALES, TEXT_SPEEDS, VOLUMES
from game.lang.catalogue import Strings, available_languages, choose_language, language_name

from .common import Item, PageScreen


def _next(values: tuple, current: object) -> object:  # type: ignore[type-arg]
    return values[(values.index(current) + 1) % len(values)] if current in values else values[0]


def _on_off(strings: Strings) -> dict[bool, str]:
    # TRANSLATORS: a setting's state, after "High contrast: " and the like
    return {True: strings._("on"), False: strings._("off")}


class SettingsScreen(PageScreen):
    palette = "dusk"

    def heading(self) -> str:
        return self.app.strings._("Settings")

    def paragraphs(self) -> list[tuple[str, str]]:
        _ = self.app.strings._
        # At the largest text sizes the hint gives way, so every setting stays on screen
        # (window review, defect 5: at 200 % three of six rows were below the fold).
        large = self.app.settings.text_scale > 150
        lines = [] if large else [(_("Press a setting to change it. Your choices are kept "
                                     "for next time."), "small")]
        if choose_language(self.app.settings.language) != self.app.strings.language:
            lines.append((_("The new language is used the next time the game starts."),
                          "small"))
        return lines

    def items(self) -> list[Item]:
        s, strings = self.app.settings, self.app.strings
        _ = strings._
        on = _on_off(strings)
        speeds = {"slow": strings.p_("text speed", "slow"),
                  "normal": strings.p_("text speed", "normal"),
                  "fast": strings.p_("text speed", "fast"),
                  "instant": strings.p_("text speed", "instant")}
        # TRANSLATORS: the text-spacing setting's two states, after "Text spacing: "
        spacing = {True: strings.p_("text spacing", "wide"),
                   False: strings.p_("text spacing", "normal")}
        # TRANSLATORS: the font setting's two choices, after "Font: "; the easy-reading
        # font is SIL Andika, drawn for children learning to read
        fonts = {"standard": strings.p_("font", "standard"),
                 "easy-reading": strings.p_("font", "easy reading")}
        language = (language_name(s.language) if s.language else
                    _("as the computer ({language})",
                      language=language_name(choose_language(""))))
        return [("text_scale", _("Text size: {percent}%", percent=s.text_scale), True),
                ("text_speed", _("Text speed: {speed}",
                                 speed=speeds.get(s.text_speed, s.text_speed)), True),
                ("text_spacing", _("Text spacing: {spacing}", spacing=spacing[s.text_spacing]),
                 True),
                ("font", _("Font: {font}", font=fonts.get(s.font, s.font)), True),
                ("high_contrast", _("High contrast: {on}", on=on[s.high_contrast]), True),
                ("reduced_motion", _("Reduced motion: {on}", on=on[s.reduced_motion]), True),
                ("fullscreen", _("Full screen (F11): {on}", on=on[s.fullscreen]), True),
                ("language", _("Language: {language}", language=language), True),
                ("sound", _("Sound: off (M)") if s.muted else _(
                    # TRANSLATORS: keep it short: at 200 % text it shares a row with Back
                    "Sound: {music}% / {effects}%", music=s.music_volume,
                    effects=s.effects_volume), True),
                ("back", _("Back"), True)]

    def activate(self, key: str) -> None:
        s = self.app.settings
        if key == "back":
            self.back()
        elif key == "text_scale":
            self.app.apply(s.but(text_scale=_next(TEXT_SCALES, s.text_scale)))
        elif key == "text_speed":
            self.app.apply(s.but(text_speed=_next(TEXT_SPEEDS, s.text_speed)))
        elif key == "sound":
            self.app.push(SoundScreen(self.app))
        elif key == "font":
            self.app.apply(s.but(font=_next(FONTS, s.font)))
        elif key in ("high_contrast", "reduced_motion", "fullscreen", "text_spacing"):
            self.app.apply(s.but(**{key: not getattr(s, key)}))
        elif key == "language":
            self.language(_next(("", *available_languages()), s.language))

    def language(self, setting: str) -> None:
        """Opened from the title, a new language is used at once (nothing of a season is on
        screen in the old one); from inside a season, from the next start."""
        from .title import TitleScreen

        below = self.app.stack[:-1]
        title = below[0] if len(below) == 1 and isinstance(below[0], TitleScreen) else None
        if title is not None and self.app.change_language(choose_language(setting), setting):
            title.refresh()  # "Continue: <season>" in the new language
            title.rebuild()
        else:
            self.app.apply(self.app.settings.but(language=setting))


class SoundScreen(PageScreen):
    """Volumes, reading aloud, mute and captions: a page of its own, so Settings stays one
    screen long. Without a speech engine, it says so (and how to get one)."""

    palette = "dusk"

    def heading(self) -> str:
        return self.app.strings._("Sound")

    def paragraphs(self) -> list[tuple[str, str]]:
        _ = self.app.strings._
        # at the largest text sizes the hint gives way, so Back stays in reach (as Settings)
        lines = [] if self.app.settings.text_scale > 150 else [(_(
            "Every sound has a caption: a line of words at the top of the screen while it "
            "plays."), "small")]
        if self.app.sound.unavailable:
            lines.append((_("This computer has no sound the game can use ({why}); captions "
                            "still show what would be heard.", why=self.app.sound.unavailable),
                          "small"))
        voice = self.app.voice.available()
        if voice and self.app.settings.text_scale <= 150:  # the row says so at any size
            lines.append((_("Reading aloud needs a speech engine, and none was found ({why}).",
                            why=voice), "small"))
        return lines

    def items(self) -> list[Item]:
        s, _ = self.app.settings, self.app.strings._
        on = _on_off(self.app.strings)
        strings = self.app.strings
        # TRANSLATORS: how fast the game reads aloud, after "Reading speed: "
        speeds = {"slow": strings.p_("speech speed", "slow"),
                  "normal": strings.p_("speech speed", "normal"),
                  "fast": strings.p_("speech speed", "fast")}
        return [("music_volume", _("Music: {percent}%", percent=s.music_volume), True),
                ("effects_volume", _("Sound effects: {percent}%", percent=s.effects_volume),
                 True),
                ("self_voicing", _("Read aloud (V): no voice here")
                 if self.app.voice.available() else
                 _("Read aloud (V): {on}", on=on[s.self_voicing]), True),
                ("speech_volume", _("Speech: {percent}%", percent=s.speech_volume),
                 True),
                ("speech_speed", _("Reading speed: {speed}",
                                   speed=speeds.get(s.speech_speed, s.speech_speed)), True),
                ("muted", _("All sound off (M): {on}", on=on[s.muted]), True),
                ("captions", _("Sound captions: {on}", on=on[s.captions]), True),
                ("back", _("Back"), True)]

    def activate(self, key: str) -> None:
        s = self.app.settings
        if key == "back":
            self.back()
        elif key in ("music_volume", "effects_volume", "speech_volume"):
            self.app.apply(s.but(**{key: _next(VOLUMES, getattr(s, key))}))
        elif key == "speech_speed":
            self.app.apply(s.but(speech_speed=_next(SPEECH_SPEEDS, s.speech_speed)))
        elif key == "self_voicing":
            self.app.voice_key("voice")  # as V: without a voice it says why and stays off
        elif key in ("muted", "captions"):
            self.app.apply(s.but(**{key: not getattr(s, key)}))
