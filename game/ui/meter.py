"""The village trust meter: always on screen, and readable four ways at once.

1. the bar's length (exactly trust/100 of the track),
2. the number ("Trust 62/100"),
3. the band's word ("Hopeful"),
4. the band's pattern in the bar and its shape beside the word.

Colour only adds to these. A change slides the bar (unless motion is reduced) and shows
"+6: the Petrovs remember your seed grain" long enough to read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.engine.model import TrustSpec
from game.lang.catalogue import ENGLISH_STRINGS, Strings

from .fonts import FontBook
from .layout import Box, Metrics
from .theme import Theme

READING_SPEED = 15  # characters a second: a slow reader's pace
SLIDE_SECONDS = 1.0  # how long the bar takes to move to its new value


@dataclass
class MeterMotion:
    """The meter's animation: where the bar is drawn now, and the note about the change."""

    shown: float
    target: int
    note: str = ""
    note_left: float = 0.0  # seconds the note stays
    speed: float = 40.0     # trust points a second

    def change(self, before: int, after: int, reason: str, reduced_motion: bool) -> None:
        self.shown = float(after if reduced_motion else before)
        self.target = after
        # Slide over about a second whatever the size: at a fixed 40 points a second a +3
        # change moved for 75 ms, too quick to notice (window review, defect 11).
        self.speed = max(abs(after - before) / SLIDE_SECONDS, 1.0)
        sign = "+" if after >= before else "-"
        self.note = f"{sign}{abs(after - before)}: {reason}" if reason else f"{sign}"
        self.note_left = 2.5 + len(self.note) / READING_SPEED

    def clear(self) -> None:
        """A step that did not move trust: the last step's note no longer applies."""
        self.note, self.note_left = "", 0.0

    def update(self, dt: float) -> bool:
        """Advance; True while something still moves or a note is still showing, and on the
        frame a note goes (so the window draws it gone rather than leaving it stale)."""
        if self.shown != self.target:
            step = self.speed * dt
            distance = self.target - self.shown
            self.shown = self.target if abs(distance) <= step else self.shown + math.copysign(
                step, distance)
        went = False
        if self.note_left > 0:
            self.note_left = max(0.0, self.note_left - dt)
            if self.note_left == 0:
                self.note, went = "", True
        return self.shown != self.target or self.note_left > 0 or went


def band_index(spec: TrustSpec, value: int) -> int:
    index = 0
    for i, band in enumerate(spec.bands):
        if value >= band.start:
            index = i
    return index


def meter_label(spec: TrustSpec, value: int, fonts: FontBook, width: int,
                strings: Strings = ENGLISH_STRINGS) -> str:
    """`Village trust 62/100 · Hopeful`, shortened only if the meter is too narrow for it
    (the band's shape is drawn after it, about two letters wide)."""
    band = spec.bands[band_index(spec, value)].label
    room = width - 2 * fonts.font("small").get_height()
    for text in (strings._("{label} {value}/100 · {band}", label=spec.label, value=value,
                           band=band),
                 strings._("Trust {value}/100 · {band}", value=value, band=band),
                 strings._("{value}/100 · {band}", value=value, band=band)):
        if fonts.width(text, "small") <= room:
            return text
    return strings._("{value} · {band}", value=value, band=band)


def meter_sentence(spec: TrustSpec, value: int, strings: Strings = ENGLISH_STRINGS) -> str:
    """The meter in words, never shortened (for speech and `describe`):
    "Village trust: 62 out of 100, Hopeful"."""
    return strings.meter_sentence(spec.label, value, spec.bands[band_index(spec, value)].label)


def fill_width(track: Box, value: float) -> int:
    """The bar's length for a trust value: the part of the track that value fills."""
    return round(track.w * max(0.0, min(100.0, value)) / 100)


def layout_meter(metrics: Metrics, fonts: FontBook, box: Box) -> tuple[Box, Box]:
    """(label line, bar track) inside the meter's box."""
    label_h = fonts.line_height("small") + metrics.px(6)
    track = Box(box.x, box.y + label_h, box.w, max(metrics.px(22), 18))
    return Box(box.x, box.y, box.w, label_h), track


def meter_height(metrics: Metrics, fonts: FontBook) -> int:
    return fonts.line_height("small") + metrics.px(6) + max(metrics.px(22), 18)


def draw_meter(surface: pygame.Surface, fonts: FontBook, theme: Theme, metrics: Metrics,
               box: Box, spec: TrustSpec, motion: MeterMotion,
               strings: Strings = ENGLISH_STRINGS) -> Box:
    """Draw the meter; return the track's box (tests measure the fill inside it)."""
    label_box, track = layout_meter(metrics, fonts, box)
    value = round(motion.shown)
    index = band_index(spec, value)
    colour = theme.bands[min(index, len(theme.bands) - 1)]
    text = meter_label(spec, value, fonts, box.w, strings)
    font = fonts.font("small")
    image = fonts.image(text, "small", theme.meter_text)
    shape_size = font.get_height() * 3 // 5
    surface.blit(image, (label_box.x, label_box.y))
    _shape(surface, index, colour, theme, (label_box.x + image.get_width() + shape_size,
                                           label_box.y + font.get_height() // 2), shape_size)
    outer = pygame.Rect(track.x, track.y, track.w, track.h)
    pygame.draw.rect(surface, theme.meter_track, outer)
    filled = pygame.Rect(track.x, track.y, fill_width(track, motion.shown), track.h)
    pygame.draw.rect(surface, colour, filled)
    _pattern(surface, index, filled, theme)
    for other in spec.bands[1:]:  # where each band begins
        x = track.x + fill_width(track, other.start)
        pygame.draw.line(surface, theme.meter_text, (x, track.y - metrics.px(3)),
                         (x, track.y + track.h + metrics.px(2)), max(1, metrics.px(2)))
    pygame.draw.rect(surface, theme.meter_text, outer, max(1, metrics.px(2)))
    return track


def _shape(surface: pygame.Surface, index: int, colour: tuple[int, int, int], theme: Theme,
           centre: tuple[int, int], size: int) -> None:
    """A shape per band: down triangle, diamond, circle, star-like square."""
    x, y = centre
    r = size // 2
    if index == 0:
        points = [(x - r, y - r), (x + r, y - r), (x, y + r)]
    elif index == 1:
        points = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    elif index == 2:
        pygame.draw.circle(surface, colour, centre, r)
        pygame.draw.circle(surface, theme.meter_text, centre, r, 1)
        return
    else:
        points = [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    pygame.draw.polygon(surface, colour, points)
    pygame.draw.polygon(surface, theme.meter_text, points, 1)


def _pattern(surface: pygame.Surface, index: int, area: pygame.Rect, theme: Theme) -> None:
    """Hatching that differs by band, so the band shows without colour too."""
    if area.w <= 0:
        return
    line = theme.meter_track
    clip = surface.get_clip()
    surface.set_clip(area.clip(clip) if clip else area)
    step = max(6, area.h // 2)
    if index == 0:    # sparse diagonals
        for x in range(area.x - area.h, area.right, step * 2):
            pygame.draw.line(surface, line, (x, area.bottom), (x + area.h, area.y), 2)
    elif index == 1:  # one line along the middle
        pygame.draw.line(surface, line, (area.x, area.centery), (area.right, area.centery), 2)
    elif index == 3:  # dense crosses
        for x in range(area.x, area.right, step):
            pygame.draw.line(surface, line, (x, area.y), (x, area.bottom), 1)
    surface.set_clip(clip)
