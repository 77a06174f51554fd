"""Broken and hostile files are refused with a located message, never a traceback or a hang.

The generated cases here are the codes docs/errors.md cannot show as a YAML block.
`bench/hostile.py` prints how fast each is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.helpers import TINY, codes, load

SCENES = """scenes:
  - id: start
    text: Snow falls on the village.
    choices:
      - id: wait
        label: Wait for spring
        next: spring
endings:
  - id: spring
    title: Spring
    text: The snow melts.
"""


def validate_cli(*paths: Path) -> subprocess.CompletedProcess[str]:
    # The timeout is a hang guard, not a speed test: the figures come from bench/hostile.py.
    return subprocess.run([sys.executable, "-m", "game", "validate", *map(str, paths)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_not_utf8_is_located_at_the_first_bad_byte(write):
    path = write("latin1.yaml", (TINY + SCENES).replace("Sosnovka", "Sosnovka é").encode(
        "latin-1"))
    assert codes(load(path).diagnostics) == [("VR002", 5, 19)]


def test_a_100_mb_file_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(100 * 2**20)
    found = load(path).diagnostics
    assert [d.code for d in found] == ["VR003"] and "100 MB" in found[0].message


def test_a_missing_file_is_reported_not_raised(tmp_path: Path):
    found = load(tmp_path / "nowhere.yaml").diagnostics
    assert [d.code for d in found] == ["VR007"]


def test_an_alias_bomb_is_refused_at_the_first_alias_over_the_limit(write):
    lines = [TINY, "  content_notes: &a [x, x, x, x, x, x, x, x, x]"]
    lines.append("  learning_goals: [" + ", ".join(["*a"] * 60) + "]")
    path = write("bomb.yaml", "\n".join(lines) + "\n" + SCENES)
    found = load(path).diagnostics
    assert [d.code for d in found].count("VR005") == 1


def test_billion_laughs_does_not_expand(write):
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(ord("b"), ord("j") + 1):
        previous = chr(i - 1)
        lines.append(f"{chr(i)}: &{chr(i)} [" + ", ".join([f"*{previous}"] * 9) + "]")
    path = write("laughs.yaml", "\n".join(lines) + "\n")
    found = load(path).diagnostics
    # Each key is unknown, so its value is skipped unread: one message per key, no expansion.
    assert [d.code for d in found] == ["VR011"] * 10 + ["VR012"] * 4  # format, season, ...


def test_python_object_tags_never_run(write, tmp_path: Path):
    marker = tmp_path / "ran.txt"
    evil = f'!!python/object/apply:os.system ["echo ran > {marker}"]'
    path = write("evil.yaml", TINY.replace("title: A tiny season", f"title: {evil}") + SCENES)
    assert [d.code for d in load(path).diagnostics] == ["VR006"]
    assert not marker.exists()


def test_ten_thousand_deep_brackets_are_refused(write):
    path = write("deep.yaml", "season: " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert [d.code for d in load(path).diagnostics] == ["VR004"]


def test_ten_thousand_deep_indentation_is_refused(write):
    path = write("deep_block.yaml", "- " * 10_000 + "x\n")
    assert [d.code for d in load(path).diagnostics] == ["VR004"]


def test_hostile_files_give_one_line_messages_and_no_traceback(write, tmp_path: Path):
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(100 * 2**20)
    files = [
        write("deep.yaml", "season: " + "[" * 10_000 + "]" * 10_000 + "\n"),
        write("evil.yaml", "!!python/object/apply:os.system [ls]\n"),
        write("binary.yaml", bytes(range(256)) * 4),
        huge,
    ]
    result = validate_cli(*files)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "error[" in line]
    assert len(lines) == len(files)
