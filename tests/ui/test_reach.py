"""Everything in reach, as a matrix over the shipped campaign (issue 12, items 1 and 2).

Every scene of every shipped season (in its starting state, and with trust, resources and
memories all high or all low, so choices that only some states offer are shown too), every
outcome of every choice on offer, and every ending, at 1280x720, 1024x768, 1920x1080 and
1080x1920, at 100 % and 200 % text. Built on the screen's description (`Screen.describe`,
the same layout `draw` paints) without drawing a pixel or scaling a picture:

- at 100 % every choice (and an outcome's Continue, an ending's button) is docked, wholly
  inside the window, whatever the scroll;
- at 200 % the first one is, and when some did not fit, a cue says more follow, and the
  rest are at the end of the text;
- every page of a season has a Menu button inside the window, big enough for a finger;
- every button of every page (the title, the menu, settings...) is inside the window
  without scrolling, at 200 % too but for the settings and the season picker.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.engine.campaign import CampaignState
from game.engine.model import Campaign, Season
from game.engine.settings import Settings
from game.engine.starting import Start, begin
from game.engine.state import GameState
from game.ui.app import App
from game.ui.describe import Description, Element
from game.ui.layout import MIN_TARGET
from game.ui.run import Run
from game.ui.screen import MORE_CHOICES, Screen
from game.ui.screens import REGISTRY
from game.ui.screens.play import PlayScreen
from tests.conftest import STORIES
from tests.helpers import load

SIZES = ((1280, 720), (1024, 768), (1920, 1080), (1080, 1920))
SCALES = (100, 200)
PAGES = ("intro", "ledger", "document", "history", "reread", "summary", "interlude")
# The teacher's list of every scene (`play --teacher`): a long list that may scroll at 200 %
# like any list; its first scene and its way out (in the corner) must be in reach.
LISTS = ("jump",)
# not only in a season
OTHERS = ("title", "menu", "settings", "sound", "choose", "problem", "players", "player-name",
          "confirm")


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    result = load(STORIES / "campaign.yaml")
    assert result.model is not None and isinstance(result.model, Campaign)
    return result.model


def states(season: Season, scene: str) -> Iterator[GameState]:
    """The scene as first reached, and with everything high or everything low."""
    yield begin(season, Start(scene))[0]
    for trust, amount, memories in ((100, 99, set(season.memories)), (0, 0, set())):
        resources = dict.fromkeys(season.resources, amount)
        yield begin(season, Start(scene, trust, resources, memories))[0]


def inside(element: Element, size: tuple[int, int]) -> bool:
    x, y, w, h = element.rect
    return element.visible and x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1]


def pressable(description: Description) -> list[Element]:
    """What the page asks the player to press to go on: choices, or its one button."""
    return [e for e in description.elements
            if e.key and (e.key.startswith(("choice:", "locked:"))
                          or e.key in ("continue", "summary"))]


class Matrix:
    """One headless window per size and text size; pages are built, never drawn."""

    def __init__(self, campaign: Campaign, data: Path) -> None:
        self.campaign, self.data = campaign, data
        self.problems: list[str] = []

    def play_screen(self, app: App, index: int, state: GameState) -> tuple[PlayScreen, Run]:
        run = Run(self.campaign, self.data / "reach.json",
                  CampaignState(self.campaign.id, index, state))
        run.play.begin()
        screen = PlayScreen(app, run)
        screen.revealed = float("inf")
        return screen, run

    def check(self, app: App, screen: Screen, where: str, scale: int) -> None:
        app.replace(screen)
        described = Screen.describe(screen)  # not PlayScreen's: that one scales the picture
        size = described.size
        keys = pressable(described)
        menu = [e for e in described.elements if e.key == "menu"]
        if not (menu and inside(menu[0], size) and menu[0].rect[3] >= MIN_TARGET):
            self.problems.append(f"{where}: no Menu button in reach")
        if not keys:
            self.problems.append(f"{where}: nothing to press")
            return
        docked = {t.key for t in screen.dock.targets}
        if scale == 100:
            lost = [e.text for e in keys if e.key not in docked or not inside(e, size)]
            if lost:
                self.problems.append(f"{where}: not all in reach: {lost}")
            return
        order = [t.key for t in screen.targets()]
        first = min(keys, key=lambda e: order.index(e.key))  # in reading and Tab order
        if first.key not in docked or not inside(first, size):
            self.problems.append(f"{where}: the first choice is not in reach")
        if len(docked) < len(keys):
            cue = [e for e in described.roles("status")
                   if e.text == app.strings._(MORE_CHOICES)]
            if not (cue and inside(cue[0], size)):
                self.problems.append(f"{where}: more choices but no cue")
            for element in keys:
                if element.key not in docked:  # scrolled to, as Tab or a drag would
                    screen._reveal(element.key)
                    now = next(e for e in Screen.describe(screen).elements
                               if e.key == element.key)
                    view, (_, y, _, h) = screen.viewport, now.rect
                    seen = min(y + h, view.bottom) - max(y, view.y)  # of it, in the pane
                    if seen < min(h, MIN_TARGET):
                        self.problems.append(f"{where}: {element.key} cannot be reached")

    def scenes(self, app: App, scale: int, label: str) -> None:
        for index, season in enumerate(self.campaign.seasons):
            for scene_id in season.scenes:
                offered: set[str] = set()
                pages: set[object] = set()
                for n, state in enumerate(states(season, scene_id)):
                    screen, run = self.play_screen(app, index, state)
                    shown = tuple((v.id, v.available) for v in run.session.choices())
                    page = (run.session.text(), shown)
                    if page in pages:
                        continue  # the same page in another state: laid out the same
                    pages.add(page)
                    self.check(app, screen, f"{label} {season.id}/{scene_id} state {n}", scale)
                    if n == 0:  # outcomes of what the first state offers, and each once
                        offered |= {v.id for v in run.session.choices() if v.available}
                for choice in sorted(offered):
                    screen, _ = self.play_screen(app, index, begin(season, Start(scene_id))[0])
                    screen._choose(choice)
                    screen.revealed = float("inf")
                    self.check(app, screen, f"{label} {season.id}/{scene_id} -> {choice}",
                               scale)
            first = next(iter(season.scenes))
            for ending in season.endings:
                state = begin(season, Start(first))[0].but(ending=ending)
                screen, _ = self.play_screen(app, index, state)
                self.check(app, screen, f"{label} {season.id} ending {ending}", scale)

    def pages(self, app: App, label: str, scale: int) -> None:
        for index, season in enumerate(self.campaign.seasons):
            for name in PAGES + LISTS + (OTHERS if index == 0 else ()):
                run = Run(self.campaign, self.data / "reach.json",
                          CampaignState(self.campaign.id, index,
                                        begin(season, Start(next(iter(season.scenes))))[0]))
                run.play.begin()
                screen = REGISTRY[name](app, run, ())
                app.replace(screen)
                described = Screen.describe(screen)
                where = f"{label} {season.id} {name}"
                view, held = screen.viewport, {t.key for t in screen.fixed}
                held |= {t.key for t in screen.dock.targets}
                buttons = [e for e in described.elements if e.role == "button"]
                if name in LISTS:
                    buttons = [buttons[0], *(e for e in buttons if e.key in held)]
                    if len(buttons) < 2:
                        self.problems.append(f"{where}: no way out held in reach")
                out = [e.text for e in buttons if not (
                    inside(e, described.size) and (e.key in held or (
                        e.rect[1] >= view.y and e.rect[1] + e.rect[3] <= view.bottom)))]
                if out:
                    self.problems.append(f"{where}: buttons out of reach: {out}")
                if name in OTHERS or name in LISTS:
                    continue
                menu = [e for e in described.elements if e.key == "menu"]
                if not (menu and inside(menu[0], described.size)
                        and menu[0].rect[3] >= MIN_TARGET):
                    self.problems.append(f"{where}: no Menu button in reach")


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_choice_of_every_shipped_scene_is_in_reach(campaign, tmp_path, size, scale):
    app = App(campaign, tmp_path, surface=pygame.Surface(size),
              settings=Settings(text_scale=scale, text_speed="instant"))
    matrix = Matrix(campaign, tmp_path)
    label = f"{size[0]}x{size[1]} {scale}%"
    matrix.scenes(app, scale, label)
    matrix.pages(app, label, scale)
    assert not matrix.problems, "\n".join(matrix.problems[:40])


def test_the_matrix_sees_a_page_that_is_out_of_reach(campaign, tmp_path):
    """The check itself can fail: a scene whose choices were never docked is reported."""
    app = App(campaign, tmp_path, surface=pygame.Surface((1280, 720)),
              settings=Settings(text_speed="instant"))
    matrix = Matrix(campaign, tmp_path)
    season = campaign.seasons[0]
    screen, _ = matrix.play_screen(app, 0, begin(season, Start(next(iter(season.scenes))))[0])
    screen.dock_panes = lambda partial=True: None  # type: ignore[method-assign]
    matrix.check(app, screen, "undocked", 100)
    assert matrix.problems and "not all in reach" in matrix.problems[0]
