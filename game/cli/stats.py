"""`python -m game stats PATH... [--lang LL]`: size, aid balance, playing time and reading
level, of the seasons as written or as translated (`--lang ru` measures the Russian)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .options import add_cut_option


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("stories")],
                        help="season files or folders (default: stories/)")
    parser.add_argument("--walks", type=int, default=300,
                        help="random playthroughs used to measure a typical path")
    parser.add_argument("--seed", type=int, default=1, help="seed for the playthroughs")
    parser.add_argument("--lang", default="en", metavar="LL",
                        help="measure the seasons in this language, from stories/locale/LL/ "
                        "(default: as written, in English)")
    add_cut_option(parser, "", "measure only the season's cut ID (declared under `cuts:`); "
                   "without it, the whole season and then every cut it declares")


def run(args: argparse.Namespace) -> int:
    from game.analysis.stats import season_stats
    from game.engine.cuts import cut_of
    from game.engine.library import Library, story_files
    from game.engine.model import Season
    from game.engine.settings import LANGUAGE
    from game.lang.translate import season_in

    from .stories import report_problems

    if not LANGUAGE.fullmatch(args.lang):
        print(f"error: --lang {args.lang!r} should be a language code such as ru")
        return 2

    library, problems, failed = Library(), [], False
    for path in story_files(args.paths, problems):
        result = library.load(path)
        if not result.ok:
            failed = report_problems(result) or failed
            continue
        if not isinstance(result.model, Season):
            continue
        season, notices = season_in(result.model, args.lang)
        for notice in notices:  # no translation yet: the English is measured, and said so
            print(notice)
        if args.cut and args.cut not in season.cuts:
            print(f"{path}: error: season `{season.id}` has no cut `{args.cut}` (its cuts: "
                  f"{', '.join(season.cuts) or 'none'})")
            failed = True
            continue
        versions = [cut_of(season, args.cut)] if args.cut else [
            season, *(cut_of(season, c) for c in season.cuts)]
        for version in versions:
            print(season_stats(version, args.walks, args.seed).summary())
    return 1 if failed or problems else 0
