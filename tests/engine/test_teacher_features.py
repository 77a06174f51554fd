"""What teachers wanted to express (review of a teacher's authoring, section C): a
conditional next, a loan that comes back, a locked choice only with `if`, short labels,
the season's own words for aid, and notes for teachers only."""

from __future__ import annotations

import jsonschema
import yaml

from game.engine.diagnostics import CODES
from game.engine.schema import json_schema
from game.engine.session import Session, next_scene
from game.lang.story import season_texts
from tests.conftest import FIXTURES
from tests.helpers import TINY, load

PLOUGH = FIXTURES / "teacher" / "plough.yaml"


def plough():
    result = load(PLOUGH)
    assert result.ok and result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    return result.model


def test_a_lent_plough_comes_back_and_the_loan_is_forgotten():
    session = Session(plough())
    session.choose("lend")
    assert session.state.resources["plough"] == 0
    assert "lent_plough" in session.state.memories
    assert session.state.scene == "neighbours_help"  # trust 56 after the loan: the route
    session.choose("thank")
    session.choose("wait")
    assert session.state.scene == "plough_back"  # `if: lent_plough` leads home
    assert session.state.resources["plough"] == 1
    assert "lent_plough" not in session.state.memories
    assert "helped_petrovs" in session.state.memories  # the deed is still remembered
    assert [v.available for v in session.choices()] == [True]
    session.choose("go_on")
    assert [v.available for v in session.choices()] == [True, True]  # the plough is back
    session.choose("plough_field")
    assert session.state.ending == "good_neighbours"


def test_without_the_loan_the_route_takes_the_default():
    session = Session(plough())
    session.choose("keep")
    assert session.state.scene == "summer"
    session.choose("wait")
    assert session.state.scene == "harvest" and session.state.resources["plough"] == 1


def test_the_route_is_decided_by_the_state_after_the_choice():
    season = plough()
    lend = season.scenes["spring"].choice("lend")
    assert lend.targets() == ("neighbours_help", "summer")
    assert next_scene(lend, {"trust": 55}, frozenset()) == "summer"
    assert next_scene(lend, {"trust": 56}, frozenset()) == "neighbours_help"
    keep = season.scenes["spring"].choice("keep")
    assert keep.routes == () and keep.targets() == ("summer",)


def test_the_fixture_agrees_with_the_json_schema():
    check = jsonschema.Draft7Validator(json_schema())
    data = yaml.safe_load(PLOUGH.read_text("utf-8"))
    assert not list(check.iter_errors(data))
    data["season"]["aid_words"]["share_bread"] = "Share bread"
    assert list(check.iter_errors(data))


def test_teacher_notes_are_in_the_model_and_the_catalogue():
    season = plough()
    assert "SECRET-SEASON-NOTE" in season.info.teacher_note
    assert "SECRET-SCENE-NOTE" in season.scenes["spring"].teacher_note
    assert "SECRET-CHOICE-NOTE" in season.scenes["spring"].choice("lend").teacher_note
    assert "SECRET-ENDING-NOTE" in season.endings["good_neighbours"].teacher_note
    texts = {e.key: e.text for e in season_texts(season)}
    assert texts["plough/teacher_note"].startswith("SECRET-SEASON-NOTE")
    assert texts["plough/spring/teacher_note"].startswith("SECRET-SCENE-NOTE")
    assert texts["plough/spring/choices/lend/teacher_note"].startswith("SECRET-CHOICE-NOTE")
    assert texts["plough/good_neighbours/teacher_note"].startswith("SECRET-ENDING-NOTE")
    assert texts["plough/aid_words/lend_tools"] == "Lend a hand"


SCENE = """
scenes:
  - id: start
    text: Snow.
    choices:
      - id: go
        label: {label}
{extra}        next:
          - if: trust >= 60
            next: {target}
{rest}endings:
  - {{ id: spring, title: Spring, text: The snow melts. }}
  - {{ id: warm, title: Warm, text: Warm. }}
"""


def found(write, label="Go", extra="", target="warm", rest="          - next: spring\n",
          meta=""):
    text = TINY + meta + SCENE.format(label=label, extra=extra, target=target, rest=rest)
    return [(d.code, d.line) for d in load(write("s.yaml", text)).diagnostics]


def test_a_conditional_next_is_checked_like_a_plain_one(write):
    assert found(write) == []
    assert found(write, target="wrm") == [("VR020", 17), ("VR024", 21)]  # the route's line
    assert found(write, rest="") == [("VR090", 16), ("VR024", 19)]  # no default
    assert found(write, rest="          - next: spring\n          - if: trust < 5\n"
                 "            next: warm\n") == [("VR091", 19)]
    assert found(write, rest="          - next: sprng\n") == [("VR020", 18), ("VR024", 20)]


def test_locked_without_if_and_long_labels_are_warned(write):
    assert found(write, extra="        locked: Go (not now)\n") == [("VR092", 15)]
    assert found(write, label="Go " * 27 + "now") == [("VR093", 14)]
    assert found(write, label="G" * 80) == []


def test_aid_words_name_only_the_three_kinds(write):
    meta = "  aid_words: { share_grain: Share food, lend_tool: Lend a hand }\n"
    diagnostics = load(write("s.yaml", TINY + meta + SCENE.format(
        label="Go", extra="", target="warm", rest="          - next: spring\n"))).diagnostics
    assert [(d.code, d.line) for d in diagnostics] == [("VR094", 8)]
    assert "lend_tools" in diagnostics[0].hint and "open_home" in diagnostics[0].hint
    assert CODES["VR094"].severity.value == "error"
