"""`python -m game guide SEASON -o guide.html` (or `.md`): the teacher guide; a campaign
file gives one guide for the whole unit, season by season. `--kit` writes the lesson kit
instead (`game.analysis.kit`): lesson plans, the source packet and the handouts, printable."""

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
    parser.add_argument("--kit", action="store_true",
                        help="write the lesson kit instead (.html only): lesson plans for one "
                        "and two periods, background, debrief, answer guidance, the "
                        "primary-source packet, a note-catcher, a vocabulary activity and an "
                        "exit ticket; authored parts come from stories/lessons/SEASON.yaml")


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
    if args.kit:
        return _kit(args, kind)
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


def _kit(args: argparse.Namespace, kind: str) -> int:
    """The lesson kit: always the whole season (its one-period plan plays the classroom cut
    itself); problems with a lesson file are reported, one line each, and the kit is still
    written without the parts that file would have given."""
    from game.analysis.kit import (
        build_campaign_kit,
        build_season_kit,
        campaign_kit_html,
        kit_html,
    )
    from game.engine.atomic import write_text_atomic
    from game.engine.library import Library
    from game.engine.model import Campaign

    from .stories import load_one_season, report_problems

    if kind != "html":
        print(f"error: {args.output}: the lesson kit is a page to print; write it to .html",
              file=sys.stderr)
        return 1
    if args.cut:
        print("error: --kit takes no --cut: its one-period plan plays the classroom cut and "
              "its two-period plan the whole season", file=sys.stderr)
        return 1
    library = Library()
    result = library.load(args.path)
    if isinstance(result.model, Campaign) and not report_problems(result):
        whole = build_campaign_kit(result.model)
        problems, text = whole.problems, campaign_kit_html(whole)
    else:
        season = load_one_season(args.path, library, "a kit needs a season or a campaign")
        if season is None:
            return 1
        kit = build_season_kit(season)
        problems, text = kit.problems, kit_html(kit)
    for line in problems:
        print(f"warning: {line}", file=sys.stderr)
    write_text_atomic(args.output, text)
    print(f"Wrote {args.output}")
    return 0
