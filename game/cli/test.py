"""`python -m game test PATH...`: replay golden transcripts and show differences as a diff.

PATH can be a transcript (`*.transcript`, or `*.transcript.yaml`), a season or campaign file
(its transcripts beside it or in a `transcripts/` folder next to it, named after it), or a
folder (every transcript in it). The format is in docs/transcripts.md.

Transcripts are also written by playing, so nobody has to type one out:
`--record STORY --choices PATH -o FILE` records one (PATH: choice ids with commas, a way of
playing such as `generous`, or `ask` to play it in the terminal), and `--regenerate LIST`
re-records every golden a list file names (`make goldens` does that for the shipped seasons).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.engine.library import Library


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("stories")],
                        help="transcripts, season files or folders (default: stories/)")
    parser.add_argument("--save-reload", action="store_true",
                        help="also save and reload the game after every step")
    parser.add_argument("--record", type=Path, metavar="STORY",
                        help="write a transcript by playing this season or campaign")
    parser.add_argument("--choices", default="ask", metavar="PATH",
                        help="with --record: choice ids separated by commas, a way of playing "
                             "(generous, self-protecting, mixed), one per season separated "
                             "by |, or ask (the default: play it here in the terminal)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="with --record: the transcript file to write (default: print it)")
    parser.add_argument("--preset", help="with --record: start from this preset")
    parser.add_argument("--from", dest="from_scene", metavar="SCENE",
                        help="with --record: start at this scene")
    parser.add_argument("--with", dest="overrides", metavar="VALUES",
                        help="with --record: start with e.g. trust=30,grain=2,helped_petrovs")
    parser.add_argument("--regenerate", type=Path, metavar="LIST",
                        help="re-record every golden transcript named in this list file "
                             "(e.g. stories/transcripts/goldens.txt)")


def run(args: argparse.Namespace) -> int:
    from game.engine.library import Library

    library = Library()
    if args.regenerate:
        return _regenerate(args.regenerate, library)
    if args.record:
        return _record(args, library)
    return _test(args, library)


def _test(args: argparse.Namespace, library: Library) -> int:
    from game.analysis.transcript import find_transcripts, run_transcript

    found = find_transcripts(args.paths)
    if not found:
        print("No transcripts found (files named like my_season-generous.transcript, beside "
              "the season or in a transcripts/ folder next to it; see docs/transcripts.md).")
        return 1
    failed = 0
    for path in found:
        outcome = run_transcript(path, library, roundtrip=args.save_reload)
        if outcome.passed:
            seasons = f", {outcome.seasons} seasons" if outcome.seasons > 1 else ""
            print(f"PASS {path} ({_n(outcome.checks, 'check')}, "
                  f"{_n(outcome.choices, 'choice')}{seasons})")
            continue
        failed += 1
        print(f"FAIL {path}")
        for problem in outcome.problems:
            print(f"  {problem}")
        if outcome.diff:
            print(outcome.diff)
    print(f"{len(found) - failed} of {len(found)} transcripts passed.")
    return 1 if failed else 0


def _record(args: argparse.Namespace, library: Library) -> int:
    from game.analysis.transcript import record_file

    start = tuple((k, v) for k, v in (("preset", args.preset), ("from", args.from_scene),
                                      ("with", args.overrides)) if v)
    command = "Recorded with `python -m game test --record " + " ".join(
        [args.record.as_posix(), f"--choices {args.choices}",
         *(f"--{k} {v}" for k, v in start)]) + "`"
    if args.choices == "ask" and args.output is None:
        print("With --choices ask, give -o FILE for the transcript.", file=sys.stderr)
        return 2
    recording = record_file(args.record, args.choices, args.output, library, start, command)
    for problem in recording.problems:
        print(problem, file=sys.stderr)
    if not recording.text:
        return 1
    if args.output is None:
        sys.stdout.write(recording.text)
    else:
        try:
            args.output.write_text(recording.text, "utf-8")
        except OSError as err:
            print(f"{args.output}: cannot write the transcript ({err.strerror}); check that "
                  "its folder exists", file=sys.stderr)
            return 1
        print(f"Wrote {args.output} ({_n(recording.choices, 'choice')}, "
              f"{_n(recording.seasons, 'season')}). Run `python -m game test {args.output}`.")
    return 1 if recording.problems else 0


def _regenerate(list_path: Path, library: Library) -> int:
    from game.analysis.transcript import SUFFIXES, regenerate

    failed = 0
    written: set[Path] = set()
    for out, recording in regenerate(list_path, library):
        if recording.problems:
            failed += 1
            print(f"NOT WRITTEN {out}")
            for problem in recording.problems:
                print(f"  {problem}")
        else:
            written.add(out)
            print(f"wrote {out} ({_n(recording.choices, 'choice')}, "
                  f"{_n(recording.seasons, 'season')})")
    for stale in sorted(p for p in list_path.parent.iterdir()
                        if p.name.endswith(SUFFIXES) and p not in written and not failed):
        print(f"not in {list_path.name}: {stale} (delete it, or add a line for it to the list)")
    if written and not failed:
        print(f"Now read `git diff {list_path.parent}`: it shows what each path does "
              "differently. Commit it if that is what you meant.")
    return 1 if failed else 0


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")
