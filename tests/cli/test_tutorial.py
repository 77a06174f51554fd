"""docs/authoring.md, followed step by step: every output the tutorial shows is what a teacher
following it really sees."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DOC = (ROOT / "docs" / "authoring.md").read_text("utf-8")


def shown(after: str) -> str:
    """The first code block that starts after the text `after` (a command or a sentence)."""
    start = DOC.index(after) + len(after)
    if DOC.count("```", 0, start) % 2:  # `after` is inside a block: skip to its end
        start = DOC.index("```", start) + 3
    return re.search(r"```\n(.*?)```", DOC[start:], re.S).group(1)


def game(folder: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                            text=True, timeout=120, cwd=folder)
    return result.stdout + result.stderr


def test_the_tutorial_outputs_are_real(tmp_path: Path):
    (tmp_path / "my-seasons").mkdir()
    season = "my-seasons/winter_1921.yaml"
    assert game(tmp_path, "new", "winter_1921", "--dir", "my-seasons").startswith(
        shown("python -m game new winter_1921 --dir my-seasons").strip().splitlines()[0])
    assert game(tmp_path, "validate", season).strip() == "Checked 1 file: 0 errors, 0 warnings."

    path = tmp_path / season
    good = path.read_text("utf-8")
    path.write_text(good.replace("next: second_scene", "next: secnd_scene", 1), "utf-8")
    assert game(tmp_path, "validate", season).strip() == shown("validate again:").strip()
    path.write_text(good, "utf-8")

    explored = game(tmp_path, "explore", season).strip()
    expected = shown("python -m game explore my-seasons/winter_1921.yaml").strip()
    assert re.sub(r"in \d+\.\d+ s", "in T s", explored) == re.sub(r"in \d+\.\d+ s", "in T s",
                                                                   expected)

    transcript = re.search(r"`my-seasons/winter_1921-generous.transcript` with:\n\n```\n(.*?)```",
                           DOC, re.S).group(1)
    (tmp_path / "my-seasons" / "winter_1921-generous.transcript").write_text(transcript, "utf-8")
    assert game(tmp_path, "test", season).strip() == shown(
        "python -m game test my-seasons/winter_1921.yaml").strip()
