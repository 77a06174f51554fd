"""Fuzz throughput: N mutants of the shipped seasons through validate, 20 walks and a render.

    python bench/fuzz.py                  # 2,000 mutants, seed 0, one process per core (max 2)
    python bench/fuzz.py -n 5000 --seed 3 --jobs 1

Prints mutants per second, the crash count, every failure (with the command that rebuilds
its mutant) and the mutator mix. The baseline, measured in the same run on one core, is a
load of an unmutated season through the same warm library: the ratio says how much of the
fuzz time is the fuzzing itself (walks, renders, odd inputs) rather than plain loading.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz.harness import Fuzzer, fuzz
from tests.fuzz.mutator import SEASONS

STORIES = Path(__file__).resolve().parents[1] / "stories"


def baseline(loads: int) -> float:
    """Unmutated season loads per second, through the fuzz harness's warm library."""
    with tempfile.TemporaryDirectory(prefix="vrf-") as folder:
        fuzzer = Fuzzer(STORIES, Path(folder))
        began = time.perf_counter()
        for i in range(loads):
            path = fuzzer.root / SEASONS[i % len(SEASONS)]
            fuzzer.library_for(path).load(path)
        return loads / (time.perf_counter() - began)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz throughput and crash count.")
    parser.add_argument("-n", "--mutants", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=0, help="processes (default: cores, max 2)")
    args = parser.parse_args(argv)
    plain = baseline(200)
    tally = fuzz(STORIES, args.seed, args.mutants, jobs=args.jobs or None)
    rate = tally.mutants / tally.seconds
    print(f"fuzz: {tally.mutants} mutants (seed {args.seed}) in {tally.seconds:.1f} s: "
          f"{rate:.1f} mutants/s")
    print(f"  baseline: {plain:.1f} unmutated season loads/s on one core "
          f"(fuzz/baseline = {rate / plain:.2f})")
    print(f"  clean {tally.clean}, rejected {tally.rejected}, diagnostics {tally.diagnostics}")
    print(f"  walks {tally.walks} ({tally.steps} steps, {tally.stuck} stuck on locked choices), "
          f"renders {tally.renders}")
    print(f"  slowest mutant: {tally.slowest[0]:.2f} s (index {tally.slowest[1]})")
    print(f"  crashes (exceptions escaping): {len(tally.crashes)}; all failures: "
          f"{len(tally.failures)}")
    for failure in tally.failures:
        print(f"    {failure}")
    print("  mutator mix (mutants / clean):")
    for name, count in sorted(tally.by_mutator.items()):
        print(f"    {name:18} {count:5} / {tally.clean_by_mutator[name]}")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
