"""Issue 14 item 2 in the window: the summary shows the season's path code and its QR code,
saves the .vrplay file, and the code replays to the path that was clicked; a kiosk shows and
keeps neither (no trace of a visitor)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pygame
import pytest

from game.classroom.pathcode import replay, season_story
from game.ui.profile import KIOSK
from game.ui.screens.play import PlayScreen
from game.ui.screens.summary import SummaryScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app

STARTER = FIXTURES / "golden" / "starter.yaml"


def play_to_summary(app) -> SummaryScreen:
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert isinstance(screen, PlayScreen)
    while not screen.run.session.ended:
        first = next(t.key for t in screen.targets() if t.enabled and t.key.startswith("choice:"))
        click(app, first)
        click(app, "continue")
    click(app, "summary")
    assert isinstance(app.top, SummaryScreen)
    return app.top


def test_the_summary_shows_the_code_and_its_qr_and_saves_the_file(tmp_path: Path):
    app = open_app(STARTER, tmp_path)
    summary = play_to_summary(app)
    described = [e.text for e in summary.describe().elements]
    (heading,) = [t for t in described if t.startswith("Your path code: ")]
    code = heading.removeprefix("Your path code: ")
    season = summary.run.season
    assert replay(code, [season_story(season)]).last.path == summary.run.session.state.path
    box = summary.qr
    assert box.h > 0
    summary.scroll_by(box.y - summary.viewport.y)  # above the docked buttons, in view
    app.draw()
    colours = {summary.app.surface.get_at((box.x + x, box.y - summary.scroll + y))[:3]
               for x in range(0, box.h, 3) for y in range(0, box.h, 3)}
    assert (0, 0, 0) in colours and (255, 255, 255) in colours  # a code is drawn there
    (saved,) = list(Path(os.environ["VR_HANDIN_DIR"]).glob("*.vrplay"))
    assert json.loads(saved.read_text(encoding="utf-8"))["code"] == code
    assert any(str(saved) in t for t in described)  # the student is told where it is
    pygame.display.quit()


@pytest.mark.parametrize("profile", [KIOSK])
def test_a_kiosk_shows_no_code_and_keeps_no_file(tmp_path: Path, profile):
    app = open_app(STARTER, tmp_path, profile=profile)
    summary = play_to_summary(app)
    assert summary.code is None
    assert not any("path code" in e.text for e in summary.describe().elements)
    assert list(Path(os.environ["VR_HANDIN_DIR"]).glob("*.vrplay")) == []
    pygame.display.quit()
