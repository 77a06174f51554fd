"""The kiosk in the window, on an injected clock (issue 13 items 2, 4, 5): the idle question
and its countdown, any touch extending the visit, the reset to the museum's defaults with no
trace on disk but the counters, no way out for visitors, and the staff gesture and PIN."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.kiosk.config import KioskConfig
from game.kiosk.counters import Counters
from game.ui.app import App
from game.ui.kiosk.controller import Kiosk, kiosk_stories
from game.ui.kiosk.screens import AttractScreen, PinScreen, StaffScreen, StillThereScreen
from game.ui.profile import KIOSK
from game.ui.screens.intro import IntroScreen
from game.ui.screens.play import PlayScreen
from tests.conftest import STORIES
from tests.helpers import load
from tests.ui.support import Clock, press, pump
from tests.ui.support import click as click_now


@pytest.fixture
def kiosk(tmp_path: Path):
    clock = Clock()
    config = KioskConfig(idle_seconds=60, countdown_seconds=20, staff_pin="2468",
                         show_other_visitors=True)
    stories = kiosk_stories(load(STORIES / "campaign.yaml").model, config)
    pygame.display.init()  # the event queue needs the video system (the dummy driver)
    app = App(stories["en"], tmp_path, surface=pygame.Surface((1920, 1080)),
              settings=Settings(), profile=KIOSK, clock=clock)
    counters = Counters(tmp_path / "kiosk.sqlite")
    kiosk = Kiosk(app, config, stories, counters, today=lambda: date(2026, 12, 2))
    kiosk.start()
    kiosk.clock = clock
    yield kiosk
    counters.close()
    pygame.display.quit()


def click(app, key: str) -> None:
    """A visitor's press, a second after the last (a page ignores presses at first)."""
    app.clock.now += 1.0
    click_now(app, key)


def later(kiosk, seconds: float) -> None:
    """Time passes with nobody touching the screen."""
    step = 0.25
    while seconds > 0:
        kiosk.clock.now += step
        kiosk.app.step(step)
        seconds -= step


def touch_to_begin(kiosk) -> PlayScreen:
    app = kiosk.app
    assert isinstance(app.top, AttractScreen)
    click(app, "begin:en")
    assert isinstance(app.top, IntroScreen)
    click(app, "begin")
    assert isinstance(app.top, PlayScreen)
    later(kiosk, 25)  # the visitor reads while the text appears
    assert not app.top.revealing
    return app.top


def test_the_kiosk_opens_in_the_attract_loop_and_plays_the_museum_cut(kiosk):
    assert isinstance(kiosk.app.top, AttractScreen)
    texts = [e.text for e in kiosk.app.top.describe().elements]
    assert "Touch to begin" in texts and any("about 5 minutes" in t for t in texts)
    screen = touch_to_begin(kiosk)
    assert screen.run.season.cut == "museum"


def test_walking_away_asks_counts_down_and_resets_everything(kiosk, tmp_path):
    screen = touch_to_begin(kiosk)
    first = next(t.key for t in screen.targets() if t.key.startswith("choice:"))
    click(kiosk.app, first)
    kiosk.app.apply(kiosk.app.settings.but(text_scale=175, high_contrast=True))
    kiosk.app.noticed_input()
    later(kiosk, 59)
    assert not isinstance(kiosk.app.top, StillThereScreen)
    later(kiosk, 2)
    assert isinstance(kiosk.app.top, StillThereScreen)  # asked about 60 s after the touch
    assert any("seconds" in e.text for e in kiosk.app.top.describe().elements)
    later(kiosk, 17)
    assert isinstance(kiosk.app.top, StillThereScreen)  # at least countdown_seconds
    later(kiosk, 4)
    assert isinstance(kiosk.app.top, AttractScreen)
    assert kiosk.app.settings.text_scale == 100 and not kiosk.app.settings.high_contrast
    assert not (tmp_path / "kiosk-visit.json").exists()  # no trace of the visitor
    assert kiosk.counters.total("visit") == 1 and kiosk.counters.total("choice") == 1


def test_any_touch_extends_the_visit_without_limit(kiosk):
    touch_to_begin(kiosk)
    kiosk.app.noticed_input()  # a touch once the page is read
    for round_ in range(5):
        later(kiosk, 65)
        assert isinstance(kiosk.app.top, StillThereScreen), round_
        click(kiosk.app, "continue")
        assert isinstance(kiosk.app.top, PlayScreen)
    assert kiosk.counters.total("visit") == 0  # still the same visit


