"""The campaign session: every event reaches every subscriber in order, a season is a
campaign of one, and every finished season's history is kept."""

from __future__ import annotations

import json

import pytest

from game.engine.campaign import CampaignSession, CampaignState, as_campaign
from game.engine.events import (
    CampaignFinished,
    CampaignStarted,
    ChoiceMade,
    EndingReached,
    MemoryRecorded,
    ResourceChanged,
    SeasonFinished,
    SeasonResumed,
    SeasonStarted,
    TrustChanged,
)
from tests.engine.test_campaign import CAMPAIGN, FIRST, SECOND
from tests.helpers import load

# The second season's first scene changes things on arriving: those events must be heard.
SECOND_ARRIVING = SECOND.replace("  - id: b\n", "  - id: b\n    effects: { trust: -5, reason: "
                                 "The war comes., grain: -1 }\n")


@pytest.fixture
def campaign(write):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND_ARRIVING)
    result = load(write("campaign.yaml", CAMPAIGN))
    assert result.ok, [d.one_line() for d in result.diagnostics]
    return result.model


def kinds(events) -> list[str]:
    return [type(e).__name__ for e in events]


def test_every_subscriber_hears_every_event_in_order(campaign):
    play = CampaignSession(campaign)
    first, second = [], []
    play.subscribe(first.append)
    play.subscribe(second.append)
    play.begin()
    play.choose("help")
    play.next_season()
    play.choose("thanks")
    assert first == second
    assert kinds(first) == [
        "CampaignStarted", "SeasonStarted", "SceneEntered",
        "ChoiceMade", "TrustChanged", "ResourceChanged", "MemoryRecorded", "EndingReached",
        "SeasonFinished",
        "SeasonStarted", "SceneEntered", "TrustChanged", "ResourceChanged",
        "ChoiceMade", "EndingReached", "SeasonFinished", "CampaignFinished"]
    assert first[0] == CampaignStarted("both", "Both", ("first", "second"))
    assert first[1] == SeasonStarted("first", "First", 0, 50)
    assert first[4] == TrustChanged(50, 70, "Thanks.", "first/a/choices/help/reason")
    assert first[5] == ResourceChanged("grain", "Grain", 2, 0, "first/resources/grain/label")
    assert first[6] == MemoryRecorded("helped", "You helped.", "first/memories/helped/label")
    assert first[8] == SeasonFinished("first", 0, "done", 70)
    # the second season's arrival effects come after its start and its first scene
    assert first[9] == SeasonStarted("second", "Second", 1, 70)
    assert first[11] == TrustChanged(70, 65, "The war comes.", "second/b/effects/reason")
    assert first[-1] == CampaignFinished("both", (("first", "done"), ("second", "done")))


def test_listeners_read_the_new_state_and_can_stop_listening(campaign):
    play = CampaignSession(campaign)
    seen: list[int] = []
    stop = play.subscribe(lambda e: seen.append(play.state.trust)
                          if isinstance(e, ChoiceMade) else None)
    play.begin()
    play.choose("help")
    assert seen == [70]  # the progress is updated before anyone hears the step
    stop()
    play.next_season()
    play.choose("alone")
    assert seen == [70]


def test_begin_announces_once_and_a_resumed_session_says_where_it_is(campaign):
    play = CampaignSession(campaign)
    heard = []
    play.subscribe(heard.append)
    play.begin()
    play.begin()
    assert kinds(heard).count("CampaignStarted") == 1
    resumed = CampaignSession(campaign, play.progress)
    again = []
    resumed.subscribe(again.append)
    resumed.begin()
    assert again == [SeasonResumed("first", "First", 0, "a")]


def test_a_single_season_is_a_campaign_of_one(write):
    season = load(write("first.yaml", FIRST)).model
    play = CampaignSession(as_campaign(season))
    heard = []
    play.subscribe(heard.append)
    play.begin()
    outcome = play.choose("stay")
    assert outcome.state.ending == "done"
    assert isinstance(heard[-1], CampaignFinished) and isinstance(heard[-2], SeasonFinished)
    assert play.following is None and not play.has_next_season


def test_the_choice_event_carries_its_outcome_paragraphs_and_keys(write):
    season = load(write("first.yaml", FIRST.replace(
        "next: done }\n      - { id: stay", "outcome: You help. Everyone sees., next: done }\n"
        "      - { id: stay"))).model
    play = CampaignSession(as_campaign(season))
    heard = []
    play.subscribe(heard.append)
    play.choose("help")
    made = heard[0]
    assert isinstance(made, ChoiceMade)
    assert made.outcome == ("You help. Everyone sees.",)
    assert made.outcome_keys == ("first/a/choices/help/outcome/p1",)
    assert made.key == "first/a/choices/help/label"
    assert isinstance(heard[-3], EndingReached) and heard[-3].key == "first/done/title"


def test_every_finished_season_keeps_its_ledger_through_a_save(campaign):
    play = CampaignSession(campaign)
    play.choose("help")
    play.next_season()
    play.choose("alone")
    history = play.progress.history()
    assert [r.season for r in history] == ["first", "second"]
    famine = history[0].ledger
    assert [(e.choice, e.trust_delta, e.key) for e in famine] == [
        ("help", 20, "first/a/choices/help/reason")]
    saved = json.loads(json.dumps(play.progress.to_json()))
    assert CampaignState.from_json(saved) == play.progress
    assert CampaignState.from_json(saved).finished[0].ledger == famine
