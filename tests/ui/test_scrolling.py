"""Reaching everything on a long page, played by posted events (window review, defect 3):
the choices docked under the text whatever the scroll, a drag of the text with the mouse or
a finger (only past a 12 px slop, so a shaky tap still presses), a scroll bar that can be
grabbed (a finger's width on a touch profile) or clicked above and below its thumb, and
Page Up/Down, Home and End."""

from __future__ import annotations

import pygame

from game.engine.settings import Settings
from game.ui.panes import BAR_WIDTH, bar_track
from game.ui.profile import Profile
from game.ui.screen import MORE_CHOICES, TAP_SLOP
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import STORIES
from tests.ui.support import centre, click, open_app, press, pump


def playing(tmp_path, **options):  # type: ignore[no-untyped-def]
    app = open_app(STORIES / "famine.yaml", tmp_path / "data", **options)
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert isinstance(screen, PlayScreen) and screen._max_scroll() > 100  # a long page
    return app, screen


def mouse(app, points, button=1):  # type: ignore[no-untyped-def]
    """Press at the first point, move through the others with the button held, release."""
    (x, y), rest = points[0], points[1:]
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=button,
                                         touch=False))
    for nx, ny in rest:
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(nx, ny),
                                             rel=(nx - x, ny - y), buttons=(1, 0, 0),
                                             touch=False))
        x, y = nx, ny
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=button,
                                         touch=False))
    pump(app)


def finger(app, points):  # type: ignore[no-untyped-def]
    width, height = app.surface.get_size()
    kinds = [pygame.FINGERDOWN] + [pygame.FINGERMOTION] * (len(points) - 1) + [pygame.FINGERUP]
    for kind, (x, y) in zip(kinds, [*points, points[-1]], strict=True):
        pygame.event.post(pygame.event.Event(kind, x=x / width, y=y / height, dx=0, dy=0,
                                             touch_id=1, finger_id=0, pressure=1.0))
    pump(app)


def in_text(screen):  # type: ignore[no-untyped-def]
    view = screen.viewport
    return view.x + view.w // 2, view.y + view.h // 2


def docked_keys(screen) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.key for t in screen.dock.targets]


def test_the_choices_stay_on_screen_at_every_scroll(tmp_path):
    app, screen = playing(tmp_path)
    choices = [t.key for t in screen.targets() if t.key.startswith("choice:")]
    assert choices and docked_keys(screen) == choices
    for where in (pygame.K_HOME, pygame.K_END):
        press(app, where)
        shown = [e for e in screen.describe().roles("choice") if e.visible]
        assert len(shown) == len(choices)
        window = pygame.Rect(0, 0, *app.surface.get_size())
        assert all(window.contains(pygame.Rect(*e.rect)) for e in shown)


def test_a_mouse_drag_scrolls_the_text_and_chooses_nothing(tmp_path):
    app, screen = playing(tmp_path)
    x, y = in_text(screen)
    mouse(app, [(x, y), (x, y - 40), (x, y - 120)])
    assert screen.scroll == 120 and screen.mode == "scene"
    mouse(app, [(x, y), (x, y + 50)])  # and back down: earlier text
    assert screen.scroll == 70


def test_a_finger_drag_scrolls_the_text(tmp_path):
    app, screen = playing(tmp_path)
    x, y = in_text(screen)
    finger(app, [(x, y), (x, y - 30), (x, y - 90)])
    assert screen.scroll == 90 and screen.mode == "scene"


def test_a_shaky_tap_still_presses_and_scrolls_nothing(tmp_path):
    app, screen = playing(tmp_path)
    x, y = in_text(screen)
    mouse(app, [(x, y), (x, y - (TAP_SLOP - 4))])  # a small wobble over the text
    assert screen.scroll == 0
    cx, cy = centre(app, docked_keys(screen)[0])
    finger(app, [(cx, cy), (cx, cy - 5), (cx, cy - 8)])
    assert screen.mode == "outcome"


