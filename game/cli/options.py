"""Options several commands share, kept in a module that imports nothing heavy: building
the parser imports every command module, and `--help` should stay quick."""

from __future__ import annotations

import argparse


def add_cut_option(parser: argparse.ArgumentParser, what: str, text: str = "") -> None:
    """`--cut ID`, the same words on every command that takes it."""
    parser.add_argument("--cut", metavar="ID",
                        help=text or f"{what} the season's cut ID (declared under `cuts:`, e.g. "
                        "classroom or museum) instead of the whole season; on a campaign, "
                        "every season that has that cut")

