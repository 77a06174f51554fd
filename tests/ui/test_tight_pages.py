"""Pages of many buttons at large text pack their buttons rather than scroll (Settings and
the season picker at 200 %, window review 5), and only then: at 100 % they keep their
ordinary room."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.ui.layout import MIN_TARGET
from game.ui.screens.picker import PickerScreen
from game.ui.screens.settings import SettingsScreen
from tests.ui.support import open_app

CAMPAIGN = Path(__file__).resolve().parents[2] / "stories" / "campaign.yaml"


@pytest.fixture(autouse=True)
def _close():
    yield
    pygame.display.quit()


def shown(tmp_path: Path, page: type, scale: int, size: tuple[int, int] = (1280, 720)):
    app = open_app(CAMPAIGN, tmp_path / "data", size=size,
                   settings=Settings(text_scale=scale, text_speed="instant"))
    screen = page(app)
    app.replace(screen)
    return screen, [e for e in screen.describe().elements if e.role == "button"]


@pytest.mark.parametrize("page", [SettingsScreen, PickerScreen])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_at_200_percent_every_button_is_on_screen_at_a_touchable_size(tmp_path, page, size):
    screen, buttons = shown(tmp_path, page, 200, size)
    assert screen._max_scroll() == 0
    height = size[1]
    assert all(b.rect[1] >= 0 and b.rect[1] + b.rect[3] <= height for b in buttons)
    assert min(b.rect[3] for b in buttons) >= MIN_TARGET


@pytest.mark.parametrize("page", [SettingsScreen, PickerScreen])
def test_at_100_percent_the_page_keeps_its_ordinary_room(tmp_path, page):
    screen, _buttons = shown(tmp_path, page, 100)
    assert not screen.tight
    assert screen._max_scroll() == 0


def test_packed_tight_a_season_is_named_by_title_and_years_and_otherwise_by_place_too(
        tmp_path):
    _, wide = shown(tmp_path, PickerScreen, 100)
    _, tight = shown(tmp_path, PickerScreen, 200)
    seasons = [b.text for b in wide if b.key.startswith("season:")]
    short = [b.text for b in tight if b.key.startswith("season:")]
    assert "Sosnovka" in seasons[0] and "Sosnovka" not in short[0]
    assert [s.split(":")[0] for s in seasons] == short  # same titles and years
    assert short[0] == "The Hungry Year (1921-1922)"


def test_tight_packing_is_what_brings_the_last_settings_into_reach(tmp_path):
    """The check can fail: laid out the ordinary way at 200 %, Settings scrolls."""
    screen, _ = shown(tmp_path, SettingsScreen, 200)
    assert screen.tight
    screen.tight = False
    screen._again(2)
    assert screen._max_scroll() > 0


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1080, 1920)])
@pytest.mark.parametrize("scale", [100, 200])
def test_twelve_players_and_the_keypad_are_all_in_reach(tmp_path, size, scale):
    """A class's worth of players on one computer, and the keypad for a new one: every
    button on screen, and what was typed on screen too (it used to scroll away)."""
    from game.engine.players import register
    from game.ui.screens.players import NameScreen, PlayersScreen

    app = open_app(CAMPAIGN, tmp_path / "data", size=size,
                   settings=Settings(text_scale=scale, text_speed="instant"))
    for seat in range(12):
        register(app.root_dir, f"Seat {seat + 1}")
    for screen in (PlayersScreen(app), NameScreen(app)):
        app.replace(screen)
        screen._type("7") if isinstance(screen, NameScreen) else None
        described = screen.describe()
        buttons = [e for e in described.elements if e.role == "button"]
        if isinstance(screen, PlayersScreen):
            # the most recent players stay; the rest are found again by typing the name
            assert len(buttons) == screen.shown + 2 and screen.shown >= 6
            assert buttons[0].text == "Seat-12"
            told = " ".join(e.text for e in described.elements if e.role != "button")
            assert (screen.shown < 12) == ("Not in the list?" in told)
        else:
            assert len(buttons) == 13
        held = {t.key for t in screen.fixed} | {t.key for t in screen.dock.targets}
        view = screen.viewport
        out = [b.text for b in buttons if not (b.key in held or (
            b.rect[1] >= view.y and b.rect[1] + b.rect[3] <= view.bottom))]
        assert not out, f"{screen.name}: {out}"
        if isinstance(screen, NameScreen):
            typed = next(e for e in described.elements if e.text.startswith("7"))
            assert typed.visible and view.y <= typed.rect[1] < view.bottom