def test_a_press_that_becomes_a_drag_does_not_choose(tmp_path):
    app, screen = playing(tmp_path)
    cx, cy = centre(app, docked_keys(screen)[0])
    mouse(app, [(cx, cy), (cx, cy - TAP_SLOP - 20)])
    assert screen.mode == "scene"


def test_the_bar_is_wide_and_its_thumb_can_be_dragged_to_the_end(tmp_path):
    app, screen = playing(tmp_path)
    thumb = screen.thumb()
    assert thumb.w >= BAR_WIDTH and thumb.h > 0
    x = thumb.x + thumb.w // 2
    mouse(app, [(x, thumb.y + 5), (x, thumb.y + 40), (x, screen.viewport.bottom + 50)])
    assert screen.scroll == screen._max_scroll()
    thumb = screen.thumb()
    mouse(app, [(x, thumb.y + 5), (x, screen.viewport.y - 50)])
    assert screen.scroll == 0


def test_a_click_on_the_track_pages_towards_it(tmp_path):
    app, screen = playing(tmp_path)
    thumb = screen.thumb()
    x = thumb.x + thumb.w // 2
    mouse(app, [(x, screen.viewport.bottom - 3)])
    assert screen.scroll > 0
    first = screen.scroll
    mouse(app, [(x, screen.thumb().y - 3)] if screen.thumb().y > screen.viewport.y + 3
          else [(x, screen.viewport.y + 1)])
    assert screen.scroll < first


def test_on_a_touch_profile_a_finger_beside_the_bar_takes_hold_of_it(tmp_path):
    """60 px left of the pane's edge: the thumb on a touch screen, the text at home (where
    dragging down shows earlier text, so from the top nothing moves)."""
    for options, moved in (({}, False), ({"profile": Profile(touch=True)}, True)):
        app, screen = playing(tmp_path / str(moved), **options)
        track = bar_track(screen.viewport, app.metrics)
        x, y = track.right - 60, screen.thumb().y + 5
        finger(app, [(x, y), (x, y + 30), (x, y + 120)])
        assert (screen.scroll > 0) is moved


def test_page_keys_home_and_end(tmp_path):
    app, screen = playing(tmp_path)
    press(app, pygame.K_PAGEDOWN)
    one = screen.scroll
    assert 0 < one <= screen.viewport.h
    press(app, pygame.K_END)
    assert screen.scroll == screen._max_scroll()
    press(app, pygame.K_PAGEUP)
    assert screen.scroll < screen._max_scroll()
    press(app, pygame.K_HOME)
    assert screen.scroll == 0


def test_at_200_percent_the_first_choice_is_docked_with_a_cue_and_the_rest_scroll(tmp_path):
    app, screen = playing(tmp_path, settings=Settings(text_speed="instant", text_scale=200))
    cue = [e for e in screen.describe().roles("status")
           if e.text == app.strings._(MORE_CHOICES)]
    assert cue and cue[0].visible
    choices = [t.key for t in screen.targets() if t.key.startswith("choice:")]
    docked = docked_keys(screen)
    assert docked and docked == choices[:len(docked)] and len(docked) < len(choices)
    press(app, pygame.K_END)
    last = next(e for e in screen.describe().roles("choice") if e.key == choices[-1])
    assert last.visible  # the rest are at the end of the text
    click(app, choices[-1])
    assert screen.mode == "outcome"


def test_a_drag_with_no_press_in_the_window_scrolls_nothing(tmp_path):
    """A button pressed outside the window and moved in: no press here, so no drag."""
    app, screen = playing(tmp_path)
    x, y = in_text(screen)
    mouse(app, [(x, y)])  # an earlier click on the text
    for dy in (-40, -40):
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=(x, y + dy), rel=(0, dy),
                                             buttons=(1, 0, 0), touch=False))
    pump(app)
    assert screen.scroll == 0
