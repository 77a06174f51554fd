"""Saves and settings: atomic, versioned, and forgiving of damage and of edited seasons."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from game.engine.campaign import CampaignState
from game.engine.saves import Loaded, SaveProblem, new_progress, read_save, write_save
from game.engine.session import Session
from game.engine.settings import Settings, load_settings, repair, save_settings
from tests.conftest import FIXTURES
from tests.helpers import load


@pytest.fixture
def story(tmp_path: Path):
    for name in ("first.yaml", "second.yaml", "campaign.yaml"):
        shutil.copy(FIXTURES / "explore" / name, tmp_path / name)
    return tmp_path


def campaign_in(folder: Path):
    result = load(folder / "campaign.yaml")
    assert result.ok
    return result.model


def played(campaign) -> CampaignState:
    progress = new_progress(campaign)
    session = Session(campaign.seasons[0], progress.current)
    session.choose("help")
    return replace(progress, current=session.state)


def test_a_save_round_trips_and_leaves_no_temporary_files(story: Path):
    campaign = campaign_in(story)
    path = story / "saves" / "autosave.json"
    progress = played(campaign)
    write_save(path, campaign, progress)
    assert read_save(path, campaign) == Loaded(progress)
    assert [p.name for p in path.parent.iterdir()] == ["autosave.json"]
    assert json.loads(path.read_text("utf-8"))["seasons"]["first"] == campaign.seasons[0].digest


def test_no_save_is_not_a_problem(story: Path):
    assert read_save(story / "none.json", campaign_in(story)) is None


@pytest.mark.parametrize(("content", "words"), [
    ('{"format": 1, "kind": "village-resilience-save", "campaign": "pair", "prog', "damaged"),
    ('{"hello": "world"}', "not a Village Resilience save"),
    ('{"format": 99, "kind": "village-resilience-save"}', "newer version of the game"),
    ('{"format": 1, "kind": "village-resilience-save", "campaign": "other"}', "another campaign"),
    ('{"format": 1, "kind": "village-resilience-save", "campaign": "pair", "progress": 7}',
     "damaged"),
])
def test_damaged_or_foreign_saves_give_a_one_line_message(story: Path, content: str, words):
    path = story / "autosave.json"
    path.write_text(content, "utf-8")
    result = read_save(path, campaign_in(story))
    assert isinstance(result, SaveProblem) and words in result.message
    assert str(path) in result.message and "\n" not in result.message


def test_an_edited_season_keeps_the_place_when_the_scene_still_exists(story: Path):
    campaign = campaign_in(story)
    path = story / "autosave.json"
    write_save(path, campaign, played(campaign))
    season = story / "first.yaml"
    season.write_text(season.read_text("utf-8").replace("The middle.", "The middle, edited."),
                      "utf-8")
    result = read_save(path, campaign_in(story))
    assert isinstance(result, Loaded) and result.progress.current.scene == "b"
    assert "changed since you saved; you continue where you were" in result.note


def test_an_edited_season_without_the_scene_restarts_it_keeping_memories(story: Path):
    campaign = campaign_in(story)
    path = story / "autosave.json"
    write_save(path, campaign, played(campaign))
    season = story / "first.yaml"
    season.write_text(season.read_text("utf-8").replace("id: b", "id: middle").replace(
        "next: b", "next: middle"), "utf-8")
    result = read_save(path, campaign_in(story))
    assert isinstance(result, Loaded)
    assert result.progress.current.scene == "a" and "helped" in result.progress.current.memories
    assert result.progress.current.trust == 70 and "start the season again" in result.note


def test_settings_round_trip_and_repair(tmp_path: Path):
    path = tmp_path / "settings.json"
    assert load_settings(path) == (Settings(), [])
    chosen = Settings(text_scale=150, text_speed="instant", high_contrast=True)
    save_settings(path, chosen)
    assert load_settings(path) == (chosen, [])
    fixed, problems = repair({"text_scale": 900, "text_speed": "warp", "fullscreen": "yes",
                              "reduced_motion": True, "unknown": 1})
    assert fixed == Settings(reduced_motion=True)
    assert len(problems) == 3 and "`text_scale` was 900; reset to 100" in problems[0]
    path.write_text("{broken", "utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings() and "damaged" in problems[0]
