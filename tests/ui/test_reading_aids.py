"""Reading aids (issue 15 item 3): wide text spacing at WCAG 1.4.12's values, measured and
drawn alike, and the easy-reading font, with every letter the game's texts use."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings, repair
from game.ui.cmap import characters
from game.ui.fonts import FAMILIES, FontBook
from game.ui.layout import SIZES, Flow, Metrics, pitch
from game.ui.screens.settings import SettingsScreen
from tests.conftest import ROOT, STORIES
from tests.ui.support import open_app

TEXTS = [*STORIES.glob("*.yaml"), *STORIES.glob("**/*.po"),
         *(ROOT / "game" / "locale").glob("**/*.po")]


def used_characters() -> set[str]:
    """Every character of the game's English and Russian texts (seasons, their PO files,
    the interface's catalogue)."""
    return {c for path in TEXTS for c in path.read_text("utf-8") if c.isprintable()
            and not c.isspace()}


@pytest.mark.parametrize("path", [p for files in FAMILIES.values() for p in files.values()],
                         ids=lambda p: p.name)
def test_every_shipped_font_has_every_letter_the_game_uses(path):
    assert any(p.suffix == ".po" and "ru" in p.parts for p in TEXTS)  # Russian is checked
    have = characters(path)
    missing = sorted(c for c in used_characters() if ord(c) not in have)
    assert missing == [], f"{path.name} lacks {''.join(missing)}"


def test_the_character_map_reader_tells_a_missing_letter():
    noto = characters(FAMILIES["standard"]["regular"])
    assert ord("Ж") in noto and ord("ё") in noto and ord("中") not in noto
    assert characters(ROOT / "pyproject.toml") == frozenset()  # not a font: nothing, no error
    assert FontBook(Metrics(1280, 720)).covers("Жук 中") == ["中"]


def test_each_font_ships_with_its_licence():
    for files in FAMILIES.values():
        for path in files.values():
            licences = [p.read_text("utf-8") for p in path.parent.glob("*OFL.txt")]
            assert any(path.name in text and "SIL OPEN FONT LICENSE Version 1.1" in text
                       for text in licences), path.name


def test_a_bad_font_setting_is_repaired():
    settings, problems = repair({"font": "comic", "text_spacing": "yes"})
    assert settings.font == "standard" and settings.text_spacing is False
    assert len(problems) == 2
    assert repair({"font": "easy-reading", "text_spacing": True})[0] == Settings(
        font="easy-reading", text_spacing=True)


@pytest.fixture(scope="module")
def books() -> tuple[FontBook, FontBook]:
    pygame.font.init()
    return FontBook(Metrics(1280, 720)), FontBook(Metrics(1280, 720, spacing=True))


def test_wide_spacing_adds_wcag_letter_and_word_spacing(books):
    plain, wide = books
    text = "the village remembers"
    px = wide.metrics.font_px("body")
    extra = 0.12 * px * (len(text) - 1) + 0.16 * px * text.count(" ")
    assert wide.width(text, "body") - plain.width(text, "body") == pytest.approx(extra, abs=1)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_lines_are_one_and_a_half_apart_and_paragraphs_two(family):
    for scale in (1.0, 2.0):
        metrics = Metrics(1280, 720, scale, spacing=True)
        fonts = FontBook(metrics)
        fonts.use(family)
        for style in SIZES:
            assert pitch(metrics, fonts, style) >= 1.5 * metrics.font_px(style), style
        flow = Flow(0, 600, fonts, metrics)
        first = flow.text("One short paragraph.\nAnother one.")
        gap = first[1].box.y - first[0].box.bottom
        assert gap >= 2 * metrics.font_px("body")


def test_the_line_is_drawn_where_it_was_measured(books):
    """Each letter's ink begins where `upto` says the letter begins: measuring and drawing
    share one rule, so a wrapped line never runs past its pane."""
    _, wide = books
    text = "I I"
    image = wide.image(text, "body", (0, 0, 0))
    inked = [x for x in range(image.get_width())
             if any(image.get_at((x, y)).a > 128 for y in range(image.get_height()))]
    starts = [x for x in inked if x - 1 not in inked]
    assert len(starts) == 2
    second = wide.upto(text, "body", 2)
    assert abs(starts[1] - starts[0] - (second - wide.upto(text, "body", 0))) <= 2
    assert inked[-1] <= wide.width(text, "body") + 2


def test_the_settings_rows_switch_spacing_and_font(tmp_path: Path):
    app = open_app(STORIES / "famine.yaml", tmp_path)
    app.replace(SettingsScreen(app))
    labels = {t.key: t.label for t in app.top.targets()}
    assert labels["text_spacing"] == "Text spacing: normal" and labels["font"] == "Font: standard"
    narrow = app.fonts.width("the village remembers", "body")
    app.top.activate("text_spacing")
    app.top.activate("font")
    assert app.settings.text_spacing and app.settings.font == "easy-reading"
    assert app.metrics.spacing and app.fonts.files is FAMILIES["easy-reading"]
    assert app.fonts.width("the village remembers", "body") > narrow
    labels = {t.key: t.label for t in app.top.targets()}
    assert labels["text_spacing"] == "Text spacing: wide"
    assert labels["font"] == "Font: easy reading"
    assert '"text_spacing": true' in (tmp_path / "settings.json").read_text("utf-8")


def test_the_description_follows_wide_spacing(tmp_path: Path):
    """`describe` (what `render --describe` writes) reports the wider, taller layout drawn."""
    from game.ui.render import show
    from tests.helpers import load

    campaign = load(STORIES / "campaign.yaml").model
    shown = {}
    for spacing in (False, True):
        app = show(campaign, "scene", (1280, 720), Settings(text_speed="instant",
                                                            text_spacing=spacing),
                   tmp_path / str(spacing))
        shown[spacing] = [e for e in app.top.describe().elements if e.role == "paragraph"]
    plain, wide = shown[False], shown[True]
    assert [e.text for e in plain] == [e.text for e in wide]  # the same words...
    assert wide[0].rect[3] > plain[0].rect[3]  # ...on more lines
    assert wide[1].rect[1] - (wide[0].rect[1] + wide[0].rect[3]) >= 2 * 22  # paragraph gap
