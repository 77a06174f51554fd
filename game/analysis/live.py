"""Explore on every save, for watch mode: what `explore` would say about the season being
edited, a few lines at a time, without stopping the player.

The search runs on one background thread so the window keeps drawing and the terminal
keeps reading (the search is pure Python and releases the interpreter between bytecodes,
so the window's loop slows a little while it runs but never stops). A save that arrives
while a search is running waits for it to end; only the newest save is then searched, and
a report about a version that has since been saved over is dropped, so what is shown is
always about the file as it is now. Seasons larger than `MAX_SCENES` are not searched on
every save (building and searching them takes seconds, and a teacher saving every few
minutes would see a report about an older version); the search of any season also stops at
`MAX_STATES`, and either way the report says so and names the command that searches it all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from game.engine.diagnostics import Diagnostic
from game.engine.model import Season
from game.lang.catalogue import ENGLISH_STRINGS, Strings

MAX_SCENES = 2_000  # larger seasons are not searched on every save
MAX_STATES = 200_000  # the search stops here (a shipped season needs about 50,000)
MAX_LINES = 6  # findings listed; the rest are counted
# causes before their consequences, so the few lines shown name what to fix: a scene where
# players are stuck, then choices never offered and thresholds never met, then what cannot
# be reached because of them (other codes after these, in the order found)
FIRST = MappingProxyType({"VR105": 0, "VR103": 1, "VR104": 2, "VR101": 3, "VR102": 4})


@dataclass(frozen=True)
class Report:
    """What exploring one saved version found, as lines to show."""

    version: int
    lines: tuple[str, ...]
    findings: tuple[Diagnostic, ...] = ()


def findings(season: Season, max_states: int = MAX_STATES
             ) -> tuple[list[Diagnostic], bool]:
    """`explore FILE`'s findings for one season, explored on its own: (findings, complete)."""
    from .explore import explore, standalone_starts
    from .findings import diagnostics

    starts, assumed = standalone_starts(season)
    exploration = explore([season], starts=starts, max_states=max_states,
                          unknown=frozenset(assumed))
    return diagnostics(exploration), exploration.complete


def report_lines(season: Season, found: list[Diagnostic] | None, complete: bool,
                 words: Strings = ENGLISH_STRINGS) -> list[str]:
    """One line a finding (code, place, what), or one line saying there are none or why
    the search was not made or not finished. `found` None: the season was not searched."""
    name = Path(season.path).name
    if found is None:
        return [words._("explore: not run on each save for a season of {count} scenes (more "
                        "than {limit}); run `python -m game explore {file}`",
                        count=len(season.scenes), limit=MAX_SCENES, file=name)]
    found = sorted(found, key=lambda d: FIRST.get(d.code, len(FIRST)))
    lines = [words._("explore: {code} {file}:{line} {what}", code=d.code,
                     file=Path(d.file).name, line=d.line, what=d.message)
             for d in found[:MAX_LINES]]
    if len(found) > MAX_LINES:
        lines.append(words.n_("explore: and {n} more problem; run `python -m game explore "
                              "{file}`", "explore: and {n} more problems; run `python -m game "
                              "explore {file}`", len(found) - MAX_LINES, file=name))
    if not complete:
        cap = f"{MAX_STATES:,}"
        lines.append(words._("explore: stopped after {count} states, so what cannot happen "
                             "is not proven; run `python -m game explore {file}`",
                             count=cap, file=name))
    elif not found:
        lines.append(words._("explore: no problems"))
    return lines


class LiveExplore:
    """Explores each version handed to `start` on a background thread; `take` gives the
    report about the newest version once it is ready (and never one about an older one).

    `run` does the work (tests pass one that blocks, to check that stale reports are
    dropped); `on_ready` is called on the worker thread when a report is waiting (the
    window uses it to wake its loop)."""

    def __init__(self, words: Strings = ENGLISH_STRINGS,
                 run: Callable[[Season], tuple[list[Diagnostic] | None, bool]] | None = None,
                 on_ready: Callable[[], None] | None = None) -> None:
        self.words = words
        self._run = run or _search
        self._on_ready = on_ready
        self._lock = threading.Lock()
        self._version = 0  # the newest version handed in
        self._pending: Season | None = None  # waiting for the worker
        self._worker: threading.Thread | None = None
        self._ready: Report | None = None

    def start(self, season: Season) -> None:
        """Explore this version (the newest saved); anything older still running is
        dropped when it ends."""
        with self._lock:
            self._version += 1
            self._pending = season
            self._ready = None  # a report about an older version is stale now
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, daemon=True,
                                                name="live-explore")
                self._worker.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                season, version = self._pending, self._version
                self._pending = None
                if season is None:
                    self._worker = None
                    return
            try:
                found, complete = self._run(season)
                lines = report_lines(season, found, complete, self.words)
            except Exception as err:  # a bug of ours must not end watch mode
                found, lines = [], [self.words._("explore: could not finish ({error})",
                                                 error=type(err).__name__)]
            with self._lock:
                if version != self._version:
                    continue  # saved again meanwhile: this report is stale
                self._ready = Report(version, tuple(lines), tuple(found or ()))
            if self._on_ready is not None:
                self._on_ready()

    def take(self) -> Report | None:
        """The report about the newest version, once, when it is ready."""
        with self._lock:
            ready, self._ready = self._ready, None
            return ready

    def busy(self) -> bool:
        with self._lock:
            return self._worker is not None

    def wait(self, timeout: float = 30.0) -> None:
        """Wait until every version handed in has been searched (for tests and scripts);
        the report is still there for `take`."""
        with self._lock:
            worker = self._worker
        if worker is not None:
            worker.join(timeout)


def _search(season: Season) -> tuple[list[Diagnostic] | None, bool]:
    if len(season.scenes) > MAX_SCENES:
        return None, True
    return findings(season)
