"""Which parts of the window to repaint and present when only a little changed.

While a scene's text reveals, the meter slides or the focus ring moves, a frame changes a
letter, the meter's bar or two buttons' rings: well under 1 % of the window. Painting the
whole window and presenting all of it (`display.flip`) then costs far more than the
change: the fill, the panels' rounded corners and the copy of every pixel to the X server.
So a screen may say which boxes it changed (`Screen.changed`), and the window repaints only
those, clipped, and presents only them (`display.update(rects)`). Anything else (a new
page, a resize, a press, a window uncovered) repaints everything, so a screen that says
nothing is always drawn right. `areas` merges boxes that touch and gives up on the
partial path when the boxes cover much of the window, where one full frame is as cheap.
"""

from __future__ import annotations

from collections.abc import Iterable

import pygame

from .layout import Box

MOST = 0.4  # a partial repaint covering more than this much of the window: paint it all


def grow(box: Box, by: int) -> Box:
    """The box with a margin (a focus ring and the meter's ticks reach past their boxes)."""
    return Box(box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by)


def areas(boxes: Iterable[Box], size: tuple[int, int]) -> list[pygame.Rect] | None:
    """The rectangles to repaint for these boxes in a window of `size`: inside the window,
    without empty ones, touching ones merged into one. None: repaint the whole window."""
    window = pygame.Rect(0, 0, *size)
    rects = [r for r in (pygame.Rect(*box).clip(window) for box in boxes) if r.w and r.h]
    merged: list[pygame.Rect] = []
    for rect in rects:
        for other in [m for m in merged if m.inflate(2, 2).colliderect(rect)]:
            merged.remove(other)
            rect = rect.union(other)
        merged.append(rect)
    if sum(r.w * r.h for r in merged) > MOST * window.w * window.h:
        return None
    return merged
