"""Repainting only what changed (issue 12 item 7): while the text reveals, the meter slides
and its note goes, or the focus ring moves, the window repaints and presents a few small
boxes, and every pixel is what a full repaint would give."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.ui.app import App
from game.ui.damage import areas
from game.ui.layout import Box
from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from tests.ui.support import open_app

ROOT = Path(__file__).resolve().parents[2]
CAMPAIGN = ROOT / "stories" / "campaign.yaml"


class Steady:
    """A clock for frames: each look is a sixtieth of a second later."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1 / 60
        return self.now


class Watched:
    """Counts the window's full and partial repaints, and the area the partial ones cover."""

    def __init__(self, app: App) -> None:
        self.full = self.partial = self.area = 0
        draw, draw_areas = app.draw, app.draw_areas

        def full() -> None:
            self.full += 1
            draw()

        def partial() -> None:
            rects = areas(app.damage, app.surface.get_size())
            if rects is not None:
                self.partial += 1
                self.area += sum(r.w * r.h for r in rects)
            draw_areas()

        app.draw, app.draw_areas = full, partial  # type: ignore[method-assign]


def same_as_full(app: App) -> bool:
    """Is the window what painting the whole frame afresh gives?"""
    shown = pygame.image.tobytes(app.surface, "RGB")
    window, scratch = app.surface, app.surface.copy()
    scratch.fill((255, 0, 255))  # anything not painted would show
    app.surface = scratch
    try:
        app._paint()
    finally:
        app.surface = window
    return shown == pygame.image.tobytes(scratch, "RGB")


def the_bench_frame(tmp_path: Path) -> tuple[App, PlayScreen]:
    """The frame `bench/frames.py` times: a new scene's text revealing, the meter sliding
    from 20 to 80 with a note, at 1920x1080."""
    app = open_app(CAMPAIGN, tmp_path, size=(1920, 1080), settings=Settings(text_speed="slow"),
                   clock=Steady())
    run = Run.new(app.campaign, tmp_path / "bench.json")
    screen = PlayScreen(app, run)
    app.replace(screen)
    screen._choose(next(v.id for v in run.session.choices() if v.available))
    screen.activate("continue")
    screen.motion.change(20, 80, "a long change to animate", False)
    return app, screen


def test_the_animated_frames_repaint_small_boxes_and_leave_a_full_repaints_pixels(tmp_path):
    app, screen = the_bench_frame(tmp_path)
    watched = Watched(app)
    wrong = []
    for frame in range(330):  # 5.5 s: the bar slides for 1 s, its note goes after about 4
        app.step(1 / 60)
        if not same_as_full(app):
            wrong.append(frame)
    assert screen.revealing and not screen.motion.note  # the text still reveals; note gone
    assert wrong == []
    assert watched.full <= 2 and watched.partial >= 60
    window = 1920 * 1080
    assert watched.area / watched.partial < 0.05 * window  # a few lines and the meter


def test_moving_the_focus_repaints_the_two_rings_only(tmp_path):
    app = open_app(CAMPAIGN, tmp_path, size=(1280, 720))
    run = Run.new(app.campaign, tmp_path / "save.json")
    app.replace(PlayScreen(app, run))
    app.step(0)
    watched = Watched(app)
    stayed = 0  # Tabs that did not scroll the text (those repaint everything)
    for _ in range(5):
        scroll = app.top.scroll
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0,
                                             unicode="\t", scancode=0))
        app.step(0)
        assert same_as_full(app)
        stayed += app.top.scroll == scroll
    assert app.top.focus_visible and app.top.focus is not None
    assert stayed >= 2 and watched.partial == stayed and watched.full == 5 - stayed
    assert watched.area / watched.partial < 0.2 * 1280 * 720


def test_a_resize_or_an_uncovered_window_repaints_everything(tmp_path):
    app, _ = the_bench_frame(tmp_path)
    app.step(1 / 60)
    watched = Watched(app)
    pygame.event.post(pygame.event.Event(pygame.WINDOWEXPOSED))
    app.step(1 / 60)
    assert (watched.full, watched.partial) == (1, 0)
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=1920, h=1080,
                                         size=(1920, 1080)))
    app.step(1 / 60)
    assert (watched.full, watched.partial) == (2, 0)
    app.step(1 / 60)
    assert (watched.full, watched.partial) == (2, 1)  # then the animation's boxes again


@pytest.mark.parametrize(("boxes", "expected"), [
    ([Box(0, 0, 10, 10), Box(10, 0, 10, 10)], [pygame.Rect(0, 0, 20, 10)]),  # touching
    ([Box(0, 0, 10, 10), Box(50, 50, 10, 10)], [pygame.Rect(0, 0, 10, 10),
                                                pygame.Rect(50, 50, 10, 10)]),
    ([Box(-5, -5, 10, 10), Box(200, 200, 10, 10)], [pygame.Rect(0, 0, 5, 5)]),  # off-window
    ([Box(0, 0, 90, 90)], None),  # most of the window: paint it all
])
def test_boxes_become_few_rectangles_inside_the_window(boxes, expected):
    assert areas(boxes, (100, 100)) == expected
