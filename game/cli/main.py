"""`python -m game`: one entry point, one subcommand module each. Building the parser imports
each module for its options only: a module imports what its command needs inside `run`, so
`--help` and commands that draw nothing never import pygame or the window (a test checks).
With no command the game opens, as `play` does."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from game import __version__

# name → (module in game.cli, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "play": ("play", "play a season or the campaign (window, or --text for the terminal)"),
    "validate": ("validate", "check season files and list every problem with file:line:col"),
    "schema": ("schema", "print the season format as JSON Schema (for editor autocompletion)"),
    "explore": ("explore", "prove every scene and ending reachable, or run random playthroughs"),
    "new": ("new", "write a new season to start from, with comments that explain it"),
    "test": ("test", "replay golden transcripts and show any difference"),
    "guide": ("guide", "write a season's teacher guide (HTML to print, or Markdown)"),
    "render": ("render", "draw one screen to a PNG without a window (handouts, slides)"),
    "say": ("say", "read one screen aloud into a WAV file, as self-voicing says it"),
    "graph": ("graph", "the scene graph as Mermaid or Graphviz DOT"),
    "stats": ("stats", "a season's size, aid balance, playing time and reading level"),
    "strings": ("strings", "translations: export a season's texts to PO, check what is missing"),
    "art": ("art", "redraw the illustrations (stories/images, assets/art) from their recipes"),
    "class": ("classroom", "a class report and discussion slides from students' path codes"),
    "kiosk": ("kiosk", "a museum kiosk: full screen, attract loop, reset when visitors leave"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m game",
        description="Village Resilience: a storytelling game about mutual aid in hard times.",
        epilog="Run `python -m game COMMAND --help` for a command's options.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, (module, summary) in COMMANDS.items():
        command = sub.add_parser(name, help=summary, description=summary)
        importlib.import_module(f"game.cli.{module}").configure(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # `python -m game` (or a double-click) opens the game
        args = parser.parse_args(["play"])
    module = importlib.import_module(f"game.cli.{COMMANDS[args.command][0]}")
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug of ours: one line, never a traceback in front of a class
        if os.environ.get("VR_DEBUG"):
            raise
        print(f"village-resilience: internal error ({type(err).__name__}: {err}). This is a "
              "bug in the game, not in your files; please report it (set VR_DEBUG=1 to see "
              "details).", file=sys.stderr)
        return 70
