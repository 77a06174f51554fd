"""Issue 14 item 4, the teacher's preview: every choice with what it costs and gives and the
condition behind it, the notes for teachers, a jump to any scene, and nothing saved over a
student's game (and no path code, since a preview that jumps is nobody's path)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def preview(lines: str, data: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", "play", "--text", "--teacher", *flags,
         str(ROOT / "stories" / "famine.yaml")], input=lines, capture_output=True, text=True,
        timeout=60, cwd=ROOT, env={**os.environ, "VR_DATA_DIR": str(data)})


def test_the_preview_shows_costs_conditions_and_teacher_notes(tmp_path):
    result = preview("q\n", tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    out = result.stdout
    assert "Costs and gives: costs 1 sack of grain and 1 strength to work; gives" in out
    assert "Offered only if you have at least 1 tool (`tools >= 1`)" in out


def test_a_locked_choice_shows_what_it_needs_and_g_jumps_anywhere(tmp_path):
    # the assembly: say nothing, then jump to "Seed or supper" (scene 11 in the list)
    result = preview("1\n3\ng\n11\nq\n", tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    out = result.stdout
    assert "For the teacher: The -4 is the assembly's judgement" in out
    jumped = out[out.index("Go to which scene"):]
    assert "--- Seed or supper ---" in jumped and "Costs and gives" in jumped
    assert list(tmp_path.glob("autosave-*")) == []  # the preview saved nothing


def test_a_student_s_saved_game_is_untouched_by_a_preview(tmp_path):
    student = subprocess.run(
        [sys.executable, "-m", "game", "play", "--text", str(ROOT / "stories" / "famine.yaml")],
        input="1\n1\nq\n", capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "VR_DATA_DIR": str(tmp_path)})
    assert student.returncode == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert "autosave-famine.json" in before
    result = preview("1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\nq\n", tmp_path)
    assert result.returncode == 0 and "Path code:" not in result.stdout
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
