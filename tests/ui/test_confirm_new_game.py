"""Window review defect 4: "New campaign" (and choosing a season) over a saved game asks
first, says what would be lost, keeps the save on "Keep", and starts afresh on "Start"."""

from __future__ import annotations

import pygame

from game.ui.screens.confirm import ConfirmScreen
from game.ui.screens.intro import IntroScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app

STARTER = FIXTURES / "golden" / "starter.yaml"


def saved_one_choice(tmp_path):
    app = open_app(STARTER, tmp_path)
    app.replace(TitleScreen(app))
    click(app, "new")  # no save yet: straight on, nothing to ask
    assert isinstance(app.top, IntroScreen)
    click(app, "begin")
    click(app, "choice:help_petrova")
    app.replace(TitleScreen(app))
    return app


def test_keeping_the_saved_game(tmp_path):
    app = saved_one_choice(tmp_path)
    before = app.save_path.read_bytes()
    click(app, "new")
    assert isinstance(app.top, ConfirmScreen)
    texts = [e.text for e in app.top.describe().elements]
    assert any("will be replaced" in t for t in texts)
    assert [t.key for t in app.top.targets() if t.number == 1] == ["no"]  # Enter/1 keeps
    click(app, "no")
    assert isinstance(app.top, TitleScreen) and app.save_path.read_bytes() == before
    click(app, "continue")
    assert isinstance(app.top, PlayScreen) and app.top.run.session.state.steps == 1
    pygame.display.quit()


def test_starting_again_after_saying_so(tmp_path):
    app = saved_one_choice(tmp_path)
    click(app, "new")
    click(app, "yes")
    assert isinstance(app.top, IntroScreen) and app.top.run.session.state.steps == 0
    pygame.display.quit()


def test_choosing_a_season_asks_too(tmp_path):
    app = saved_one_choice(tmp_path)
    click(app, "choose")
    click(app, "season:0")
    assert isinstance(app.top, ConfirmScreen)
    pygame.display.quit()
