"""The `snapshot` fixture: compare a screen's text snapshot, or rewrite it with
`--snapshot-update`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from tests.ui.snapshots import compare

if TYPE_CHECKING:
    from game.engine.model import Campaign


@pytest.fixture
def snapshot(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    update = bool(request.config.getoption("--snapshot-update"))

    def check(name: str, text: str) -> None:
        problem = compare(name, text, update)
        if problem:
            pytest.fail(problem, pytrace=False)

    return check


@pytest.fixture(scope="module")
def stories() -> dict[str, Campaign]:
    """The campaigns the screen snapshots are drawn from (and what is said on them)."""
    from game.ui.launch import as_campaign
    from tests.conftest import FIXTURES, STORIES
    from tests.helpers import load

    shipped = {name: as_campaign(load(STORIES / name).model)
               for name in ("campaign.yaml", "famine.yaml")}
    return {**shipped, **{name: as_campaign(load(FIXTURES / name).model) for name in (
        "seasonformat/river.yaml", "seasonformat/campaign.yaml")}}


@pytest.fixture(autouse=True)
def no_real_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Window tests speak through a fake engine: what the Sound page shows does not depend on
    whether this computer has espeak-ng, and no test starts a speech process by accident."""
    from game.ui import speech
    from tests.ui.voices import FakeSynth

    monkeypatch.setattr(speech, "choose", lambda *a, **k: (FakeSynth(), ""))
