"""`python -m game kiosk [SEASON_OR_CAMPAIGN] [--config kiosk.yaml]` and
`python -m game kiosk report [--since DATE] [--csv FILE]`.

The museum's kiosk: full screen, no way out for visitors, an attract loop, a reset when a
visitor walks away, and anonymous counters staff can read with `kiosk report`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", nargs="?", default=None, metavar="SEASON_OR_CAMPAIGN",
                        help="the season or campaign to play (default: the config's, else the "
                        "shipped campaign), or `report` for the staff report")
    parser.add_argument("--config", type=Path, help="kiosk.yaml (docs/kiosk.md)")
    parser.add_argument("--since", help="with report: count from this day (YYYY-MM-DD)")
    parser.add_argument("--csv", type=Path, help="with report: also write every count as CSV")


def _config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from game.kiosk.config import load_config
    from game.lang.catalogue import available_languages

    config, problems = load_config(args.config, ("en", *available_languages()))
    for problem in problems:
        print(problem.one_line(), file=sys.stderr)
    if config is not None:
        for warning in config.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    return config


def _counters_path(config) -> Path:  # type: ignore[no-untyped-def]
    from game.present.places import data_dir

    return config.counters or data_dir() / "kiosk.sqlite"


def run(args: argparse.Namespace) -> int:
    config = _config(args)
    if config is None:
        return 2
    if args.target == "report":
        return _report(args, config)
    return _play(args, config)


def _report(args: argparse.Namespace, config) -> int:  # type: ignore[no-untyped-def]
    import csv

    from game.kiosk.counters import Counters
    from game.kiosk.report import csv_rows, summary

    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            print(f"--since {args.since!r}: write the day as YYYY-MM-DD, e.g. 2026-12-01",
                  file=sys.stderr)
            return 2
    counters = Counters(_counters_path(config))
    print("\n".join(summary(counters.counts(since))))
    if args.csv:
        import io

        from game.engine.atomic import write_text_atomic
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(csv_rows(counters.counts(since)))
        write_text_atomic(args.csv, out.getvalue())
        print(f"Wrote {args.csv}.")
    counters.close()
    return 0


def _play(args: argparse.Namespace, config) -> int:  # type: ignore[no-untyped-def]
    from game import assets
    from game.engine.library import Library

    from .stories import load_playable

    path = Path(args.target) if args.target else config.season or (
        assets.stories() / "campaign.yaml")
    story = load_playable(path, Library(check_pictures=False))
    if story is None:
        return 2
    from game.ui.kiosk.launch import run_kiosk

    return run_kiosk(story, config, _counters_path(config))
