"""What to explore for each path.

A season file (or a folder of them) is explored season by season, each **on its own**:
from its own start, with every combination of the memories it takes from earlier seasons.
A campaign file is explored **as a chain**: each season from every way the seasons before it
can end, which is exact but can be far larger (see `docs/authoring.md`).

With `--cut ID` each season is explored as that cut (`engine.cuts.cut_of`), a season of its
own; `--cut all` explores every cut each season declares, one after the other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from game.analysis.explore import standalone_starts
from game.engine.cuts import UnknownCut, cut_campaign, cut_of
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


def targets(library: Library, paths: Sequence[Path], cut: str | None = None
            ) -> Iterator[Target | None]:
    """One target per season (None for a file that cannot be explored; problems printed),
    in cut `cut` if one is given."""
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
                yield from _campaign_targets(model, cut)
            continue
        for season in _season_cuts(model, cut):
            if season is None:
                yield None
                continue
            starts, assumed = standalone_starts(season)
            yield Target([season], 0, starts, assumed)
    for problem in problems:
        print(problem.one_line())
        yield None


def _season_cuts(season: Season, cut: str | None) -> Iterator[Season | None]:
    if not cut:
        yield season
    elif cut == "all":
        for ident in season.cuts:
            yield cut_of(season, ident)
    elif cut in season.cuts:
        yield cut_of(season, cut)
    else:
        print(f"{season.path}: error: season `{season.id}` has no cut `{cut}` (its cuts: "
              f"{', '.join(season.cuts) or 'none'})")
        yield None


def _campaign_targets(campaign: Campaign, cut: str | None) -> Iterator[Target | None]:
    idents = ([c for c in dict.fromkeys(c for s in campaign.seasons for c in s.cuts)]
              if cut == "all" else [cut] if cut else [None])
    for ident in idents:
        try:
            chosen = cut_campaign(campaign, ident) if ident else campaign
        except UnknownCut as err:
            print(f"{campaign.path}: error: {err}")
            yield None
            continue
        yield Target(chosen.seasons, len(chosen.seasons) - 1, chain=True,
                     trust_carry=campaign.trust_carry)
