"""Every screen at 1280x720, 1920x1080, 1024x768 and 1080x1920 (portrait), at 100 % and
200 % text: text stays inside its panel, nothing overlaps, every target is at least 44 px,
lines stay readable (at most about 75 characters), and the meter's label fits."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from game.engine.settings import Settings
from game.ui.layout import MIN_TARGET, Box
from game.ui.meter import meter_label
from game.ui.render import show
from game.ui.screens import NAMES
from game.ui.screens.play import PlayScreen
from tests.conftest import STORIES
from tests.helpers import load

SIZES = [(1280, 720), (1920, 1080), (1024, 768), (1080, 1920)]
SCALES = [100, 200]
OTHER_SCREENS = [name for name in NAMES if name != "scene"]


@pytest.fixture(scope="module")
def campaign():
    return load(STORIES / "campaign.yaml").model


def captured(campaign, screen: str, size, scale: int, tmp: Path, index: int = 0,
             state=None, choices=()):
    """The screen as `render` draws it, and its app."""
    app = show(campaign, screen, size, Settings(text_scale=scale, text_speed="instant"), tmp,
               state, index, choices)
    return app.top, app


def check(screen, app) -> None:
    width, height = app.surface.get_size()
    window = Box(0, 0, width, height)
    view = screen.viewport
    assert view.inside(window), (view, window)
    items: list[Box] = []
    if screen.flow is not None:
        for line in screen.flow.lines:
            assert line.box.x >= view.x and line.box.right <= view.right, line
            assert line.box.y >= view.y, line
            if line.style == "body":
                assert len(line.text) <= 75, line.text
            items.append(line.box)
        for target in screen.flow.targets:
            assert target.box.x >= view.x and target.box.right <= view.right, target.key
            assert target.box.h >= MIN_TARGET and target.box.w >= MIN_TARGET, target.key
            for line in target.lines:
                assert line.box.inside(target.box), (target.key, line)
            items.append(target.box)
    for first, second in pairwise(sorted(items, key=lambda b: (b.y, b.x))):
        assert not first.overlaps(second), (first, second)
    for target in screen.fixed:
        assert target.box.inside(window) and target.box.h >= MIN_TARGET
    if isinstance(screen, PlayScreen):
        for line in screen.bar_lines:
            assert line.box.inside(screen.bar) and not line.box.overlaps(screen.meter_box)
        assert screen.meter_box.inside(screen.bar) and screen.note_box.inside(screen.bar)
        assert not screen.bar.overlaps(view) and not screen.image_box.overlaps(view)
        assert screen.image_box.inside(window)
        text = meter_label(screen.run.season.trust, 100, app.fonts, screen.meter_box.w)
        shape = 2 * app.fonts.font("small").get_height()
        assert app.fonts.width(text, "small") + shape <= screen.meter_box.w


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_scene_of_every_season_fits(campaign, size, scale, tmp_path):
    from game.engine.session import start_state

    for index, season in enumerate(campaign.seasons):
        for scene_id in season.scenes:
            state, _ = start_state(season, scene=scene_id)
            screen, app = captured(campaign, "scene", size, scale, tmp_path, index, state)
            check(screen, app)
            screen.show_note = True
            screen.rebuild()
            check(screen, app)


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", OTHER_SCREENS)
def test_other_screens_fit(campaign, name, size, scale, tmp_path):
    choices = ()
    if name in ("ending", "summary", "ledger", "outcome"):
        choices = ("reap_for_anna",)
    screen, app = captured(campaign, name if name != "ending" else "outcome", size, scale,
                           tmp_path, 0, None, choices)
    check(screen, app)
