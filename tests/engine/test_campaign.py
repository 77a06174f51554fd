"""Campaigns: seasons in order, trust and memories carried forward, resources afresh, and
memory checks that look across seasons."""

from __future__ import annotations

import json

import pytest

from game.engine.campaign import (
    CampaignState,
    has_next_season,
    next_season,
    start_campaign,
)
from game.engine.session import Session
from tests.helpers import load

FIRST = """format: 1
season: { id: first, title: First, place: Sosnovka, years: "1921", summary: The first. }
resources: [{ id: grain, start: 2 }]
memories: [{ id: helped, label: You helped. }]
scenes:
  - id: a
    text: A choice.
    choices:
      - { id: help, label: Help, effects: { trust: +20, reason: Thanks., grain: -2,
          remember: helped }, next: done }
      - { id: stay, label: Stay home, next: done }
endings: [{ id: done, title: Done, text: The end. }]
"""

SECOND = """format: 1
season: { id: second, title: Second, place: Sosnovka, years: "1941", summary: The second. }
resources: [{ id: grain, start: 5 }]
memories: [{ id: helped, label: You helped., from: first }]
scenes:
  - id: b
    text:
      - War.
      - { if: helped, text: An old friend returns the favour. }
    choices:
      - { id: thanks, label: Accept help, if: helped, next: done }
      - { id: alone, label: Manage alone, next: done }
endings: [{ id: done, title: Done, text: The end. }]
"""

CAMPAIGN = """format: 1
campaign: { id: both, title: Both, seasons: [first.yaml, second.yaml] }
"""


@pytest.fixture
def campaign(write):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    result = load(write("campaign.yaml", CAMPAIGN))
    assert result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    return result.model


def play_first(campaign, choice: str) -> CampaignState:
    progress, _ = start_campaign(campaign)
    session = Session(campaign.seasons[0], progress.current)
    session.choose(choice)
    return CampaignState(progress.campaign, 0, session.state)


def test_memories_and_trust_carry_into_the_next_season_and_change_it(campaign):
    generous = play_first(campaign, "help")
    assert has_next_season(campaign, generous)
    after, _ = next_season(campaign, generous)
    war = Session(campaign.seasons[1], after.current)
    assert after.current.trust == 70 and "helped" in after.current.memories
    assert after.current.resources == {"grain": 5}          # resources start afresh
    assert war.text() == ("War.", "An old friend returns the favour.")
    assert [v.id for v in war.choices()] == ["thanks", "alone"]
    assert after.finished[0].season == "first" and after.finished[0].ending == "done"

    cautious, _ = next_season(campaign, play_first(campaign, "stay"))
    war = Session(campaign.seasons[1], cautious.current)
    assert war.text() == ("War.",) and [v.id for v in war.choices()] == ["alone"]


def test_campaign_progress_round_trips_through_json(campaign):
    progress, _ = next_season(campaign, play_first(campaign, "help"))
    assert CampaignState.from_json(json.loads(json.dumps(progress.to_json()))) == progress


def test_next_season_refuses_before_the_season_ends(campaign):
    progress, _ = start_campaign(campaign)
    with pytest.raises(ValueError):
        next_season(campaign, progress)


def test_a_memory_tested_later_in_the_campaign_is_not_reported_unused(write):
    write("second.yaml", SECOND)
    write("campaign.yaml", CAMPAIGN)
    first = load(write("first.yaml", FIRST))  # loaded alone: the campaign beside it is found
    assert first.diagnostics == []


def test_without_the_campaign_the_same_memory_is_set_but_never_tested(write):
    result = load(write("first.yaml", FIRST))
    assert [(d.code, d.line) for d in result.diagnostics] == [("VR051", 4)]


def test_memory_from_a_season_that_never_sets_it(write):
    write("first.yaml", FIRST.replace("remember: helped ", ""))
    write("second.yaml", SECOND)
    result = load(write("campaign.yaml", CAMPAIGN))
    found = [(d.code, d.file.rsplit("/", 1)[-1], d.line) for d in result.diagnostics]
    second = load(write("second.yaml", SECOND))  # cached per library; check via a fresh load
    assert found == []  # the campaign file itself is fine ...
    assert ("VR050", 4) in [(d.code, d.line) for d in second.diagnostics]  # ... `from` is not


def test_memory_from_a_later_season_is_an_error(write):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    result = load(write("campaign.yaml", CAMPAIGN.replace("[first.yaml, second.yaml]",
                                                           "[second.yaml, first.yaml]")))
    assert result.model.seasons[0].id == "second"
    second = load(write("second.yaml", SECOND))
    messages = [d.message for d in second.diagnostics if d.code == "VR050"]
    assert messages == ["memory `helped` comes from season `first`, which is not earlier in "
                        "the campaign"]


COVERED = """format: 1
campaign:
  id: river
  title: River Years
  summary: |
    A flood in 1979, then the hard nineties.

    Two seasons of one village.
  image: {{ file: {file}, alt: The river in spring }}
  seasons: [first.yaml, second.yaml]
"""


def test_a_campaign_has_its_own_title_summary_and_checked_cover(write):
    from tests.pictures import png

    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    write("images/river.png", png(8, 6))
    result = load(write("campaign.yaml", COVERED.format(file="images/river.png")))
    assert result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    campaign = result.model
    assert campaign.title == "River Years" and "hard nineties" in campaign.summary
    assert campaign.image.alt == "The river in spring"
    assert campaign.image.path == campaign.path.parent.resolve() / "images" / "river.png"


@pytest.mark.parametrize(("file", "code"), [("../outside.png", "VR061"),
                                            ("images/missing.png", "VR060"),
                                            ("images/words.png", "VR063")])
def test_a_campaign_cover_is_checked_like_a_scene_picture(write, file, code):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    write("images/words.png", b"This is a note, not a picture.\n")
    result = load(write("campaign.yaml", COVERED.format(file=file)))
    found = [(d.code, d.line) for d in result.diagnostics]
    assert found == [(code, 9)], [d.one_line() for d in result.diagnostics]


def test_a_campaign_cover_needs_its_alt_text(write):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    text = COVERED.format(file="x.png").replace(", alt: The river in spring", "")
    result = load(write("campaign.yaml", text))
    assert "VR012" in {d.code for d in result.diagnostics}
