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


def test_a_weighed_cache_keeps_under_its_budget_but_always_the_newest():
    cache: Bounded[str, bytes] = Bounded(10, len, budget=10)
    cache.put("a", b"x" * 4)
    cache.put("b", b"x" * 4)
    assert cache.weight == 8 and len(cache) == 2
    cache.put("c", b"x" * 4)  # 12 > 10: the oldest goes
    assert "a" not in cache and cache.weight == 8
    cache.put("b", b"x" * 2)  # replacing a value re-weighs it
    assert cache.weight == 6
    cache.put("huge", b"x" * 50)  # over the budget alone: kept, everything older dropped
    assert list(cache._items) == ["huge"] and cache.weight == 50
    cache.clear()
    assert cache.weight == 0 and len(cache) == 0
    with pytest.raises(ValueError):
        Bounded(3, len)  # a weighed cache needs a budget


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
    big = Images()
    for width in range(1600, 1940, 20):  # full-screen copies: bounded by bytes first
        big.fitted(picture, Box(0, 0, width, width * 9 // 16), cover=True)
        assert big._scaled.weight <= images.SCALED_BYTES or len(big._scaled) == 1
    assert len(big._scaled) < images.SIZES_KEPT
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    for _ in range(3):
        assert shown.load(broken) is None
    assert len(shown.problems) == 1
