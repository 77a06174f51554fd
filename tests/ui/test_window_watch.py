"""`play --watch` in the window: saving the season reloads it in place, keeping the scene
and the state; a broken save shows what is wrong and keeps the last good version."""

from __future__ import annotations

import shutil

from game.ui.launch import WATCH_EVERY, watcher
from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from tests.cli.test_watch import touch_later
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app, pump


def test_the_window_reloads_an_edited_season_in_place(tmp_path):
    path = tmp_path / "watched.yaml"
    shutil.copy(FIXTURES / "golden" / "starter.yaml", path)
    app = open_app(path, tmp_path)
    run = Run.new(app.campaign, tmp_path / "save.json")
    app.replace(PlayScreen(app, run))
    app.every(WATCH_EVERY, watcher(app, path))
    click(app, "choice:help_petrova")
    click(app, "continue")
    assert run.session.state.scene == "assembly"

    text = path.read_text("utf-8")
    touch_later(path, text.replace("The village assembly, the skhod, meets",
                                   "The village skhod gathers"))
    pump(app, WATCH_EVERY * 2)
    assert "Reloaded watched.yaml" in app.banner
    assert run.session.state.scene == "assembly" and run.session.state.trust == 55
    shown = " ".join(line.text for line in app.top.flow.lines)
    assert "The village skhod gathers" in shown

    touch_later(path, text.replace("next: winter", "next: wintr"))
    pump(app, WATCH_EVERY * 2)
    assert "still playing the last good version" in app.banner and "VR020" in app.banner
    click(app, "choice:lend_seed")                 # the last good version carries on
    click(app, "continue")
    assert run.session.state.scene == "winter"
