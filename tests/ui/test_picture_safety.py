"""The window never decodes a picture the checker has not passed: a hostile or damaged one is
a plain placeholder and one notice, and the shipped pictures still load."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.ui.app import App
from game.ui.images import PICTURE_UNAVAILABLE, Images, Placeholder
from game.ui.launch import as_campaign
from game.ui.layout import Box
from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from tests.conftest import ROOT
from tests.engine.test_pictures import season_with
from tests.helpers import load
from tests.pictures import GOOD, HOSTILE, png

BOX = Box(10, 20, 400, 300)
FILL, INK = (40, 50, 60), (200, 200, 200)


@pytest.fixture
def look() -> Placeholder:
    pygame.font.init()
    return Placeholder(FILL, INK, pygame.font.Font(None, 20))


@pytest.fixture
def decoded(monkeypatch) -> list[str]:
    """The files `pygame.image.load` is asked to decode (by their checked bytes' name)."""
    calls: list[str] = []
    real = pygame.image.load

    def spy(source, namehint=""):  # type: ignore[no-untyped-def]
        calls.append(namehint or str(source))
        return real(source, namehint)

    monkeypatch.setattr(pygame.image, "load", spy)
    return calls


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_refused_picture_is_a_placeholder_and_never_decoded(tmp_path: Path, name: str,
                                                              look: Placeholder, decoded):
    HOSTILE[name][0](tmp_path / name)
    images = Images()
    for _ in range(3):  # drawn every frame, checked and announced once
        surface, where = images.fitted(tmp_path / name, BOX, placeholder=look)
        assert decoded == []
        assert surface.get_size() == (BOX.w, BOX.h) and where == (BOX.x, BOX.y)
        assert tuple(surface.get_at((3, 3)))[:3] == FILL
    assert len(images.problems) == 1 and name in images.problems[0]
    assert images.notice() == images.problems[0]
    assert images.notice() == ""


def test_without_a_placeholder_a_refused_picture_draws_nothing(tmp_path: Path, decoded):
    (tmp_path / "huge.png").write_bytes(png(30000, 30000, pixels=False))
    assert Images().fitted(tmp_path / "huge.png", BOX, cover=True) is None
    assert decoded == []


def test_odd_paths_never_reach_the_decoder(tmp_path: Path, look: Placeholder, decoded):
    images = Images()
    for path in (Path("pic.png\0"), tmp_path / ("a" * 300 + ".png"), tmp_path / "missing.png",
                 Path("/dev/zero")):
        assert images.fitted(path, BOX, placeholder=look) is not None
    assert decoded == [] and len(images.problems) == 4
    assert images.notice().startswith("4 pictures cannot be shown")


def test_the_placeholder_shows_its_words_in_the_middle(tmp_path: Path, look: Placeholder):
    surface, _ = Images().fitted(tmp_path / "missing.png", BOX, placeholder=look)
    words = look.font.render(PICTURE_UNAVAILABLE, True, INK)
    middle = [tuple(surface.get_at((x, BOX.h // 2)))[:3] for x in range(BOX.w)]
    inked = [x for x, colour in enumerate(middle) if colour != FILL]
    assert inked and abs((inked[0] + inked[-1]) / 2 - BOX.w / 2) < 4
    assert inked[-1] - inked[0] <= words.get_width()
    assert PICTURE_UNAVAILABLE == "Picture unavailable"


def test_the_shipped_pictures_still_load(decoded):
    files = [*sorted((ROOT / "stories" / "images").rglob("*.png"))[:6],
             ROOT / "assets" / "art" / "title.png"]
    images = Images()
    for path in files:
        surface, _ = images.fitted(path, BOX)
        assert surface.get_width() == BOX.w or surface.get_height() == BOX.h
    assert len(decoded) == len(files) and images.problems == []


def test_a_picture_is_never_smoothscaled_below_two_pixels(tmp_path: Path, monkeypatch):
    real = pygame.transform.smoothscale
    sizes: list[tuple[int, int]] = []

    def spy(surface, size):  # type: ignore[no-untyped-def]
        sizes.append(tuple(size))
        return real(surface, size)

    monkeypatch.setattr(pygame.transform, "smoothscale", spy)
    (tmp_path / "strip.png").write_bytes(png(8, 1))  # as thin as the limits allow
    images = Images()
    assert images.fitted(tmp_path / "strip.png", Box(0, 0, 8, 300)) is None  # would be 8x1
    assert images.fitted(tmp_path / "strip.png", Box(0, 0, 1, 300)) is None  # box too thin
    assert images.fitted(tmp_path / "strip.png", Box(0, 0, 80, 300)) is not None
    assert sizes == [(80, 10)]


@pytest.mark.parametrize("mode", ["P", "L", "1", "I;16", "LA", "RGBA", "CMYK"])
def test_pictures_of_every_colour_mode_the_checker_passes_are_shown(tmp_path: Path, mode: str):
    """A palette or grey PNG decodes to an 8-bit surface, which smoothscale refuses."""
    from PIL import Image

    path = tmp_path / ("pic.jpg" if mode == "CMYK" else "pic.png")
    Image.new(mode, (64, 48)).save(path)
    images = Images()
    assert images.fitted(path, BOX) is not None and images.problems == []


def test_a_decoder_that_disagrees_with_the_header_is_not_trusted(tmp_path: Path, monkeypatch):
    (tmp_path / "pic.png").write_bytes(GOOD)
    monkeypatch.setattr(pygame.image, "load", lambda *_: pygame.Surface((1, 200000 // 100)))
    images = Images()
    assert images.load(tmp_path / "pic.png") is None
    assert "damaged" in images.problems[0]


def test_the_window_shows_a_placeholder_and_a_notice_for_a_picture_changed_on_disk(
        tmp_path: Path, decoded):
    """The season validated with a good picture; then the file was replaced (a kiosk runs
    for weeks, and watch mode keeps the last good season)."""
    (tmp_path / "pic.png").write_bytes(GOOD)
    result = load(season_with(tmp_path, "pic.png"))
    assert result.ok
    (tmp_path / "pic.png").write_bytes(png(30000, 30000, pixels=False))
    app = App(as_campaign(result.model), tmp_path / "data", size=(1280, 720),
              settings=Settings(text_speed="instant"))
    app.replace(PlayScreen(app, Run.new(app.campaign, app.save_path)))
    app.draw()
    screen = app.top
    box = screen.image_box
    assert decoded == []
    assert tuple(app.surface.get_at((box.x + 8, box.y + 8)))[:3] == screen.theme.panel
    assert "pic.png" in app.banner and "30000x30000" in app.banner
    assert app.banner in (tmp_path / "data" / "problems.log").read_text("utf-8")
    app.banner = ""
    app.draw()  # drawn again: the notice is not repeated
    assert app.banner == ""
