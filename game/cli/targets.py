"""What to explore for a path: a campaign's seasons in order, or one season (with the
campaign it belongs to, when there is one, so carried memories are accounted for)."""

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

    @property
    def season(self) -> Season:
        return self.seasons[self.focus]


def campaign_for(library: Library, season: Season) -> Campaign | None:
    for result in library.results.values():
        if isinstance(result.model, Campaign) and season in result.model.seasons:
            return result.model
    return None


def targets(library: Library, paths: Sequence[Path]) -> Iterator[Target | None]:
    """One target per season; None for a file that cannot be explored (problems printed)."""
    problems: list = []
    done: set[str] = set()
    for path in story_files(paths, problems):
        result = library.load(path)
        if report_problems(result):
            yield None
            continue
        model = result.model
        seasons = model.seasons if isinstance(model, Campaign) else [model]
        for season in seasons:
            if str(season.path) in done:
                continue
            done.add(str(season.path))
            campaign = campaign_for(library, season)
            if campaign is not None:
                yield Target(campaign.seasons, campaign.seasons.index(season))
            else:
                starts, assumed = standalone_starts(season)
                yield Target([season], 0, starts, assumed)
    for problem in problems:
        print(problem.one_line())
        yield None
