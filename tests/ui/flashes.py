"""Counting flashes in frames (WCAG 2.3.1, three flashes or below; research C-8).

A frame is shrunk to a grid of cells (each the mean colour of about 32x32 pixels, far smaller
than the quarter of a 10-degree field WCAG counts, so this is stricter than the rule), and
each cell's relative luminance is followed from frame to frame. A *transition* is a swing of
at least 0.1 (WCAG's "10 % or more of the maximum relative luminance") against the last one,
with the darker side below 0.8; a flash is two transitions. Over any one second a cell may
make at most six (three flashes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pygame

CELL = 32             # pixels a grid cell covers
SWING = 0.1           # WCAG: a change of 10 % of the maximum relative luminance
DARK = 0.8            # ... where the darker of the two is below 0.80
MOST_A_SECOND = 6     # transitions: three flashes


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


LINEAR = tuple(_linear(c) for c in range(256))


def luminances(surface: pygame.Surface) -> list[float]:
    """Each cell's relative luminance (of its mean colour)."""
    width, height = surface.get_size()
    small = pygame.transform.smoothscale(surface.convert(24) if surface.get_bitsize() != 24
                                         else surface, (max(1, width // CELL),
                                                        max(1, height // CELL)))
    data = pygame.image.tobytes(small, "RGB")
    return [0.2126 * LINEAR[data[i]] + 0.7152 * LINEAR[data[i + 1]]
            + 0.0722 * LINEAR[data[i + 2]] for i in range(0, len(data), 3)]


@dataclass
class Cell:
    """One cell's luminance so far: the extreme since the last transition, and when each
    transition happened."""

    anchor: float
    rising: bool | None = None
    extreme: float = 0.0
    times: list[float] = field(default_factory=list)

    def see(self, value: float, now: float) -> None:
        if self.rising is None:
            if abs(value - self.anchor) >= SWING and min(value, self.anchor) < DARK:
                self.rising, self.extreme = value > self.anchor, value
                self.times.append(now)
            return
        if (value > self.extreme) == self.rising and value != self.extreme:
            self.extreme = value  # still going the same way
            return
        if abs(value - self.extreme) >= SWING and min(value, self.extreme) < DARK:
            self.rising, self.extreme = value > self.extreme, value
            self.times.append(now)

    def most_in_a_second(self) -> int:
        most, start = 0, 0
        for end, time in enumerate(self.times):
            while time - self.times[start] >= 1.0:
                start += 1
            most = max(most, end - start + 1)
        return most


@dataclass
class Recording:
    fps: float
    seconds: float
    cells: list[Cell]
    frames: int

    @property
    def worst(self) -> int:
        """The most transitions any cell made in any one second."""
        return max((cell.most_in_a_second() for cell in self.cells), default=0)

    @property
    def changes(self) -> int:
        """How many transitions there were in all (to show the recording saw something)."""
        return sum(len(cell.times) for cell in self.cells)


def record(surface: pygame.Surface, advance: Callable[[float], object], seconds: float,
           fps: float = 60.0) -> Recording:
    """Run `advance(dt)` (a window's step) at `fps` on a fake clock for `seconds`, looking at
    `surface` after each frame."""
    first = luminances(surface)
    cells = [Cell(value) for value in first]
    frames = round(seconds * fps)
    for frame in range(1, frames + 1):
        advance(1 / fps)
        for cell, value in zip(cells, luminances(surface), strict=True):
            if value != cell.anchor or cell.rising is not None:
                cell.see(value, frame / fps)
    return Recording(fps, seconds, cells, frames)


def same_frames(surface: pygame.Surface, advance: Callable[[float], object],
                frames: int, fps: float = 60.0) -> Sequence[bool]:
    """Whether each of `frames` frames looks exactly like the one before (nothing moves)."""
    before = pygame.image.tobytes(surface, "RGB")
    same = []
    for _ in range(frames):
        advance(1 / fps)
        now = pygame.image.tobytes(surface, "RGB")
        same.append(now == before)
        before = now
    return same
