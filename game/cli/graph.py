"""`python -m game graph PATH --format mermaid|dot`: the scene graph, to read or render."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="a season file")
    parser.add_argument("--format", choices=("mermaid", "dot"), default="mermaid",
                        help="Mermaid (renders on GitHub and GitLab) or DOT (Graphviz)")
    parser.add_argument("-o", "--output", type=Path, help="write to a file instead of printing")


def run(args: argparse.Namespace) -> int:
    from game.analysis.graph import dot, mermaid
    from game.engine.atomic import write_text_atomic
    from game.engine.library import Library

    from .stories import load_one_season

    season = load_one_season(args.path, Library(), "a campaign has one graph per season")
    if season is None:
        return 1
    text = (mermaid if args.format == "mermaid" else dot)(season)
    if args.output:
        write_text_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
