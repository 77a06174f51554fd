"""`python -m game play [PATH] [--text]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path,
                        help="a season file, a campaign file or a folder (default: stories/)")
    parser.add_argument("--text", action="store_true",
                        help="play in the terminal: plain text, numbered choices, scriptable")
    parser.add_argument("--plain", action="store_true",
                        help="with --text: leave out the meter bar (for screen readers)")


def run(args: argparse.Namespace) -> int:
    from game.engine.model import Campaign
    from game.text.terminal import Console, play_campaign, play_season

    from .stories import load_playable

    story = load_playable(args.path)
    if story is None:
        return 1
    console = Console(sys.stdout, sys.stdin.readline, plain=args.plain)
    if isinstance(story, Campaign):
        return play_campaign(console, story)
    return play_season(console, story)
