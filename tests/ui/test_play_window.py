"""Playing the starter season in the real window, headless, by posting mouse, keyboard and
finger events: state and pixels are checked as a student would see them."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.ui.meter import fill_width
from game.ui.screens.play import PlayScreen
from game.ui.screens.summary import SummaryScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app, press, pump, tap, target

STARTER = FIXTURES / "golden" / "starter.yaml"


@pytest.fixture
def app(tmp_path: Path):
    app = open_app(STARTER, tmp_path)
    app.replace(TitleScreen(app))
    yield app
    pygame.display.quit()


def start_playing(app) -> PlayScreen:
    click(app, "new")
    click(app, "begin")
    assert isinstance(app.top, PlayScreen)
    return app.top


def meter_fill(app, screen: PlayScreen) -> int:
    """How many pixels of the meter's track are filled, read from the screen itself."""
    app.draw()
    track = screen.track
    y = track.y + track.h // 2 - 2  # above the pattern line, below the outline
    fill = app.surface.get_at((track.x + 3, y))
    width = 0
    for x in range(track.x + 2, track.right - 2):
        if app.surface.get_at((x, y)) == fill:
            width = x - track.x + 1
    return width


def test_a_student_plays_to_an_ending_with_mouse_keys_and_touch(app):
    screen = start_playing(app)
    session = screen.run.session
    assert session.state.scene == "dry_summer"
    click(app, "choice:help_petrova")                 # mouse
    assert session.state.trust == 55 and screen.mode == "outcome"
    click(app, "continue")
    assert screen.mode == "scene" and session.state.scene == "assembly"
    press(app, pygame.K_1)                            # a number key picks choice 1
    assert "shared_seed" in session.state.memories
    press(app, pygame.K_1)                            # Continue is numbered 1 as well
    tap(app, "choice:take_in_misha")                  # a finger (with SDL's mouse copies)
    assert screen.mode == "outcome" and session.state.scene == "kitchen"
    tap(app, "continue")
    press(app, pygame.K_TAB)                          # keyboard alone: Tab then Enter
    assert screen.focus_visible and screen.focus == "note"
    press(app, pygame.K_TAB)
    press(app, pygame.K_RETURN)                       # the first choice: lend the sledge
    assert session.state.resources["tools"] == 1
    click(app, "continue")
    click(app, "choice:ask_for_help")
    click(app, "continue")
    click(app, "choice:host_feast")
    click(app, "continue")
    assert session.ended and session.state.ending == "village_holds"
    assert screen.mode == "ending"
    click(app, "summary")
    assert isinstance(app.top, SummaryScreen)


def test_the_meter_is_drawn_exactly_as_long_as_trust(app):
    screen = start_playing(app)
    assert abs(meter_fill(app, screen) - fill_width(screen.track, 50)) <= 1
    click(app, "choice:help_petrova")
    pump(app, 8.0)                                    # the bar stops, the note goes
    assert abs(meter_fill(app, screen) - fill_width(screen.track, 55)) <= 1
    assert screen.motion.note == ""                   # the note has been read and gone


def test_a_change_slides_and_shows_its_reason_long_enough_to_read(app):
    screen = start_playing(app)
    click(app, "choice:help_petrova")
    assert screen.motion.note == "+5: Anna Petrova saw you in her field at dawn."
    pump(app, 0.1)
    assert 50 < screen.motion.shown < 55               # still sliding
    pump(app, 3.0)
    assert screen.motion.note                          # 3 s later it is still there
    pump(app, 5.0)
    assert not screen.motion.note


def test_a_tap_counts_once_and_only_on_release_inside_the_same_target(app):
    screen = start_playing(app)
    tap(app, "choice:own_strip", with_mouse_copies=True)
    assert screen.run.session.state.ledger[-1].choice == "own_strip"
    assert len(screen.run.session.state.ledger) == 1   # the mouse copies were ignored
    click(app, "continue")
    first, second = target(app, "choice:lend_seed"), target(app, "choice:keep_seed")
    down = screen.screen_box(first)
    up = screen.screen_box(second)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, touch=False,
                                         pos=(down.x + 10, down.y + 10)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, button=1, touch=False,
                                         pos=(up.x + 10, up.y + 10)))
    pump(app)
    assert len(screen.run.session.state.ledger) == 1   # pressed one, released on another


def test_any_input_completes_the_text_reveal_before_it_chooses(tmp_path):
    app = open_app(STARTER, tmp_path, settings=Settings(text_speed="slow"))
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert screen.revealing
    press(app, pygame.K_1)
    assert not screen.revealing and not screen.run.session.state.ledger
    press(app, pygame.K_1)
    assert screen.run.session.state.ledger[-1].choice == "help_petrova"


def test_escape_opens_the_menu_and_continue_resumes_the_same_scene(app, tmp_path):
    screen = start_playing(app)
    click(app, "choice:help_petrova")
    click(app, "continue")
    press(app, pygame.K_ESCAPE)
    click(app, "title")
    assert isinstance(app.top, TitleScreen)
    fresh = open_app(STARTER, tmp_path)
    fresh.replace(TitleScreen(fresh))
    assert target(fresh, "continue").enabled
    click(fresh, "continue")
    assert fresh.top.run.session.state == screen.run.session.state
    assert fresh.top.run.session.state.scene == "assembly"


def test_idle_frames_do_not_redraw(app):
    start_playing(app)
    pump(app, 1.0)
    drawn = []
    app.draw = lambda: drawn.append(1)  # type: ignore[method-assign]
    for _ in range(20):
        app.step(0.05)
    assert drawn == []


def test_keyboard_alone_from_the_title_to_a_choice(app):
    press(app, pygame.K_RETURN)                       # nothing focused: the ring appears
    assert app.top.focus_visible and app.top.focus == "new"  # Continue is disabled
    press(app, pygame.K_RETURN)                       # New campaign
    press(app, pygame.K_1)                            # every menu item has its number
    assert isinstance(app.top, PlayScreen)
    press(app, pygame.K_RETURN)
    assert app.top.focus == "note"
    press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN)
    assert app.top.run.session.state.ledger[-1].choice == "help_petrova"
