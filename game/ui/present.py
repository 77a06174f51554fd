"""How finished frames reach the screen, chosen once before the window opens.

On Linux, SDL presents a window's surface through its OpenGL renderer by default. Where
that is software OpenGL (Xvfb, virtual machines, many school thin clients and kiosks
without GPU drivers) every frame at 1920x1080 took 11-21 ms; with SDL's plain X11
framebuffer (`SDL_FRAMEBUFFER_ACCELERATION=0`) the same frame takes about 1 ms
(`bench/frames.py --xvfb`, and `../shared/research/reviews/performance-beside-peers.md`
task 5). The game draws into one software surface either way, so a real GPU gains little
from the accelerated path: the plain framebuffer is the better default on every Linux
machine. On Windows and macOS SDL's default (Direct3D / Metal) was not measured here and
is kept. Anyone can still choose: a value already in the environment is never replaced.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

FRAMEBUFFER = "SDL_FRAMEBUFFER_ACCELERATION"


def choose(environ: MutableMapping[str, str] = os.environ, platform: str = sys.platform
           ) -> str:
    """Set the presentation path for this process; say which was chosen and why."""
    if FRAMEBUFFER in environ:
        return f"{FRAMEBUFFER}={environ[FRAMEBUFFER]} (set in the environment)"
    if platform.startswith("linux"):
        environ[FRAMEBUFFER] = "0"
        return f"{FRAMEBUFFER}=0 (plain framebuffer: fastest without GPU drivers)"
    return "SDL's default presentation"


def fit(size: tuple[int, int], desktop: tuple[int, int] | None) -> tuple[int, int]:
    """A window size that fits the desktop it opens on (at most 90 % of each side, so the
    title bar and a taskbar stay visible); a 1024x768 classroom screen gets a smaller
    window rather than one whose buttons are off the edge."""
    if not desktop or desktop[0] <= 0 or desktop[1] <= 0:
        return size
    width = min(size[0], int(desktop[0] * 0.9))
    height = min(size[1], int(desktop[1] * 0.9))
    return max(320, width), max(240, height)
