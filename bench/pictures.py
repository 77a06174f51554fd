"""What checking every shipped picture costs, against decoding them, in the same run.

    python bench/pictures.py      # best of 5 passes over stories/images and assets/art

The checker (game/engine/pictures.py) reads each file and its header and walks the PNG
chunks; `pygame.image.load` decodes the pixels. Checking should cost a small share of a load.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.engine.pictures import PictureInfo, check_picture

ROOT = Path(__file__).resolve().parents[1]

PASSES = 5


def best(action, files: list[Path]) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(PASSES):
        start = time.perf_counter()
        for path in files:
            action(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    files = sorted((ROOT / "stories" / "images").rglob("*.png"))
    files += sorted((ROOT / "assets" / "art").rglob("*.png"))
    assert all(isinstance(check_picture(path), PictureInfo) for path in files)
    checked = best(check_picture, files)
    loaded = best(lambda path: pygame.image.load(str(path)), files)
    size = sum(path.stat().st_size for path in files) / 1024 / 1024
    print(f"{len(files)} shipped pictures, {size:.1f} MB")
    print(f"check_picture      {checked * 1000:7.1f} ms  ({checked / len(files) * 1000:.2f} ms "
          "each)")
    print(f"pygame.image.load  {loaded * 1000:7.1f} ms  ({loaded / len(files) * 1000:.2f} ms "
          "each)")
    print(f"checking costs {checked / loaded:.0%} of decoding")


if __name__ == "__main__":
    main()