def test_visitors_cannot_leave(kiosk):
    app = kiosk.app
    touch_to_begin(kiosk)
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # Alt+F4, the close button
    pump(app)
    assert app.running
    before = app.settings
    press(app, pygame.K_F11)
    assert app.running and app.settings == before  # F11 does nothing here
    press(app, pygame.K_ESCAPE)  # the menu, without Quit or Settings
    keys = [t.key for t in app.top.targets()]
    assert "quit" not in keys and "settings" not in keys and "resume" in keys
    click(app, "title")  # every way to the title leads to the attract loop
    assert isinstance(app.top, AttractScreen) and app.running


def test_staff_open_their_screen_with_the_corner_and_the_pin(kiosk):
    app = kiosk.app
    for _ in range(5):
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(10, 10), button=1,
                                             touch=False))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(10, 10), button=1,
                                             touch=False))
        pump(app)
    assert isinstance(app.top, PinScreen)
    for digit in "1111":
        click(app, f"digit:{digit}")
    click(app, "ok")
    assert isinstance(app.top, PinScreen) and app.top.wrong
    for digit in "2468":
        click(app, f"digit:{digit}")
    click(app, "ok")
    assert isinstance(app.top, StaffScreen)
    assert any("Today: 0 visits" in e.text for e in app.top.describe().elements)
    click(app, "exit")
    assert not app.running and kiosk.closed


def test_other_visitors_choices_are_shown_once_enough_have_been_here(kiosk):
    for _ in range(6):
        kiosk.counters.decision(date(2026, 12, 2), "famine", "thin_harvest", "reap_for_anna")
    screen = touch_to_begin(kiosk)
    assert screen.run.session.state.scene == "thin_harvest"
    click(kiosk.app, "choice:reap_for_anna")
    assert "% of visitors today made the same choice" in kiosk.app.banner


def test_a_problem_inside_the_game_goes_back_to_the_attract_loop(kiosk, monkeypatch):
    from game.ui.kiosk.launch import lead_problems_home

    lead_problems_home(kiosk)
    screen = touch_to_begin(kiosk)

    def broken(choice_id):
        raise RuntimeError("a bug")

    monkeypatch.setattr(screen.run, "choose", broken)
    click(kiosk.app, next(t.key for t in screen.targets() if t.key.startswith("choice:")))
    assert isinstance(kiosk.app.top, AttractScreen)  # no message, no traceback for visitors
    assert kiosk.problems == 1
    assert "a bug" in (kiosk.app.data_dir / "problems.log").read_text(encoding="utf-8")


def test_buttons_are_at_least_20_mm_on_the_configured_screen(tmp_path):
    """Research B-6: on a 15-inch 1080p screen (about 5.6 pixels a millimetre) the kiosk
    raises the text size until its buttons are 20 mm high; on a 55-inch one it need not."""
    import math

    stories = kiosk_stories(load(STORIES / "campaign.yaml").model, KioskConfig())
    pygame.display.init()
    for inches in (15, 55):
        config = KioskConfig(screen_inches=inches)
        app = App(stories["en"], tmp_path, surface=pygame.Surface((1920, 1080)),
                  settings=Settings(), profile=KIOSK, clock=Clock())
        kiosk = Kiosk(app, config, stories, Counters(tmp_path / f"k{inches}.sqlite"))
        kiosk.start()
        mm = math.hypot(1920, 1080) / (inches * 25.4)
        assert min(t.box.h for t in app.top.targets()) / mm >= 20
        assert (app.settings.text_scale > 100) == (inches == 15)
        kiosk.counters.close()
    pygame.display.quit()


def test_a_second_tap_within_half_a_second_is_ignored(kiosk):
    """Research B-7: on a kiosk one shaky double tap never counts twice (shown on the PIN
    pad, where each tap types a digit and no page turns in between)."""
    app = kiosk.app
    app.push(PinScreen(app, kiosk))
    click(app, "digit:1")
    app.clock.now += 0.2 - 1.0  # `click` moves the clock on by 1 s: this tap is 0.2 s later
    click(app, "digit:1")
    assert app.top.typed == "1"  # the second tap was ignored
    click(app, "digit:2")  # a second later: taken
    assert app.top.typed == "12"
