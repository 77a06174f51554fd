"""Start-up time of whole `python -m game …` processes, against baselines timed in the same run.

    python bench/startup.py            # median of RUNS runs each; prints a table
    python bench/startup.py --runs 21

What a teacher waits for is the whole process (interpreter start, imports, work, exit), so every
figure is a fresh child process timed from the outside. The machine's speed varies from run to
run and from machine to machine, so each command is also given as a ratio to two baselines
measured in the same run: an empty interpreter (`python -c pass`) and one that imports pygame
(the cost every command paid when building the parser imported the window).
Target: commands that draw nothing (`--help`, `validate`) cost no more than
`python -c "import pygame"`, i.e. they import no pygame.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 11

BASELINES: dict[str, list[str]] = {
    "python -c pass": ["-c", "pass"],
    'python -c "import pygame"': ["-c", "import pygame"],
}
COMMANDS: dict[str, list[str]] = {
    "python -m game --help": ["-m", "game", "--help"],
    "python -m game validate stories/": ["-m", "game", "validate", "stories/"],
}


def once(args: list[str]) -> float:
    """Seconds for one whole process, from spawn to exit."""
    env = dict(os.environ, PYGAME_HIDE_SUPPORT_PROMPT="1", SDL_VIDEODRIVER="dummy")
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_ms(args: list[str], runs: int) -> float:
    once(args)  # warm the file cache and .pyc files; not counted
    return statistics.median(once(args) for _ in range(runs)) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs each (default {RUNS})")
    runs = parser.parse_args().runs
    empty = median_ms(BASELINES["python -c pass"], runs)
    with_pygame = median_ms(BASELINES['python -c "import pygame"'], runs)
    print(f"Median of {runs} whole processes each ({sys.executable}):\n")
    print(f"{'command':<36} {'ms':>8} {'× empty':>8} {'× pygame':>9}")
    rows = [("python -c pass", empty), ('python -c "import pygame"', with_pygame)]
    rows += [(name, median_ms(args, runs)) for name, args in COMMANDS.items()]
    for name, ms in rows:
        print(f"{name:<36} {ms:8.1f} {ms / empty:8.2f} {ms / with_pygame:9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
