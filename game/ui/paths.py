"""The data folder, as the window uses it: decided in `game.present.places`, shared with
the terminal."""

from __future__ import annotations

from game.present.places import data_dir, save_path

__all__ = ["data_dir", "save_path"]
