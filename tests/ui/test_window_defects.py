"""Defects from the window review (`window-and-kiosk-ux.md` §1), each played by posted events."""

from __future__ import annotations

import dataclasses
import shutil

import pygame

from game.engine.settings import Settings
from game.ui.screens.play import SETTLE_SECONDS, PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES, ROOT
from tests.ui.support import Clock, centre, click, open_app, press, target

SEASON = """\
format: 1
season: { id: winter, title: Winter, place: Here, years: "1921", summary: A short winter. }
resources: [{ id: grain, label: Grain, start: 3 }]
scenes:
  - id: yard
    title: The yard
    text: Misha waits at the gate.
    image: { file: yard.png, alt: The yard in autumn. }
    choices:
      - { id: take_in, label: Make room for Misha, effects: { grain: -1 }, next: stove }
      - { id: stay, label: Keep the door shut, next: stove }
  - id: stove
    title: By the stove
    text: Snow falls.
    image: { file: stove.png, alt: A house in the snow at night. }
    effects: { grain: -1 }
    choices:
      - { id: sleep, label: Sleep, next: end }
endings:
  - { id: done, title: Done, text: Spring comes. }
"""


def winter(tmp_path, **options):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "winter.yaml").write_text(SEASON, "utf-8")
    pictures = sorted((ROOT / "stories" / "images" / "famine").glob("*.png"))
    shutil.copy(pictures[0], folder / "yard.png")
    shutil.copy(pictures[1], folder / "stove.png")
    app = open_app(folder / "winter.yaml", tmp_path / "data", **options)
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    assert isinstance(app.top, PlayScreen)
    return app, app.top


def test_the_outcome_shows_the_picture_of_the_scene_it_happened_in(tmp_path):
    """Defect 7: the outcome page showed the next scene's picture (and alt text)."""
    app, screen = winter(tmp_path)
    click(app, "choice:take_in")
    assert screen.mode == "outcome" and screen.alt == "The yard in autumn."
    click(app, "continue")
    assert screen.mode == "scene" and screen.alt == "A house in the snow at night."


def test_the_resource_bar_agrees_with_the_outcome_beside_it(tmp_path):
    """Defect 8: the bar already showed the next scene's arrival cost."""
    app, screen = winter(tmp_path)
    click(app, "choice:take_in")
    lines = [line.text for line in screen.body]
    assert "Grain 2" in screen._resources()  # 3, less one for Misha: as the outcome says
    assert not any("Grain 1" in text for text in lines)
    click(app, "continue")
    assert "Grain 1" in screen._resources()  # the winter's sack, told on arriving
    assert any("On arriving" in line for line in screen.arrival)


def test_a_double_press_does_not_skip_the_page_that_just_appeared(tmp_path):
    """Defect 14: with instant text, a double Enter skipped an outcome unread."""
    clock = Clock(100.0)
    app, screen = winter(tmp_path, clock=clock, settings=Settings(text_speed="instant"))
    clock.now += 5
    press(app, pygame.K_1)
    assert screen.mode == "outcome"
    press(app, pygame.K_RETURN)  # the second press of a double press: ignored
    press(app, pygame.K_1)
    assert screen.mode == "outcome"
    clock.now += SETTLE_SECONDS + 0.1  # a moment later, a real press turns the page
    press(app, pygame.K_1)
    assert screen.mode == "scene"


def test_the_meter_slides_long_enough_to_see_and_its_note_goes_when_stale(tmp_path):
    """Defect 11: a +3 slid for 75 ms; a note stayed after a choice that changed nothing."""
    app, screen = winter(tmp_path)
    screen.motion.change(50, 53, "thanks", reduced_motion=False)
    assert screen.motion.update(0.5) and screen.motion.shown < 53  # still moving at 0.5 s
    screen.motion.update(0.6)
    assert screen.motion.shown == 53
    click(app, "choice:stay")  # changes nothing: the old note must not stay
    assert screen.motion.note == ""


def test_a_note_that_runs_out_is_drawn_gone():
    from game.ui.meter import MeterMotion

    motion = MeterMotion(50.0, 50)
    motion.change(50, 50, "", reduced_motion=True)
    motion.note_left = 0.1
    assert motion.update(0.2)  # the frame it goes asks for one more draw
    assert motion.note == "" and not motion.update(0.1)


