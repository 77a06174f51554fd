"""The title's language picker: a student who cannot read the title finds their language,
named in itself, in the corner, and the whole game changes at once and stays changed."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.cli.stories import retelling
from game.engine.library import Library
from game.ui.screens.title import TitleScreen
from tests.ui.support import click, open_app

CAMPAIGN = Path(__file__).resolve().parents[2] / "stories" / "campaign.yaml"


@pytest.fixture(autouse=True)
def _close():
    yield
    pygame.display.quit()


def title(tmp_path: Path, size: tuple[int, int] = (1280, 720)):
    app = open_app(CAMPAIGN, tmp_path / "data", size=size)
    app.retell = retelling(Library().load(CAMPAIGN).model, None)
    app.replace(TitleScreen(app))
    return app


def test_the_other_language_is_named_in_itself_in_the_corner(tmp_path):
    app = title(tmp_path)
    button = next(e for e in app.top.describe().elements if e.key == "language:ru")
    assert (button.role, button.text, button.visible) == ("button", "Русский", True)
    width = app.surface.get_size()[0]
    assert button.rect[0] + button.rect[2] > width * 0.8  # top right, off the menu's grid
    assert button.rect[1] < 40


def test_choosing_russian_changes_the_whole_game_at_once_and_keeps_it(tmp_path):
    app = title(tmp_path)
    english_title = app.campaign.title
    click(app, "language:ru")
    assert app.strings.language == "ru"
    assert app.campaign.title != english_title and app.campaign.seasons[0].language == "ru"
    shown = {e.key: e.text for e in app.top.describe().elements if e.key}
    assert shown["new"] == "Новая кампания"
    assert shown["language:en"] == "English"  # and the way back, named in itself
    assert app.sound.strings.language == "ru"  # captions too
    saved = json.loads((tmp_path / "data" / "settings.json").read_text("utf-8"))
    assert saved["language"] == "ru"
    click(app, "language:en")
    assert app.strings.language == "en" and app.campaign.title == english_title


def test_the_title_keeps_every_button_in_reach_with_the_picker_at_200_percent(tmp_path):
    from game.engine.settings import Settings

    for size in ((1280, 720), (1024, 768)):
        app = open_app(CAMPAIGN, tmp_path / "data", size=size,
                       settings=Settings(text_speed="instant", text_scale=200))
        app.retell = retelling(Library().load(CAMPAIGN).model, None)
        app.replace(TitleScreen(app))
        buttons = [e for e in app.top.describe().elements if e.role == "button"]
        assert {"new", "quit", "language:ru"} <= {e.key for e in buttons}
        assert all(e.visible for e in buttons), [e.key for e in buttons if not e.visible]
        menu = [e for e in buttons if not (e.key or "").startswith("language")]
        corner = next(e for e in buttons if e.key == "language:ru")
        assert all(e.rect[0] + e.rect[2] <= corner.rect[0] or e.rect[1] >= corner.rect[1]
                   + corner.rect[3] for e in menu)  # the picker covers no button
        pygame.display.quit()


def test_without_a_retelling_there_is_no_picker(tmp_path):
    app = open_app(CAMPAIGN, tmp_path / "data")
    app.replace(TitleScreen(app))
    assert not [e for e in app.top.describe().elements if (e.key or "").startswith("language")]
    assert app.change_language("ru") is False and app.strings.language == "en"


def test_the_language_setting_opened_from_the_title_applies_at_once(tmp_path):
    from game.ui.screens.settings import SettingsScreen

    app = title(tmp_path)
    app.push(SettingsScreen(app))
    while app.strings.language != "ru":  # the setting steps: as the computer, English, ...
        click(app, "language")
        assert app.settings.language in ("", "en", "ru", "xx")
    heading = next(e.text for e in app.top.describe().elements if e.role == "heading")
    assert heading == "Настройки"
    notes = [e.text for e in app.top.describe().elements if e.role == "note"]
    assert not any("запуске" in n or "next time the game starts" in n for n in notes)
    app.pop()
    shown = {e.key: e.text for e in app.top.describe().elements if e.key}
    assert shown["new"] == "Новая кампания"
