"""`python -m game new SEASON_ID [--dir DIR]`: write a new season to start from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("season_id", help="a short name: letters, digits and _, e.g. my_village")
    parser.add_argument("--dir", type=Path, default=Path("."),
                        help="the folder to write it in (default: the current folder)")


def run(args: argparse.Namespace) -> int:
    from game.analysis.scaffold import ID, SCHEMA_NAME, schema_text, season_text
    from game.engine.atomic import write_text_atomic

    if not ID.match(args.season_id):
        print(f"error: `{args.season_id}` is not a valid id: use letters, digits and _, "
              "starting with a letter (e.g. my_village)", file=sys.stderr)
        return 1
    path = args.dir / f"{args.season_id}.yaml"
    if path.exists():
        print(f"error: {path} already exists; choose another id or --dir, so nothing is "
              "overwritten", file=sys.stderr)
        return 1
    write_text_atomic(path, season_text(args.season_id, path.name))
    schema = args.dir / SCHEMA_NAME
    wrote = f"Wrote {path}"
    if not schema.exists():  # the season's first line names it; a copy there is left alone
        write_text_atomic(schema, schema_text())
        wrote += f" (and {schema.name}, which lets editors check it as you type)"
    print(f"{wrote}. Next:\n"
          f"  python -m game validate {path}     (check it)\n"
          f"  python -m game play --text {path}  (play it)\n"
          "Then open it in a text editor and write your story.")
    return 0
