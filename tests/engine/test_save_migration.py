"""Save format 2 and the first real migration: format-1 saves written by the previous
version of the game (kept as fixtures) load and continue; formats outside the supported
range are refused with a message, never an exception."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.engine.campaign import CampaignSession
from game.engine.saves import (
    OLDEST,
    SAVE_FORMAT,
    Loaded,
    SaveProblem,
    read_save,
    set_aside,
    write_save,
)
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load

SAVES = FIXTURES / "saves"


@pytest.fixture(scope="module")
def campaign():
    result = load(ROOT / "stories" / "campaign.yaml")
    assert result.ok
    return result.model


def test_the_supported_range_is_one_to_two():
    assert (OLDEST, SAVE_FORMAT) == (1, 2)


def test_a_format_1_save_in_the_first_season_loads_with_keys_and_plays_on(campaign, tmp_path):
    path = shutil.copy(SAVES / "format1-mid-famine.json", tmp_path / "autosave.json")
    raw = json.loads(Path(path).read_text("utf-8"))
    assert raw["format"] == 1 and "key" not in json.dumps(raw["progress"]["current"]["ledger"])
    loaded = read_save(Path(path), campaign)
    assert isinstance(loaded, Loaded)
    progress = loaded.progress
    assert progress.index == 0 and progress.current.season == "famine"
    ledger = progress.current.ledger
    assert len(ledger) == len(raw["progress"]["current"]["ledger"]) > 0
    for entry in ledger:  # the migration gave every reason its key, and kept the English
        if entry.reason:
            where = (f"{entry.scene}/choices/{entry.choice}" if entry.choice
                     else f"{entry.scene}/effects")
            assert entry.key == f"famine/{where}/reason"
    play = CampaignSession(campaign, progress)
    choice = next(v.id for v in play.choices() if v.available)
    play.choose(choice)
    assert play.state.steps == progress.current.steps + 1
    write_save(Path(path), campaign, play.progress)
    assert json.loads(Path(path).read_text("utf-8"))["format"] == 2
    again = read_save(Path(path), campaign)
    assert isinstance(again, Loaded) and again.progress == play.progress


def test_a_format_1_save_in_the_second_season_keeps_the_finished_famine(campaign, tmp_path):
    path = shutil.copy(SAVES / "format1-in-war.json", tmp_path / "autosave.json")
    loaded = read_save(Path(path), campaign)
    assert isinstance(loaded, Loaded)
    progress = loaded.progress
    assert progress.index == 1 and progress.current.season == "war"
    famine = progress.finished[0]
    assert (famine.season, famine.ending) == ("famine", "village_holds")
    assert famine.ledger == ()  # format 1 never saved it; nothing is made up
    play = CampaignSession(campaign, progress)
    play.choose(next(v.id for v in play.choices() if v.available))
    assert play.progress.finished == progress.finished


@pytest.mark.parametrize(("version", "words"), [
    (0, "older than this game can read"), (-7, "older than this game can read"),
    (3, "newer version of the game"), ("2", "does not say which format"),
    (True, "does not say which format"), (None, "does not say which format")])
def test_formats_outside_the_range_are_refused_with_a_message(campaign, tmp_path, version,
                                                              words):
    path = tmp_path / "autosave.json"
    path.write_text(json.dumps({"format": version, "kind": "village-resilience-save",
                                "campaign": "village", "progress": {}}), "utf-8")
    problem = read_save(path, campaign)
    assert isinstance(problem, SaveProblem)
    assert words in problem.message and str(path) in problem.message


@pytest.mark.parametrize("seasons", [[], "famine", 7])
def test_a_damaged_envelope_is_a_problem_not_an_exception(campaign, tmp_path, seasons):
    data = json.loads((SAVES / "format1-mid-famine.json").read_text("utf-8"))
    data["seasons"] = seasons
    path = tmp_path / "autosave.json"
    path.write_text(json.dumps(data), "utf-8")
    problem = read_save(path, campaign)
    assert isinstance(problem, SaveProblem) and "damaged" in problem.message


def test_a_progress_that_lists_more_seasons_than_it_played_is_damaged(campaign, tmp_path):
    data = json.loads((SAVES / "format1-mid-famine.json").read_text("utf-8"))
    data["progress"]["finished"] = [{"season": "famine", "ending": "x", "trust": 5}]
    path = tmp_path / "autosave.json"
    path.write_text(json.dumps(data), "utf-8")
    assert isinstance(read_save(path, campaign), SaveProblem)


def test_a_refused_save_is_set_aside_not_overwritten(tmp_path):
    path = tmp_path / "autosave.json"
    path.write_text("{broken", "utf-8")
    first = set_aside(path)
    path.write_text("{broken again", "utf-8")
    second = set_aside(path)
    assert first is not None and second is not None
    assert (first.name, second.name) == ("autosave.refused-1.json", "autosave.refused-2.json")
    assert first.read_text("utf-8") == "{broken" and not path.exists()
