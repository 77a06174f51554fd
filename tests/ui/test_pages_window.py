"""Document cards and interludes in the real window, headless, by posting real events."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.screens.document import DocumentScreen
from game.ui.screens.interlude import InterludeScreen
from game.ui.screens.intro import IntroScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.summary import SummaryScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app, press, target

CAMPAIGN = FIXTURES / "seasonformat" / "campaign.yaml"


@pytest.fixture
def app(tmp_path: Path):
    app = open_app(CAMPAIGN, tmp_path)
    app.replace(TitleScreen(app))
    yield app
    pygame.display.quit()


def start_playing(app) -> PlayScreen:
    click(app, "new")
    click(app, "begin")
    assert isinstance(app.top, PlayScreen)
    return app.top


def test_a_document_opens_from_its_scene_as_a_button_not_a_choice_and_back_returns(app):
    screen = start_playing(app)
    session = screen.run.session
    button = target(app, "document:pen_pictures")
    assert button.number is None and button.label.startswith("Read the document: Pen Pictures")
    described = {e.key: e for e in screen.describe().elements if e.key}
    assert described["document:pen_pictures"].role == "button"
    assert described["choice:share"].role == "choice"
    press(app, pygame.K_1 + 5)  # no number opens a document: digits are for choices only
    assert isinstance(app.top, PlayScreen)
    click(app, "document:pen_pictures")
    card = app.top
    assert isinstance(card, DocumentScreen)
    texts = [e.text for e in card.describe().elements]
    assert texts[:2] == ["Pen Pictures of Russian Village Life (1922)", "Quotation"]
    assert "Source: Friends' Relief Committee, Pen Pictures, London, 1922, p. 7" in texts
    assert "Kept at: Library of the Society of Friends, London" in texts
    click(app, "back")
    assert app.top is screen and screen.mode == "scene"
    assert session.state.scene == "well" and session.state.steps == 0  # nothing chosen


def test_escape_on_a_card_also_goes_back_to_the_scene(app):
    screen = start_playing(app)
    click(app, "choice:share")
    click(app, "continue")
    click(app, "document:decree")
    assert "In other words (not the exact words)" in [
        e.text for e in app.top.describe().elements]
    press(app, pygame.K_ESCAPE)
    assert app.top is screen and screen.run.session.state.scene == "market"


def test_the_interlude_comes_between_the_summary_and_the_next_season(app):
    screen = start_playing(app)
    click(app, "choice:keep")
    click(app, "continue")
    click(app, "choice:help")
    click(app, "continue")
    click(app, "choice:finish")
    click(app, "continue")
    click(app, "summary")
    assert isinstance(app.top, SummaryScreen)
    click(app, "next")
    page = app.top
    assert isinstance(page, InterludeScreen)
    texts = [e.text for e in page.describe().elements]
    assert texts[0] == "1922-1941: the years between" and "1929-1933: collectivisation" in texts
    assert page.run.season.id == "spring"  # the next season has begun behind the page
    click(app, "continue")
    assert isinstance(app.top, IntroScreen) and app.top.run.season.id == "spring"
    assert screen.run.take_interludes() == ()  # shown once
