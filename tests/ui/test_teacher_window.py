"""Issue 14 item 4 in the window: `play --teacher` shows what each choice costs and gives and
when it is offered, the notes open, and goes to any scene with the household as it is."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.engine.campaign import as_campaign
from game.engine.settings import Settings
from game.ui.app import App
from game.ui.run import Run
from game.ui.screens.jump import JumpScreen
from game.ui.screens.play import PlayScreen
from tests.conftest import STORIES
from tests.helpers import load
from tests.ui.support import Unhurried, click


def test_the_teacher_sees_costs_conditions_and_can_go_anywhere(tmp_path: Path):
    campaign = as_campaign(load(STORIES / "famine.yaml").model)
    app = App(campaign, tmp_path, size=(1280, 720), settings=Settings(text_speed="instant"),
              clock=Unhurried())
    app.teacher = True
    run = Run.new(campaign, tmp_path / "teacher-preview.json", listeners=app.listeners())
    app.replace(PlayScreen(app, run))
    texts = [e.text for e in app.top.describe().elements]
    assert "For the teacher (students do not see this):" in texts
    assert any(t.startswith("\u201cLend Anna your father's sickle\u201d: costs and gives: costs "
                            "1 tool") and "offered only if you have at least 1 tool" in t
               for t in texts)
    assert any("Two dry summers" in t for t in texts)  # the note is open
    click(app, "choice:reap_for_anna")
    trust = run.session.state.trust
    click(app, "continue")
    click(app, "jump")
    assert isinstance(app.top, JumpScreen)
    click(app, "scene:seed_or_supper")
    assert isinstance(app.top, PlayScreen) and app.top.mode == "scene"
    assert run.session.state.scene == "seed_or_supper" and run.session.state.trust == trust
    pygame.display.quit()


def test_students_see_none_of_it(tmp_path: Path):
    campaign = as_campaign(load(STORIES / "famine.yaml").model)
    app = App(campaign, tmp_path, size=(1280, 720), settings=Settings(text_speed="instant"),
              clock=Unhurried())
    run = Run.new(campaign, tmp_path / "save.json", listeners=app.listeners())
    app.replace(PlayScreen(app, run))
    texts = [e.text for e in app.top.describe().elements]
    assert not any("teacher" in t.lower() or "Costs and gives" in t for t in texts)
    assert "jump" not in [t.key for t in app.top.targets()]
    pygame.display.quit()
