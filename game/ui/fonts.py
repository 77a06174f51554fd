"""Fonts: the bundled Noto Sans, or SIL Andika for easy reading (both Latin and Cyrillic,
OFL), loaded once per size and cached; and the one place text is measured and drawn.

Measuring (`width`) and drawing (`image`) both follow the window's `Metrics`: with wide
text spacing (WCAG 1.4.12) every letter is set 0.12 of the font size apart and every space
widened by 0.16, glyph by glyph, at the same places `width` counts, so a line wraps where it
is drawn. Drawn lines are cached (bounded in bytes), so a frame blits and never renders.

If the font files are missing or damaged the game says so once and uses pygame's own font,
so a broken install still shows text instead of a traceback.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import pygame

from game import assets

from .bounded import Bounded
from .cmap import characters
from .layout import Metrics
from .theme import RGB

FONTS = assets.fonts()
FILES = MappingProxyType({"regular": FONTS / "NotoSans-Regular.ttf",
                          "bold": FONTS / "NotoSans-Bold.ttf"})
EASY_READING = MappingProxyType({"regular": FONTS / "Andika-Regular.ttf",
                                 "bold": FONTS / "Andika-Bold.ttf"})
FAMILIES = MappingProxyType({"standard": FILES, "easy-reading": EASY_READING})
# A line's height as a multiple of the font size, where a font's own is taller than the
# layout needs: Andika's is 1.63 (Noto Sans's 1.36), which with the layout's leading on top
# gave twice the font size between lines and pushed choices off a 720-line screen.
LINE_SIZE = MappingProxyType({id(EASY_READING): 1.42})
WEIGHTS = MappingProxyType({"small": "regular", "body": "regular", "button": "regular",
                            "heading": "bold", "title": "bold"})


FONTS_KEPT = 32  # a screen uses about 8 (styles x weights); room for a resize in progress
WIDTHS_KEPT = 20_000  # words and lines measured: several screens' worth, a few MB at most
LINES_KEPT = 600      # lines drawn: a few screens' worth...
LINE_BYTES = 24 << 20  # ...and never more than 24 MB of them (a line at 1080p is ~200 KB)


class FontBook:
    """Fonts by style for the current window size and text scale; also a `Measure`."""

    def __init__(self, metrics: Metrics, files: Mapping[str, Path] | None = None) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self.metrics = metrics
        self.files = files or FILES
        self.problems: list[str] = []
        self._cache: Bounded[tuple[Path | None, int], pygame.font.Font] = Bounded(FONTS_KEPT)
        self._widths: Bounded[tuple[str, str], int] = Bounded(WIDTHS_KEPT)
        self._lines: Bounded[tuple[str, str, RGB], pygame.Surface] = Bounded(
            LINES_KEPT, lambda image: image.get_width() * image.get_height() * 4, LINE_BYTES)

    def resize(self, metrics: Metrics) -> None:
        if metrics != self.metrics:
            self.metrics = metrics
            self._widths.clear()
            self._lines.clear()

    def use(self, family: str) -> None:
        """Draw in one of `FAMILIES` from now on (the `font` setting); an unknown name keeps
        the standard font."""
        files = FAMILIES.get(family, FILES)
        if files is not self.files:
            self.files = files
            self._widths.clear()
            self._lines.clear()

    def font(self, style: str, px: int | None = None) -> pygame.font.Font:
        size = px or self.metrics.font_px(style)
        weight = WEIGHTS.get(style, "regular")
        key = (self.files.get(weight), size)
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
            width = self._widths.put(key, self._advance(text, style, len(text)))
        return width

    def line_height(self, style: str) -> int:
        size = self.font(style).get_linesize()
        ratio = LINE_SIZE.get(id(self.files))
        return size if ratio is None else min(size, math.ceil(ratio * self.metrics.font_px(style)))

    def upto(self, text: str, style: str, count: int) -> int:
        """How much of the drawn line its first `count` characters take (a text reveal)."""
        return self._advance(text, style, count)

    def _advance(self, text: str, style: str, upto: int) -> int:
        """Where the character at `upto` begins (the whole width when `upto` is the length):
        the font's own kerned width, plus wide spacing's room after each letter before it
        and after each space. The one rule `width` and `image` share."""
        plain = self.font(style).size(text[:upto])[0]
        if not self.metrics.spacing or upto == 0:
            return plain
        gaps = upto - 1 if upto == len(text) else upto  # no room after the last letter
        return round(plain + self.metrics.letter_px(style) * gaps
                     + self.metrics.word_px(style) * text.count(" ", 0, upto))

    def image(self, text: str, style: str, colour: RGB) -> pygame.Surface:
        """The line drawn, with wide spacing if it is on; kept, so a frame only blits."""
        key = (text, style, colour)
        image = self._lines.get(key)
        if image is None:
            image = self._lines.put(key, self._draw(text, style, colour))
        return image

    def _draw(self, text: str, style: str, colour: RGB) -> pygame.Surface:
        font = self.font(style)
        if not self.metrics.spacing:
            return font.render(text, True, colour)
        # glyph by glyph at `_advance`'s places; a little room past the last for its overhang
        image = pygame.Surface((self.width(text, style) + font.get_height() // 2,
                                font.get_height()), pygame.SRCALPHA)
        image.fill((*colour, 0))
        for at, char in enumerate(text):
            if not char.isspace():  # glyphs' soft edges meet without darkening
                image.blit(font.render(char, True, colour), (self._advance(text, style, at), 0),
                           special_flags=pygame.BLEND_RGBA_MAX)
        return image

    def covers(self, text: str) -> list[str]:
        """Characters some shipped font has no glyph for, read from the fonts' character
        maps (pygame's own metrics give the empty box's for a missing letter, and so cannot
        tell); a test checks every text the game shows."""
        missing: set[str] = set()
        for files in FAMILIES.values():
            for path in files.values():
                have = characters(path)
                missing |= {c for c in text if not c.isspace() and ord(c) not in have}
        return sorted(missing)
