"""`python -m game schema`: the season format as JSON Schema, for editors."""

from __future__ import annotations

import argparse
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", help="write to this file instead of printing")


def run(args: argparse.Namespace) -> int:
    from game.engine.schema import schema_text

    text = schema_text()
    if args.output:
        from game.engine.atomic import write_text_atomic

        write_text_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
