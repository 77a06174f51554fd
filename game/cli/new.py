"""`python -m game new SEASON_ID [--dir DIR]`: write a new season to start from;
`new --campaign CAMPAIGN_ID`: a campaign file listing the seasons in DIR (and a first season
when there is none yet), so a teacher's unit has its own title screen from the start."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("season_id", metavar="id",
                        help="a short name: letters, digits and _, e.g. my_village")
    parser.add_argument("--dir", type=Path, default=Path("."),
                        help="the folder to write it in (default: the current folder)")
    parser.add_argument("--campaign", action="store_true",
                        help="write a campaign file (ID.yaml) listing the seasons in the folder, "
                        "with its own title, summary and cover picture to fill in")


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
    if args.campaign:
        return _campaign(args.season_id, path)
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


def _campaign(campaign_id: str, path: Path) -> int:
    """List the folder's seasons by name; with none, write a first one to start from."""
    from game.analysis.scaffold import SCHEMA_NAME, campaign_text, schema_text, season_text
    from game.engine.atomic import write_text_atomic
    from game.engine.library import YAML_SUFFIXES, is_campaign_file

    folder = path.parent
    seasons = sorted(p.name for p in folder.glob("*") if p.suffix in YAML_SUFFIXES
                     and p.is_file() and not p.name.endswith(".transcript.yaml")
                     and not is_campaign_file(p)) if folder.is_dir() else []
    wrote = []
    if not seasons:
        first = folder / "first_season.yaml"
        write_text_atomic(first, season_text("first_season", first.name))
        seasons, wrote = [first.name], [first]
    write_text_atomic(path, campaign_text(campaign_id, path.name, seasons))
    schema = folder / SCHEMA_NAME
    if not schema.exists():  # the files' first lines name it; a copy there is left alone
        write_text_atomic(schema, schema_text())
    print(f"Wrote {', '.join(str(p) for p in [*wrote, path])}. It plays, in this order: "
          f"{', '.join(seasons)}. Next:\n"
          f"  open {path.name} in a text editor: its title, summary and picture are your "
          "title screen; put the seasons in the order students play them\n"
          f"  python -m game validate {path}  (check it)\n"
          f"  python -m game play {path}      (play it)")
    return 0
