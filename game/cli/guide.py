"""`python -m game guide SEASON -o guide.html` (or `.md`): the teacher guide; a campaign
file gives one guide for the whole unit, season by season."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import MappingProxyType

from .options import add_cut_option

SUFFIXES = MappingProxyType({".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"})


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a season file, or a campaign file for a "
                        "guide to the whole campaign")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="where to write it: .html (print it) or .md")
    add_cut_option(parser, "a guide to")


def run(args: argparse.Namespace) -> int:
    from game.analysis.guide import (
        build_campaign_guide,
        build_guide,
        campaign_to_html,
        campaign_to_markdown,
        to_html,
        to_markdown,
    )
    from game.analysis.svgmap import svg_map
    from game.engine.atomic import write_text_atomic
    from game.engine.library import Library
    from game.engine.model import Campaign

    from .stories import load_one_season, report_problems, with_cut

    kind = SUFFIXES.get(args.output.suffix.lower())
    if kind is None:  # `-o guide.txt` used to get HTML without a word
        print(f"error: {args.output} must end in .html (a page to print) or .md (Markdown)",
              file=sys.stderr)
        return 1
    library = Library()
    result = library.load(args.path)
    if isinstance(result.model, Campaign) and not report_problems(result):
        chosen = with_cut(result.model, args.cut, args.path)
        if chosen is None:
            return 1
        whole = build_campaign_guide(chosen)
        text = (campaign_to_markdown(whole) if kind == "md" else
                campaign_to_html(whole, [svg_map(s) for s in chosen.seasons]))
    else:
        season = load_one_season(args.path, library, "a guide needs a season or a campaign")
        if season is None:
            return 1
        campaign = next((r.model for r in library.results.values()
                         if isinstance(r.model, Campaign) and season in r.model.seasons), None)
        cut = with_cut(season, args.cut, args.path)
        if cut is None:
            return 1
        guide = build_guide(cut, campaign)
        text = to_markdown(guide) if kind == "md" else to_html(guide, svg_map(season))
    write_text_atomic(args.output, text)
    print(f"Wrote {args.output}")
    return 0
