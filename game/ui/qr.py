"""A path code as a QR code, for a phone or tablet at the teacher's desk (nothing is sent:
the picture only holds the code's letters). The screen showing it keeps the surface."""

from __future__ import annotations

import pygame
import segno

QUIET = 4  # modules of white around the code, which readers need to find it


def qr_surface(code: str, side: int) -> pygame.Surface:
    """A square `side` pixels wide (or a little less, to keep modules whole) with the QR code
    of `code`: dark modules on white, whatever the season's palette, so any reader finds it."""
    matrix = segno.make_qr(code, error="m").matrix
    modules = len(matrix) + 2 * QUIET
    scale = max(1, side // modules)
    surface = pygame.Surface((modules * scale, modules * scale))
    surface.fill((255, 255, 255))
    for row, line in enumerate(matrix):
        for col, dark in enumerate(line):
            if dark:
                surface.fill((0, 0, 0), ((col + QUIET) * scale, (row + QUIET) * scale,
                                         scale, scale))
    return surface
