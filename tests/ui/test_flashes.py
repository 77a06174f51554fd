"""Nothing flashes more than three times a second (WCAG 2.3.1; research C-8, issue 15 item 3).

Every animation the window has is run on a fake clock and filmed frame by frame
(`flashes.record`): the text reveal, the meter sliding with its note, a sound's caption
coming and going, the kiosk's breathing attract picture and its countdown. Scrolling and the
focus ring are moved by the player and must not animate on their own: once moved, the next
frames are the same picture. The detector itself is shown to catch a 5 Hz blink and to let
a 2 Hz one pass, and a guard fails when a new class in the window gains an `update` (an
animation) that this file does not film.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.kiosk.config import KioskConfig
from game.kiosk.counters import Counters
from game.ui.app import App
from game.ui.kiosk.controller import Kiosk, kiosk_stories
from game.ui.kiosk.screens import AttractScreen, StillThereScreen
from game.ui.profile import KIOSK
from game.ui.screens.common import PageScreen
from game.ui.screens.play import PlayScreen
from tests.conftest import ROOT, STORIES
from tests.helpers import load
from tests.ui.flashes import MOST_A_SECOND, record, same_frames
from tests.ui.support import open_app, press, pump

SIZE = (960, 540)  # small enough to film quickly; the cells are a fixed 32 px
# Every class in game/ui with an `update` (an animation), and the test here that films it.
FILMED = {"PlayScreen": "reveal, meter", "MeterMotion": "meter", "Sound": "caption",
          "AttractScreen": "attract", "StillThereScreen": "countdown",
          "Screen": "the base: does nothing"}


def stepper(app: App):  # type: ignore[no-untyped-def]
    return lambda dt: app.step(dt)


@pytest.fixture
def playing(tmp_path: Path) -> App:
    app = open_app(STORIES / "famine.yaml", tmp_path, SIZE,
                   Settings(text_speed="fast", music_volume=0, effects_volume=0))
    press(app, pygame.K_RETURN)  # the title: begin
    while not isinstance(app.top, PlayScreen):
        press(app, pygame.K_RETURN)
    return app


def test_the_text_reveal_and_the_meter_never_flash(playing):
    app = playing
    screen = app.top
    assert isinstance(screen, PlayScreen) and screen.revealing
    reveal = record(app.surface, stepper(app), 8.0)
    assert reveal.changes > 0, "the reveal was not seen"
    assert reveal.worst <= MOST_A_SECOND
    assert not screen.revealing
    press(app, pygame.K_1)  # a choice: the outcome, the meter slides, a caption shows
    moved = record(app.surface, stepper(app), 4.0)
    assert moved.changes > 0
    assert moved.worst <= MOST_A_SECOND, f"{moved.worst} transitions in one second"


def test_a_caption_comes_and_goes_once(playing):
    app = playing
    app.top.revealed = float("inf")
    pump(app, 0.1)
    app.sound.caption, app.sound._caption_left = "A bell rings", 1.0
    filmed = record(app.surface, stepper(app), 2.0)
    assert app.sound.caption == ""  # it went
    assert 0 < filmed.worst <= 2  # on, then off


def test_scrolling_and_the_focus_ring_do_not_animate(tmp_path):
    app = open_app(STORIES / "famine.yaml", tmp_path, SIZE,
                   Settings(text_speed="instant", text_scale=200))
    press(app, pygame.K_RETURN)
    while not isinstance(app.top, PlayScreen):
        press(app, pygame.K_RETURN)
    pump(app, 0.5)
    for moved in (lambda: press(app, pygame.K_TAB), lambda: press(app, pygame.K_PAGEDOWN)):
        before = pygame.image.tobytes(app.surface, "RGB")
        moved()
        assert pygame.image.tobytes(app.surface, "RGB") != before, "nothing moved"
        app.top.motion.note_left = 0.0  # the arrival's note may be counting down
        pump(app, 0.1)
        assert all(same_frames(app.surface, stepper(app), 30))


@pytest.fixture
def kiosk(tmp_path: Path):
    now = [1000.0]
    config = KioskConfig(idle_seconds=60, countdown_seconds=5, staff_pin="2468")
    stories = kiosk_stories(load(STORIES / "campaign.yaml").model, config)
    pygame.display.init()
    app = App(stories["en"], tmp_path, surface=pygame.Surface(SIZE), settings=Settings(),
              profile=KIOSK, clock=lambda: now[0])
    counters = Counters(tmp_path / "kiosk.sqlite")
    kiosk = Kiosk(app, config, stories, counters, today=lambda: date(2026, 12, 2))
    kiosk.start()
    kiosk.clock = lambda: now[0]

    def advance(dt: float) -> None:
        now[0] += dt
        app.step(dt)

    yield kiosk, advance
    counters.close()
    pygame.display.quit()


def test_the_attract_loop_breathes_slowly(kiosk):
    kiosk, advance = kiosk
    assert isinstance(kiosk.app.top, AttractScreen)
    filmed = record(kiosk.app.surface, advance, 9.0, fps=30)
    assert filmed.changes > 0, "the picture did not breathe"
    assert filmed.worst <= 2


def test_the_countdown_changes_once_a_second(kiosk):
    kiosk, advance = kiosk
    kiosk.app.push(StillThereScreen(kiosk.app, kiosk))
    filmed = record(kiosk.app.surface, advance, 3.0, fps=30)
    assert filmed.worst <= MOST_A_SECOND


class Blink(PageScreen):
    """A test screen: a white square that blinks `hz` times a second."""

    def __init__(self, app: App, hz: float) -> None:
        super().__init__(app)
        self.hz, self.time = hz, 0.0

    def update(self, dt: float) -> bool:
        self.time += dt
        return True

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        on = int(self.time * self.hz * 2) % 2 == 0
        pygame.draw.rect(surface, (255, 255, 255) if on else (0, 0, 0), (100, 100, 200, 200))


@pytest.mark.parametrize(("hz", "flashes"), [(5.0, True), (2.0, False)])
def test_the_check_catches_a_fast_blink(tmp_path, hz, flashes):
    app = open_app(STORIES / "famine.yaml", tmp_path, SIZE)
    app.replace(Blink(app, hz))
    filmed = record(app.surface, stepper(app), 2.0)
    assert (filmed.worst > MOST_A_SECOND) is flashes


def test_every_animation_in_the_window_is_filmed():
    """A class in game/ui that gains an `update` must be filmed here too."""
    animated = set()
    for path in (ROOT / "game" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(item, ast.FunctionDef) and item.name == "update"
                    for item in node.body):
                animated.add(node.name)
    assert animated == set(FILMED)
