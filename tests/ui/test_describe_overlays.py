"""What the window lays over a screen is in its description too (issue 15 item 2: the
notices panel was missing, so a screen reader never heard "Settings could not be saved"):
the notices, a banner and a sound's caption come after the screen, as status lines, where
they are drawn."""

from __future__ import annotations

import pygame

from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import open_app

STARTER = FIXTURES / "golden" / "starter.yaml"


def statuses(app) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [(e.text, e.rect) for e in app.describe().elements if e.role == "status"]


def test_notices_banner_and_caption_are_described_where_they_are_drawn(tmp_path):
    app = open_app(STARTER, tmp_path)
    app.replace(TitleScreen(app))
    assert statuses(app) == []
    app.notices.append("Settings could not be saved (disk full).")
    app.show_notices()
    app.show_banner("A picture could not be shown.")
    app.sound.caption = "[A door creaks]"
    app.draw()
    said = statuses(app)
    assert said[0][0].startswith("Settings could not be saved (disk full).")
    assert "close" in said[0][0]  # how to close it, as drawn under the notices
    assert [text for text, _ in said][1:] == ["A picture could not be shown.", "[A door creaks]"]
    panel, banner, caption = (pygame.Rect(rect) for _, rect in said)
    width, height = app.surface.get_size()
    assert panel.top < height // 4 and banner.bottom > height * 3 // 4  # top and bottom
    focus = app.theme(None).focus
    assert tuple(app.surface.get_at((panel.x + 1, panel.centery)))[:3] == focus  # its outline
    assert abs(caption.centerx - width // 2) <= 1 and caption.bottom <= height
    assert not caption.colliderect(banner)  # above the banner, not under it
    assert app.describe().elements[:len(app.top.describe().elements)] == \
        app.top.describe().elements  # the screen first, unchanged
