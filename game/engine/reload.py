"""Reloading a season when its file is saved: the new version if it is sound, the reasons
if not (so the last good version keeps running), and the same place in the story."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic
from .library import Library
from .model import Season
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
    """The same state in the edited season: same scene if it still exists, same trust and
    memories, resources kept where the season still has them."""
    resources = {r.id: state.resources.get(r.id, r.start) for r in season.resources.values()}
    state = state.but(season=season.id, resources=resources)
    if state.ended and state.ending not in season.endings:
        return state.but(scene=season.start, ending=None), "that ending is gone; back to the start"
    if not state.ended and state.scene not in season.scenes:
        return state.but(scene=season.start), (f"scene `{state.scene}` is gone; continuing at "
                                               f"the start with the same trust and memories")
    return state, ""
