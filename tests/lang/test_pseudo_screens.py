"""In the pseudo-language every word on every screen is accented: anything still plain
English did not go through the catalogue or the season's translation."""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from game.engine.library import Library
from game.engine.settings import Settings
from game.lang.translate import in_language
from game.ui.app import App
from game.ui.launch import as_campaign
from game.ui.render import SCREENS, show
from tests.conftest import STORIES

FAMINE = ("reap_for_anna,stay_silent,give_sack,to_buzuluk,bring_misha_home,tell_zuev,"
          "shelter_schmidts,keep_zorka,work_kitchen,sow_all,plough_own,keep_harvest")
# Words that stay as they are: the game's name, and the example validator message and file
# paths on the problem screen (the validator speaks English by design).
KEPT = {"Village", "Resilience", "stories", "famine", "yaml", "error", "choice", "share",
        "leads", "wintr", "which", "does", "not", "exist", "did", "you", "mean", "winter",
        "tmp", "pytest", "root", "render", "PNG"}


def shown_texts(app: App) -> list[str]:
    """Every text the screen describes itself as showing (what speech and tests read)."""
    return [element.text for element in app.top.describe().elements if element.text]


PATH_CODE = re.compile(r"\b[A-Z]{3}(?:-[0-9A-Z]{1,4})+\b")  # FAM-8KFJ-AKK0: letters, not words


def plain_words(texts: list[str]) -> set[str]:
    return {word for text in texts for word in re.findall(r"[A-Za-z]{3,}", PATH_CODE.sub("", text))
            } - KEPT


def shown(name: str, story, tmp_path: Path, language: str) -> App:
    choices = tuple(FAMINE.split(",")) if name in ("ending", "summary", "ledger") else ()
    if name == "outcome":
        choices = ("reap_for_anna",)
    settings = Settings(text_speed="instant", language=language)
    return show(as_campaign(story), name, (1280, 720), settings, tmp_path, choices=choices)


@pytest.mark.parametrize("name", SCREENS)
def test_every_word_on_every_screen_is_translated(name: str, tmp_path: Path) -> None:
    story = Library().load(STORIES / "famine.yaml").model
    localised, _ = in_language(story, "xx")
    app = shown(name, localised, tmp_path, "xx")
    assert app.strings.language == "xx"
    texts = shown_texts(app)
    assert len(texts) >= 3, f"{name}: nothing shown?"
    assert plain_words(texts) == set(), f"{name}: plain English on screen"
    pygame.display.quit()


def test_the_check_sees_plain_english(tmp_path: Path) -> None:
    """The same screens in English fail the check (so the test above can fail)."""
    story = Library().load(STORIES / "famine.yaml").model
    app = shown("scene", story, tmp_path, "en")
    assert {"Learn", "more", "The", "Hungry", "Year"} <= plain_words(shown_texts(app))
