"""Where the game keeps saves, settings and its problem log: the one place this is decided,
for the window and the terminal alike (so a class can continue in either).

`VR_DATA_DIR` overrides it (tests, kiosks, shared classroom drives); otherwise the per-user
preference folder SDL would give (`SDL_GetPrefPath`), worked out here without pygame: AppData
on Windows, Application Support on macOS, `$XDG_DATA_HOME` (~/.local/share) elsewhere. A
standard user may always write there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORG, APP = "village-resilience", "Village Resilience"


def preference_folder(environ: Mapping[str, str] | None = None,
                      platform: str = sys.platform) -> Path:
    env = os.environ if environ is None else environ
    if platform == "win32":
        base = Path(env.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or Path(env.get("HOME") or Path.home())
                    / ".local" / "share")
    return base / ORG / APP


def data_dir() -> Path:
    chosen = os.environ.get("VR_DATA_DIR")
    path = Path(chosen) if chosen else preference_folder()
    with contextlib.suppress(OSError):  # saving will say plainly that it cannot;
        path.mkdir(parents=True, exist_ok=True)  # playing must still work
    return path


def save_path(folder: Path, campaign: str) -> Path:
    """One autosave per campaign (a season played alone is a campaign of one)."""
    return folder / f"autosave-{campaign}.json"
