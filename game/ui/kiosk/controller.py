"""The kiosk mode: the window run by a museum's rules.

A visitor touches the attract loop and plays the `museum` cut; when nobody has touched the
screen for `idle_seconds`, "Are you still there?" counts down `countdown_seconds`, and then
everything starts again: language, text size, contrast, sound back to the museum's defaults,
the visit's save deleted, nothing of the visitor left but the anonymous counters. There is no
way out for visitors (the profile has no Quit, no F11, no Settings; the window cannot be
closed); staff tap the top-left corner five times and type the PIN.

It drives the App from outside, through what the App offers every mode: the clock, the
input hook, timers, `redirect` (every way back to the title leads to the attract loop) and
the profile. Its health is written to `kiosk-status.json` every few seconds.
"""

from __future__ import annotations

import contextlib
import math
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from game.engine.campaign import as_campaign
from game.engine.events import ChoiceMade, EndingReached, Event
from game.engine.model import Campaign, Season
from game.engine.settings import Settings
from game.kiosk.config import KioskConfig
from game.kiosk.counters import Counters
from game.kiosk.status import Status, write_status
from game.kiosk.watchdog import notify
from game.lang.translate import strings_for

from ..run import Run
from .screens import AttractScreen, StillThereScreen

if TYPE_CHECKING:
    from ..app import App
    from ..screen import Screen

TICK = 0.25  # seconds between looks at the idle timer
STATUS_EVERY = 5.0  # seconds between rewrites of kiosk-status.json
SHARE_SECONDS = 6.0  # how long "62 % of visitors today also ..." stays
TARGET_MM = 20  # the least height of a kiosk's button (research B-6)


