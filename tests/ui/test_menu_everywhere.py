"""A Menu for every hand on every page of a season (issue 12 item 2; window review,
defect 2): the Menu button by mouse and by finger, and a right click, open the menu on the
scene, the outcome, the ending and every page a season shows; from a page the menu opened,
Menu goes back to that menu rather than piling up another."""

from __future__ import annotations

import pygame
import pytest

from game.engine.campaign import CampaignState
from game.engine.starting import Start, begin
from game.ui.run import Run
from game.ui.screens import REGISTRY
from game.ui.screens.ledger import LedgerScreen
from game.ui.screens.menu import MenuScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import STORIES
from tests.ui.support import centre, click, open_app, pump, tap

PAGES = ("intro", "ledger", "document", "history", "reread", "summary", "interlude")


def season_page(tmp_path, name: str, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = open_app(STORIES / "campaign.yaml", tmp_path / "data", size=size)
    campaign = app.campaign
    season = campaign.seasons[0]
    state = begin(season, Start(next(iter(season.scenes))))[0]
    run = Run(campaign, tmp_path / "save.json", CampaignState(campaign.id, 0, state))
    run.play.begin()
    app.replace(REGISTRY[name](app, run, ()))
    return app


def right_click(app, x: int = 5, y: int = 5) -> None:  # type: ignore[no-untyped-def]
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=(x, y), button=3, touch=False))
    pump(app)


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("how", ("mouse", "finger", "right click"))
def test_every_season_page_opens_the_menu(tmp_path, name, how):
    app = season_page(tmp_path, name)
    page = app.top
    assert not isinstance(page, MenuScreen)
    {"mouse": lambda: click(app, "menu"), "finger": lambda: tap(app, "menu"),
     "right click": lambda: right_click(app)}[how]()
    assert isinstance(app.top, MenuScreen)
    click(app, "resume")
    assert app.top is page


@pytest.mark.parametrize("size", [(1024, 768), (1080, 1920)])
def test_the_menu_button_is_in_the_corner_clear_of_the_page(tmp_path, size):
    for name in PAGES:
        app = season_page(tmp_path / name, name, size)
        button = next(t for t in app.top.fixed if t.key == "menu")
        assert button.box.right <= size[0] and button.box.h >= 44
        assert not button.box.overlaps(app.top.viewport), name


def test_scene_outcome_and_ending_have_the_menu_by_button_and_right_click(tmp_path):
    app = open_app(STORIES / "famine.yaml", tmp_path / "data")
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert isinstance(screen, PlayScreen)
    for step in ("scene", "outcome"):
        assert screen.mode == step
        right_click(app, *centre(app, "menu"))
        assert isinstance(app.top, MenuScreen)
        right_click(app)  # a right click again closes it
        assert app.top is screen
        tap(app, "menu")
        assert isinstance(app.top, MenuScreen)
        click(app, "resume")
        if step == "scene":
            click(app, next(t.key for t in screen.dock.targets if t.enabled))


def test_menu_on_a_page_the_menu_opened_returns_to_that_menu(tmp_path):
    app = season_page(tmp_path, "intro")
    click(app, "menu")
    menu = app.top
    click(app, "ledger")
    assert isinstance(app.top, LedgerScreen)
    click(app, "menu")
    assert app.top is menu and sum(isinstance(s, MenuScreen) for s in app.stack) == 1
