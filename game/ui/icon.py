"""The window's name and picture in the taskbar, the dock and the window switcher.

Without them the taskbar showed `__main__.py` and pygame's snake (window review, defect
14): a student looking for the game among open windows could not find it. The picture is
drawn here rather than shipped: a log house (izba) with a lit window under an evening sky,
with a sheaf beside it, legible at 16 px.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

import pygame

WM_CLASS = "village-resilience"  # X11's WM_CLASS and Wayland's app id: the taskbar groups by it
SIDE = 64

SKY, DUSK = (46, 64, 104), (214, 134, 76)
WALL, ROOF, LIGHT = (120, 72, 40), (74, 44, 30), (255, 214, 120)
SHEAF, GROUND = (226, 182, 82), (92, 108, 58)


def name_the_window(environ: MutableMapping[str, str] = os.environ) -> None:
    """Before SDL's video starts (it reads these once); a value already set is kept."""
    environ.setdefault("SDL_VIDEO_X11_WMCLASS", WM_CLASS)
    environ.setdefault("SDL_VIDEO_WAYLAND_WMCLASS", WM_CLASS)


def picture() -> pygame.Surface:
    """The 64x64 icon (SDL scales it for each place it is shown)."""
    s = pygame.Surface((SIDE, SIDE), pygame.SRCALPHA)
    for y in range(SIDE):  # evening sky, warmer towards the horizon
        t = y / (SIDE * 0.7)
        mix = tuple(round(a + (b - a) * min(1.0, t)) for a, b in zip(SKY, DUSK, strict=True))
        pygame.draw.line(s, mix, (0, y), (SIDE - 1, y))
    pygame.draw.rect(s, GROUND, (0, 50, SIDE, 14))
    pygame.draw.polygon(s, ROOF, [(8, 30), (30, 12), (52, 30)])  # the roof
    pygame.draw.rect(s, WALL, (12, 30, 36, 22))  # log walls
    for y in range(33, 52, 4):
        pygame.draw.line(s, ROOF, (12, y), (47, y))
    pygame.draw.rect(s, LIGHT, (24, 35, 11, 9))  # a lit window: somebody is at home
    for d in (-4, -2, 0, 2, 4):  # a sheaf of rye: stalks fanning out above and below its band
        pygame.draw.line(s, SHEAF, (56 - d // 2, 59), (56 + d, 35), 2)
        pygame.draw.circle(s, SHEAF, (56 + d, 35), 2)  # the ears
    pygame.draw.line(s, ROOF, (53, 49), (59, 49), 2)  # the band
    return s
