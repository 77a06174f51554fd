"""What to explore for each path.

A season file (or a folder of them) is explored season by season, each **on its own**:
from its own start, with every combination of the memories it takes from earlier seasons.
A campaign file is explored **as a chain**: each season from every way the seasons before it
can end, which is exact but can be far larger (see `docs/authoring.md`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from game.analysis.explore import standalone_starts
from game.engine.library import Library, story_files
from game.engine.model import Campaign, Season

from .stories import report_problems


@dataclass
class Target:
    seasons: Sequence[Season]
    focus: int
    starts: list | None = None
    assumed: tuple[str, ...] = ()
    chain: bool = False
    trust_carry: int = 100  # a campaign's `trust_carry`

    @property
    def season(self) -> Season:
        return self.seasons[self.focus]


def targets(library: Library, paths: Sequence[Path]) -> Iterator[Target | None]:
    """One target per season (None for a file that cannot be explored; problems printed)."""
    problems: list = []
    named = {p.resolve() for p in paths if p.is_file()}
    for path in story_files(paths, problems):
        result = library.load(path)
        if report_problems(result):
            yield None
            continue
        model = result.model
        if isinstance(model, Campaign):
            if path.resolve() in named:
                yield Target(model.seasons, len(model.seasons) - 1, chain=True,
                             trust_carry=model.trust_carry)
            continue
        starts, assumed = standalone_starts(model)
        yield Target([model], 0, starts, assumed)
    for problem in problems:
        print(problem.one_line())
        yield None
