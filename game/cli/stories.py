"""Finding and loading what the player or author pointed at: a season, a campaign or a
folder. Problems are printed as one-line diagnostics, never as a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from game import assets
from game.engine.diagnostics import count_errors
from game.engine.library import YAML_SUFFIXES, Library, is_campaign_file
from game.engine.loader import LoadResult
from game.engine.model import Campaign, Season


def find_playable(path: Path) -> Path | None:
    """A folder means its campaign, or its only season; a file means itself."""
    if not path.is_dir():
        return path
    files = sorted(p for p in path.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file())
    campaigns = [p for p in files if is_campaign_file(p)]
    if campaigns:
        return campaigns[0]
    return files[0] if len(files) == 1 else None


def load_playable(path: Path | None, library: Library | None = None
                  ) -> Season | Campaign | None:
    """Load for play; print problems and return None if the file cannot be played."""
    path = path or assets.stories()
    target = find_playable(path)
    if target is None:
        print(f"{path}: error: several seasons and no campaign here; name one season file",
              file=sys.stderr)
        return None
    result = (library or Library()).load(target)
    return None if report_problems(result) else result.model


def load_one_season(path: Path, library: Library, why: str) -> Season | None:
    """A season file for commands that work on one season; None (explained) otherwise."""
    result = library.load(path)
    if report_problems(result):
        return None
    if not isinstance(result.model, Season):
        print(f"{path}: name one season file; {why}", file=sys.stderr)
        return None
    return result.model


def report_problems(result: LoadResult) -> bool:
    """Print a file's errors and a one-line verdict; True if it cannot be used."""
    errors = count_errors(result.diagnostics)
    if result.model is not None and not errors:
        return False
    for diagnostic in result.diagnostics:
        if diagnostic.is_error:
            print(diagnostic.one_line(), file=sys.stderr)
    print(f"{result.path}: cannot be used until {max(errors, 1)} problem"
          f"{'s are' if errors > 1 else ' is'} fixed (see `python -m game validate`)",
          file=sys.stderr)
    return True


def with_cut(story: Season | Campaign, cut: str | None, shown: Path | None = None
             ) -> Season | Campaign | None:
    """The story in cut `cut` (itself without one); None, explained, if it has no such cut."""
    from game.engine.cuts import UnknownCut, choose_cut

    try:
        return choose_cut(story, cut)
    except UnknownCut as err:
        print(f"{shown or story.path}: error: {err}", file=sys.stderr)
        return None


def retelling(written: Season | Campaign, cut: str | None) -> Callable[[str], Campaign]:
    """The story in another language, in the same cut, for the window's language picker:
    always from the words as written, never a translation of a translation."""
    from game.engine.campaign import as_campaign
    from game.engine.cuts import choose_cut
    from game.lang.translate import in_language

    def retell(language: str) -> Campaign:
        return as_campaign(choose_cut(in_language(written, language)[0], cut))

    return retell
