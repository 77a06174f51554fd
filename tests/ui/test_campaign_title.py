"""A teacher's campaign is theirs: its title, summary and cover on the title screen and its
title in the window's caption, never the shipped game's name, tagline and village."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.screens.title import TITLE_ALT, TitleScreen
from tests.conftest import FIXTURES
from tests.pictures import png
from tests.ui.support import open_app

STARTER = (FIXTURES / "golden" / "starter.yaml").read_text("utf-8")
CAMPAIGN = """format: 1
campaign:
  id: river
  title: River Years
  summary: |
    A flood in 1979, then the hard nineties.
{image}  seasons: [starter.yaml]
"""
COVER = '  image: { file: images/river.png, alt: "The river in spring, willows bent low" }\n'


def campaign_app(tmp_path: Path, image: str):
    folder = tmp_path / "story"
    (folder / "images").mkdir(parents=True)
    (folder / "starter.yaml").write_text(STARTER, "utf-8")
    (folder / "images" / "river.png").write_bytes(png(16, 9))
    (folder / "campaign.yaml").write_text(CAMPAIGN.format(image=image), "utf-8")
    app = open_app(folder / "campaign.yaml", tmp_path / "data")
    app.replace(TitleScreen(app))
    return app


@pytest.fixture(autouse=True)
def _close():
    yield
    pygame.display.quit()


def test_the_title_screen_shows_the_teachers_campaign(tmp_path):
    app = campaign_app(tmp_path, COVER)
    shown = {e.role: e.text for e in app.top.describe().elements}
    assert shown["heading"] == "River Years"
    assert shown["note"] == "A flood in 1979, then the hard nineties."
    assert shown["image"] == "The river in spring, willows bent low"
    assert pygame.display.get_caption()[0] == "River Years"
    assert "Village Resilience" not in str(app.top.describe())


def test_without_a_cover_the_games_own_picture_is_shown(tmp_path):
    app = campaign_app(tmp_path, "")
    shown = {e.role: e.text for e in app.top.describe().elements}
    assert shown["heading"] == "River Years" and shown["image"] == TITLE_ALT
