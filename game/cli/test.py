"""`python -m game test PATH...`: replay golden transcripts and show differences as a diff.

PATH can be a transcript (`*.transcript`, or `*.transcript.yaml`), a season file (its
transcripts beside it or in a `transcripts/` folder next to it, named after the season), or a
folder (every transcript in it).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("stories")],
                        help="transcripts, season files or folders (default: stories/)")
    parser.add_argument("--save-reload", action="store_true",
                        help="also save and reload the game after every step")


def run(args: argparse.Namespace) -> int:
    from game.analysis.transcript import find_transcripts, run_transcript
    from game.engine.library import Library

    library = Library()
    found = find_transcripts(args.paths)
    if not found:
        print("No transcripts found (files named like my_season.transcript or "
              "my_season-generous.transcript.yaml).")
        return 1
    failed = 0
    for path in found:
        outcome = run_transcript(path, library, roundtrip=args.save_reload)
        if outcome.passed:
            print(f"PASS {path} ({outcome.checks} checks, {outcome.choices} choices)")
            continue
        failed += 1
        print(f"FAIL {path}")
        for problem in outcome.problems:
            print(f"  {problem}")
        if outcome.diff:
            print(outcome.diff)
    print(f"{len(found) - failed} of {len(found)} transcripts passed.")
    return 1 if failed else 0