def test_mouse_and_touch_reach_the_menu_during_a_season(tmp_path):
    """Defect 2: only Esc opened the menu in a season."""
    from game.ui.screens.menu import MenuScreen
    from tests.ui.support import tap

    app, _ = winter(tmp_path)
    click(app, "menu")
    assert isinstance(app.top, MenuScreen)
    app.pop()
    tap(app, "menu")
    assert isinstance(app.top, MenuScreen)
    app.pop()
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):  # a right click
        pygame.event.post(pygame.event.Event(kind, pos=(600, 400), button=3, touch=False))
    app.step(0.0)
    assert isinstance(app.top, MenuScreen)


def test_an_endings_learn_more_note_is_offered_in_the_window_and_the_terminal(tmp_path):
    """Issue 11 S18: every war ending carries a note on the war's human cost; players saw it
    only in the guide."""
    from game.engine.session import Session
    from game.text.render import ending_view
    from game.ui.launch import as_campaign
    from game.ui.render import show
    from tests.helpers import load

    war = load(ROOT / "stories" / "war.yaml").model
    ending = next(e for e in war.endings.values() if e.note)
    session = Session(war)
    session.state = dataclasses.replace(session.state, ending=ending.id)
    assert "Learn more: " + ending.note.text.split()[0] in ending_view(session)
    mixed = [line.split(": ", 1)[1] for line in (ROOT / "stories" / "transcripts" /
             "war-mixed.transcript").read_text("utf-8").splitlines()
             if line.startswith("choose: ")]
    app = show(as_campaign(war), "ending", (1280, 720),
               Settings(text_speed="instant"), tmp_path, None, 0, tuple(mixed))
    assert app.top.run.session.ending is not None and app.top.run.session.ending.note
    keys = [t.key for t in app.top.targets()]
    assert "note" in keys and keys.index("note") < keys.index("summary")


def test_leaving_full_screen_gives_back_the_window_as_it_was(tmp_path):
    """Review defect 14: leaving full screen always gave 1280x720, not the size before."""
    app = open_app(FIXTURES / "golden" / "starter.yaml", tmp_path, size=(1000, 700))
    app.replace(TitleScreen(app))
    assert app.surface.get_size() == (1000, 700)
    press(app, pygame.K_F11)
    assert app.settings.fullscreen
    press(app, pygame.K_F11)
    assert not app.settings.fullscreen and app.surface.get_size() == (1000, 700)


def test_the_window_has_the_games_name_and_picture_for_the_taskbar():
    """Review defect 14: the taskbar showed `__main__.py` and pygame's icon."""
    from game.ui import icon

    environ: dict[str, str] = {"SDL_VIDEO_WAYLAND_WMCLASS": "mine"}
    icon.name_the_window(environ)
    assert environ == {"SDL_VIDEO_X11_WMCLASS": "village-resilience",
                       "SDL_VIDEO_WAYLAND_WMCLASS": "mine"}  # one already set is kept
    pygame.init()
    picture = icon.picture()
    assert picture.get_size() == (64, 64)
    assert picture.get_at((29, 39))[:3] == icon.LIGHT  # the lit window
    assert len({tuple(picture.get_at((x, y))) for x in range(0, 64, 4) for y in range(0, 64, 4)}
               ) > 8  # a picture, not a blank square


def test_learn_more_is_drawn_unlike_a_choice(tmp_path):
    """Review defect: "Learn more" looked like a choice. On the first famine scene the
    note's aside has no button fill and a bar down its left side; the choices have the
    fill. Read from the drawn pixels, not from the recipe."""
    app = open_app(ROOT / "stories" / "famine.yaml", tmp_path)
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert isinstance(screen, PlayScreen)
    centre(app, "note")  # the text pane scrolls it into view, as a reader would
    app.draw()
    theme, m = screen.theme, app.metrics

    def pixel(key: str, x: int, y: int) -> tuple[int, int, int]:
        box = screen.screen_box(target(app, key))
        return tuple(app.surface.get_at((box.x + x, box.y + y)))[:3]  # type: ignore[return-value]

    aside = screen.screen_box(target(app, "note"))
    inside = (aside.w // 2, m.px(4) + 2)  # above the label, inside the outline
    choice = next(t.key for t in screen.targets() if t.key.startswith("choice"))
    assert pixel(choice, *inside) == theme.button[:3]
    assert pixel("note", *inside) != theme.button[:3]
    assert pixel("note", *inside) == theme.panel[:3]  # the page shows through: no fill
    assert pixel("note", 1, aside.h // 2) == theme.focus[:3]  # the bar down its side
    assert pixel(choice, 1, aside.h // 2) != theme.focus[:3]
