"""`python -m game stats PATH...`: size, aid balance, playing time and reading level."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("stories")],
                        help="season files or folders (default: stories/)")
    parser.add_argument("--walks", type=int, default=300,
                        help="random playthroughs used to measure a typical path")
    parser.add_argument("--seed", type=int, default=1, help="seed for the playthroughs")


def run(args: argparse.Namespace) -> int:
    from game.analysis.stats import season_stats
    from game.engine.library import Library, story_files
    from game.engine.model import Season

    from .stories import report_problems

    library, problems, failed = Library(), [], False
    for path in story_files(args.paths, problems):
        result = library.load(path)
        if not result.ok:
            failed = report_problems(result) or failed
            continue
        if isinstance(result.model, Season):
            print(season_stats(result.model, args.walks, args.seed).summary())
    return 1 if failed or problems else 0
