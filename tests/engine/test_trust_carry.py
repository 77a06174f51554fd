"""`trust_carry` in the campaign file: how much of the change in trust a season hands to
the next. One rule (`campaign.carried_trust`), used by `CampaignSession`."""

from __future__ import annotations

import pytest

from game.engine.campaign import CampaignSession, carried_trust
from game.engine.events import SeasonStarted
from tests.engine.test_campaign import FIRST, SECOND
from tests.helpers import load

# The second season starts at 40 when played alone; the first ends at 70 after `help`.
SECOND_AT_40 = SECOND.replace("resources:", "trust: { start: 40 }\nresources:", 1)


def test_the_rule_moves_the_start_towards_the_end_by_the_percentage():
    assert carried_trust(70, 40, 100) == 70
    assert carried_trust(70, 40, 0) == 40
    assert carried_trust(70, 40, 50) == 55
    assert carried_trust(10, 40, 50) == 25  # a cold ending pulls the start down as much
    assert carried_trust(71, 40, 50) == 56 and carried_trust(9, 40, 50) == 24  # halves: away
    assert carried_trust(100, 0, 33) == 33


@pytest.mark.parametrize(("carry", "start"), [(0, 40), (50, 55), (100, 70), (None, 70)])
def test_the_campaign_session_starts_the_next_season_by_the_rule(write, carry, start):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND_AT_40)
    setting = "" if carry is None else f"trust_carry: {carry}, "
    result = load(write("campaign.yaml", "format: 1\ncampaign: { id: both, title: Both, "
                        f"{setting}seasons: [first.yaml, second.yaml] }}\n"))
    assert result.ok, [d.one_line() for d in result.diagnostics]
    play = CampaignSession(result.model)
    heard = []
    play.subscribe(heard.append)
    play.begin()
    play.choose("help")
    assert play.state.trust == 70
    play.next_season()
    assert play.state.trust == start
    assert [e.trust for e in heard if isinstance(e, SeasonStarted)] == [50, start]
    assert "helped" in play.state.memories  # memories always carry


def test_trust_carry_outside_0_to_100_is_refused(write):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    result = load(write("campaign.yaml", "format: 1\ncampaign: { id: both, title: Both, "
                        "trust_carry: 150, seasons: [first.yaml, second.yaml] }\n"))
    assert "VR015" in {d.code for d in result.diagnostics}


@pytest.mark.parametrize(("carry", "buckets"), [(0, {4}), (50, {4, 5}), (100, {5, 7})])
def test_random_campaign_walks_carry_trust_by_the_same_rule(write, carry, buckets):
    """`explore --random` on a campaign file: the second season (no trust changes of its
    own) ends where it started, so its end trust shows what was carried."""
    from game.analysis.machine import Machine
    from game.analysis.sampling import sample_campaign

    write("first.yaml", FIRST)
    write("second.yaml", SECOND_AT_40)
    campaign = load(write("campaign.yaml", "format: 1\ncampaign: { id: both, title: Both, "
                          f"trust_carry: {carry}, seasons: [first.yaml, second.yaml] }}\n")).model
    machines = [Machine(s) for s in campaign.seasons]
    second = sample_campaign(machines, 40, 1, trust_carry=campaign.trust_carry)[1]
    assert set(second.trust_at_end["done"]) == buckets  # trust // 10: 40, 45 or 55, 50 or 70
