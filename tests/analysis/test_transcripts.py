"""Transcript files: line numbers as in the editor, campaign transcripts season after season,
recording by playing (paths, ways of playing, the terminal) and regenerating from a list."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.analysis.transcript import (
    choosers,
    record_file,
    regenerate,
    run_transcript,
)
from game.engine.library import Library
from tests.conftest import FIXTURES

GOLDEN = FIXTURES / "golden"
PAIR = FIXTURES / "explore"


@pytest.fixture
def starter(tmp_path: Path) -> Path:
    shutil.copy(GOLDEN / "starter.yaml", tmp_path / "starter.yaml")
    return tmp_path


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    for name in ("campaign.yaml", "first.yaml", "second.yaml"):
        shutil.copy(PAIR / name, tmp_path / name)
    return tmp_path


def run(path: Path, text: str, roundtrip: bool = False):
    path.write_text(text, "utf-8")
    return run_transcript(path, Library(), roundtrip=roundtrip)


# -- line numbers -------------------------------------------------------------------------
def test_a_failing_check_after_leading_comments_names_its_real_line(starter: Path):
    path = starter / "starter-generous.transcript"
    text = ("# The starter season, helping.\n# Written by hand.\n\n"
            "scene: dry_summer\nchoose: help_petrova\ntrust: 53\n")
    outcome = run(path, text)
    assert outcome.problems == [f"{path}:6: expected trust `53`, the game shows `55`"]


def test_line_numbers_count_headers_and_comments_between_steps(starter: Path):
    path = starter / "starter-later.transcript"
    text = ("# From the winter.\npreset: hungry_winter\n\n# Comment.\nscene: winter\n"
            "# another comment\nchoose: send_to_kitchen\n\nscene: spring\n")
    outcome = run(path, text)
    assert outcome.problems == [f"{path}:9: expected scene `spring`, the game shows `kitchen`"]


def test_a_yaml_transcript_names_the_line_of_its_step(starter: Path):
    path = starter / "starter-yaml.transcript.yaml"
    text = ("# Comments first.\n# Two of them.\npreset: hungry_winter\nsteps:\n"
            "  - scene: winter\n  - trust: 41\n")
    outcome = run(path, text)
    assert outcome.problems == [f"{path}:6: expected trust `41`, the game shows `40`"]


def test_a_yaml_syntax_error_names_its_line(starter: Path):
    path = starter / "starter-bad.transcript.yaml"
    outcome = run(path, "steps:\n  - scene: winter\n  - trust: [40\n")
    assert len(outcome.problems) == 1 and "[VR141]" in outcome.problems[0]
    assert outcome.problems[0].startswith(f"{path}:4:")


# -- what the checks see ------------------------------------------------------------------
def test_text_sees_the_last_outcome_and_inline_comments_are_ignored(starter: Path):
    outcome = run(starter / "starter-outcome.transcript",
                  "choose: help_petrova  # the sickle\ntext: you work her strip until\n"
                  "trust: 55   # after helping\nno text: nothing like this\n")
    assert outcome.passed, outcome.problems
    failed = run(starter / "starter-outcome.transcript",
                 "choose: own_strip\ntext: you work her strip until\n")
    assert failed.problems[0].endswith("the game shows `(not on screen: you work her strip "
                                       "until)`")


def test_locked_and_choices_check_what_is_shown(starter: Path):
    outcome = run(starter / "starter-locked.transcript",
                  "preset: hungry_winter\nwith: room=0\nchoices: send_to_kitchen\n"
                  "locked: take_in_misha\n")
    assert outcome.passed, outcome.problems


def test_an_unknown_key_is_reported_and_the_later_checks_still_run(starter: Path):
    path = starter / "starter-typo.transcript"
    outcome = run(path, "scene: dry_summer\ngrian: 5\ntrust: 49\n")
    assert len(outcome.problems) == 2
    assert outcome.problems[0].startswith(f"{path}:2:1: error[VR142]: `grian`")
    assert "did you mean `grain`?" in outcome.problems[0]
    assert outcome.problems[1] == f"{path}:3: expected trust `49`, the game shows `50`"


def test_a_start_header_after_a_step_is_refused(starter: Path):
    path = starter / "starter-late.transcript"
    outcome = run(path, "choose: own_strip\npreset: hungry_winter\n")
    assert outcome.problems == [
        f"{path}:2:1: error[VR145]: `preset:` comes after the first step (move it to the "
        "top: `preset:` says where the replay begins)"]


def test_a_story_that_is_not_there_gets_a_hint(starter: Path):
    path = starter / "winter-generous.transcript"
    outcome = run(path, "choose: share\n")
    assert outcome.problems[0].startswith(f"{path}: error[VR140]: no story `winter.yaml`")
    assert "season: ../famine.yaml" in outcome.problems[0]


# -- a whole campaign ---------------------------------------------------------------------
CAMPAIGN = """# The pair, helping first.
campaign: campaign.yaml
choose: help
choose: go_on
ending: warm
next season: second
trust: 70
memory: helped
choices: knock, pass
choose: knock
scene: reunion
choose: stay
ending: done
"""


@pytest.mark.parametrize("roundtrip", [False, True])
def test_a_campaign_transcript_walks_both_seasons(pair: Path, roundtrip: bool):
    outcome = run(pair / "pair-kind.transcript", CAMPAIGN, roundtrip)
    assert outcome.passed, outcome.problems
    assert (outcome.choices, outcome.seasons) == (4, 2)


def test_a_campaign_is_found_by_the_transcript_name(pair: Path):
    outcome = run(pair / "campaign-kind.transcript", CAMPAIGN.replace("campaign: campaign.yaml\n",
                                                                      ""))
    assert outcome.passed, outcome.problems


def test_carried_trust_and_memories_are_checked(pair: Path):
    path = pair / "pair-selfish.transcript"
    text = CAMPAIGN.replace("choose: help", "choose: gather")
    outcome = run(path, text)
    assert outcome.problems[:3] == [
        f"{path}:5: expected ending `warm`, the game shows `cold`",
        f"{path}:7: expected trust `70`, the game shows `50`",
        f"{path}:8: expected memory `helped`, the game shows `(not remembered: helped)`"]
    assert "[VR144]" in outcome.problems[-1] and "needs `helped`" in outcome.problems[-1]


def test_next_season_before_the_ending_or_after_the_last_is_refused(pair: Path):
    path = pair / "pair-early.transcript"
    early = run(path, "campaign: campaign.yaml\nchoose: help\nnext season: second\n")
    assert early.problems[0].startswith(f"{path}:3:1: error[VR147]: `next season:` comes "
                                        "before season `first` has ended")
    late = run(path, CAMPAIGN + "next season:\n")
    assert "[VR147]" in late.problems[0] and "last season (`second`)" in late.problems[0]
    wrong = run(path, CAMPAIGN.replace("next season: second", "next season: third"))
    assert wrong.problems == [f"{path}:6: expected next season `third`, the game goes on to "
                              "`second`"]


def test_next_season_in_a_season_transcript_says_to_name_the_campaign(pair: Path):
    path = pair / "first-alone.transcript"
    outcome = run(path, "choose: help\nchoose: go_on\nnext season:\n")
    assert "[VR147]" in outcome.problems[0] and "campaign: ../campaign.yaml" in (
        outcome.problems[0])


def test_choosing_after_a_season_ended_says_to_write_next_season(pair: Path):
    outcome = run(pair / "pair-on.transcript", "campaign: campaign.yaml\nchoose: help\n"
                  "choose: go_on\nchoose: knock\n")
    assert "[VR143]" in outcome.problems[0] and "write `next season:`" in outcome.problems[0]


# -- recording ----------------------------------------------------------------------------
def test_recording_a_campaign_by_a_path_replays(pair: Path):
    out = pair / "pair-recorded.transcript"
    recording = record_file(pair / "campaign.yaml", "help,go_on,knock,stay", out, Library())
    assert recording.problems == [] and (recording.choices, recording.seasons) == (4, 2)
    out.write_text(recording.text, "utf-8")
    for line in ("campaign: campaign.yaml", "ending: warm", "next season: second",
                 "trust: 70  # carried from the season before", "memory: helped  # carried",
                 "ending: done", "memory: helped"):
        assert line in recording.text.splitlines(), line
    for roundtrip in (False, True):
        assert run_transcript(out, Library(), roundtrip).passed


def test_the_ways_of_playing_choose_as_they_say(pair: Path):
    library = Library()
    kind = record_file(pair / "campaign.yaml", "generous", None, library).text
    careful = record_file(pair / "campaign.yaml", "self-protecting", None, library).text
    assert "choose: help" in kind and "choose: knock" in kind and "ending: warm" in kind
    assert "choose: gather" in careful and "choose: knock" not in careful
    assert "choose: share" in careful  # from `hidden`: the only choice there
    per_season = record_file(pair / "campaign.yaml", "self-protecting|generous", None, library)
    assert "choose: gather" in per_season.text and "choose: pass" in per_season.text


def test_a_bad_path_is_explained(pair: Path):
    library = Library()
    missing = record_file(pair / "first.yaml", "help,go_onn", None, library)
    assert "[VR143]" in missing.problems[0] and "did you mean `go_on`?" in missing.problems[0]
    assert "choose: help" in missing.text  # what was recorded until then is kept
    assert "did you mean `generous`?" in choosers("generus", 1)[1]
    assert "3 parts for 2 season(s)" in choosers("generous|mixed|generous", 2)[1]


def test_regenerate_writes_every_golden_in_the_list_and_refuses_a_bad_list(pair: Path):
    folder = pair / "transcripts"
    folder.mkdir()
    listing = folder / "goldens.txt"
    listing.write_text("# Two goldens.\nfirst-kind.transcript ../first.yaml generous\n"
                       "pair-mixed.transcript ../campaign.yaml mixed  # the campaign\n", "utf-8")
    written = [(out.name, r.problems) for out, r in regenerate(listing, Library())]
    assert written == [("first-kind.transcript", []), ("pair-mixed.transcript", [])]
    for name in ("first-kind.transcript", "pair-mixed.transcript"):
        assert run_transcript(folder / name, Library()).passed
    before = (folder / "pair-mixed.transcript").read_text("utf-8")
    list(regenerate(listing, Library()))
    assert (folder / "pair-mixed.transcript").read_text("utf-8") == before
    listing.write_text("first-kind.transcript ../first.yaml\n", "utf-8")
    (_, refused), = regenerate(listing, Library())
    assert refused.problems[0].startswith(f"{listing}:1:1: error[VR149]")


def test_record_from_a_terminal_playthrough(pair: Path):
    out = pair / "first-played.transcript"
    played = subprocess.run(
        [sys.executable, "-m", "game", "test", "--record", str(pair / "first.yaml"),
         "-o", str(out)], input="x\n2\n1\n", capture_output=True, text=True, timeout=60)
    assert played.returncode == 0, played.stderr
    assert "1. Gather grain [gather]" in played.stdout and "Type a number from 1 to" in (
        played.stdout)
    assert "A warm winter." in played.stdout  # the ending reached is shown
    text = out.read_text("utf-8")
    assert "choose: help" in text and "choose: go_on" in text and "ending: warm" in text
    assert run_transcript(out, Library()).passed


def test_a_path_as_explore_shows_it_can_be_recorded(pair: Path):
    shown = "seed 1: a > help, b > go_on => warm (trust 70)"
    recording = record_file(pair / "first.yaml", shown, None, Library())
    assert recording.problems == [] and recording.choices == 2
    assert "choose: help" in recording.text and "ending: warm" in recording.text


def test_recording_from_a_preset_writes_the_start_and_replays(starter: Path):
    out = starter / "starter-late.transcript"
    recording = record_file(starter / "starter.yaml", "generous", out, Library(),
                            (("preset", "hungry_winter"), ("with", "room=0")))
    assert recording.problems == []
    assert "preset: hungry_winter\nwith: room=0\nscene: winter\ntrust: 40\n" in recording.text
    out.write_text(recording.text, "utf-8")
    assert run_transcript(out, Library(), roundtrip=True).passed
    bad = record_file(starter / "starter.yaml", "generous", out, Library(),
                      (("preset", "hungry"),))
    assert "did you mean `hungry_winter`?" in bad.problems[0] and bad.text == ""


def test_recording_into_a_missing_folder_is_one_line(starter: Path):
    result = subprocess.run(
        [sys.executable, "-m", "game", "test", "--record", str(starter / "starter.yaml"),
         "--choices", "generous", "-o", str(starter / "nowhere" / "x.transcript")],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "cannot write the transcript" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_regenerating_names_transcripts_the_list_has_forgotten(pair: Path):
    (pair / "goldens.txt").write_text("first-kind.transcript first.yaml generous\n", "utf-8")
    (pair / "first-old.transcript").write_text("choose: help\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "game", "test", "--regenerate",
                             str(pair / "goldens.txt")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout
    assert f"wrote {pair / 'first-kind.transcript'} (2 choices, 1 season)" in result.stdout
    assert f"not in goldens.txt: {pair / 'first-old.transcript'}" in result.stdout


def test_a_way_of_playing_that_gets_stuck_is_a_problem_not_a_short_golden(pair: Path):
    season = pair / "first.yaml"
    text = season.read_text("utf-8").replace("{ id: go_on, label: Go on, next: end }",
                                             "{ id: go_on, label: Go on, if: grain > 5, "
                                             "next: end }")
    season.write_text(text, "utf-8")
    recording = record_file(season, "generous", None, Library())
    assert recording.problems == ["no choice is offered at scene `b`: players are stuck there "
                                  "(run `python -m game explore`)"]
