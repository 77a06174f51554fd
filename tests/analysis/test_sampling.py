"""Seeded random playthroughs: reproducible, replayable one by one, and faithful to the
same rules as `Session` (the compiled machine and the session agree step for step)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bench.generate import generate_season
from game.analysis.machine import Machine
from game.analysis.sampling import STUCK, TOO_LONG, sample, sample_campaign, walk
from game.engine.session import Session
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load

STARTER = FIXTURES / "golden" / "starter.yaml"
LOOP = (FIXTURES / "explore" / "loop.yaml").read_text("utf-8")


@pytest.fixture(scope="module")
def starter():
    return load(STARTER).model


def test_same_seed_same_results(starter):
    one, two = sample(Machine(starter), 300, 42), sample(Machine(starter), 300, 42)
    assert one.endings == two.endings and one.option_counts == two.option_counts
    assert sample(Machine(starter), 300, 43).option_counts != one.option_counts


def test_each_walk_replays_alone_from_its_seed(starter):
    machine = Machine(starter)
    whole = [walk(machine, 100 + i, record=True).path for i in range(20)]
    assert walk(machine, 113, record=True).path == whole[13]


def test_counts_add_up(starter):
    result = sample(Machine(starter), 500, 1)
    assert sum(result.endings.values()) == 500 and not result.failures
    assert result.steps == 6 * 500  # every path through the starter has six choices
    assert sum(result.option_counts) == result.steps
    assert result.scene_visits == [500] * 6
    assert set(result.aid_counts) == {"share_grain", "lend_tools", "open_home"}
    assert sum(sum(h.values()) for h in result.trust_at_end.values()) == 500


@pytest.mark.parametrize("source", ["starter", "generated"])
def test_machine_and_session_agree_on_every_step(source, starter, write):
    season = starter if source == "starter" else load(
        write("g.yaml", generate_season(60, seed=7))).model
    machine = Machine(season)
    for seed in range(40):
        one = walk(machine, seed, record=True)
        session = Session(season)
        for scene, choice in one.path or []:
            assert session.state.scene == machine.scene_ids[scene]
            session.choose(choice)
        assert session.state.ending == machine.ending_ids[one.outcome - machine.scenes]
        assert session.state.trust == one.trust


def test_loops_and_traps_are_reported_as_failed_walks(write):
    loop = Machine(load(write("loop.yaml", LOOP)).model)
    result = sample(loop, 50, 1, max_steps=40)
    assert {w.outcome for w in result.failures} == {TOO_LONG}
    trap = Machine(load(write("trap.yaml", LOOP.replace(
        "{ id: on, label: Walk on, next: river }",
        "{ id: on, label: Walk on, if: grain > 5, next: river }"))).model)
    assert {w.outcome for w in sample(trap, 50, 1).failures} == {STUCK}


def explore_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", "explore", *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_cli_random_mode_prints_coverage_and_passes(tmp_path):
    result = explore_cli(str(STARTER), "--random", "200", "--seed", "9")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "200 random playthroughs of `starter`, seeds 9 to 208" in result.stdout
    assert "Scenes visited: 6 of 6" in result.stdout and "Aid chosen" in result.stdout


def test_cli_random_mode_fails_on_loops_and_names_a_replayable_seed(write):
    result = explore_cli(str(write("loop.yaml", LOOP)), "--random", "30", "--max-steps", "50")
    assert result.returncode == 1
    assert "--random 1 --seed" in result.stdout and "still going after 50 steps" in result.stdout


def test_cli_show_path_replays_a_seed():
    out = explore_cli(str(STARTER), "--random", "1", "--seed", "5", "--show-path").stdout
    assert out.startswith("seed 5: dry_summer > ")


def test_cli_exhaustive_fails_when_something_is_unreachable():
    result = explore_cli(str(FIXTURES / "explore" / "campaign.yaml"))
    assert result.returncode == 1
    assert "error[VR101]: scene `paradox` can never be reached" in result.stdout
    assert "[first] a > help, b > go_on, [second] c > knock" in result.stdout


def test_random_on_a_campaign_walks_every_season_carrying_trust_and_memories():
    result = explore_cli(str(FIXTURES / "explore" / "campaign.yaml"), "--random", "60")
    first, second = result.stdout.split("random playthroughs of `second`")
    assert "60 random playthroughs of `first`" in first
    # `reunion` needs the first season's `helped`: only a carried memory reaches it, and
    # seasons draw from unrelated seeds, so walks that helped do knock on the door
    assert "Scenes visited: 2 of 2" in second
    assert "  done                          60 100.0%" in second
    assert "trust 70-79" in second  # trust carried over from the `warm` ending


def test_campaign_walks_replay_from_one_seed():
    campaign_machines = [Machine(s) for s in load(FIXTURES / "explore" / "campaign.yaml")
                         .model.seasons]
    one = sample_campaign(campaign_machines, 30, 4)
    again = sample_campaign(campaign_machines, 30, 4)
    assert [s.scene_visits for s in one] == [s.scene_visits for s in again]
    assert all(sum(s.endings.values()) == 30 for s in one)


def _seasons_with_conditions():
    """Every season the repository ships or tests with that loads, with its choices'
    conditions (numbers, memories, `not`, `and`/`or` of several parts, comparisons either
    way round)."""
    found = []
    for path in sorted([*(ROOT / "stories").glob("*.yaml"), *FIXTURES.rglob("*.yaml")]):
        result = load(path)  # (a fixture meant not to load is passed over below)
        model = getattr(result, "model", None)
        if result.ok and hasattr(model, "scenes"):
            found.append(model)
    return found


EVERY_FORM = """format: 1
season: { id: forms, title: Forms, place: Here, years: "1924", summary: Conditions. }
resources:
  - { id: grain, start: 2, min: 0, max: 6 }
  - { id: tools, start: 1, min: 0, max: 3 }
