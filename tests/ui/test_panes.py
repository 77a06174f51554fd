"""The two panes and the scroll bar as pure geometry (`panes.py`), with a fake measure: what
is docked, what stays in the text and where it goes, and where the bar can be taken hold of.
Also the summary chart's band names, which must never sit on one another."""

from __future__ import annotations

from itertools import pairwise

import pygame

from game.ui.layout import Box, Flow, Metrics
from game.ui.panes import BAR_WIDTH, TOUCH_REACH, bar_reach, bar_thumb, bar_track, scroll_for, split
from game.ui.screens.summary import label_places

CUE = "More choices below: scroll down"


class Fake:
    """Every character 10 px wide, every line 20 px high."""

    def width(self, text: str, style: str) -> int:
        return 10 * len(text)

    def line_height(self, style: str) -> int:
        return 20


def page(height: int, choices: int, text_lines: int = 10) -> tuple[Flow, Box]:
    metrics, area = Metrics(1280, 720), Box(0, 0, 600, height)
    flow = Flow(24, 550, Fake(), metrics, 24)
    for _ in range(text_lines):
        flow.text("a line of the scene's text", "body")
    flow.dock_here()
    for n in range(choices):
        flow.target(f"choice:{n}", f"choice {n}", number=n + 1)
    return flow, area


def test_choices_that_fit_are_all_docked_and_leave_the_text():
    flow, area = page(600, 3)
    text_end = flow.dock_top
    dock = split(flow, area, flow.metrics, Fake(), CUE)
    assert [t.key for t in dock.targets] == ["choice:0", "choice:1", "choice:2"]
    assert flow.targets == [] and flow.y == text_end and not dock.cue
    assert dock.box.bottom == area.bottom and dock.viewport.bottom < dock.box.y
    assert all(t.box.inside(dock.box) for t in dock.targets)


def test_too_many_dock_the_first_few_with_a_cue_and_the_rest_close_up_under_the_text():
    flow, area = page(400, 6)
    text_end = flow.dock_top
    dock = split(flow, area, flow.metrics, Fake(), CUE)
    docked = [t.key for t in dock.targets]
    assert docked and docked[0] == "choice:0" and len(docked) < 6
    assert [t.key for t in flow.targets] == [f"choice:{n}" for n in range(len(docked), 6)]
    assert flow.targets[0].box.y == text_end  # moved up to where the first one was
    assert dock.cue and dock.cue[0].text == CUE and dock.cue[-1].box.bottom <= dock.box.bottom
    assert dock.viewport.h >= 3 * 26  # the text keeps a few lines


def test_the_first_choice_is_docked_even_when_the_window_is_tiny():
    flow, area = page(150, 4)
    dock = split(flow, area, flow.metrics, Fake(), CUE)
    assert [t.key for t in dock.targets] == ["choice:0"]


def test_all_or_nothing_docks_nothing_when_they_do_not_all_fit():
    flow, area = page(400, 6)
    before = list(flow.targets)
    dock = split(flow, area, flow.metrics, Fake(), CUE, partial=False)
    assert not dock.docked and flow.targets == before and dock.viewport == area


def test_a_page_without_the_mark_is_left_as_it_is():
    flow, area = page(600, 0)
    flow.dock_from = None
    flow.target("back", "Back")
    assert not split(flow, area, flow.metrics, Fake(), CUE).docked and len(flow.targets) == 1


def test_the_bar_is_wide_enough_to_see_and_a_finger_reaches_it_from_further():
    metrics, view = Metrics(1280, 720), Box(100, 50, 600, 400)
    track = bar_track(view, metrics)
    assert track.w >= BAR_WIDTH and track.right <= view.right
    mouse, finger = bar_reach(view, metrics, False), bar_reach(view, metrics, True)
    assert finger.w == TOUCH_REACH > mouse.w >= track.w and finger.right == view.right
    assert bar_thumb(view, metrics, 300, 0).h == 0  # nothing to scroll: no thumb


def test_the_thumb_and_the_scroll_agree_at_both_ends():
    metrics, view = Metrics(1280, 720), Box(100, 50, 600, 400)
    content = 2000
    top = bar_thumb(view, metrics, content, 0)
    bottom = bar_thumb(view, metrics, content, content - view.h)
    assert top.y == view.y and bottom.bottom == view.bottom
    assert scroll_for(view, metrics, content, top.y) == 0
    assert scroll_for(view, metrics, content, bottom.y) == content - view.h
    assert scroll_for(view, metrics, content, view.bottom + 500) == content - view.h


def test_the_chart_band_names_are_moved_apart_and_kept_inside():
    pygame.init()
    name = pygame.Surface((40, 30))
    # four bands whose middles are 10 px apart: the names would overlap by 20 px
    placed = label_places([(name, 170), (name, 160), (name, 150), (name, 140)], 50, 200)
    ys = sorted(y for _, y in placed)
    assert all(b - a >= 30 for a, b in pairwise(ys))
    assert ys[0] >= 50 and ys[-1] + 30 <= 200
