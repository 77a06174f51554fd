"""The rules of play: effects with clamping, the ledger, endings chosen by condition, locked
choices, arrival effects, determinism and the JSON round trip of the state."""

from __future__ import annotations

import json

import pytest

from game.engine.events import EndingReached, ResourceChanged, SceneEntered, TrustChanged
from game.engine.session import ChoiceUnavailable, Session
from game.engine.state import GameState, StateError
from tests.helpers import TINY, load

SEASON = TINY + """trust:
  start: 95
resources:
  - { id: grain, start: 1, min: 0, max: 3 }
memories:
  - { id: gave, label: You gave grain. }
scenes:
  - id: start
    text:
      - Winter.
      - if: gave
        text: The neighbours wave.
    choices:
      - id: give
        label: Give grain
        aid: share_grain
        if: grain >= 1
        locked: Give grain (you have none)
        effects: { trust: +10, reason: They remember., grain: -2, remember: gave }
        outcome: You give what you have.
        next: market
      - id: keep
        label: Keep it
        effects: { trust: -3, reason: They noticed. }
        next: market
  - id: market
    text: The market.
    effects: { grain: +5 }
    choices:
      - id: again
        label: Go back
        next: start
      - id: home
        label: Go home
        next: end
      - id: leave
        label: Leave the village
        next: left
endings:
  - { id: thanked, title: Thanked, if: gave and trust >= 90, text: Everyone thanks you. }
  - { id: ordinary, title: Ordinary, text: Spring comes. }
  - { id: left, title: Left, text: You left. }
"""


@pytest.fixture
def season(write):
    result = load(write("s.yaml", SEASON))
    assert result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    return result.model


def test_trust_is_clamped_at_100_and_the_ledger_records_what_really_changed(season):
    session = Session(season)
    outcome = session.choose("give")
    assert session.state.trust == 100
    change = next(e for e in outcome.events if isinstance(e, TrustChanged))
    assert (change.before, change.after, change.delta, change.reason) == (
        95, 100, 5, "They remember.")
    entry = session.state.ledger[0]
    assert (entry.choice, entry.aid, entry.trust_delta, entry.resources) == (
        "give", "share_grain", 5, (("grain", -1),))


def test_resources_and_arrival_effects_are_clamped_to_bounds(season):
    session = Session(season)
    outcome = session.choose("give")
    grain_events = [e for e in outcome.events if isinstance(e, ResourceChanged)]
    assert [(e.before, e.after) for e in grain_events] == [(1, 0), (0, 3)]
    assert isinstance(outcome.events[-1], ResourceChanged)
    assert any(isinstance(e, SceneEntered) and e.scene == "market" for e in outcome.events)


def test_locked_choices_are_shown_but_cannot_be_chosen(season):
    session = Session(season)
    session.choose("give")
    session.choose("again")                     # back at start with grain 3: can give again
    assert [v.available for v in session.choices()] == [True, True]
    fresh = Session(season, session.state.but(resources={"grain": 0}))
    views = fresh.choices()
    assert [(v.id, v.available, v.label) for v in views] == [
        ("give", False, "Give grain (you have none)"), ("keep", True, "Keep it")]
    with pytest.raises(ChoiceUnavailable, match="needs `grain >= 1`"):
        fresh.choose("give")
    with pytest.raises(ChoiceUnavailable, match="has no choice `fly`"):
        fresh.choose("fly")


def test_conditional_paragraphs_follow_memories(season):
    session = Session(season)
    assert session.text() == ("Winter.",)
    session.choose("give")
    session.choose("again")
    assert session.text() == ("Winter.", "The neighbours wave.")


def test_next_end_picks_the_first_ending_whose_condition_holds(season):
    generous = Session(season)
    generous.choose("give")
    outcome = generous.choose("home")
    assert generous.state.ending == "thanked"
    assert outcome.events[-1] == EndingReached("thanked", "Thanked", "tiny/thanked/title")
    plain = Session(season)
    plain.choose("keep")
    plain.choose("home")
    assert plain.state.ending == "ordinary"  # `left` comes after the fallback: link only


def test_a_choice_can_lead_straight_to_an_ending(season):
    session = Session(season)
    session.choose("keep")
    session.choose("leave")
    assert session.ended and session.ending.id == "left" and session.choices() == ()
    with pytest.raises(ChoiceUnavailable, match="ended"):
        session.choose("home")


def test_play_is_deterministic(season):
    def play() -> str:
        session = Session(season)
        for choice in ("give", "again", "keep", "home"):
            session.choose(choice)
        return json.dumps(session.state.to_json(), sort_keys=True)

    assert play() == play()


def test_state_round_trips_through_json_exactly(season):
    session = Session(season)
    for choice in ("give", "again", "keep"):
        session.choose(choice)
    text = json.dumps(session.state.to_json())
    assert GameState.from_json(json.loads(text)) == session.state


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("trust"),
    lambda d: d.update(trust="high"),
    lambda d: d.update(trust=400),
    lambda d: d.update(memories="gave"),
    lambda d: d.update(resources={"grain": "lots"}),
    lambda d: d.update(ledger=[{"season": "tiny"}]),
    lambda d: d.update(ending=5),
])
def test_damaged_state_is_refused_with_a_message(season, damage):
    data = Session(season).state.to_json()
    damage(data)
    with pytest.raises(StateError):
        GameState.from_json(data)
