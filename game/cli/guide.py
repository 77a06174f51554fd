"""`python -m game guide SEASON -o guide.html` (or `.md`): the teacher guide."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a season file")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="where to write it: .html (print it) or .md")


def run(args: argparse.Namespace) -> int:
    from game.analysis.guide import build_guide, to_html, to_markdown
    from game.analysis.svgmap import svg_map
    from game.engine.atomic import write_text_atomic
    from game.engine.library import Library
    from game.engine.model import Campaign

    from .stories import load_one_season

    library = Library()
    season = load_one_season(args.path, library, "each season has its own guide")
    if season is None:
        return 1
    campaign = next((r.model for r in library.results.values()
                     if isinstance(r.model, Campaign) and season in r.model.seasons), None)
    guide = build_guide(season, campaign)
    markdown = args.output.suffix.lower() in (".md", ".markdown")
    text = to_markdown(guide) if markdown else to_html(guide, svg_map(season))
    write_text_atomic(args.output, text)
    print(f"Wrote {args.output}")
    return 0
