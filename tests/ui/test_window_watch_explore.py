"""`play --watch` in the window explores every saved version in the background: a save that
leaves players stuck shows the findings in a panel (from the notices queue) that the next
key closes, and the fix says "explore: no problems" beside the reload banner."""

from __future__ import annotations

import pygame

from game.analysis.live import LiveExplore
from game.ui.launch import WATCH_EVERY, watcher
from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from tests.cli.test_watch import touch_later
from tests.cli.test_watch_explore import DEAD_END, STARTER
from tests.ui.support import press, pump


def settle(app, live: LiveExplore) -> None:
    """Let the watcher see the save, the search finish, and the watcher take its report."""
    pump(app, WATCH_EVERY * 2)
    live.wait()
    pump(app, WATCH_EVERY * 2)


def test_the_window_shows_a_dead_end_the_save_made_and_its_fix(tmp_path):
    path = tmp_path / "watched.yaml"
    path.write_text(STARTER, "utf-8")
    from tests.ui.support import open_app

    app = open_app(path, tmp_path)
    run = Run.new(app.campaign, tmp_path / "save.json")
    app.replace(PlayScreen(app, run))
    live = LiveExplore(app.strings)
    app.every(WATCH_EVERY, watcher(app, path, live))
    live.wait()
    pump(app, WATCH_EVERY * 2)
    assert "explore: no problems" in app.banner and not app.panel  # the version it opened

    touch_later(path, DEAD_END)
    settle(app, live)
    shown = "\n".join(app.panel)
    assert "explore: VR105 watched.yaml:" in shown
    assert "players can get stuck in scene `assembly`: no choice is available" in shown
    assert app.panel[0].startswith("explore: VR105")    # the cause first
    app.draw()                                          # the panel draws over the screen
    scene = run.session.state.scene
    press(app, pygame.K_1)                              # closes the panel, and only that
    assert not app.panel and run.session.state.scene == scene

    touch_later(path, STARTER)                          # the teacher fixes it
    settle(app, live)
    assert "Reloaded watched.yaml" in app.banner and "explore: no problems" in app.banner
    assert not app.panel
