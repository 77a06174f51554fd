"""`python -m game validate PATH...`: every problem in every file, one line each.

Exit status: 0 when clean, 1 when there is an error (or, with --strict, a warning).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import add_cut_option


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("stories")],
                        help="season or campaign files, or folders to search (default: stories/)")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("--json", action="store_true",
                        help="print the problems as JSON (for editors and scripts)")
    parser.add_argument("--source", action="store_true",
                        help="show each problem's line from the file with a ^ under it")
    add_cut_option(parser, "", "every cut is always checked; with --cut ID, also fail for "
                   "each season checked that does not declare the cut ID")


def run(args: argparse.Namespace) -> int:
    from game.engine.diagnostics import Diagnostic, as_json, sort_key
    from game.engine.library import Library, story_files
    from game.engine.model import Campaign

    problems: list[Diagnostic] = []
    files = story_files(args.paths, problems)
    library = Library()
    shown: dict[Path, None] = {}
    for path in files:
        result = library.load(path)
        shown[path.resolve()] = None
        if isinstance(result.model, Campaign):
            shown.update(dict.fromkeys(s.path.resolve() for s in result.model.seasons))
    texts: dict[str, str | None] = {}
    for key in shown:
        result = library.results[key]
        texts[str(result.path)] = result.text
        problems.extend(sorted(result.diagnostics, key=sort_key))
    if args.cut:  # every cut is always checked; this asks that the seasons named have it
        problems.extend(_missing_cut(library, shown, args.cut))
    errors = sum(d.is_error for d in problems)
    warnings = len(problems) - errors
    if args.json:
        print(as_json(problems))
    else:
        for problem in problems:
            print(problem.snippet(texts.get(problem.file)) if args.source else problem.one_line())
        summary = (f"Checked {len(shown)} file{'s' * (len(shown) != 1)}: {errors} "
                   f"error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}.")
        print(summary, file=sys.stderr if problems else sys.stdout)
    failed = errors > 0 or (args.strict and warnings > 0) or not files
    if not files and not args.json:
        print("No season files found.", file=sys.stderr)
    return 1 if failed else 0


def _missing_cut(library, shown, cut: str) -> list:  # type: ignore[no-untyped-def]
    """`validate --cut museum`: an error for each season (of those checked) without it."""
    from game.engine.diagnostics import Diagnostic
    from game.engine.model import Season

    out = []
    for key in shown:
        model = library.results[key].model
        if isinstance(model, Season) and cut not in model.cuts:
            out.append(Diagnostic("VR123", f"season `{model.id}` has no cut `{cut}`",
                                  str(model.path), 1, 1, "declare it under `season:` > "
                                  "`cuts:`, or check the name given to --cut"))
    return out
