"""Anonymous counters of what museum visitors did, in SQLite (the standard library's).

Only counts, by day: visits, how long they lasted (in buckets), how far visitors got, each
choice and ending, and the language. Never an identifier, a time finer than the day, or
anything a visitor typed. The database is in WAL mode with `synchronous=FULL`, and each
decision is its own transaction, so a power cut loses at most the decision being written and
never corrupts what was counted before (a test kills the writer with SIGKILL).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

LENGTH_BUCKETS = (60, 120, 180, 300, 420, 600)  # seconds: "under 1 min" ... "10 min or more"
SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, kind, key)
) WITHOUT ROWID;
"""
KINDS = ("visit", "length", "furthest", "scene", "choice", "ending", "language")


def length_bucket(seconds: float) -> str:
    """A visit's length as a bucket, never the exact time (with the day, exact times could
    pick out one visitor)."""
    for limit in LENGTH_BUCKETS:
        if seconds < limit:
            return f"under {limit // 60} min"
    return f"{LENGTH_BUCKETS[-1] // 60} min or more"


@dataclass(frozen=True)
class Count:
    day: str
    kind: str
    key: str
    n: int


class Counters:
    """The kiosk's counters. Each method is one transaction; a broken database is renamed
    aside and started afresh (the counts are a museum's statistics, not its records)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            path.replace(path.with_name(path.name + ".damaged"))
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, timeout=5)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(SCHEMA)
        db.execute("PRAGMA quick_check").fetchone()
        return db

    def close(self) -> None:
        self._db.close()

    def _add(self, day: date, pairs: list[tuple[str, str]]) -> None:
        with self._db:  # one transaction: all of these or none
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT INTO counts VALUES (?, ?, ?, 1) "
                "ON CONFLICT (day, kind, key) DO UPDATE SET n = n + 1",
                [(day.isoformat(), kind, key) for kind, key in pairs])

    # -- what the kiosk counts -------------------------------------------------------
    def decision(self, day: date, season: str, scene: str, choice: str) -> None:
        self._add(day, [("scene", f"{season}/{scene}"), ("choice", f"{season}/{scene}/{choice}")])

    def ending(self, day: date, season: str, ending: str) -> None:
        self._add(day, [("ending", f"{season}/{ending}")])

    def visit(self, day: date, seconds: float, furthest: str, language: str) -> None:
        """A visit that ended (finished, walked away or reset by staff)."""
        self._add(day, [("visit", "all"), ("length", length_bucket(seconds)),
                        ("furthest", furthest), ("language", language)])

    # -- reading ---------------------------------------------------------------------
    def share(self, day: date, season: str, scene: str, choice: str) -> float | None:
        """The share of today's visitors in this scene who made this choice, or None when
        too few have been there for a share to mean anything (or to be anonymous)."""
        rows = dict(self._db.execute(
            "SELECT kind, n FROM counts WHERE day = ? AND "
            "((kind = 'scene' AND key = ?) OR (kind = 'choice' AND key = ?))",
            (day.isoformat(), f"{season}/{scene}", f"{season}/{scene}/{choice}")).fetchall())
        seen, chose = rows.get("scene", 0), rows.get("choice", 0)
        return chose / seen if seen >= 5 else None

    def counts(self, since: date | None = None) -> Iterator[Count]:
        query = "SELECT day, kind, key, n FROM counts"
        args: tuple[str, ...] = ()
        if since is not None:
            query, args = query + " WHERE day >= ?", (since.isoformat(),)
        with closing(self._db.execute(query + " ORDER BY day, kind, key", args)) as rows:
            for row in rows:
                yield Count(*row)

    def total(self, kind: str, day: date | None = None) -> int:
        query = "SELECT COALESCE(SUM(n), 0) FROM counts WHERE kind = ?"
        args: tuple[str, ...] = (kind,)
        if day is not None:
            query, args = query + " AND day = ?", (kind, day.isoformat())
        return int(self._db.execute(query, args).fetchone()[0])
