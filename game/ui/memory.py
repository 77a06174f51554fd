"""Big pictures go straight back to the system when they are freed.

glibc's malloc serves large blocks with their own memory map, but after one such block is
freed it raises that threshold to the block's size (up to 32 MB), so every later surface
of a full-screen window comes from the heap instead, and freeing it leaves holes the heap
cannot hand back. A window resized between sizes, or a kiosk whose visitors change the
text size, then settles 50 MB above where it started, though every cache is bounded
(`bench/soak.py`: 65 -> 121 MB over 60 simulated minutes; with the threshold fixed at
glibc's own default, 60 -> 77 MB and back down as caches turn over). Fixing the
threshold turns that adjustment off. Only on Linux with glibc; elsewhere nothing happens.
"""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3  # <malloc.h>
THRESHOLD = 128 * 1024  # glibc's starting value: a 1920x1080 surface is 8 MB, a line 50 KB


def return_big_blocks(platform: str = sys.platform) -> bool:
    """Fix malloc's map threshold for this process; True if it was done."""
    if not platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt): nothing to do
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD))