memories: [{ id: lent, label: Lent. }, { id: sang, label: Sang. }]
scenes:
  - id: gate
    text: The gate.
    choices:
      - { id: lend, label: Lend, effects: { remember: lent }, next: yard }
      - { id: sing, label: Sing, effects: { remember: sang }, next: yard }
  - id: yard
    text: The yard.
    choices:
      - { id: a, label: A, if: "3 < grain", next: end }
      - { id: b, label: B, if: "grain == tools or lent == true", next: end }
      - { id: c, label: C, if: "not (lent != sang) and trust >= 40", next: end }
      - { id: d, label: D, if: "tools <= 1 or sang or grain > 4", next: end }
      - { id: e, label: E, if: "false or not true or 50 >= trust", next: end }
      - { id: f, label: F, next: end }
endings:
  - { id: over, title: Over, text: Done. }
"""


def test_the_written_out_offers_agree_with_the_compiled_conditions(write):
    """`Machine.offered` (each scene's conditions written out as one Python function, what
    random walks call) gives exactly `Machine.available` on random states: every season
    shipped or used by the tests, and one with every form a condition can take."""
    import random

    forms = load(write("forms.yaml", EVERY_FORM))
    assert forms.ok, [d.one_line() for d in forms.diagnostics]
    seasons = [forms.model, *_seasons_with_conditions()]
    rng, checked = random.Random(3), 0
    kinds = set()
    for season in seasons:
        machine = Machine(season)
        names = sorted(season.memories)
        for scene, offered in enumerate(machine.offered):
            if offered is None:
                continue
            for choice in season.scenes[machine.scene_ids[scene]].choices:
                if choice.cond is not None:
                    kinds |= {type(e).__name__ for e in _parts(choice.cond.expr)}
            for _ in range(40):
                values = [rng.randint(lo, hi) for lo, hi in zip(machine.lo, machine.hi,
                                                                strict=True)]
                memories = frozenset(n for n in names if rng.random() < 0.5)
                assert offered(values, memories) == machine.available(scene, values, memories)
                checked += 1
    assert len(seasons) >= 10 and checked > 2_000
    assert {"Not", "BoolOp", "Compare", "Name", "Flag", "Num"} <= kinds


def _parts(expr):
    from game.engine import conditions as C

    yield expr
    if isinstance(expr, C.Not):
        yield from _parts(expr.operand)
    elif isinstance(expr, C.BoolOp):
        for operand in expr.operands:
            yield from _parts(operand)
    elif isinstance(expr, C.Compare):
        yield from _parts(expr.left)
        yield from _parts(expr.right)
