"""The history and reading back, played in the real window by posted events: the History
opens from the menu and by H at the newest page and scrolls by wheel, keys and finger; Back
(Backspace, Left/Right, the top bar's button) re-reads earlier pages and never changes the
game; the menu reaches the ledger, the history, settings and the title on every in-season
page."""

from __future__ import annotations

import json

import pygame
import pytest

from game.ui.screens.history import HistoryScreen, ReadBackScreen
from game.ui.screens.ledger import LedgerScreen
from game.ui.screens.menu import MenuScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.settings import SettingsScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES, STORIES
from tests.ui.support import click, open_app, press, pump, tap

RIVER = FIXTURES / "seasonformat" / "river.yaml"


def playing(tmp_path, story=STORIES / "famine.yaml", size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = open_app(story, tmp_path / "data", size=size)
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    assert isinstance(app.top, PlayScreen)
    return app, app.top


def headings(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text for e in app.top.describe().roles("heading")]


def shown_headings(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text for e in app.top.describe().roles("heading") if e.visible]


def game_state(app, screen) -> tuple[str, bytes, str, str]:  # type: ignore[no-untyped-def]
    """Everything Back must leave alone: the progress, the save on disk, the page shown."""
    return (json.dumps(screen.run.progress.to_json(), sort_keys=True),
            screen.run.save_path.read_bytes(), screen.mode, screen.run.session.state.scene)


@pytest.fixture(autouse=True)
def _close_window():
    yield
    pygame.display.quit()


def test_the_history_opens_from_the_menu_at_the_newest_page(tmp_path):
    app, screen = playing(tmp_path)
    first = screen.run.session.scene.title
    label = screen.run.session.scene.choice("reap_for_anna").label
    click(app, "choice:reap_for_anna")
    click(app, "continue")
    now = screen.run.session.scene.title
    click(app, "menu")                                   # the top bar's button
    assert isinstance(app.top, MenuScreen)
    click(app, "history")
    history = app.top
    assert isinstance(history, HistoryScreen)
    assert headings(app) == ["History", first, f"You chose: {label}", now]
    assert history.scroll == history._max_scroll() > 0   # opened at the end, more above
    assert now in shown_headings(app) and first not in shown_headings(app)
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=40, flipped=False))
    pump(app)                                            # the wheel scrolls back to the top
    assert history.scroll == 0 and first in shown_headings(app)
    press(app, pygame.K_END)
    assert history.scroll == history._max_scroll()
    press(app, pygame.K_ESCAPE)                          # back to the menu, then the game
    assert isinstance(app.top, MenuScreen)
    press(app, pygame.K_ESCAPE)
    assert app.top is screen


def test_h_opens_the_history_and_h_again_closes_it_and_a_finger_scrolls_it(tmp_path):
    app, screen = playing(tmp_path)
    click(app, "choice:reap_for_anna")
    press(app, pygame.K_h)
    history = app.top
    assert isinstance(history, HistoryScreen)
    assert headings(app)[-1].startswith("You chose: ")  # the outcome on screen is the newest:
    assert screen.run.session.scene.title not in headings(app)  # the next scene is unread
    end = history.scroll
    for kind, y in ((pygame.FINGERDOWN, 0.3), (pygame.FINGERMOTION, 0.6),
                    (pygame.FINGERUP, 0.6)):
        pygame.event.post(pygame.event.Event(kind, x=0.5, y=y, dx=0, dy=0.3, touch_id=1,
                                             finger_id=0, pressure=1.0))
    pump(app)
    assert history.scroll < end                          # dragged down: earlier text
    press(app, pygame.K_h)
    assert app.top is screen and screen.mode == "outcome"


def test_back_and_forward_reread_pages_and_change_nothing(tmp_path):
    app, screen = playing(tmp_path)
    assert not next(t for t in screen.fixed if t.key == "reread").enabled  # the first page
    scene_title = screen.run.session.scene.title
    click(app, "choice:reap_for_anna")
    click(app, "continue")
    before = game_state(app, screen)
    press(app, pygame.K_BACKSPACE)                       # the page before: what happened
    back = app.top
    assert isinstance(back, ReadBackScreen)
    assert headings(app)[0].startswith("You chose: ")
    press(app, pygame.K_LEFT)                            # and the scene before that
    assert headings(app) == [scene_title] and not back.targets()[0].enabled  # the first
    press(app, pygame.K_BACKSPACE)                       # nothing earlier: stays
    assert app.top is back and headings(app) == [scene_title]
    press(app, pygame.K_RIGHT)                           # forward again
    assert headings(app)[0].startswith("You chose: ")
    click(app, "later")                                  # to where we were
    assert app.top is screen
    assert game_state(app, screen) == before
    tap(app, "reread")                                   # the top bar's Back, by finger
    assert isinstance(app.top, ReadBackScreen)
    press(app, pygame.K_ESCAPE)                          # Esc returns at once
    assert app.top is screen and game_state(app, screen) == before
    press(app, pygame.K_1)                               # and the game goes on as it was
    assert screen.mode == "outcome"


def test_back_from_an_outcome_shows_the_scene_it_was_chosen_in(tmp_path):
    app, screen = playing(tmp_path)
    scene_title = screen.run.session.scene.title
    click(app, "choice:reap_for_anna")
    before = game_state(app, screen)
    click(app, "reread")
    assert headings(app) == [scene_title]
    press(app, pygame.K_RIGHT)
    assert app.top is screen and game_state(app, screen) == before


def test_a_document_read_is_in_the_history_and_the_page_back(tmp_path):
    app, screen = playing(tmp_path, RIVER)
    assert not next(t for t in screen.fixed if t.key == "reread").enabled
    click(app, "document:pen_pictures")
    press(app, pygame.K_ESCAPE)                          # back at the well
    press(app, pygame.K_h)
    card = "You read: Pen Pictures of Russian Village Life (1922)"
    assert headings(app) == ["History", "The well", card]
    press(app, pygame.K_h)
    press(app, pygame.K_BACKSPACE)                       # the page read last: the card
    assert headings(app) == [card] and not app.top.targets()[0].enabled
    press(app, pygame.K_RIGHT)
    assert app.top is screen


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920)])
def test_the_menu_reaches_ledger_history_settings_and_title_on_every_season_page(tmp_path,
                                                                                  size):
    app, screen = playing(tmp_path, RIVER, size)
    pages = []
    for step in ("scene", "outcome", "ending"):
        if step == "outcome":
            click(app, "choice:keep")
        elif step == "ending":
            for key in ("continue", "choice:help", "continue", "choice:finish", "continue"):
                click(app, key)
        assert screen.mode == step
        pages.append(step)
        for key, kind in (("ledger", LedgerScreen), ("history", HistoryScreen),
                          ("settings", SettingsScreen)):
            click(app, "menu")
            assert isinstance(app.top, MenuScreen)
            assert "Your game is saved after every choice." in [
                e.text for e in app.top.describe().elements]  # the save, said
            click(app, key)
            assert isinstance(app.top, kind)
            press(app, pygame.K_ESCAPE)
            press(app, pygame.K_ESCAPE)
            assert app.top is screen
    assert pages == ["scene", "outcome", "ending"]
    click(app, "menu")
    click(app, "title")
    assert isinstance(app.top, TitleScreen)
