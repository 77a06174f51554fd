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
    from game.engine.model import Season

    from .stories import report_problems

    result = Library().load(args.path)
    if report_problems(result):
        return 1
    if not isinstance(result.model, Season):
        print(f"{args.path}: a campaign has several graphs; name one season file",
              file=sys.stderr)
        return 1
    text = (mermaid if args.format == "mermaid" else dot)(result.model)
    if args.output:
        write_text_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
