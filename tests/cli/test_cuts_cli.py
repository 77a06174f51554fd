"""`--cut ID` on play, validate, explore, stats and guide."""

from __future__ import annotations

from tests.cli.test_commands import game
from tests.cli.test_terminal_client import run_text
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "seasonformat"
RIVER = FOLDER / "river.yaml"


def test_explore_a_cut_as_a_season_of_its_own_and_every_cut_with_all():
    one = game("explore", "--strict", "--cut", "museum", str(RIVER))
    assert one.returncode == 0, one.stdout + one.stderr
    assert "(season `river`, cut `museum`)" in one.stdout and "Scenes (2 of 2" in one.stdout
    every = game("explore", "--cut", "all", str(RIVER)).stdout
    assert "cut `classroom`" in every and "cut `museum`" in every


def test_explore_a_campaign_in_a_cut():
    result = game("explore", "--cut", "museum", str(FOLDER / "campaign.yaml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "cut `museum`" in result.stdout and "The Spring After" in result.stdout


def test_an_unknown_cut_is_one_line_and_exit_1():
    for command in ("explore", "stats"):
        result = game(command, "--cut", "mueseum", str(RIVER))
        assert result.returncode == 1
        assert "has no cut `mueseum` (its cuts: classroom, museum)" in result.stdout + \
            result.stderr
    result = run_text(RIVER, "", "--cut", "mueseum")
    assert result.returncode == 1 and "has no cut `mueseum`" in result.stderr


def test_validate_checks_every_cut_and_with_cut_asks_each_season_for_it():
    assert game("validate", "--strict", str(FOLDER)).returncode == 0
    result = game("validate", "--cut", "museum", str(FOLDER))
    assert result.returncode == 1
    assert "spring.yaml:1:1: error[VR123]: season `spring` has no cut `museum`" in result.stdout


def test_play_a_cut_in_the_terminal():
    result = run_text(RIVER, "2\n", "--cut", "museum")  # keep the water: the jump says `end`
    assert result.returncode == 0, result.stderr
    assert "=== Ending: Apart ===" in result.stdout and "Market day" not in result.stdout


def test_guide_of_a_cut(tmp_path):
    out = tmp_path / "guide.md"
    result = game("guide", "--cut", "museum", str(RIVER), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8")
    assert "Market day" not in text and "Harvest" in text
