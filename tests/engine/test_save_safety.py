"""No save or settings file can stop the game: bounded reading (ordinary files only, size
caps, no endless numbers or nesting), a checksum so damage is noticed rather than loaded as
another state, the previous good save kept as a backup, and stale temporary files cleaned."""

from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest

from game.engine.atomic import clean_stale, write_text_atomic
from game.engine.campaign import CampaignSession
from game.engine.saves import Loaded, SaveProblem, backup_of, read_save, write_save
from game.engine.settings import Settings, load_settings
from tests.conftest import ROOT
from tests.helpers import load


@pytest.fixture(scope="module")
def campaign():
    result = load(ROOT / "stories" / "campaign.yaml")
    assert result.ok
    return result.model


def played(campaign, steps: int):
    play = CampaignSession(campaign)
    for _ in range(steps):
        play.choose(next(v.id for v in play.choices() if v.available))
    return play.progress


def test_a_flipped_value_is_noticed_by_the_checksum_not_loaded(campaign, tmp_path):
    path = tmp_path / "autosave.json"
    write_save(path, campaign, played(campaign, 2))
    text = path.read_text("utf-8")
    data = json.loads(text)
    trust = data["progress"]["current"]["trust"]
    data["progress"]["current"]["trust"] = trust - 1  # still a sound save in every other way
    path.write_text(json.dumps(data), "utf-8")
    problem = read_save(path, campaign)
    assert isinstance(problem, SaveProblem) and "checksum" in problem.message


def test_a_damaged_save_falls_back_to_the_one_before_it(campaign, tmp_path):
    path = tmp_path / "autosave.json"
    first, second = played(campaign, 1), played(campaign, 2)
    write_save(path, campaign, first)
    write_save(path, campaign, second)
    assert json.loads(backup_of(path).read_text("utf-8"))["progress"] == first.to_json()
    path.write_text(path.read_text("utf-8")[:200], "utf-8")  # cut short
    loaded = read_save(path, campaign)
    assert isinstance(loaded, Loaded) and loaded.recovered
    assert loaded.progress == first and "damaged" in loaded.note


def test_a_damaged_save_is_never_kept_as_the_backup(campaign, tmp_path):
    path = tmp_path / "autosave.json"
    write_save(path, campaign, played(campaign, 1))  # the first save: nothing to back up
    assert not backup_of(path).exists()
    path.write_text("{ damaged", "utf-8")
    write_save(path, campaign, played(campaign, 2))
    assert not backup_of(path).exists()  # the damaged file was not taken for a good one
    write_save(path, campaign, played(campaign, 3))
    assert json.loads(backup_of(path).read_text("utf-8"))["progress"] == played(
        campaign, 2).to_json()


@pytest.mark.parametrize("edit", [
    {"scene": "no_such_scene"}, {"ending": "no_such_ending"}, {"scene": "village_holds"},
    {"resources": {"grain": 10**12, "tools": -5}}, {"resources": {}}])
def test_a_sound_save_that_points_at_nothing_is_fitted_not_a_crash(campaign, tmp_path, edit):
    progress = played(campaign, 2)
    state = progress.current
    progress = replace(progress, current=state.but(**edit))
    path = tmp_path / "autosave.json"
    write_save(path, campaign, progress)  # a valid checksum: only the contents are wrong
    loaded = read_save(path, campaign)
    assert isinstance(loaded, Loaded)
    fitted, season = loaded.progress.current, campaign.seasons[0]
    assert (fitted.ending in season.endings) if fitted.ended else (fitted.scene in season.scenes)
    assert set(fitted.resources) == set(season.resources)
    assert all(season.resources[r].min <= v <= season.resources[r].max
               for r, v in fitted.resources.items())
    play = CampaignSession(campaign, loaded.progress)  # and it plays on
    if not play.ended:
        play.choose(next(v.id for v in play.choices() if v.available))


@pytest.mark.parametrize("content", [
    '{"format": 2, "trust": ' + "9" * 5000 + "}", "[" * 100_000 + "]" * 100_000,
    '{"format": 2, "x": Infinity}', '{"format": 2, "x": NaN}', '{"format": 2, "x": 1e999}'])
def test_hostile_json_is_a_problem_for_saves_and_settings(campaign, tmp_path, content):
    save, settings = tmp_path / "autosave.json", tmp_path / "settings.json"
    save.write_text(content, "utf-8")
    settings.write_text(content, "utf-8")
    assert isinstance(read_save(save, campaign), SaveProblem)
    values, problems = load_settings(settings)
    assert values == Settings() and len(problems) == 1
    assert "damaged" in problems[0] or "larger than a settings file" in problems[0]


@pytest.mark.parametrize("special", ["fifo", "dev-zero", "folder", "loop", "huge"])
def test_special_files_are_refused_at_once(campaign, tmp_path, special):
    save, settings = tmp_path / "autosave.json", tmp_path / "settings.json"
    for path in (save, settings):
        if special == "fifo":
            os.mkfifo(path)
        elif special == "dev-zero":
            path.symlink_to("/dev/zero")
        elif special == "folder":
            path.mkdir()
        elif special == "loop":
            path.symlink_to(path)
        else:
            with path.open("wb") as handle:
                handle.truncate(1 << 30)  # a sparse gigabyte
    assert isinstance(read_save(save, campaign), SaveProblem)
    values, problems = load_settings(settings)
    assert values == Settings() and len(problems) == 1


def test_stale_temporary_files_are_cleaned_at_start(tmp_path):
    write_text_atomic(tmp_path / "autosave.json", "{}")
    for name in (".autosave.json.a1b2.tmp", ".settings.json.zz.tmp"):
        (tmp_path / name).write_text("half a save", "utf-8")
    (tmp_path / "notes.tmp").write_text("not ours", "utf-8")
    assert clean_stale(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autosave.json", "notes.tmp"]
    assert clean_stale(tmp_path / "missing") == 0


def test_a_utf8_byte_order_mark_is_accepted(campaign, tmp_path):
    path = tmp_path / "autosave.json"
    progress = played(campaign, 1)
    write_save(path, campaign, progress)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # as some Windows editors save it
    loaded = read_save(path, campaign)
    assert isinstance(loaded, Loaded) and loaded.progress == progress


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="no permission bits on this system")
def test_written_files_get_ordinary_permissions_honouring_the_umask(tmp_path):
    """Guides, new seasons and saves were 0600 (mkstemp's mode), unreadable to colleagues on
    a shared drive; now they are what `open(..., "w")` gives, and a replaced file keeps its."""
    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "guide.html", "<p>")
        assert (tmp_path / "guide.html").stat().st_mode & 0o777 == 0o644
        os.umask(0o077)
        write_text_atomic(tmp_path / "private.txt", "x")
        assert (tmp_path / "private.txt").stat().st_mode & 0o777 == 0o600
        (tmp_path / "guide.html").chmod(0o664)
        write_text_atomic(tmp_path / "guide.html", "<p>again")
        assert (tmp_path / "guide.html").stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old)
