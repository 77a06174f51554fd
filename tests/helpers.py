"""Small helpers shared by tests: load text as a season, list diagnostics compactly."""

from __future__ import annotations

from pathlib import Path

from game.engine.diagnostics import Diagnostic
from game.engine.library import Library
from game.engine.loader import LoadResult

TINY = """format: 1
season:
  id: tiny
  title: A tiny season
  place: Sosnovka
  years: "1921"
  summary: The smallest season that works.
"""


def load(path: Path) -> LoadResult:
    return Library().load(path)


def codes(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.col) for d in diagnostics]


def errors(diagnostics: list[Diagnostic]) -> set[str]:
    return {d.code for d in diagnostics if d.is_error}
