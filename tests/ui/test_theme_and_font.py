"""Colours meet WCAG contrast in every theme, and the bundled font has every letter used."""

from __future__ import annotations

import pytest

from game.engine.library import Library, story_files
from game.ui.fonts import FILES, FontBook
from game.ui.layout import Metrics
from game.ui.theme import HIGH_CONTRAST, PALETTES, contrast, graphic_pairs, text_pairs
from tests.conftest import ROOT, STORIES

THEMES = [*PALETTES.values(), HIGH_CONTRAST]


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_text_contrast(theme):
    need = 7.0 if theme is HIGH_CONTRAST else 4.5
    low = {name: round(contrast(*pair), 2) for name, pair in text_pairs(theme).items()
           if contrast(*pair) < need}
    assert low == {}


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_meter_and_focus_ring_contrast(theme):
    low = {name: round(contrast(*pair), 2) for name, pair in graphic_pairs(theme).items()
           if contrast(*pair) < 3.0}
    assert low == {}


def test_contrast_formula_matches_known_values():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


def test_the_font_and_its_licence_are_bundled():
    assert all(path.exists() for path in FILES.values())
    licence = (ROOT / "assets" / "fonts" / "OFL.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def all_story_text() -> str:
    """Every character in every shipped season, the game's own screens and Russian too."""
    texts = [p.read_text("utf-8") for p in story_files([STORIES], [])]
    texts.append("Деревня · Доверие 62/100 · Ёлка «Надежда» — №")
    return "".join(texts)


def test_every_character_in_the_stories_is_in_the_font():
    fonts = FontBook(Metrics(1280, 720))
    assert fonts.covers(all_story_text()) == []
    assert fonts.problems == []


def test_a_missing_font_falls_back_with_a_message(tmp_path):
    fonts = FontBook(Metrics(1280, 720), {"regular": tmp_path / "gone.ttf",
                                          "bold": tmp_path / "gone.ttf"})
    assert fonts.width("Village", "body") > 0
    assert len(fonts.problems) == 1 and "gone.ttf" in fonts.problems[0]


def test_shipped_seasons_load_for_the_window():
    result = Library().load(STORIES / "campaign.yaml")
    assert result.ok and {s.info.palette for s in result.model.seasons} == {
        "ochre", "frost", "meadow"}
