"""`new`, `test`, `graph`, `play --from/--with/--preset`: the authoring commands as a teacher
uses them, from the command line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT

GOLDEN = FIXTURES / "golden"


def game(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_new_writes_a_season_that_validates_explores_and_plays(tmp_path: Path):
    result = game("new", "harvest_1921", "--dir", str(tmp_path))
    path = tmp_path / "harvest_1921.yaml"
    assert result.returncode == 0 and path.exists()
    text = path.read_text("utf-8")
    assert "id: harvest_1921" in text
    # The schema travels with the season: a relative name, and the file written beside it.
    assert text.startswith("# yaml-language-server: $schema=season.schema.json\n")
    assert (tmp_path / "season.schema.json").read_bytes() == (
        ROOT / "docs" / "season.schema.json").read_bytes()
    assert str(ROOT) not in text and "file://" not in text
    assert game("validate", "--strict", str(path)).returncode == 0
    explored = game("explore", "--strict", str(path))
    assert explored.returncode == 0, explored.stdout
    assert "Scenes (3 of 3 reachable)" in explored.stdout
    played = game("play", "--text", str(path), stdin="1\n1\n1\n")
    assert "Ending: Through the winter together" in played.stdout


def test_new_keeps_a_schema_already_in_the_folder(tmp_path: Path):
    (tmp_path / "season.schema.json").write_text("{}", "utf-8")
    assert game("new", "second", "--dir", str(tmp_path)).returncode == 0
    assert (tmp_path / "season.schema.json").read_text("utf-8") == "{}"


def test_new_never_overwrites_and_checks_the_id(tmp_path: Path):
    (tmp_path / "mine.yaml").write_text("keep me", "utf-8")
    result = game("new", "mine", "--dir", str(tmp_path))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert (tmp_path / "mine.yaml").read_text("utf-8") == "keep me"
    assert game("new", "my village", "--dir", str(tmp_path)).returncode == 1


def test_new_campaign_lists_the_folders_seasons_and_validates(tmp_path: Path):
    assert game("new", "flood", "--dir", str(tmp_path)).returncode == 0
    assert game("new", "nineties", "--dir", str(tmp_path)).returncode == 0
    result = game("new", "--campaign", "river_years", "--dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    path = tmp_path / "river_years.yaml"
    text = path.read_text("utf-8")
    assert "title: River years" in text and "summary:" in text and "# image:" in text
    assert "    - flood.yaml\n    - nineties.yaml" in text
    checked = game("validate", "--strict", str(path))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_new_campaign_in_an_empty_folder_writes_a_first_season_too(tmp_path: Path):
    result = game("new", "--campaign", "unit", "--dir", str(tmp_path / "unit"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "unit").iterdir()) == [
        "first_season.yaml", "season.schema.json", "unit.yaml"]  # the schema: editors check
    assert game("validate", "--strict", str(tmp_path / "unit" / "unit.yaml")).returncode == 0
    again = game("new", "--campaign", "unit", "--dir", str(tmp_path / "unit"))
    assert again.returncode == 1 and "already exists" in again.stderr


def copy_golden(tmp_path: Path) -> Path:
    for item in GOLDEN.iterdir():
        shutil.copy(item, tmp_path / item.name)
    return tmp_path


def test_test_passes_plain_and_yaml_transcripts(tmp_path: Path):
    folder = copy_golden(tmp_path)
    result = game("test", "--save-reload", str(folder / "starter.yaml"))
    assert result.returncode == 0, result.stdout
    assert "3 of 3 transcripts passed." in result.stdout


def test_test_shows_a_mismatch_as_a_diff(tmp_path: Path):
    folder = copy_golden(tmp_path)
    path = folder / "starter-generous.transcript"
    path.write_text(path.read_text("utf-8").replace("trust: 61", "trust: 60"), "utf-8")
    result = game("test", str(path))
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "expected trust `60`, the game shows `61`" in result.stdout
    assert "-trust: 60\n+trust: 61" in result.stdout


def test_test_reports_a_transcript_whose_season_is_broken(tmp_path: Path):
    folder = copy_golden(tmp_path)
    season = folder / "starter.yaml"
    season.write_text(season.read_text("utf-8").replace("next: winter", "next: wintr"), "utf-8")
    result = game("test", str(folder / "starter-cautious.transcript"))
    assert result.returncode == 1 and "cannot be played" in result.stdout
    assert "error[VR020]" in result.stdout


def test_play_from_a_scene_with_a_state():
    out = game("play", "--text", str(GOLDEN / "starter.yaml"), "--from", "spring",
               "--with", "trust=30,shared_seed,grain=0", stdin="").stdout
    assert out.startswith("--- Sowing ---")
    assert "Village trust: 30/100, Wary" in out and "Grain: 0 sacks" in out
    assert "the Petrov children are sowing the seed you lent" in out


def test_play_from_a_preset_and_unknown_names_are_refused():
    out = game("play", "--text", str(GOLDEN / "starter.yaml"), "--preset", "hungry_winter").stdout
    assert out.startswith("--- A knock in January ---") and "Grain: 1 sack." in out
    bad = game("play", "--text", str(GOLDEN / "starter.yaml"), "--preset", "hungry_wintr",
               "--from", "harvst", "--with", "trst=3,helped_petrov")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    for expected in ("did you mean `hungry_winter`?", "did you mean `harvest`?",
                     "did you mean `trust`?", "did you mean `helped_petrova`?"):
        assert expected in bad.stderr


def test_graph_command_writes_mermaid_and_dot(tmp_path: Path):
    out = tmp_path / "g.mmd"
    assert game("graph", str(GOLDEN / "starter.yaml"), "-o", str(out)).returncode == 0
    assert out.read_text("utf-8").startswith("flowchart TD")
    dot = game("graph", "--format", "dot", str(GOLDEN / "starter.yaml")).stdout
    assert dot.startswith('digraph "starter" {')
