"""The exhaustive explorer on fixtures whose answers are known by construction."""

from __future__ import annotations

import pytest

from game.analysis.explore import Step, explore, standalone_starts
from game.analysis.findings import diagnostics, path_text
from tests.conftest import FIXTURES
from tests.helpers import load

HERE = FIXTURES / "explore"


@pytest.fixture(scope="module")
def campaign():
    result = load(HERE / "campaign.yaml")
    assert result.ok, [d.one_line() for d in result.diagnostics]
    return result.model


@pytest.fixture(scope="module")
def explored(campaign):
    return explore(campaign.seasons)


def test_the_search_is_complete_and_counts_states(explored):
    assert explored.complete
    # first: a, b after gathering, b after helping, hidden; second: one start for each way
    # the first season ends (trust 50, 60 and 70 with `helped`), and the reunion.
    assert explored.states == 8


def test_reachable_scenes_have_shortest_witness_paths(explored):
    first = explored.season("first")
    assert first.scenes["a"].witness == ()
    assert path_text(first.scenes["hidden"].witness) == (
        "[first] a > gather, b > open_store")
    assert first.endings["warm"].witness == (Step("first", "a", "help"),
                                             Step("first", "b", "go_on"))


def test_unreachable_scenes_and_endings(explored):
    first = explored.season("first")
    assert not first.scenes["paradox"].reachable
    assert not first.endings["never"].reachable
    assert first.endings["cold"].reachable and first.endings["warm"].reachable


def test_trust_ranges_on_arrival(explored):
    first = explored.season("first")
    assert first.scenes["b"].trust == [50, 70]
    assert first.scenes["hidden"].trust == [50, 50]
    assert first.endings["warm"].trust == [60, 70]


def test_a_scene_needing_an_earlier_seasons_memory_is_reached_through_that_season(explored):
    second = explored.season("second")
    assert path_text(second.scenes["reunion"].witness) == (
        "[first] a > help, b > go_on, [second] c > knock")


def test_without_the_memory_the_scene_cannot_be_reached(campaign):
    second = campaign.seasons[1]
    alone = explore([second])  # nobody set `helped`
    assert not alone.season("second").scenes["reunion"].reachable
    starts, assumed = standalone_starts(second)  # on its own: it may or may not be set
    assert assumed == ("helped",) and len(starts) == 1
    alone = explore([second], starts=starts, unknown=frozenset(assumed)).season("second")
    assert alone.scenes["reunion"].reachable and alone.scenes["reunion"].assuming == {"helped"}
    assert alone.scenes["c"].assuming == frozenset()


def test_findings_name_each_problem_at_its_place(explored):
    found = {(d.code, d.line, d.message.split(":")[0]) for d in diagnostics(explored)}
    assert found == {
        ("VR101", 28, "scene `paradox` can never be reached"),
        ("VR102", 33, "ending `never` can never be reached (when the season ends, trust is 50 "
                      "to 70)"),
        ("VR103", 20, "choice `impossible` in scene `b` is never offered"),
    }


def test_the_contradictory_choice_names_its_condition_and_the_trust_seen(explored):
    message = next(d.message for d in diagnostics(explored) if d.code == "VR103")
    assert "`trust > 60 and trust < 40` never holds here (trust here is 50 to 70)" in message


def test_an_unreachable_ending_points_at_the_campaign_when_it_tests_trust(explored):
    message = next(d.one_line() for d in diagnostics(explored) if d.code == "VR102")
    assert "explore the campaign file" in message


def test_a_condition_on_a_resource_gives_that_resources_range_not_trusts(write):
    """Teacher review row 21: `potatoes >= 12` with at most 8 was answered with trust's range."""
    season = load(write("tight.yaml", """\
format: 1
season: { id: tight, title: Tight, place: Here, years: "1921", summary: A short season. }
resources: [{ id: potatoes, start: 2, min: 0, max: 8 }]
scenes:
  - id: a
    text: A field.
    choices:
      - { id: dig, label: Dig, effects: { potatoes: 3 }, next: b }
      - { id: rest, label: Rest, next: b }
  - id: b
    text: The cellar.
    choices:
      - { id: feast, label: Feast, if: potatoes >= 6, next: end }
      - { id: go_on, label: Go on, next: end }
endings:
  - { id: done, title: Done, text: The end. }
""")).model
    message = next(d.message for d in diagnostics(explore([season])) if d.code == "VR103")
    assert "(potatoes here is 2 to 5)" in message and "trust" not in message


def test_the_state_cap_stops_the_search_and_says_so(campaign):
    partial = explore(campaign.seasons, max_states=3)
    assert not partial.complete
    assert not [d for d in diagnostics(partial) if d.code in ("VR101", "VR102")]


LOOP = (HERE / "loop.yaml").read_text("utf-8")


def test_loops_with_no_exit_are_found_with_a_path_into_them(write):
    season = load(write("loop.yaml", LOOP)).model
    stuck = [d for d in diagnostics(explore([season])) if d.code == "VR105"]
    assert [(d.line, d.message) for d in stuck] == [
        (11, "players can get stuck in scene `river`: no ending can be reached from "
             "here (the choices go round in circles or into a trap) (reached by a > walk)"),
        (14, "players can get stuck in scene `bank`: no ending can be reached from "
             "here (the choices go round in circles or into a trap) (reached by a > walk, "
             "river > back)")]


def test_a_scene_where_no_choice_is_offered_is_a_trap(write):
    season = load(write("trap.yaml", LOOP.replace("{ id: on, label: Walk on, next: river }",
                                                  "{ id: on, label: Walk on, if: grain > 5,"
                                                  " next: river }"))).model
    stuck = [d.message for d in diagnostics(explore([season])) if d.code == "VR105"]
    assert stuck == ["players can get stuck in scene `bank`: no choice is available "
                     "(reached by a > walk, river > back)",
                     "players can get stuck in scene `river`: no ending can be reached from "
                     "here (the choices go round in circles or into a trap) (reached by "
                     "a > walk)"]
