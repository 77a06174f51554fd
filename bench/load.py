"""Load + validate time and peak memory for generated seasons of 1,000 and 10,000 scenes,
against a bare `yaml.load(..., CSafeLoader)` of the same file in the same run.

    python bench/load.py            # prints a table; each figure is the best of 3 runs,
                                    # each run in a fresh process (so peak memory is its own)
Targets: 1,000 scenes < 0.3 s; 10,000 scenes < 2 s and < 400 MB; 10k/1k time ratio <= 12.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate_season

SIZES = (1_000, 10_000)
RUNS = 3


def measure(mode: str, path: str) -> dict[str, float]:
    """Run in a child process: one load, its seconds and the process's peak RSS in MB."""
    import gc
    import resource

    import yaml

    from game.engine.library import Library

    text = Path(path).read_text("utf-8")
    start = time.perf_counter()
    if mode == "ours":
        result = Library().load(Path(path))
        assert result.ok, [d.one_line() for d in result.diagnostics[:5]]
    elif mode == "bare":
        yaml.load(text, Loader=yaml.CSafeLoader)
    elif mode == "bare-nogc":
        gc.disable()
        yaml.load(text, Loader=yaml.CSafeLoader)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak}


def child(mode: str, path: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, path], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def best(mode: str, path: str) -> dict[str, float]:
    runs = [child(mode, path) for _ in range(RUNS)]
    return {"seconds": min(r["seconds"] for r in runs), "peak_mb": min(r["peak_mb"] for r in runs)}


def main() -> None:
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            path = Path(tmp) / f"season_{size}.yaml"
            path.write_text(generate_season(size), "utf-8")
            mb = path.stat().st_size / 2**20
            ours, bare, nogc = (best(m, str(path)) for m in ("ours", "bare", "bare-nogc"))
            rows[size] = ours
            print(f"{size:>6} scenes ({mb:4.1f} MB): load+validate {ours['seconds']:.3f} s, "
                  f"peak {ours['peak_mb']:.0f} MB | bare CSafeLoader {bare['seconds']:.3f} s "
                  f"(GC paused: {nogc['seconds']:.3f} s) | ratio to bare "
                  f"{ours['seconds'] / bare['seconds']:.2f}x")
    ratio = rows[SIZES[1]]["seconds"] / rows[SIZES[0]]["seconds"]
    print(f"10k/1k time ratio: {ratio:.1f} (linear would be 10; target <= 12)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(measure(sys.argv[2], sys.argv[3])))
    else:
        main()
