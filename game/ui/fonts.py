"""Fonts: the bundled Noto Sans (Latin and Cyrillic, OFL), loaded once per size and cached.

If the font files are missing or damaged the game says so once and uses pygame's own font,
so a broken install still shows text instead of a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import pygame

from game import assets

from .bounded import Bounded
from .layout import Metrics

FONTS = assets.fonts()
FILES = MappingProxyType({"regular": FONTS / "NotoSans-Regular.ttf",
                          "bold": FONTS / "NotoSans-Bold.ttf"})
WEIGHTS = MappingProxyType({"small": "regular", "body": "regular", "button": "regular",
                            "heading": "bold", "title": "bold"})


FONTS_KEPT = 32  # a screen uses about 8 (styles x weights); room for a resize in progress
WIDTHS_KEPT = 20_000  # words and lines measured: several screens' worth, a few MB at most


class FontBook:
    """Fonts by style for the current window size and text scale; also a `Measure`."""

    def __init__(self, metrics: Metrics, files: Mapping[str, Path] | None = None) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self.metrics = metrics
        self.files = files or FILES
        self.problems: list[str] = []
        self._cache: Bounded[tuple[str, int], pygame.font.Font] = Bounded(FONTS_KEPT)
        self._widths: Bounded[tuple[str, str], int] = Bounded(WIDTHS_KEPT)

    def resize(self, metrics: Metrics) -> None:
        if metrics != self.metrics:
            self.metrics = metrics
            self._widths.clear()

    def font(self, style: str, px: int | None = None) -> pygame.font.Font:
        size = px or self.metrics.font_px(style)
        weight = WEIGHTS.get(style, "regular")
        key = (weight, size)
        font = self._cache.get(key)
        if font is None:
            font = self._cache.put(key, self._load(weight, size))
        return font

    def _load(self, weight: str, size: int) -> pygame.font.Font:
        path = self.files.get(weight)
        try:
            return pygame.font.Font(path, size)
        except (OSError, FileNotFoundError, pygame.error) as err:
            message = (f"{path}: the font cannot be loaded ({err}); using a plain font "
                       "instead (reinstall the game to fix this)")
            if message not in self.problems:
                self.problems.append(message)
            return pygame.font.Font(None, round(size * 1.3))

    # The Measure protocol (see layout.py).
    def width(self, text: str, style: str) -> int:
        key = (text, style)
        width = self._widths.get(key)
        if width is None:
            width = self._widths.put(key, self.font(style).size(text)[0])
        return width

    def line_height(self, style: str) -> int:
        return self.font(style).get_linesize()

    def covers(self, text: str) -> list[str]:
        """Characters the body font has no glyph for (a test checks the stories)."""
        font = self.font("body")
        return sorted({c for c in text if not c.isspace() and font.metrics(c)[0] is None})
