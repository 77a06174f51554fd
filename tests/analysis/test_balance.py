"""Balance findings (VR110-VR114): one fixture season per finding, each firing exactly its code
at the place and with the words an author needs; acknowledgements in the YAML; the rules
behind "best ending" and the player kind; and `explore --strict` / `--acknowledged`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.analysis import balance
from game.analysis.explore import Step, explore, standalone_starts
from game.engine.model import Season
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load

BALANCE = FIXTURES / "balance"


def season(name: str) -> Season:
    result = load(BALANCE / f"{name}.yaml")
    assert result.ok, [d.one_line() for d in result.diagnostics]
    return result.model


def weigh(model: Season) -> list[balance.Finding]:
    starts, assumed = standalone_starts(model)
    exploration = explore([model], 0, starts, unknown=frozenset(assumed), keep=True)
    found = balance.findings(exploration, balance.samplings(exploration, chain=False))
    balance.release(exploration)
    assert exploration.graph is None
    return found


@pytest.mark.parametrize(("name", "code", "line", "col", "words"), [
    ("free_trust", "VR110", 18, 18, ["`shovel`", "scene `start`", "+3", "costs nothing"]),
    ("dominated", "VR111", 14, 9, ["`lend_sledge`", "dominated by `drive_sledge`",
                                    "lead to `spring`", "trust +4 against +3"]),
    ("best_ending_free", "VR112", 30, 5, ["best ending `triumph`", "`trust >= 60`",
                                          "keeping every resource", "grain 2 (started with 2)",
                                          "start > give, market > trade"]),
    ("trust_at_bound", "VR113", 16, 5, ["at 100", "4 scenes in a row",
                                        "second, third, fourth, fifth",
                                        "reached by start > share"]),
    ("rare_ending", "VR114", 41, 5, ["ending `feast`", "of 500 random playthroughs (seed 1)",
                                     "players who favour sharing food (4 of 4 choices)",
                                     "first > give, second > give, third > give, fourth > give"]),
])
def test_each_fixture_fires_its_finding_at_its_place(name, code, line, col, words):
    found = weigh(season(name))
    assert [f.diagnostic.code for f in found] == [code], [f.diagnostic.one_line() for f in found]
    diagnostic = found[0].diagnostic
    assert (diagnostic.line, diagnostic.col) == (line, col)
    assert diagnostic.file.endswith(f"{name}.yaml")
    for word in words:
        assert word in diagnostic.message, diagnostic.message
    assert diagnostic.hint and "acknowledge" in diagnostic.hint
    assert not diagnostic.is_error and not found[0].acknowledged


def acknowledged(name: str, where: str, code: str, tmp_path: Path) -> Path:
    """The fixture with `acknowledge: {code: ...}` added to one of its parts."""
    lines = (BALANCE / f"{name}.yaml").read_text("utf-8").splitlines()
    ack = f'acknowledge: {{ {code}: "Meant: the lesson is in the cost." }}'
    at = next(i for i, line in enumerate(lines) if line.strip().startswith(where))
    indent = len(lines[at]) - len(lines[at].lstrip(" -"))
    lines.insert(at + 1, " " * indent + ack)
    path = tmp_path / f"{name}.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(("name", "where", "code"), [
    ("free_trust", "- id: shovel", "VR110"),  # on the choice
    ("free_trust", "- id: start", "VR110"),  # on its scene
    ("dominated", "summary:", "VR111"),  # on the season
    ("best_ending_free", "- id: triumph", "VR112"),  # on the ending
    ("trust_at_bound", "- id: second", "VR113"),  # on the scene where the run starts
    ("rare_ending", "- id: feast", "VR114"),
])
def test_an_acknowledged_finding_keeps_its_reason(name, where, code, tmp_path: Path):
    result = load(acknowledged(name, where, code, tmp_path))
    assert result.ok and result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    found = weigh(result.model)
    assert [(f.diagnostic.code, f.reason) for f in found] == [
        (code, "Meant: the lesson is in the cost.")]


def test_an_acknowledgement_elsewhere_does_not_hide_it(tmp_path: Path):
    path = acknowledged("dominated", "- id: drive_sledge", "VR111", tmp_path)  # the winner
    found = weigh(load(path).model)
    assert [(f.diagnostic.code, f.acknowledged) for f in found] == [("VR111", False)]


@pytest.mark.parametrize(("value", "code", "words"), [
    ('VR199: "A reason"', "VR118", ["`VR199`", "not a balance finding"]),
    ('VR101: "A reason"', "VR118", ["`VR101`"]),
    ('VR110: ""', "VR119", ["`VR110`", "no reason"]),
    ('VR110: "   "', "VR119", ["no reason"]),
])
def test_a_wrong_acknowledgement_is_an_error_at_its_line(value, code, words, write):
    text = (BALANCE / "free_trust.yaml").read_text("utf-8").replace(
        "        next: thaw\n", f"        next: thaw\n        acknowledge:\n          {value}\n")
    result = load(write("season.yaml", text))
    errors = [d for d in result.diagnostics if d.is_error]
    assert [(d.code, d.line) for d in errors] == [(code, 21)], [d.one_line() for d in errors]
    for word in words:
        assert word in errors[0].message
    assert errors[0].hint


def test_best_ending_is_the_first_needing_the_most_trust():
    model = season("best_ending_free")
    assert balance.best_ending(model) == "triumph"
    assert balance.best_ending(season("free_trust")) is None  # no ending needs trust
    cond = model.endings["triumph"].cond
    assert balance.trust_needed(cond) == 60
    assert balance.trust_needed(None) == 0


@pytest.mark.parametrize(("source", "needed"), [
    ("trust >= 72 and grain >= 3", 72), ("trust > 60", 61), ("60 <= trust", 60),
    ("trust > 60 or grain >= 1", 0), ("trust >= 40 and (trust >= 70 or grain >= 2)", 40),
    ("not trust < 50", 0), ("trust < 30", 0),
])
def test_trust_needed_reads_the_condition(source, needed, write):
    text = (BALANCE / "best_ending_free.yaml").read_text("utf-8").replace(
        "if: trust >= 60", f"if: {source}")
    model = load(write("season.yaml", text)).model
    assert balance.trust_needed(model.endings["triumph"].cond) == needed


def test_the_best_ending_needs_every_resource_kept(write):
    """Spending one sack more than is traded back makes the best ending cost something."""
    text = (BALANCE / "best_ending_free.yaml").read_text("utf-8").replace(
        "grain: -1 }", "grain: -2 }")
    found = weigh(load(write("season.yaml", text)).model)
    assert "VR112" not in [f.diagnostic.code for f in found]


def test_replay_gives_the_real_numbers_at_the_end():
    model = season("best_ending_free")
    exploration = explore([model])
    machine = exploration.seasons[0].machine
    steps = exploration.seasons[0].endings["triumph"].witness
    values, _ = balance.replay([machine], steps, frozenset())
    assert values == [60, 2]
    assert balance.replay([machine], steps[1:], frozenset()) is None  # not from the start


def test_player_kind_names_the_aid_of_the_path():
    model = season("rare_ending")
    exploration = explore([model])
    result = exploration.seasons[0]
    witness = result.endings["feast"].witness
    assert balance.player_kind(witness, result.machine) == (
        "players who favour sharing food (4 of 4 choices)")
    keeps = tuple(Step("tiny", scene, "keep") for scene in ("first", "second", "third"))
    assert balance.player_kind(keeps, result.machine) == (
        "players who give no aid (none of its 3 choices)")
    mostly = (*keeps, Step("tiny", "fourth", "give"))
    assert balance.player_kind(mostly, result.machine) == (
        "players who mostly give no aid (3 of 4 choices; the others: sharing food (1))")


def test_a_campaign_finds_trust_stuck_in_a_later_season(write):
    """Trust carried from the season before can start the next one at its bound."""
    first = (BALANCE / "trust_at_bound.yaml").read_text("utf-8")
    write("one.yaml", first.replace("id: tiny", "id: one"))
    second = first.replace("id: tiny", "id: two").replace("trust: { start: 95 }\n", "")
    second = second.replace("trust: +5", "trust: +1")  # on its own it never reaches 100
    write("two.yaml", second)
    path = write("campaign.yaml", "format: 1\ncampaign:\n  id: both\n  title: Both\n"
                 "  seasons: [one.yaml, two.yaml]\n")
    alone = weigh(load(path.parent / "two.yaml").model)
    assert "VR113" not in [f.diagnostic.code for f in alone]
    chain = load(path).model
    exploration = explore(chain.seasons, keep=True)
    found = balance.findings(exploration, balance.samplings(exploration, chain=True),
                             only=["two"])
    stuck = [f.diagnostic for f in found if f.diagnostic.code == "VR113"]
    assert stuck and "5 scenes in a row" in stuck[0].message, [f.diagnostic.message
                                                              for f in found]
    assert stuck[0].file.endswith("two.yaml") and "[one]" in stuck[0].message


def game(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_explore_strict_fails_on_a_finding_and_passes_once_acknowledged(tmp_path: Path):
    plain = game("explore", str(BALANCE / "free_trust.yaml"))
    assert plain.returncode == 0 and "warning[VR110]" in plain.stdout
    strict = game("explore", "--strict", str(BALANCE / "free_trust.yaml"))
    assert strict.returncode == 1 and "warning[VR110]" in strict.stdout
    path = acknowledged("free_trust", "- id: shovel", "VR110", tmp_path)
    meant = game("explore", "--strict", str(path))
    assert meant.returncode == 0, meant.stdout
    assert "VR110" not in meant.stdout and "1 acknowledged balance finding" in meant.stdout
    listed = game("explore", "--strict", "--acknowledged", str(path))
    assert listed.returncode == 0
    assert "warning[VR110]" in listed.stdout
    assert "acknowledged: Meant: the lesson is in the cost." in listed.stdout
