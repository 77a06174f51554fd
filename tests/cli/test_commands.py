"""`python -m game` and its subcommands: help, validate's output forms and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import FIXTURES, ROOT, STORIES
from tests.helpers import TINY

SCENES = """scenes:
  - id: start
    text: Snow falls.
    choices:
      - { id: wait, label: Wait, next: spring }
  - { id: lonely, text: Nobody comes here., choices: [{ id: go, label: Go, next: spring }] }
endings:
  - { id: spring, title: Spring, text: The snow melts. }
"""


def game(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def test_help_lists_the_subcommands():
    out = game("--help").stdout
    for command in ("play", "validate", "schema", "stats"):
        assert f"    {command} " in out


def test_shipped_stories_validate_clean():
    result = game("validate", "--strict", str(STORIES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout


def test_validate_lists_every_problem_and_exits_1(write):
    text = (TINY + SCENES).replace("next: spring }", "next: sprng }", 1).replace(
        "title: A tiny season", "title: A tiny season\n  titel: again")
    path = write("two.yaml", text)
    result = game("validate", str(path))
    lines = [line for line in result.stdout.splitlines() if "[VR" in line]
    assert result.returncode == 1
    assert [line.split(": ", 2)[1] for line in lines] == [
        "error[VR011]", "error[VR020]", "warning[VR021]"]
    assert lines[0].startswith(f"{path}:5:3: error[VR011]: unknown key `titel`")
    assert "1 warning" in result.stderr


def test_warnings_pass_unless_strict(write):
    path = write("warn.yaml", TINY + SCENES)
    assert game("validate", str(path)).returncode == 0
    assert game("validate", "--strict", str(path)).returncode == 1


def test_json_output_for_editors(write):
    path = write("warn.yaml", TINY + SCENES)
    data = json.loads(game("validate", "--json", str(path)).stdout)
    assert data == [{"code": "VR021", "name": "orphan-scene", "severity": "warning",
                     "file": str(path), "line": 13, "column": 5,
                     "message": "no choice leads to scene `lonely`",
                     "hint": "link to it with `next:`, or remove it"}]


def test_source_flag_shows_the_line_and_a_caret(write):
    path = write("warn.yaml", TINY + SCENES)
    out = game("validate", "--source", str(path)).stdout
    assert "   13 |   - { id: lonely," in out
    assert "\n" + " " * 12 + "^" in out


def test_validate_folder_finds_nested_files_and_a_missing_path_fails():
    assert game("validate", str(FIXTURES / "golden")).returncode == 0
    result = game("validate", "no/such/folder")
    assert result.returncode == 1 and "error[VR007]" in result.stdout


def test_no_command_opens_the_game_like_play(monkeypatch):
    """`python -m game` (or a double-clicked shortcut) opens the window on the campaign."""
    import game.ui.launch
    from game.cli.main import main
    from game.engine.model import Campaign

    opened = []
    monkeypatch.setattr(game.ui.launch, "play_window",
                        lambda story, state, watch, teacher, retell: opened.append(
                            (story, state, watch, teacher, retell)) or 0)
    assert main([]) == 0
    (story, state, watch, teacher, retell), = opened
    assert teacher is False
    assert retell("ru").seasons[0].language == "ru"  # the title's language picker can work
    assert isinstance(story, Campaign) and story.path == STORIES / "campaign.yaml"
    assert state is None and watch is False
