"""A conditional `next` and a campaign's `trust_carry` change where states go, so the
explorer's split of trust sets must follow them exactly: checked against the brute-force
search over full game states (`test_explore_exact.reference`), which plays through
`session.step` and `campaign.next_season`, the rules players meet."""

from __future__ import annotations

import re

import pytest

from bench.generate import generate_season
from game.analysis.explore import explore
from game.analysis.machine import Machine
from game.analysis.sampling import walk
from game.engine.campaign import carried_trust
from game.engine.session import Session
from tests.analysis.test_explore_exact import fast, reference
from tests.helpers import load


def with_routes(text: str, scenes: int) -> str:
    """Turn every third scene's choices' `next: sN` into a conditional next that reads
    trust, a resource and a memory after the choice's effects."""
    out, scene = [], -1
    for line in text.splitlines():
        found = re.match(r"  - id: s(\d+)$", line)
        if found:
            scene = int(found.group(1))
        target = re.match(r"        next: (s\d+|end)$", line)
        if target and scene % 3 == 0:
            ahead = f"s{scene + 2}" if scene + 2 < scenes else "end"
            out += ["        next:",
                    "          - if: trust >= 55",
                    f"            next: {ahead}",
                    "          - if: grain <= 3 and deed_1",
                    "            next: end",
                    f"          - next: {target.group(1)}"]
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def routed_season(write, scenes: int = 14, seed: int = 5, name: str = "r.yaml"):
    text = with_routes(generate_season(scenes, seed=seed, memories=3), scenes)
    result = load(write(name, text))
    assert result.ok, [d.one_line() for d in result.diagnostics]
    season = result.model
    assert sum(bool(c.routes) for s in season.scenes.values() for c in s.choices) >= 9
    return season


def test_routes_split_trust_exactly_as_brute_force(write):
    seasons = [routed_season(write)]
    found = fast(seasons)
    assert found == reference(seasons)
    assert ("generated_14", "united") in found and ("generated_14", "apart") in found


def routed_chain(write, carry: int):
    first = with_routes(generate_season(12, seed=5, memories=3), 12)
    second = with_routes(generate_season(12, seed=8, memories=3), 12).replace(
        "id: generated_12", "id: later_12")
    for i in range(3):
        second = second.replace(f"label: Deed number {i} }}",
                                f"label: Deed number {i}, from: generated_12 }}")
    second = second.replace("resources:", "trust: { start: 30 }\nresources:", 1)
    write("g1.yaml", first)
    write("g2.yaml", second)
    result = load(write("chain.yaml", "format: 1\ncampaign: { id: chain, title: A chain, "
                        f"trust_carry: {carry}, seasons: [g1.yaml, g2.yaml] }}\n"))
    assert result.ok, [d.one_line() for d in result.diagnostics]
    assert result.model.trust_carry == carry
    return list(result.model.seasons)


@pytest.mark.parametrize("carry", [0, 50, 100])
def test_a_campaign_with_routes_and_trust_carry_agrees_with_brute_force(write, carry):
    seasons = routed_chain(write, carry)
    found = fast(seasons, carry)
    assert found == reference(seasons, carry)
    result = explore(seasons, trust_carry=carry)
    ended = result.season("generated_12").end_values[0]
    first = result.season("later_12").scenes["s0"]
    assert first.trust == [carried_trust(min(ended), 30, carry),
                           carried_trust(max(ended), 30, carry)]
    if carry == 0:
        assert first.trust == [30, 30]  # every way the first season ends starts at 30
    elif carry == 100:
        assert first.trust == [min(ended), max(ended)]


def test_the_compiled_rules_follow_routes_as_play_does(write):
    """Random walks through the machine and through `Session` take the same routes."""
    season = routed_season(write)
    machine = Machine(season)
    for seed in range(40):
        one = walk(machine, seed, record=True)
        session = Session(season)
        for scene, choice in one.path or []:
            assert session.state.scene == machine.scene_ids[scene]
            session.choose(choice)
        assert session.state.ending == machine.ending_ids[one.outcome - machine.scenes]


ROUTE_ONLY = """format: 1
season: { id: crossing, title: Crossing, place: Here, years: "1923", summary: A ford. }
resources:
  - { id: grain, start: 2, min: 0, max: 4 }
  - { id: rope, start: 0, min: 0, max: 2 }
memories: [{ id: warned, label: You were warned. }]
scenes:
  - id: bank
    text: The bank.
    choices:
      - { id: listen, label: Listen, effects: { remember: warned, trust: +5, reason: Wise. },
          next: ford }
      - { id: buy, label: Buy rope, effects: { rope: +1 }, next: ford }
      - { id: rush, label: Rush, next: ford }
  - id: ford
    text: The ford (its only choice is offered to all; where it leads reads a memory and a
      number nothing else here reads).
    choices:
      - id: cross
        label: Cross
        next:
          - if: warned
            next: careful
          - if: rope >= 1
            next: roped
          - next: swept
  - id: careful
    text: Careful.
    choices: [{ id: on1, label: On, next: end }]
  - id: roped
    text: Roped.
    choices: [{ id: on2, label: On, next: end }]
  - id: swept
    text: Swept.
    choices: [{ id: on3, label: On, next: end }]
endings:
  - { id: over, title: Over, text: Across. }
"""


def test_a_route_that_reads_what_no_choice_condition_reads_is_followed_per_node(write):
    """Nodes at `ford` differ only in a memory and a number that its choices' conditions
    never read (only the routes do): the offers worked out for one node must not be reused
    for another, so every route's scene is reached, as brute force finds."""
    season = load(write("crossing.yaml", ROUTE_ONLY)).model
    found = fast([season])
    assert found == reference([season])
    assert {("crossing", s) for s in ("careful", "roped", "swept")} <= set(found)
