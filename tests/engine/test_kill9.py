"""kill -9 while saving: 200 SIGKILLs at random moments of a save loop, each followed by a
start, never leave a damaged save or settings file, nor a temporary file after start-up.
`python bench/kill9.py` runs the same loop longer and prints the figures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import kill9
from game.engine import saves
from tests.conftest import STORIES
from tests.helpers import load

CAMPAIGN = load(STORIES / "campaign.yaml").model


@pytest.mark.slow
def test_200_kills_while_saving_leave_old_or_new_and_no_temp_files(tmp_path: Path):
    figures = kill9.run(200, seed=1, folder=tmp_path, campaign=CAMPAIGN, max_delay=0.08)
    report = "\n".join(figures.lines())
    assert figures.kills == 200
    assert figures.loads_old + figures.loads_new + figures.loads_none == 200, report
    assert figures.damaged == 0 and figures.settings_damaged == 0, report
    assert figures.settings_old + figures.settings_new == 200, report
    assert figures.saves_completed >= 20 and figures.loads_new > 0, report  # kills hit writes
    assert figures.temp_left == 0, report
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_loop_notices_a_writer_that_is_not_atomic(tmp_path: Path, monkeypatch):
    """The check above can fail: a save written in place, in two halves, is caught."""

    def in_place(path: str | os.PathLike[str], text: str) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text[: len(text) // 2])
            handle.flush()
            os.fsync(handle.fileno())
            handle.write(text[len(text) // 2:])

    monkeypatch.setattr(saves, "write_text_atomic", in_place)
    figures = kill9.run(60, seed=2, folder=tmp_path, campaign=CAMPAIGN)
    assert figures.damaged > 0, "\n".join(figures.lines())
