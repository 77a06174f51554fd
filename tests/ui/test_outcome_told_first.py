"""Window review, defect 12: on an outcome page, what the choice changed and Continue appear
once its story text has appeared (or a key or tap shows it all), never before."""

from __future__ import annotations

import pygame

from game.engine.settings import Settings
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app, press, pump

STARTER = FIXTURES / "golden" / "starter.yaml"


def outcome_page(tmp_path) -> tuple:
    app = open_app(STARTER, tmp_path, settings=Settings(text_speed="normal"))
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert isinstance(screen, PlayScreen)
    screen.revealed = float("inf")  # the scene has been read
    click(app, "choice:help_petrova")
    assert screen.mode == "outcome"
    return app, screen


def shown(screen) -> list[str]:
    return [e.text for e in screen.describe().elements]


def test_the_changes_and_continue_wait_for_the_story(tmp_path):
    app, screen = outcome_page(tmp_path)
    assert screen.revealing
    assert "Continue" not in shown(screen)
    assert not any(t.startswith("Trust +5") for t in shown(screen))
    pump(app, 30.0)  # the text appears at 50 letters a second
    assert not screen.revealing
    assert "Continue" in shown(screen)
    assert any(t.startswith("Trust +5") for t in shown(screen))
    pygame.display.quit()


def test_a_key_shows_the_story_and_then_its_changes_at_once(tmp_path):
    app, screen = outcome_page(tmp_path)
    press(app, pygame.K_SPACE)
    assert not screen.revealing and "Continue" in shown(screen)
    assert screen.mode == "outcome"  # the key only showed the page, it did not turn it
    pygame.display.quit()