class Kiosk:
    def __init__(self, app: App, config: KioskConfig, stories: dict[str, Campaign],
                 counters: Counters, today=date.today) -> None:  # type: ignore[no-untyped-def]
        """`stories` holds the campaign in each offered language (already cut)."""
        self.app, self.config, self.counters, self.today = app, config, counters, today
        self.stories = stories
        self.run: Run | None = None
        self.index = 0  # which season of the campaign a visit starts at (staff may change it)
        self.started = app.clock()
        self.visit_started: float | None = None
        self.furthest = ""
        self.language = config.languages[0]
        self.problems = 0
        self.visits = 0
        self.closed = False
        self.screen_name = "starting"
        self._status_left = 0.0
        self.visit_minutes = 5
        self._scale: int | None = None  # the text size for 20 mm buttons (`text_scale`)
        app.redirect = self._redirect
        app.every(TICK, self.tick)

    # -- the loop's hooks -------------------------------------------------------------
    def start(self) -> None:
        self.reset()
        notify("READY=1")

    def _redirect(self, screen: Screen) -> Screen:
        from ..screens.title import TitleScreen

        if isinstance(screen, TitleScreen):
            self._end_visit()
            return AttractScreen(self.app, self)
        return screen

    def tick(self) -> None:
        top = self.app.top
        now = self.app.clock()
        self.screen_name = self._name_of(top)
        if self.visit_started is not None and not isinstance(top, StillThereScreen) \
                and now - self.app.last_input_at >= self.config.idle_seconds:
            self.app.push(StillThereScreen(self.app, self))
        self._status_left -= TICK
        if self._status_left <= 0:
            self._status_left = STATUS_EVERY
            self.write_status()
            notify("WATCHDOG=1")  # the loop turns: systemd need not restart it

    def _name_of(self, screen: Screen) -> str:
        name = getattr(screen, "name", "")
        if name in ("attract", "still-there"):
            return name
        if name in ("staff", "staff-pin", "pattern"):
            return "staff"
        return "playing"

    def write_status(self) -> None:
        now = self.app.clock()
        status = Status(self.screen_name, self.visits, now - self.started,
                        now - self.app.last_input_at, self.problems,
                        datetime.now().isoformat(timespec="seconds"))
        try:
            write_status(self.app.data_dir, status)
        except OSError as err:  # a full disk must not stop the gallery's screen
            self.problems += 1
            self.app.log(f"kiosk status not written: {err}")

    # -- a visit ------------------------------------------------------------------------
    def begin_visit(self, language: str) -> None:
        from ..screens.intro import IntroScreen

        self.language = language if language in self.stories else self.config.languages[0]
        campaign = self.stories[self.language]
        self.app.campaign = campaign
        self.app.strings = strings_for(campaign, self.language)
        self.visit_started = self.app.clock()
        self.furthest = ""
        self.run = run = Run(campaign, self.visit_save, index=self.index,
                             listeners=(*self.app.listeners(), self.hear))
        run.play.begin()
        self.app.replace(IntroScreen(self.app, run))

    @property
    def visit_save(self) -> Path:
        """The visit's autosave: deleted when the visit ends (no trace on disk)."""
        return self.app.data_dir / "kiosk-visit.json"

    def hear(self, event: Event) -> None:
        """The visit's events, counted anonymously; with `show_other_visitors`, what others
        chose here today after each decision."""
        day = self.today()
        season = self.run.season.id if self.run is not None else ""
        if isinstance(event, ChoiceMade):
            self.furthest = f"{season}/{event.scene}"
            self.counters.decision(day, season, event.scene, event.choice)
            if self.config.show_other_visitors:
                share = self.counters.share(day, season, event.scene, event.choice)
                if share is not None:
                    self.app.show_banner(self.app.strings._(
                        "{percent} % of visitors today made the same choice.",
                        percent=round(100 * share)), SHARE_SECONDS)
        elif isinstance(event, EndingReached):
            self.counters.ending(day, season, event.ending)

    def toggle_voice(self) -> None:
        """The attract loop's "Read aloud": self-voicing for this visit only (not saved; the
        museum's defaults turn it off again when the visit ends)."""
        self.app.settings = self.app.settings.but(
            self_voicing=not self.app.settings.self_voicing)
        self.app.voice.toggled(keys=False)
        self.app.top.rebuild()
        self.app.dirty = True

    def still_here(self) -> None:
        if isinstance(self.app.top, StillThereScreen):
            self.app.pop()
        self.app.noticed_input()

    def _end_visit(self) -> None:
        if self.visit_started is not None:
            seconds = self.app.clock() - self.visit_started
            self.counters.visit(self.today(), seconds, self.furthest or "(none)", self.language)
            self.visits += 1
        self.visit_started, self.run = None, None
        with contextlib.suppress(OSError):
            self.visit_save.unlink(missing_ok=True)

    def reset(self) -> None:
        """Back to the attract loop with the museum's defaults: nothing of the last visitor
        stays on screen or on disk but the counters."""
        self.defaults()
        self.app.replace(AttractScreen(self.app, self))
        self.app.noticed_input()

    def defaults(self) -> None:
        """The visit ends; the museum's defaults come back (language, text size, contrast,
        sound), the visit's save is deleted."""
        self._end_visit()
        self.language = self.config.languages[0]
        defaults = Settings(language=self.language, fullscreen=True,
                            text_scale=self.text_scale())
        self.app.settings = defaults  # not saved: the museum's defaults are the config's
        self.app.sound.apply()
        self.app.voice.forget()  # reading aloud was for the last visitor
        self.app.campaign = self.stories[self.language]
        self.app.strings = strings_for(self.app.campaign, self.language)
        self.app.resize(*self.app.surface.get_size())  # text size back to 100 %
        self.app.banner = ""
        self.app.panel = []

    def text_scale(self) -> int:
        """The text size (100-200 %) at which the attract loop's buttons (drawn like a
        scene's choices) are at least 20 mm high on this screen (research B-6), when
        kiosk.yaml gives the screen's size; else 100 %. Measured once, on the page itself."""
        inches = self.config.screen_inches
        if not inches:
            return 100
        if self._scale is None:
            width, height = self.app.surface.get_size()
            need = TARGET_MM * math.hypot(width, height) / (inches * 25.4)  # in pixels
            kept = self.app.settings
            self._scale = 200
            for scale in range(100, 201, 25):
                self.app.settings = kept.but(text_scale=scale)  # measured, not saved
                self.app.resize(width, height)
                page = AttractScreen(self.app, self)
                page.rebuild()
                if min(t.box.h for t in page.targets()) >= need:
                    self._scale = scale
                    break
            self.app.settings = kept
            self.app.resize(width, height)
        return self._scale

    # -- staff ---------------------------------------------------------------------------
    def pin_matches(self, typed: str) -> bool:
        return typed == self.config.staff_pin

    def wrong_pin(self) -> None:
        self.app.log("kiosk: a wrong staff PIN was typed")

    def today_lines(self) -> list[str]:
        day = self.today()
        words = self.app.strings
        return [words._("Today: {visits} visits, {choices} choices made, {endings} endings "
                        "reached.", visits=self.counters.total("visit", day),
                        choices=self.counters.total("choice", day),
                        endings=self.counters.total("ending", day)),
                words._("Running for {hours} hours; {problems} problems logged.",
                        hours=round((self.app.clock() - self.started) / 3600, 1),
                        problems=self.problems)]

    def story_title(self) -> str:
        campaign = self.stories[self.config.languages[0]]
        return campaign.seasons[self.index].title if len(campaign.seasons) > 1 \
            else campaign.title

    def next_story(self) -> None:
        count = len(self.stories[self.config.languages[0]].seasons)
        self.index = (self.index + 1) % count

    def close(self) -> None:
        self._end_visit()
        self.closed = True
        self.app.running = False


def kiosk_stories(story: Season | Campaign, config: KioskConfig) -> dict[str, Campaign]:
    """The campaign in each offered language, every season in its museum cut."""
    from game.engine.cuts import cut_campaign
    from game.lang.translate import in_language

    found: dict[str, Campaign] = {}
    for language in config.languages:
        translated, _ = in_language(story, language) if language != "en" else (story, [])
        campaign = as_campaign(translated)
        if any(config.cut in s.cuts for s in campaign.seasons):
            campaign = cut_campaign(campaign, config.cut)
        found[language] = campaign
    return found

