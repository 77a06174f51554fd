"""Pure layout: boxes and wrapped lines from a window size and some text. No pygame here.

Text is measured through a `Measure` (the real one asks pygame's fonts; tests use a fake),
so every screen's layout can be checked as data: nothing outside its panel, nothing
overlapping, every target at least 44 pixels, lines no longer than about 75 characters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

BASE_W, BASE_H = 1280, 720
MIN_TARGET = 44          # WCAG 2.5.5: touch targets at least 44 px
MAX_CHARS = 75           # readable line length
SIZES = {"small": 17, "body": 22, "button": 22, "heading": 30, "title": 44}
# WCAG 1.4.12 (text spacing), as multiples of the font size, with the `text_spacing` setting
LINE_HEIGHT, PARAGRAPH_GAP, LETTER_SPACING, WORD_SPACING = 1.5, 2.0, 0.12, 0.16


class Measure(Protocol):
    def width(self, text: str, style: str) -> int: ...
    def line_height(self, style: str) -> int: ...


class Box(NamedTuple):
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.right and self.y <= py < self.bottom

    def inside(self, other: Box) -> bool:
        return (self.x >= other.x and self.y >= other.y and self.right <= other.right
                and self.bottom <= other.bottom)

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right and self.y < other.bottom
                and other.y < self.bottom)


@dataclass(frozen=True)
class Metrics:
    """Sizes for one window: everything scales with the window and the text-size setting."""

    width: int
    height: int
    text_scale: float = 1.0
    spacing: bool = False  # WCAG 1.4.12's text spacing (the `text_spacing` setting)

    @property
    def unit(self) -> float:
        """One design pixel in real pixels: designs are for 1280x720, or 720x1280 upright."""
        if self.portrait:
            return max(min(self.width / BASE_H, self.height / BASE_W), 0.6)
        return max(min(self.width / BASE_W, self.height / BASE_H), 0.6)

    def px(self, design: float) -> int:
        return round(design * self.unit)

    def font_px(self, style: str) -> int:
        scale = self.text_scale if style != "title" else min(self.text_scale, 1.5)
        return max(12, round(SIZES[style] * self.unit * scale))

    def letter_px(self, style: str) -> float:
        """What is added between two letters: 0.12 of the font size with wide spacing."""
        return LETTER_SPACING * self.font_px(style) if self.spacing else 0.0

    def word_px(self, style: str) -> float:
        """What is added to each space between words: 0.16 of the font size, or nothing."""
        return WORD_SPACING * self.font_px(style) if self.spacing else 0.0

    def paragraph_gap(self, style: str) -> int:
        """The room after a paragraph of prose with wide spacing (twice the font size), else
        none (screens add their own gaps, which then come on top). Only body text is prose,
        as WCAG's test gives the room to paragraphs (`p`) alone: a heading, a note or the
        season's name in the top bar keeps its place."""
        if not self.spacing or style != "body":
            return 0
        return math.ceil(PARAGRAPH_GAP * self.font_px(style))

    @property
    def portrait(self) -> bool:
        return self.height > self.width * 1.1

    @property
    def target(self) -> int:
        return max(MIN_TARGET, self.px(52))


class Tight(NamedTuple):
    """A page of many buttons at large text, made to fit by packing its buttons: less
    padding above and below the label (the touch target's minimum height still holds),
    less leading and less room between them (`PageScreen.build` tries it only when the
    page would otherwise scroll)."""

    pad: int = 6
    leading: float = 1.08
    between: int = 5
    heading_gap: int = 6


TIGHT = Tight()


def pitch(metrics: Metrics, measure: Measure, style: str, leading: float = 1.3) -> int:
    """How far apart two lines of a style are: the font's line size with some leading,
    and with wide spacing at least 1.5 times the font size (WCAG 1.4.12). Every line
    placed anywhere uses this, so the two settings change every screen alike."""
    height = round(measure.line_height(style) * leading)
    if metrics.spacing:
        height = max(height, math.ceil(LINE_HEIGHT * metrics.font_px(style)))
    return height


