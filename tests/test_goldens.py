"""The shipped seasons' golden transcripts (stories/transcripts/): each one replays, straight
through and with a save and reload after every step, and each is exactly what `make goldens`
would write today, so the list file and the transcripts cannot drift apart.

When a season is edited on purpose these fail: run `make goldens`, read `git diff
stories/transcripts` (the endings, trust, memories and key lines that changed), and commit."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.analysis.transcript import SUFFIXES, read_goldens, record_golden, run_transcript
from game.engine.library import Library
from tests.conftest import ROOT

FOLDER = ROOT / "stories" / "transcripts"
LIST = FOLDER / "goldens.txt"
GOLDENS, PROBLEMS = read_goldens(LIST)
TRANSCRIPTS = sorted(p for p in FOLDER.iterdir() if p.name.endswith(SUFFIXES))
LIBRARY = Library()


def test_the_list_reads_and_names_every_transcript_in_the_folder():
    assert PROBLEMS == []
    assert sorted(g.transcript for g in GOLDENS) == [p.name for p in TRANSCRIPTS]


def test_every_shipped_season_has_its_main_paths_and_the_campaign_is_walked_whole():
    paths = {(g.story.removeprefix("../"), g.path) for g in GOLDENS}
    for season in ("famine.yaml", "war.yaml", "reconstruction.yaml"):
        for way in ("generous", "self-protecting", "mixed"):
            assert (season, way) in paths
    campaign = [g for g in GOLDENS if g.story == "../campaign.yaml"]
    assert campaign
    for golden in campaign:
        text = (FOLDER / golden.transcript).read_text("utf-8")
        assert text.count("next season:") == 2  # all three seasons
        assert text.count("ending:") == 3


@pytest.mark.parametrize("roundtrip", [False, True], ids=["direct", "save-reload"])
@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda p: p.name)
def test_golden_transcript_replays(transcript: Path, roundtrip: bool):
    outcome = run_transcript(transcript, LIBRARY, roundtrip=roundtrip)
    assert outcome.passed, "\n".join(outcome.problems) + "\n" + outcome.diff + (
        "\nIf the season changed on purpose, run `make goldens` and read the diff.")
    assert outcome.choices >= 10 and outcome.checks >= 25


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda g: g.transcript)
def test_golden_is_what_make_goldens_writes(golden):
    out, recording = record_golden(LIST, golden, LIBRARY)
    assert recording.problems == []
    assert out.read_text("utf-8") == recording.text, (
        f"{out.name} is not what `make goldens` writes now: run it and read the diff")


def test_generous_and_self_protecting_play_end_differently_in_every_season():
    endings: dict[tuple[str, str], str] = {}
    for golden in GOLDENS:
        if golden.story != "../campaign.yaml":
            lines = (FOLDER / golden.transcript).read_text("utf-8").splitlines()
            endings[golden.story, golden.path] = next(
                line for line in lines if line.startswith("ending:"))
    for season in ("../famine.yaml", "../war.yaml", "../reconstruction.yaml"):
        assert endings[season, "generous"] != endings[season, "self-protecting"], season
