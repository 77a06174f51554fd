"""Issue 12 item 4: several saves per player. A game kept in a slot can be carried on later;
replacing a kept game asks first; slots are the player's own and a kiosk has none."""

from __future__ import annotations

import pygame

from game.ui.profile import KIOSK
from game.ui.screens.confirm import ConfirmScreen
from game.ui.screens.menu import MenuScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.slots import SlotsScreen, slot_path
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app, press

STARTER = FIXTURES / "golden" / "starter.yaml"


def test_keep_a_game_and_carry_it_on_later(tmp_path):
    app = open_app(STARTER, tmp_path)
    app.replace(TitleScreen(app))
    assert "slots" not in [t.key for t in app.top.targets()]  # nothing kept yet
    click(app, "new")
    click(app, "begin")
    click(app, "choice:help_petrova")
    press(app, pygame.K_ESCAPE)
    assert isinstance(app.top, MenuScreen)
    click(app, "slots")
    assert isinstance(app.top, SlotsScreen)
    click(app, "slot:1")
    assert slot_path(app, 1).exists()
    kept = slot_path(app, 1).read_bytes()
    assert any("Kept in slot 1" in e.text for e in app.top.describe().elements)
    click(app, "back")
    click(app, "resume")
    click(app, "continue")
    play = app.top
    assert isinstance(play, PlayScreen) and play.run.session.state.steps == 1
    click(app, next(t.key for t in play.targets() if t.key.startswith("choice:")))
    assert play.run.session.state.steps == 2
    press(app, pygame.K_ESCAPE)
    click(app, "slots")
    click(app, "slot:1")  # something is kept there: ask
    assert isinstance(app.top, ConfirmScreen)
    click(app, "no")
    assert slot_path(app, 1).read_bytes() == kept
    app.replace(TitleScreen(app))
    click(app, "slots")
    click(app, "slot:1")
    assert isinstance(app.top, ConfirmScreen)  # the autosave (2 steps) would be replaced
    click(app, "yes")
    assert isinstance(app.top, PlayScreen) and app.top.run.session.state.steps == 1
    pygame.display.quit()


def test_a_kiosk_keeps_no_games(tmp_path):
    app = open_app(STARTER, tmp_path, profile=KIOSK)
    app.replace(TitleScreen(app))
    assert "slots" not in [t.key for t in app.top.targets()]
    pygame.display.quit()