def wrap(text: str, width: int, style: str, measure: Measure, max_chars: int = MAX_CHARS
         ) -> list[str]:
    """Greedy word wrap by measured width (and at most `max_chars` characters, for easy
    reading); a word too long for a line is split."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if measure.width(candidate, style) <= width and len(candidate) <= max_chars:
                line = candidate
                continue
            if line:
                lines.append(line)
            start = 0  # split an over-long word by index: slicing off the rest each time
            while len(word) - start > 1 and (len(word) - start > max_chars  # is quadratic
                                             or measure.width(word[start:], style) > width):
                cut = _longest_fit(word[start:start + max_chars], width, style, measure)
                lines.append(word[start:start + cut])
                start += cut
            line = word[start:]
        lines.append(line)
    return lines


def _longest_fit(piece: str, width: int, style: str, measure: Measure) -> int:
    """How many of the piece's first characters fit on a line (at least one): a binary
    search, so a word of any length is split in time linear in its length."""
    lo, hi = 1, len(piece)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure.width(piece[:mid], style) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def column_width(metrics: Metrics, available: int, measure: Measure) -> int:
    """Body text of at most ~75 characters a line (measured on ordinary prose, whose
    narrow letters let about 8 % more fit than the sample), never wider than there is room."""
    sample = "the village remembers who helped whom in the hungry winter of that year"
    return min(available, measure.width(sample[:round(MAX_CHARS / 1.09)] + "mmmmm", "body"))


class Line(NamedTuple):
    text: str
    style: str
    box: Box


class Target(NamedTuple):
    """Something to press: a choice, a menu item, a button."""

    key: str
    lines: tuple[Line, ...]
    box: Box
    enabled: bool = True
    number: int | None = None
    label: str = ""  # the whole label, unwrapped and without its number (for `describe`)
    look: str = "button"  # "aside": something to read, not a choice ("Learn more")


class Paragraph(NamedTuple):
    """One piece of text as written, and which of the flow's lines show it (for `describe`:
    a paragraph is read whole, not as wrapped fragments)."""

    text: str
    style: str
    first: int  # index into `Flow.lines`
    count: int


class Picture(NamedTuple):
    """Room reserved for a picture or a chart, and what it shows in words."""

    box: Box
    alt: str = ""


@dataclass
class Flow:
    """A scrolling column: lines and targets placed top to bottom in content coordinates."""

    x: int
    width: int
    measure: Measure
    metrics: Metrics
    y: int = 0
    lines: list[Line] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    dock_from: int | None = None  # targets from here on are docked (`panes.split`)
    dock_top: int = 0             # where the text ended when they began
    tight: bool = False           # buttons with less padding, closer together (`TIGHT`)

    def dock_here(self) -> None:
        """The targets placed from now on are the page's choices: `panes.split` docks them
        under the text so they stay in reach while the text scrolls."""
        self.dock_from, self.dock_top = len(self.targets), self.y

    def gap(self, design: float) -> None:
        self.y += self.metrics.px(design)

    def text(self, text: str, style: str = "body", indent: int = 0) -> list[Line]:
        """Place a piece of text, wrapped; each line break in it begins a paragraph. With
        wide spacing every paragraph is followed by twice the font size of room, and a
        blank line between paragraphs gives way to that room."""
        height = pitch(self.metrics, self.measure, style)  # generous line spacing
        gap = self.metrics.paragraph_gap(style)
        placed = []
        for paragraph in text.split("\n"):
            if gap and not paragraph.strip():
                continue
            for line in wrap(paragraph, self.width - indent, style, self.measure):
                placed.append(Line(line, style, Box(self.x + indent, self.y,
                                                    self.measure.width(line, style), height)))
                self.y += height
            self.y += gap
        self.paragraphs.append(Paragraph(text, style, len(self.lines), len(placed)))
        self.lines += placed
        return placed

    def target(self, key: str, label: str, enabled: bool = True, number: int | None = None,
               style: str = "button", look: str = "button") -> Target:
        pad = self.metrics.px(14)
        upright = self.metrics.px(TIGHT.pad) if self.tight else pad  # above and below
        prefix = f"{number}. " if number is not None else ""
        inner = self.width - 2 * pad
        height = pitch(self.metrics, self.measure, style, TIGHT.leading if self.tight else 1.25)
        wrapped = wrap(prefix + label, inner, style, self.measure)
        box_h = max(self.metrics.target, len(wrapped) * height + 2 * upright)
        top = self.y + (box_h - len(wrapped) * height) // 2
        lines = tuple(Line(text, style, Box(self.x + pad, top + i * height,
                                            self.measure.width(text, style), height))
                      for i, text in enumerate(wrapped))
        target = Target(key, lines, Box(self.x, self.y, self.width, box_h), enabled, number,
                        label, look)
        self.targets.append(target)
        self.y += box_h + self.metrics.px(self.after_target)
        return target

    @property
    def after_target(self) -> int:
        """Design pixels between one button and the next."""
        return TIGHT.between if self.tight else 10

    def block(self, height: int, alt: str = "") -> Box:
        """Reserve room for a picture or a chart (`alt` says what it shows); returns its box."""
        box = Box(self.x, self.y, self.width, height)
        self.pictures.append(Picture(box, alt))
        self.y += height
        return box

