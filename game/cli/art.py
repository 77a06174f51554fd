"""`python -m game art [--only SEASON]`: redraw the illustrations from their recipes.

The PNGs are committed, but they are outputs: this command (and a test) can redraw each one
pixel for pixel from `game/ui/art_recipes.py`, so the art stays open and reproducible.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--only", metavar="SEASON",
                        help="draw one season's pictures only (famine, war, reconstruction), "
                             "or `title` for the title picture")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # drawing only: never open a window
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game import assets
    from game.ui.art import paint
    from game.ui.art_recipes import ARTWORKS

    root = assets.checkout()
    if root is None:  # an installed game: its pictures are inside site-packages, not yours
        print("error: `art` redraws the pictures of a source checkout (git clone the game and "
              "run it there)", file=sys.stderr)
        return 1
    chosen = [a for a in ARTWORKS if args.only is None or _group(a.path) == args.only]
    if not chosen:
        groups = sorted({_group(a.path) for a in ARTWORKS})
        print(f"error: nothing is called `{args.only}`; choose one of: {', '.join(groups)}",
              file=sys.stderr)
        return 1
    started, total = time.perf_counter(), 0
    for art in chosen:
        surface = paint(art.recipe, art.size)
        buffer = io.BytesIO()
        pygame.image.save(surface, buffer, "picture.png")
        data = buffer.getvalue()
        _write_atomic(root / art.path, data)
        total += len(data)
        print(f"{art.path}  {art.size[0]}x{art.size[1]}  {len(data) // 1024} KB")
    plural = "s" * (len(chosen) != 1)
    print(f"Drew {len(chosen)} picture{plural}, {total / 1024 / 1024:.1f} MB, in "
          f"{time.perf_counter() - started:.1f} s.")
    return 0


def _group(path: str) -> str:
    """`stories/images/war/x.png` -> war; `assets/art/title.png` -> title."""
    parts = Path(path).parts
    return parts[2] if parts[:2] == ("stories", "images") else Path(path).stem


def _write_atomic(target: Path, data: bytes) -> None:
    """Write beside the target, then rename over it: a failed run never leaves half a PNG."""
    from game.engine.atomic import ordinary_mode

    target.parent.mkdir(parents=True, exist_ok=True)
    mode = ordinary_mode(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if hasattr(os, "fchmod"):  # the art is shipped: readable by all, like any file
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
