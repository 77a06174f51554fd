"""The kiosk's "Read aloud" (issue 15 item 1): a large labelled button on the attract loop
turns self-voicing on for one visit, the visit is read aloud in the visitor's language, and
the next visitor starts without it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pygame
import pytest

from game.engine.settings import Settings
from game.kiosk.config import KioskConfig
from game.kiosk.counters import Counters
from game.ui.app import App
from game.ui.kiosk.controller import Kiosk, kiosk_stories
from game.ui.kiosk.screens import AttractScreen
from game.ui.profile import KIOSK
from game.ui.screens.intro import IntroScreen
from tests.conftest import STORIES
from tests.helpers import load
from tests.ui.support import Clock
from tests.ui.support import click as click_now
from tests.ui.voices import fake_voice, finish_all


@pytest.fixture
def kiosk(tmp_path: Path):
    config = KioskConfig(idle_seconds=60, countdown_seconds=20, staff_pin="2468",
                         languages=("en", "ru"))
    stories = kiosk_stories(load(STORIES / "campaign.yaml").model, config)
    pygame.display.init()
    app = App(stories["en"], tmp_path, surface=pygame.Surface((1920, 1080)),
              settings=Settings(), profile=KIOSK, clock=Clock())
    counters = Counters(tmp_path / "kiosk.sqlite")
    kiosk = Kiosk(app, config, stories, counters, today=lambda: date(2026, 12, 2))
    kiosk.start()
    yield kiosk
    counters.close()
    pygame.display.quit()


def click(app: App, key: str) -> None:
    app.clock.now += 1.0
    click_now(app, key)


def test_the_first_screen_has_a_large_labelled_read_aloud_button(kiosk):
    app = kiosk.app
    assert isinstance(app.top, AttractScreen)
    buttons = {e.key: e for e in app.top.describe().elements if e.role == "button"}
    read = buttons["voice"]
    assert read.text == "Read aloud: off" and read.enabled
    begin = buttons["begin:en"]
    assert read.rect[3] >= begin.rect[3] and read.rect[2] >= begin.rect[2] * 0.9  # as large


def test_read_aloud_reads_the_visit_in_the_visitors_language_then_ends_with_it(kiosk):
    app = kiosk.app
    engine, player = fake_voice(app)
    click(app, "voice")
    assert app.settings.self_voicing
    assert isinstance(app.top, AttractScreen)  # the button does not begin the visit
    assert "Read aloud: on" in [e.text for e in app.top.describe().elements]
    lines = finish_all(app, player)
    assert lines[0] == "Reading aloud on."  # a visitor may have no keyboard: no keys named
    assert lines[1] == app.campaign.title
    assert not (app.data_dir / "settings.json").exists()  # for this visit, not saved
    click(app, "begin:ru")
    assert isinstance(app.top, IntroScreen)
    engine.made.clear()
    finish_all(app, player)
    assert engine.made and {language for _, language in engine.made} == {"ru"}
    kiosk.reset()  # the visitor walked away
    assert not app.settings.self_voicing and not app.voice.speaking
    assert "Read aloud: off" in [e.text for e in app.top.describe().elements]
    player.played.clear()
    app.step(0.0)
    app.dirty = True
    app.step(0.0)
    assert player.played == []  # the next visitor's attract loop is silent
