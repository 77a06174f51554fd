"""The summary's QR code shows exactly segno's modules for the path code, black on white
with a quiet zone, at whole-pixel modules (blurred modules defeat phone readers)."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import segno

from game.ui.qr import QUIET, qr_surface


def test_the_drawn_modules_are_segno_s_for_the_code():
    code = "FAM-VHSQ-PDAT"
    surface = qr_surface(code, 200)
    matrix = segno.make_qr(code, error="m").matrix
    modules = len(matrix) + 2 * QUIET
    scale = surface.get_width() // modules
    assert surface.get_width() == modules * scale <= 200 and scale >= 2
    for row in range(len(matrix)):
        for col in range(len(matrix)):
            x, y = (col + QUIET) * scale + scale // 2, (row + QUIET) * scale + scale // 2
            colour = surface.get_at((x, y))[:3]
            assert colour == ((0, 0, 0) if matrix[row][col] else (255, 255, 255))
    assert surface.get_at((1, 1))[:3] == (255, 255, 255)  # the quiet zone
    assert qr_surface("WAR-4M82-0RE4-WGS1-4", 200).get_width() <= 200
