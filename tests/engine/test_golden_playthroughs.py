"""Golden playthroughs: each transcript is replayed straight through, and again with the
state saved to JSON and loaded after every step (so every playthrough also tests saves)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.analysis.transcript import replay, replay_file
from tests.conftest import FIXTURES
from tests.helpers import load

GOLDEN = FIXTURES / "golden"
TRANSCRIPTS = sorted(GOLDEN.glob("*.transcript"))


def season_for(transcript: Path):
    result = load(GOLDEN / (transcript.stem.split("-")[0] + ".yaml"))
    assert result.ok, [d.one_line() for d in result.diagnostics]
    return result.model


@pytest.mark.parametrize("roundtrip", [False, True], ids=["direct", "save-reload"])
@pytest.mark.parametrize("transcript", TRANSCRIPTS, ids=lambda p: p.stem)
def test_golden_transcript(transcript: Path, roundtrip: bool):
    result = replay_file(season_for(transcript), transcript, roundtrip=roundtrip)
    assert result.passed, result.diff(transcript.name) + "\n".join(result.problems)


def test_a_wrong_expectation_is_reported_as_a_readable_diff():
    season = season_for(TRANSCRIPTS[0])
    result = replay(season, "scene: dry_summer\nchoose: help_petrova\ntrust: 99\n")
    assert not result.passed
    assert result.problems == ["transcript:3: expected trust `99`, the game shows `55`"]
    assert "-trust: 99\n+trust: 55" in result.diff()


def test_an_impossible_choice_stops_the_replay_with_a_reason():
    season = season_for(TRANSCRIPTS[0])
    text = "choose: own_strip\nchoose: keep_seed\nchoose: send_to_kitchen\nchoose: lend_sledge\n"
    text += "choose: ask_for_help\n"  # needs shared_seed or helped_petrova
    result = replay(season, text)
    assert len(result.problems) == 1
    assert "cannot choose `ask_for_help`" in result.problems[0]
    assert "shared_seed or helped_petrova" in result.problems[0]
