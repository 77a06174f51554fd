"""The meter's note is shown whole (window review, defect 11: at 200 % it was cut to
"+4: Anna Petrova saw you ..."), on as many lines as it needs inside the top bar."""

from __future__ import annotations

import pytest

from game.engine.settings import Settings
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import STORIES
from tests.ui.support import click, open_app


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920)])
def test_the_note_is_whole_at_200_percent(tmp_path, size):
    app = open_app(STORIES / "famine.yaml", tmp_path / "data", size=size,
                   settings=Settings(text_speed="instant", text_scale=200))
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    screen = app.top
    assert isinstance(screen, PlayScreen)
    click(app, "choice:reap_for_anna")
    note = screen.motion.note
    assert note and len(screen.note_lines) > 1  # too long for one line at this size
    assert " ".join(screen.note_lines).split() == note.split()
    assert screen.note_box.inside(screen.bar)
    assert screen.note_box.h >= len(screen.note_lines) * app.fonts.line_height("small")
    app.draw()  # and it draws
