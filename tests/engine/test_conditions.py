"""The condition language: parsing, column-precise syntax errors, name and type checks, and
evaluation through compiled closures (never eval)."""

from __future__ import annotations

import pytest

from game.engine import conditions as c

KINDS = {"trust": c.NUMBER, "grain": c.NUMBER, "helped_petrovs": c.MEMORY,
         "refused_ivanovs": c.MEMORY}


def test_parses_precedence_not_binds_tighter_than_and_than_or():
    expr = c.parse("not helped_petrovs and trust >= 60 or grain > 2")
    assert isinstance(expr, c.BoolOp) and expr.op == "or"
    left = expr.operands[0]
    assert isinstance(left, c.BoolOp) and left.op == "and"
    assert isinstance(left.operands[0], c.Not)


@pytest.mark.parametrize(("text", "values", "memories", "expected"), [
    ("trust >= 60 and helped_petrovs", {"trust": 60, "grain": 0}, {"helped_petrovs"}, True),
    ("trust >= 60 and helped_petrovs", {"trust": 59, "grain": 0}, {"helped_petrovs"}, False),
    ("grain > 2 or not refused_ivanovs", {"trust": 0, "grain": 0}, set(), True),
    ("grain > 2 or not refused_ivanovs", {"trust": 0, "grain": 0}, {"refused_ivanovs"}, False),
    ("(grain >= 1 or trust > 80) and not helped_petrovs", {"trust": 90, "grain": 0}, set(), True),
    ("grain != trust", {"trust": 3, "grain": 3}, set(), False),
    ("true", {"trust": 0, "grain": 0}, set(), True),
])
def test_compiled_conditions_evaluate(text, values, memories, expected):
    expr = c.parse(text)
    assert c.check(expr, KINDS) == []
    assert c.compile_test(expr, KINDS)(values, frozenset(memories)) is expected


@pytest.mark.parametrize(("text", "offset", "words"), [
    ("trust >= and grain > 1", 9, "expected a name or a number, found `and`"),
    ("trust >=", 8, "stops too early"),
    ("(trust > 5", 0, "never closed"),
    ("trust = 5", 6, "`=` cannot be used"),
    ("grain > 1 helped_petrovs", 10, "unexpected `helped_petrovs`"),
    ("trust && grain", 6, "`&` cannot be used"),
    ("   ", 0, "empty"),
])
def test_syntax_problems_point_at_the_offending_character(text, offset, words):
    problem = c.parse(text)
    assert isinstance(problem, c.SyntaxProblem)
    assert problem.offset == offset
    assert words in problem.message


def test_assignment_typo_gets_a_helpful_hint():
    problem = c.parse("trust = 5")
    assert isinstance(problem, c.SyntaxProblem) and "==" in problem.hint


def test_unknown_names_are_reported_with_their_offset():
    problems = c.check(c.parse("trust > 5 and helped_petrov"), KINDS)
    assert [(p.code, p.offset, p.name) for p in problems] == [("VR031", 14, "helped_petrov")]


@pytest.mark.parametrize(("text", "offset"), [
    ("grain", 0),                       # a number is not yes/no
    ("helped_petrovs > 2", 15),         # a memory compared with a number
    ("not trust", 4),
    ("helped_petrovs < refused_ivanovs", 15),
])
def test_type_problems(text, offset):
    problems = c.check(c.parse(text), KINDS)
    assert [p.code for p in problems] == ["VR032"]
    assert problems[0].offset == offset


def test_memory_equality_is_allowed():
    assert c.check(c.parse("helped_petrovs == refused_ivanovs"), KINDS) == []


def test_names_lists_every_name_in_order():
    names = [n.name for n in c.names(c.parse("(grain > 1 or helped_petrovs) and trust < 9"))]
    assert names == ["grain", "helped_petrovs", "trust"]


def test_located_condition_maps_offsets_to_file_columns():
    located = c.Located(c.parse("trust >= x"), "trust >= x", 12, 13, 1)
    assert located.position(9) == (12, 23)  # quote + offset past the value's first column
    multiline = c.Located(c.parse("trust >=\n 5"), "trust >=\n 5", 12, 13, 0)
    assert multiline.position(9) == (12, 13)
