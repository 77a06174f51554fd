"""Where the game keeps saves, settings and its problem log: the one place this is decided.

`VR_DATA_DIR` overrides it (tests, kiosks, shared classroom drives); otherwise SDL's
per-user preference folder (AppData on Windows, Application Support on macOS, ~/.local/share
on Linux), which a standard user may always write to.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pygame


def data_dir() -> Path:
    chosen = os.environ.get("VR_DATA_DIR")
    if chosen:
        path = Path(chosen)
    else:
        path = Path(pygame.system.get_pref_path("village-resilience", "Village Resilience"))
    with contextlib.suppress(OSError):  # saving will say plainly that it cannot;
        path.mkdir(parents=True, exist_ok=True)  # playing must still work
    return path
