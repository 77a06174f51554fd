"""Notes for teachers never reach players; the guide prints them. A season's own words for
aid name its choices in the terminal and in the season's summary."""

from __future__ import annotations

import subprocess
import sys

from game.engine.session import Session
from game.lang.catalogue import ENGLISH_STRINGS
from game.present.lines import looking_back
from tests.cli.test_terminal_client import run_text
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load

PLOUGH = FIXTURES / "teacher" / "plough.yaml"
SECRETS = ("SECRET-SEASON-NOTE", "SECRET-SCENE-NOTE", "SECRET-CHOICE-NOTE",
           "SECRET-ENDING-NOTE")


def test_teacher_notes_never_appear_in_play_and_aid_words_do():
    for lines in ("1\n1\n1\n1\n1\n", "3\n1\n2\n"):  # the loan (every note on the way); not
        result = run_text(PLOUGH, lines)
        assert result.returncode == 0, result.stderr
        out = result.stdout + result.stderr
        assert "=== Ending:" in out
        assert not [s for s in SECRETS if s in out]
    out = run_text(PLOUGH, "1\n1\n1\n1\n1\n").stdout
    assert "1. Lend the Petrovs your plough\n" in out  # students see no kind-of-aid tag (S16)
    assert "(Lend a hand)" not in out and "lending a hand or tools" not in out
    assert "=== Ending: Good neighbours ===" in out
    preview = run_text(PLOUGH, "q\n", "--teacher").stdout  # a teacher sees it, in its words
    assert "1. Lend the Petrovs your plough (Lend a hand)" in preview
    assert "2. Give them a sack of rye (Share food)" in preview


def test_the_season_looked_back_on_names_aid_in_its_words():
    """The window's summary (`present.lines.looking_back`)."""
    session = Session(load(PLOUGH).model)
    for choice in ("lend", "thank", "take_in", "by_hand"):
        session.choose(choice)
    rows = [row.text for row in looking_back(ENGLISH_STRINGS, session.season, session.state)]
    assert "Help you gave: Lend a hand once and Take someone in once." in rows


def test_the_guide_prints_every_teacher_note(tmp_path):
    out = tmp_path / "guide.md"
    result = subprocess.run([sys.executable, "-m", "game", "guide", str(PLOUGH), "-o",
                             str(out)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    guide = out.read_text("utf-8")
    notes = guide.split("## Notes for the teacher", 1)[1].split("\n## ", 1)[0]
    assert all(s in notes for s in SECRETS)
    assert "Spring, \u201cLend the Petrovs your plough\u201d: SECRET-CHOICE-NOTE" in notes
    assert "Lend a hand, 1 choices" in guide  # choices by kind, in the season's words
    assert "then goes to Neighbours if" in guide  # the conditional next in plain words
