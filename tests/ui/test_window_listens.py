"""The window is one of the campaign session's subscribers: what it shows of a step comes
from the events it heard, including a season's opening, and it autosaves as it hears."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app

STARTER = FIXTURES / "golden" / "starter.yaml"


@pytest.fixture
def arriving(write) -> Path:
    text = STARTER.read_text("utf-8").replace(
        "  - id: dry_summer\n",
        "  - id: dry_summer\n    effects: { trust: -4, reason: Rumours of requisitions. }\n", 1)
    return write("arriving.yaml", text)


def shown(screen: PlayScreen) -> list[str]:
    assert screen.flow is not None
    return [line.text for line in screen.flow.lines]


def test_the_first_scene_explains_what_arriving_changed(arriving: Path, tmp_path: Path):
    app = open_app(arriving, tmp_path / "data")
    run = Run.new(app.campaign, tmp_path / "save.json")
    app.replace(PlayScreen(app, run))
    app.draw()
    lines = shown(app.top)
    assert any(line.startswith("On arriving: Trust -4 (now 46/100") for line in lines)
    assert app.top.motion.target == 46 and "Rumours of requisitions." in app.top.motion.note
    pygame.display.quit()


def test_each_choice_is_shown_from_what_was_heard_and_saved(tmp_path: Path):
    app = open_app(STARTER, tmp_path / "data")
    save = tmp_path / "save.json"
    run = Run.new(app.campaign, save)
    assert json.loads(save.read_text("utf-8"))["progress"]["current"]["steps"] == 0
    app.replace(PlayScreen(app, run))
    app.draw()
    click(app, "choice:help_petrova")
    lines = shown(app.top)
    assert "Take your sickle to Petrova's strip" in lines[0]
    assert any(line.startswith("Trust +5 (now 55/100, Hopeful)") for line in lines)
    assert run.heard.choice is not None and run.heard.choice.choice == "help_petrova"
    saved = json.loads(save.read_text("utf-8"))
    assert saved["format"] == 2 and saved["progress"]["current"]["steps"] == 1
    pygame.display.quit()
