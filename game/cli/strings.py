"""`python -m game strings export|check|ui`: the translation workflow.

- `export SEASON.yaml --lang ru [-o FILE.po]` writes (or updates) the season's PO file for
  translators: one entry per visible text, keyed by `msgctxt`; changed English marks its
  translation `#, fuzzy` ("needs update").
- `check PATH --lang ru [--po FILE.po]` lists missing and outdated entries: exit 1 if any.
- `ui [--check] [--lang ru]` extracts the game's own words into `game/locale/game.pot`
  (and updates `game/locale/<lang>/LC_MESSAGES/game.po`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write or update a season's PO file for translators")
    export.add_argument("path", type=Path,
                        help="a season file (or a campaign file, for its own title)")
    export.add_argument("--lang", required=True, help="the language code, e.g. ru")
    export.add_argument("-o", "--output", type=Path,
                        help="the PO file (default: stories/locale/LANG/SEASON.po)")
    check = sub.add_parser("check", help="list missing and outdated translations (exit 1)")
    check.add_argument("path", type=Path, help="a season or campaign file, or a folder")
    check.add_argument("--lang", required=True, help="the language code, e.g. ru")
    check.add_argument("--po", type=Path, help="the PO file (with one season file)")
    ui = sub.add_parser("ui", help="extract the game's own words into game/locale/game.pot")
    ui.add_argument("--check", action="store_true",
                    help="only say whether game.pot is current (exit 1 if not)")
    ui.add_argument("--lang", help="also create or update this language's game.po")


def run(args: argparse.Namespace) -> int:
    from game.engine.settings import LANGUAGE

    if getattr(args, "lang", None) is not None and not LANGUAGE.fullmatch(args.lang):
        print(f"--lang {args.lang!r}: give a language code such as ru, uk or de",
              file=sys.stderr)
        return 1
    return {"export": _export, "check": _check, "ui": _ui}[args.action](args)


def _export(args: argparse.Namespace) -> int:
    from game.engine.library import Library
    from game.lang import po

    from .stories import report_problems

    started = time.perf_counter()
    result = Library().load(args.path)
    if report_problems(result):
        return 1
    season = result.model  # a season, or a campaign file (its own title and summary)
    target = args.output or po.season_po_path(season.path, args.lang)
    old = po.read(target) if target.exists() else None
    merged = po.merge(season, args.lang, old)
    po.write(merged.catalog, target)
    print(f"Wrote {target}: {merged.total} texts; {merged.translated} translated, "
          f"{merged.outdated} need updating, {merged.new} not yet translated"
          + (f", {merged.dropped} no longer used (kept at the end)" if merged.dropped else "")
          + f" ({time.perf_counter() - started:.2f} s).")
    return 0


def _seasons(path: Path):  # type: ignore[no-untyped-def]
    from game.engine.library import Library, story_files
    from game.engine.model import Campaign, Season

    from .stories import report_problems

    library, problems, seen = Library(), [], {}
    files = story_files([path], problems)
    for problem in problems:
        print(problem.one_line(), file=sys.stderr)
    for file in files:
        result = library.load(file)
        if report_problems(result):
            return None
        model = result.model
        if isinstance(model, Campaign):
            seen.setdefault(model.path.resolve(), model)
        for season in model.seasons if isinstance(model, Campaign) else (model,):
            if isinstance(season, Season):
                seen.setdefault(season.path.resolve(), season)
    return list(seen.values()) if files else None


def _check(args: argparse.Namespace) -> int:
    from game.lang import po

    seasons = _seasons(args.path)
    if not seasons:
        return 1
    if args.po and len(seasons) != 1:
        print("--po goes with one season file", file=sys.stderr)
        return 1
    failed = False
    for season in seasons:
        file = args.po or po.season_po_path(season.path, args.lang)
        catalog = po.read(file) if file.exists() else None
        state = po.status(season, catalog)
        for entry in state.outdated:
            print(f"{file}: outdated: {entry.key} (the English changed; see #| msgid)")
        for entry in state.missing:
            print(f"{file}: missing: {entry.key}")
        total = len(po.texts_of(season))
        done = total - len(state.missing) - len(state.outdated)
        verdict = "complete" if state.complete else (
            f"{len(state.missing)} missing, {len(state.outdated)} outdated")
        print(f"{season.path.name} in {args.lang}: {done} of {total} texts translated "
              f"({verdict})" + ("" if catalog is not None else f"; no file {file} yet"),
              file=sys.stdout if state.complete else sys.stderr)
        failed = failed or not state.complete
    return 1 if failed else 0


def _ui(args: argparse.Namespace) -> int:
    from game.lang import extract

    template = extract.extract_ui()
    if args.check:
        if extract.same_messages(template, extract.read_template()):
            print(f"{extract.POT} is current.")
            return 0
        print(f"{extract.POT} is out of date: run `python -m game strings ui`", file=sys.stderr)
        return 1
    extract.write_template(template)
    print(f"Wrote {extract.POT}: {sum(1 for m in template if m.id)} messages.")
    if args.lang:
        path, merged = extract.update_language(template, args.lang)
        print(f"Wrote {path}: {merged}")
    return 0
