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


def medians_ms(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Each command's median, run in interleaved rounds (one of each per round), so that a
    busy spell on a shared machine slows every command alike and the ratios stay fair."""
    for args in commands.values():
        once(args)  # warm the file cache and .pyc files; not counted
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            times[name].append(once(args))
    return {name: statistics.median(t) * 1000 for name, t in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs each (default {RUNS})")
    runs = parser.parse_args().runs
    ms = medians_ms({**BASELINES, **COMMANDS}, runs)
    empty, with_pygame = (ms[name] for name in BASELINES)
    print(f"Median of {runs} whole processes each, interleaved ({sys.executable}):\n")
    print(f"{'command':<36} {'ms':>8} {'× empty':>8} {'× pygame':>9}")
    for name, value in ms.items():
        print(f"{name:<36} {value:8.1f} {value / empty:8.2f} {value / with_pygame:9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
