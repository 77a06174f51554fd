"""Freed full-screen surfaces go back to the system, so a soak settles where it started."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from game.ui import memory
from tests.conftest import ROOT

# Surfaces of a window shrinking step by step (the largest first raises glibc's threshold),
# while a small one is kept each time, as a text cache does: the kept ones pin the heap.
CHURN = """
import sys, pygame
from game.ui import memory
if sys.argv[1] == "fixed":
    assert memory.return_big_blocks()
def rss_mb():
    with open("/proc/self/status") as status:
        return int(next(x for x in status if x.startswith("VmRSS:")).split()[1]) / 1024
before, kept = rss_mb(), []
for side in range(1900, 1000, -30):
    surfaces = [pygame.Surface((side, side * 9 // 16)) for _ in range(4)]
    for surface in surfaces:
        surface.fill((side % 255, 0, 0))
    kept.append(pygame.Surface((200, 40)))
    del surfaces
print(rss_mb() - before)
"""


def test_other_systems_are_left_alone():
    assert memory.return_big_blocks("win32") is False
    assert memory.return_big_blocks("darwin") is False


def growth(how: str) -> float:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    done = subprocess.run([sys.executable, "-c", CHURN, how], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=60)
    return float(done.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_freed_surfaces_are_handed_back_on_linux():
    """The same churn of 1920x1080-sized surfaces, with and without the fixed threshold, in
    fresh processes: without it the heap keeps tens of MB (about 37 here), with it a few."""
    if not memory.return_big_blocks():
        pytest.skip("not glibc")
    as_it_was, fixed = growth("default"), growth("fixed")
    assert fixed < 10 and as_it_was > fixed + 15, (as_it_was, fixed)
