"""Lesson files (`stories/lessons/<season>.yaml`): read safely, every problem one line with
the file and line, and a kit that still prints without a broken one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.analysis.kit import build_season_kit, kit_html
from game.analysis.lesson import Lesson, LessonProblem, lesson_path, load_lesson, parse_lesson
from tests.conftest import ROOT, STORIES
from tests.helpers import load

GOOD = """format: 1
season: famine
title: Who decided who ate?
background:
  - title: Before
    text: |
      First paragraph,
      folded.

      Second paragraph.
debrief:
  questions:
    - ask: Was it trust?
      listen_for: reputation
exit_ticket:
  prompt: Name two causes.
  rubric:
    - { score: 2, shows: two causes }
"""


def parse(text: str, season: str = "famine") -> Lesson | LessonProblem:
    return parse_lesson(text, Path("lessons/famine.yaml"), season)


def test_a_good_file_reads_into_paragraphs_and_prompts():
    lesson = parse(GOOD)
    assert isinstance(lesson, Lesson)
    assert lesson.background[0].paragraphs == ("First paragraph, folded.", "Second paragraph.")
    assert lesson.debrief[0].listen_for == "reputation"
    assert lesson.rubric[0].score == "2"


@pytest.mark.parametrize(("text", "line", "words"), [
    (GOOD.replace("  - title: Before\n", "  - title: [Before\n"), 6, "not valid YAML"),
    (GOOD.replace("title: Who", "titel: Who"), 3, "unknown field `titel`"),
    (GOOD.replace("season: famine", "season: war"), 2, "not `famine`"),
    (GOOD.replace("      listen_for: reputation", "      listen_for: [a, b]"), 14,
     "`listen_for` should be text"),
    (GOOD.replace("    - { score: 2, shows: two causes }", "    - { score: 2 }"), 18,
     "`shows` is missing"),
    (GOOD + "leaves_out: nothing\n", 19, "`leaves_out` should be a list"),
    ("format: 1\nseason: &s famine\nsources: [*s]\n", 2, "anchors and aliases"),
    ("- just a list\n", 1, "a lesson file is a mapping"),
])
def test_a_broken_file_is_one_line_with_its_line(text, line, words):
    problem = parse(text)
    assert isinstance(problem, LessonProblem), problem
    assert problem.line == line and words in problem.message
    assert str(problem).startswith(f"lessons/famine.yaml:{line}: ") and "\n" not in str(problem)


def test_tags_never_build_objects():
    problem = parse("format: 1\nseason: !!python/object/apply:os.system [echo hi]\n")
    assert isinstance(problem, LessonProblem) and "not valid YAML" in problem.message


def test_no_file_is_no_lesson_and_a_folder_is_a_problem(tmp_path):
    assert load_lesson(tmp_path / "famine.yaml", "famine") is None
    (tmp_path / "war.yaml").mkdir()
    problem = load_lesson(tmp_path / "war.yaml", "war")
    assert isinstance(problem, LessonProblem) and "folder" in problem.message


@pytest.fixture
def copied(tmp_path):
    """The famine season in a folder of its own, with a broken lesson file beside it."""
    shutil.copy(STORIES / "famine.yaml", tmp_path / "famine.yaml")
    shutil.copytree(STORIES / "images" / "famine", tmp_path / "images" / "famine")
    broken = lesson_path(tmp_path / "famine.yaml", "famine")
    broken.parent.mkdir()
    broken.write_text(GOOD.replace("title: Who decided", "title: Who: decided"), "utf-8")
    return tmp_path


def test_a_broken_lesson_file_leaves_a_kit_without_its_parts(copied):
    season = load(copied / "famine.yaml").model
    kit = build_season_kit(season)
    assert kit.lesson is None
    assert len(kit.problems) == 1 and "lessons/famine.yaml:3: not valid YAML" in kit.problems[0]
    page = kit_html(kit)
    assert "Not written yet: add a background essay" in page
    assert "Pen Pictures of Russian Village Life" in page  # the generated parts are all there
    assert kit.one_period.minutes == 45


def test_the_command_warns_in_one_line_and_still_writes_the_kit(copied, tmp_path):
    out = tmp_path / "kit.html"
    result = subprocess.run([sys.executable, "-m", "game", "guide", str(copied / "famine.yaml"),
                             "--kit", "-o", str(out)], capture_output=True, text=True,
                            timeout=180, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "famine.yaml:3: not valid YAML" in warnings[0]
    assert "Note-catcher: The Hungry Year" in out.read_text("utf-8")


def test_validate_skips_the_lessons_folder(copied):
    result = subprocess.run([sys.executable, "-m", "game", "validate", str(copied)],
                            capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert "lessons" not in result.stdout + result.stderr


def test_the_docs_name_every_field_and_their_example_reads():
    from game.analysis.lesson import FIELDS

    doc = (ROOT / "docs" / "lessons.md").read_text("utf-8")
    for name in FIELDS:
        assert f"| `{name}` |" in doc, name
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    lesson = parse_lesson(example, Path("lessons/nineties.yaml"), "nineties")
    assert isinstance(lesson, Lesson), lesson
    assert lesson.break_after == "garden" and len(lesson.background[0].paragraphs) == 2
    assert [level.score for level in lesson.rubric] == ["2", "1", "0"]
