"""Caches stay bounded however many window and text sizes are drawn (issue 12 item 8)."""

from __future__ import annotations

import pygame
import pytest

from game.ui import fonts, images
from game.ui.bounded import Bounded
from game.ui.fonts import FontBook
from game.ui.images import Images
from game.ui.layout import Box, Metrics
from tests.conftest import ROOT


def test_the_least_recently_used_is_forgotten_first():
    cache: Bounded[str, int] = Bounded(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # a is now the most recent
    cache.put("c", 3)
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3 and len(cache) == 2
    with pytest.raises(ValueError):
        Bounded(0)


def test_fonts_and_widths_stay_bounded_across_many_sizes():
    book = FontBook(Metrics(1280, 720, 1.0))
    for width in range(400, 4000, 20):  # 180 window sizes, each a new pixel size of text
        book.resize(Metrics(width, width * 9 // 16, 1.0))
        for style in ("body", "small", "title"):
            book.width(f"a line of text at {width}", style)
    assert len(book._cache) <= fonts.FONTS_KEPT
    assert len(book._widths) <= fonts.WIDTHS_KEPT


def test_scaled_pictures_stay_bounded_and_a_refused_one_is_told_once(tmp_path):
    pygame.display.init()
    picture = next((ROOT / "stories" / "images").rglob("*.png"))
    shown = Images()
    for side in range(100, 700, 5):  # 120 sizes
        assert shown.fitted(picture, Box(0, 0, side, side)) is not None
    assert len(shown._scaled) <= images.SIZES_KEPT
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    for _ in range(3):
        assert shown.load(broken) is None
    assert len(shown.problems) == 1
