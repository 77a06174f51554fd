"""Reloading a season when its file is saved: the new version if it is sound, the reasons
if not (so the last good version keeps running), and the same place in the story."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic
from .library import Library
from .model import Season
from .refit import GONE, refit
from .state import GameState


@dataclass
class Reloaded:
    season: Season


@dataclass
class Broken:
    diagnostics: list[Diagnostic]


class Reloader:
    """Notices when a season file changes and loads the new version (or says why not)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen = self._stamp()

    def _stamp(self) -> tuple[int, int] | None:
        try:
            info = self.path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size

    def check(self) -> Reloaded | Broken | None:
        stamp = self._stamp()
        if stamp == self.seen:
            return None
        self.seen = stamp
        result = Library().load(self.path)
        if result.ok and isinstance(result.model, Season):
            return Reloaded(result.model)
        return Broken([d for d in result.diagnostics if d.is_error])


def carry(state: GameState, season: Season) -> tuple[GameState, str]:
    """The same state in the edited season (`refit`), and a note if the place is gone."""
    fitted = refit(state, season)
    if fitted.place == GONE:
        gone = f"ending `{state.ending}`" if state.ended else f"scene `{state.scene}`"
        return fitted.state, (f"{gone} is gone; continuing at the start with the same trust "
                              "and memories")
    return fitted.state, ""
