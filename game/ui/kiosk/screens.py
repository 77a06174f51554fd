"""The kiosk's own screens: the attract loop, "Are you still there?", the staff PIN and the
staff screen. Each is a page like the rest of the window, with large targets."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.lang.catalogue import language_label, load_strings

from ..layout import Box
from ..screens.common import Item, PageScreen
from ..screens.title import cover_of

if TYPE_CHECKING:
    from ..app import App
    from ..input import Intent
    from .controller import Kiosk

BREATH_SECONDS = 8.0  # the attract picture brightens and dims once in 8 s: never a flash
BREATH_FRAME = 1.0  # seconds between its frames: a full-screen blend costs CPU at 1080p
STAFF_CORNER_TAPS = 5  # taps in the top-left corner, within STAFF_TAP_WINDOW seconds
STAFF_TAP_WINDOW = 4.0


class AttractScreen(PageScreen):
    """Waiting for a visitor: the village at dusk, "Touch to begin" in every language the
    museum offers, how long a visit takes, a language picker (names in themselves) and
    "Read aloud", which turns self-voicing on for the visit."""

    name = "attract"
    centred = True

    def __init__(self, app: App, kiosk: Kiosk) -> None:
        super().__init__(app)
        self.kiosk = kiosk
        self.phase = 0.0
        self.since_frame = 0.0
        self._veil: pygame.Surface | None = None
        self.corner_taps: list[float] = []

    def heading(self) -> str:
        return self.app.campaign.title if self.app.campaign else ""

    def paragraphs(self) -> list[tuple[str, str]]:
        lines = []
        for language in self.kiosk.config.languages:
            words = load_strings(language)
            lines.append((words._("Touch to begin"), "heading"))
        minutes = self.kiosk.visit_minutes
        lines.append((self.app.strings._("A visit takes about {minutes} minutes.",
                                         minutes=minutes), "body"))
        return lines

    def items(self) -> list[Item]:
        languages = self.kiosk.config.languages
        _ = self.app.strings._
        # A large labelled button that reads the visit aloud (issue 15), for this visit only
        voice = ("voice", _("Read aloud: on") if self.app.settings.self_voicing
                 else _("Read aloud: off"), True)
        if len(languages) == 1:
            return [("begin:" + languages[0], _("Begin"), True), voice]
        return [*(("begin:" + language, language_label(language), True)
                  for language in languages), voice]

    def activate(self, key: str) -> None:
        if key.startswith("begin:"):
            self.kiosk.begin_visit(key.split(":", 1)[1])
        elif key == "voice":
            self.kiosk.toggle_voice()

    def handle(self, intent: Intent) -> None:
        from ..input import Down, Up

        if isinstance(intent, Down) and intent.x < self.app.metrics.px(80) \
                and intent.y < self.app.metrics.px(80):
            now = self.app.clock()
            self.corner_taps = [t for t in self.corner_taps if now - t < STAFF_TAP_WINDOW]
            self.corner_taps.append(now)
            if len(self.corner_taps) >= STAFF_CORNER_TAPS:
                self.corner_taps = []
                self.app.push(PinScreen(self.app, self.kiosk))
            return
        if isinstance(intent, Up) and self.target_at(intent.x, intent.y) is None \
                and not (intent.x < self.app.metrics.px(80) and intent.y < self.app.metrics.px(80)):
            self.kiosk.begin_visit(self.kiosk.config.languages[0])  # a touch anywhere begins
            return
        super().handle(intent)

    def back(self) -> None:
        """Esc does nothing here: there is nowhere to go back to."""

    def update(self, dt: float) -> bool:
        """The picture breathes a frame a second: a change of a few levels of
        shade each time, too slow to see as steps, and the loop stays idle in between (the
        kiosk runs for weeks; bench/kiosk.py measures its CPU)."""
        self.phase = (self.phase + dt / BREATH_SECONDS) % 1.0
        self.since_frame += dt
        if self.since_frame >= BREATH_FRAME:
            self.since_frame = 0.0
            self.app.dirty = True
        return False

    def draw_behind(self, surface: pygame.Surface) -> None:
        picture = self.app.images.fitted(cover_of(self.app.campaign)[0],
                                         Box(0, 0, *surface.get_size()), cover=True)
        if picture is not None:
            surface.blit(*picture)
            shade = int(40 + 30 * math.sin(2 * math.pi * self.phase))  # 10-70 of 255, slowly
            if self._veil is None or self._veil.get_size() != surface.get_size():
                self._veil = pygame.Surface(surface.get_size())  # once per size, not per frame
            self._veil.set_alpha(shade)
            surface.blit(self._veil, (0, 0))


class StillThereScreen(PageScreen):
    """After `idle_seconds` without a touch: a full-screen question with a countdown. Any
    touch or key answers it; when the countdown ends the kiosk starts again."""

    name = "still-there"
    centred = True

    def __init__(self, app: App, kiosk: Kiosk) -> None:
        super().__init__(app)
        self.kiosk = kiosk
        self.left = float(kiosk.config.countdown_seconds)

    def heading(self) -> str:
        return self.app.strings._("Are you still there?")

    def paragraphs(self) -> list[tuple[str, str]]:
        return [(self.app.strings._("Touch anywhere to go on."), "body"),
                (self.app.strings._("The story starts again for the next visitor in {n} "
                                    "seconds.", n=math.ceil(self.left)), "body")]

    def items(self) -> list[Item]:
        return [("continue", self.app.strings._("Continue"), True)]

    def handle(self, intent: Intent) -> None:
        from ..input import Aim, Down, Key

        if isinstance(intent, (Down, Key, Aim)):
            self.kiosk.still_here()  # any touch, key or screen reader's press: still here

    def update(self, dt: float) -> bool:
        shown = math.ceil(self.left)
        self.left -= dt
        if self.left <= 0:
            self.kiosk.reset()
            return False
        if math.ceil(self.left) != shown:
            self.rebuild()
        return True

    def back(self) -> None:
        self.kiosk.still_here()


class PinScreen(PageScreen):
    """Staff only: the PIN from kiosk.yaml, typed on large digit buttons (or keys)."""

    name = "staff-pin"
    numbered = False  # a keypad: its digits are its labels, not shortcuts
    width = 600

    def __init__(self, app: App, kiosk: Kiosk) -> None:
        super().__init__(app)
        self.kiosk = kiosk
        self.typed = ""
        self.wrong = False

    def heading(self) -> str:
        return self.app.strings._("Staff only: enter the PIN")

    def paragraphs(self) -> list[tuple[str, str]]:
        shown = "\u25cf " * len(self.typed) or "\u2013"
        lines = [(shown, "heading")]
        if self.wrong:
            lines.append((self.app.strings._("That PIN is not right."), "small"))
        return lines

    def items(self) -> list[Item]:
        digits: list[Item] = [(f"digit:{d}", d, True) for d in "1234567890"]
        return [*digits, ("ok", self.app.strings._("OK"), True),
                ("cancel", self.app.strings._("Cancel"), True)]

    def activate(self, key: str) -> None:
        if key.startswith("digit:") and len(self.typed) < 8:
            self.typed += key.split(":", 1)[1]
            self.wrong = False
        elif key == "ok":
            if self.kiosk.pin_matches(self.typed):
                self.app.pop()
                self.app.push(StaffScreen(self.app, self.kiosk))
                return
            self.typed, self.wrong = "", True
            self.kiosk.wrong_pin()
        elif key == "cancel":
            self.app.pop()
            return
        self.rebuild()

    def key(self, name: str) -> None:
        if name.isdigit() and len(name) == 1:  # the number row types, it does not press
            self.activate(f"digit:{name}")
        else:
            super().key(name)


class StaffScreen(PageScreen):
    """Today's counters, and what staff may do: start again, change the season, check the
    touch screen, or close the kiosk."""

    name = "staff"

    def __init__(self, app: App, kiosk: Kiosk) -> None:
        super().__init__(app)
        self.kiosk = kiosk

    def heading(self) -> str:
        return self.app.strings._("Staff")

    def paragraphs(self) -> list[tuple[str, str]]:
        return [(line, "small") for line in self.kiosk.today_lines()]

    def items(self) -> list[Item]:
        _ = self.app.strings._
        return [("restart", _("Start the attract loop again"), True),
                ("season", _("Play: {title}", title=self.kiosk.story_title()), True),
                ("pattern", _("Touch test pattern"), True),
                ("exit", _("Close the kiosk"), True)]

    def activate(self, key: str) -> None:
        if key == "restart":
            self.kiosk.reset()
        elif key == "season":
            self.kiosk.next_story()
            self.rebuild()
        elif key == "pattern":
            self.app.push(PatternScreen(self.app))
        elif key == "exit":
            self.kiosk.close()


class PatternScreen(PageScreen):
    """A grid of crosses to touch: each touch draws a ring where the screen felt it, so staff
    see at once whether touches land where fingers are (calibration)."""

    name = "pattern"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.touches: list[tuple[int, int]] = []

    def heading(self) -> str:
        return self.app.strings._("Touch each cross; a ring shows where the touch landed.")

    def items(self) -> list[Item]:
        return [("done", self.app.strings._("Done"), True)]

    def activate(self, key: str) -> None:
        if key == "done":
            self.app.pop()

    def handle(self, intent: Intent) -> None:
        from ..input import Down

        if isinstance(intent, Down) and self.target_at(intent.x, intent.y) is None:
            self.touches = [*self.touches[-40:], (int(intent.x), int(intent.y))]
            return
        super().handle(intent)

    def draw_behind(self, surface: pygame.Surface) -> None:
        theme, m = self.theme, self.app.metrics
        width, height = surface.get_size()
        arm = m.px(16)
        for fx in (0.1, 0.5, 0.9):
            for fy in (0.15, 0.5, 0.85):
                x, y = int(width * fx), int(height * fy)
                pygame.draw.line(surface, theme.text, (x - arm, y), (x + arm, y), 3)
                pygame.draw.line(surface, theme.text, (x, y - arm), (x, y + arm), 3)
        for x, y in self.touches:
            pygame.draw.circle(surface, theme.focus, (x, y), m.px(14), 3)
