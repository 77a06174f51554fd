"""Issue 14 item 2 in the terminal: the season's path code on a line of its own, the same code
in a .vrplay file, and the code replays to the path that was typed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from game.classroom.pathcode import replay, stories_of
from tests.conftest import ROOT
from tests.helpers import load


def test_the_terminal_prints_the_code_and_saves_the_hand_in_file(tmp_path):
    handin = tmp_path / "handin"
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--text", str(ROOT / "stories" / "famine.yaml")],
        input="2\n1\n" * 40 + "q\n", capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "VR_DATA_DIR": tempfile.mkdtemp(prefix="vr-data-"),
             "VR_HANDIN_DIR": str(handin)})
    assert result.returncode == 0 and result.stderr == ""
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("Path code: ")]
    code = line.removeprefix("Path code: ")
    assert re.fullmatch(r"FAM(-[0-9A-Z]{1,4})+", code)
    (saved,) = list(handin.glob("*.vrplay"))
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["code"] == code and data["season"] == "famine"
    campaign = load(ROOT / "stories" / "campaign.yaml").model
    back = replay(code, stories_of(campaign))
    assert back.last.ending == data["ending"]
    assert f"Ending: {campaign.seasons[0].endings[back.last.ending].title}" in result.stdout


def test_an_unwritable_hand_in_folder_still_shows_the_code(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "game", "play", "--text", str(ROOT / "stories" / "famine.yaml")],
        input="1\n" * 40 + "q\n", capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "VR_DATA_DIR": tempfile.mkdtemp(prefix="vr-data-"),
             "VR_HANDIN_DIR": str(blocked / "inside")})
    assert result.returncode == 0 and result.stderr == ""
    assert "Path code: FAM-" in result.stdout and "Copy it onto paper" in result.stdout
    assert Path(blocked).read_text(encoding="utf-8") == "not a folder"
