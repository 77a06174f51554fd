"""Why a closed choice is closed, in numbers read from its condition (`present.reasons`)."""

from __future__ import annotations

from game.engine.campaign import CampaignSession, as_campaign
from game.engine.conditions import parse
from game.engine.model import Condition
from game.lang.catalogue import ENGLISH_STRINGS
from game.present.reasons import shortfalls
from tests.conftest import FIXTURES
from tests.helpers import load

SEASON = load(FIXTURES / "golden" / "starter.yaml").model
STATE = CampaignSession(as_campaign(SEASON)).session.state  # trust 50, grain 4, room 1


def said(text: str, **resources: int) -> list[str]:
    expr = parse(text)
    assert not hasattr(expr, "message"), expr
    condition = Condition(text, expr, lambda values, memories: False, 1, 1)  # type: ignore[arg-type]
    state = STATE.but(resources={**STATE.resources, **resources})
    return shortfalls(ENGLISH_STRINGS, SEASON, condition, state)


def test_a_resource_below_what_the_choice_needs_is_said_with_its_unit():
    assert said("grain >= 2", grain=1) == ["Grain: 1 sack now, 2 sacks needed"]
    assert said("grain > 2", grain=0) == ["Grain: 0 sacks now, 3 sacks needed"]
    assert said("3 <= tools", tools=1) == ["Tools: 1 now, 3 needed"]


def test_only_the_parts_that_fail_are_said():
    assert said("room >= 1 and grain >= 2", room=1, grain=0) == [
        "Grain: 0 sacks now, 2 sacks needed"]
    assert said("trust >= 70 and grain >= 1", grain=0) == [
        "Village trust: 50 now, 70 needed", "Grain: 0 sacks now, 1 sack needed"]
    assert said("grain >= 2", grain=4) == []


def test_memories_or_and_not_are_left_to_the_authors_words():
    assert said("helped_petrova and grain >= 2", grain=0) == [
        "Grain: 0 sacks now, 2 sacks needed"]  # the memory is not named
    assert said("grain >= 2 or tools >= 5", grain=0, tools=0) == []
    assert said("not grain >= 2", grain=0) == []
    assert said("grain < 2", grain=4) == []


def test_a_shipped_closed_choice_says_its_numbers():
    choice = SEASON.scenes["assembly"].choice("lend_seed")
    assert choice is not None
    state = STATE.but(resources={**STATE.resources, "grain": 1})
    assert shortfalls(ENGLISH_STRINGS, SEASON, choice.cond, state) == [
        "Grain: 1 sack now, 2 sacks needed"]
    assert shortfalls(ENGLISH_STRINGS, SEASON, None, state) == []
