"""How fast hostile files are refused (target: each under 2 s, with a message).

    python bench/hostile.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.engine.library import Library

HEAD = 'format: 1\nseason: {id: x, title: X, place: P, years: "1", summary: S}\n'


def cases(folder: Path) -> dict[str, Path]:
    files = {
        "object tag (!!python/object/apply)": HEAD.replace(
            "title: X", "title: !!python/object/apply:os.system [ls]"),
        "alias bomb (9 levels of 9 aliases)": "\n".join(
            ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] +
            [f"{chr(i)}: &{chr(i)} [" + ", ".join([f"*{chr(i - 1)}"] * 9) + "]"
             for i in range(ord("b"), ord("j") + 1)]),
        "alias bomb inside season fields": HEAD.replace(
            "summary: S}", "summary: S, content_notes: &a [x, x, x, x, x, x, x, x, x], "
            "learning_goals: [" + ", ".join(["*a"] * 2000) + "]}"),
        "10,000-deep brackets": "season: " + "[" * 10_000 + "]" * 10_000,
        "1,000,000-deep brackets": "season: " + "[" * 1_000_000 + "]" * 1_000_000,
        "10,000-deep block nesting": "- " * 10_000 + "x",
        "binary garbage": bytes(range(256)) * 1000,
    }
    paths = {}
    for i, (name, text) in enumerate(files.items()):
        path = folder / f"case{i}.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
        paths[name] = path
    huge = folder / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(100 * 2**20)
    paths["100 MB file"] = huge
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in cases(Path(tmp)).items():
            start = time.perf_counter()
            result = Library().load(path)
            seconds = time.perf_counter() - start
            first = result.diagnostics[0]
            print(f"{name:<36} refused in {seconds:6.3f} s  [{first.code}] {first.message[:60]}")


if __name__ == "__main__":
    main()
