"""The window's profile, clock and input hook: a kiosk-like profile offers no Quit, no
Settings and no F11; a fake clock runs the loop and its animations exactly; the input hook
hears every key, click and finger, and nothing on an idle frame. Notices are shown once."""

from __future__ import annotations

import pygame
import pytest

from game.engine.settings import Settings
from game.ui.app import FRAME, IDLE_SLEEP, App
from game.ui.profile import HOME, KIOSK, Profile
from game.ui.run import Run
from game.ui.screens.menu import MenuScreen
from game.ui.screens.play import SPEEDS, PlayScreen
from game.ui.screens.problem import ProblemScreen
from game.ui.screens.settings import SettingsScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES
from tests.ui.support import click, open_app, press, pump

STARTER = FIXTURES / "golden" / "starter.yaml"


class FakeClock:
    """Time that moves only when the loop sleeps (or a test says so)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def _close_window():
    yield
    pygame.display.quit()


def keys(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [target.key for target in app.top.targets()]


def test_home_profile_is_todays_window(tmp_path):
    app = open_app(STARTER, tmp_path)
    assert app.profile == HOME
    app.replace(TitleScreen(app))
    assert keys(app) == ["continue", "new", "choose", "settings", "players", "quit"]
    app.replace(MenuScreen(app, Run.new(app.campaign, tmp_path / "save.json")))
    assert keys(app) == ["resume", "ledger", "history", "slots", "settings", "title", "quit"]
    press(app, pygame.K_F11)
    assert app.settings.fullscreen


def test_a_kiosk_offers_no_quit_no_settings_and_ignores_f11(tmp_path):
    app = open_app(STARTER, tmp_path, profile=KIOSK)
    app.replace(TitleScreen(app))
    assert keys(app) == ["continue", "new", "choose"]
    assert [t.number for t in app.top.targets()] == [1, 2, 3]
    press(app, pygame.K_5)                   # was Quit on the home title
    press(app, pygame.K_F11)
    assert app.running and not app.settings.fullscreen
    assert app.fullscreen                    # always full screen, whatever the settings say
    assert not (tmp_path / "settings.json").exists()
    app.replace(MenuScreen(app, Run.new(app.campaign, tmp_path / "save.json")))
    assert keys(app) == ["resume", "ledger", "history", "title"]  # reading is for all
    described = [e.text for e in app.top.describe().elements]
    assert "Quit" not in described and "Settings" not in described
    app.replace(ProblemScreen(app, "Something is wrong."))
    assert keys(app) == ["title"]


def test_a_profile_without_the_toggle_hides_the_full_screen_setting(tmp_path):
    app = open_app(STARTER, tmp_path, profile=Profile(fullscreen_toggle=False,
                                                      hidden=frozenset({"choose"})))
    app.replace(SettingsScreen(app))
    assert "fullscreen" not in keys(app) and "text_scale" in keys(app)
    app.replace(TitleScreen(app))
    assert keys(app) == ["continue", "new", "settings", "players", "quit"]


def test_a_fake_clock_drives_the_loop_and_the_text_reveal_exactly(tmp_path):
    clock = FakeClock()
    app = open_app(STARTER, tmp_path, settings=Settings(text_speed="normal"), clock=clock,
                   sleep=clock.sleep)
    screen = PlayScreen(app, Run.new(app.campaign, tmp_path / "save.json"))
    app.replace(screen)
    started = clock.now
    app.every(1.0, app.quit)
    app.run()
    elapsed = clock.now - started
    assert 1.0 <= elapsed < 1.0 + 2 * FRAME     # one second of fake time, no real waiting
    revealed_for = elapsed - clock.sleeps[-1]   # the last sleep came after the last frame
    assert screen.revealed == pytest.approx(SPEEDS["normal"] * revealed_for)
    assert set(clock.sleeps) == {FRAME}         # 60 frames a second while text appears


def test_an_idle_loop_sleeps_between_polls(tmp_path):
    clock = FakeClock()
    app = open_app(STARTER, tmp_path, clock=clock, sleep=clock.sleep)
    app.replace(TitleScreen(app))
    app.every(0.5, app.quit)
    app.run()
    assert set(clock.sleeps) == {IDLE_SLEEP} and 0.5 <= clock.now - 100.0 < 0.6


def test_the_input_hook_hears_keys_clicks_and_fingers_not_idle_frames(tmp_path):
    clock = FakeClock()
    heard: list[float] = []
    app = open_app(STARTER, tmp_path, clock=clock, on_input=heard.append)
    app.replace(TitleScreen(app))
    started = app.last_input_at
    clock.now += 30
    pump(app, 1.0)                                       # idle frames
    assert heard == [] and app.last_input_at == started
    press(app, pygame.K_TAB)
    assert heard == [clock.now] and app.last_input_at == clock.now
    clock.now += 5
    click(app, "new")                                    # mouse down and up
    assert heard[1:] == [clock.now, clock.now]
    clock.now += 5
    for kind in (pygame.FINGERDOWN, pygame.FINGERUP):    # a tap somewhere empty
        pygame.event.post(pygame.event.Event(kind, x=0.9, y=0.9, dx=0, dy=0, touch_id=1,
                                             finger_id=0, pressure=1.0))
    pump(app)
    assert heard[3:] == [clock.now, clock.now] and app.last_input_at == clock.now
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False))
    pump(app)
    assert len(heard) == 6


def test_a_notice_is_shown_once_not_on_every_visit_to_the_title(tmp_path):
    (tmp_path / "autosave-starter.json").write_text('{"format": 1, "kind": "village-resil', "utf-8")
    app = open_app(STARTER, tmp_path)
    seen = 0
    for _ in range(5):
        app.replace(TitleScreen(app))
        app.top.rebuild()                        # coming back from Settings rebuilds it
        seen += sum("damaged" in e.text for e in app.top.describe().elements)
        assert not app.top.targets()[0].enabled  # Continue stays off: the save is damaged
    assert seen == 1
    app.notices.append("Settings could not be saved.")
    app.notices += ["Settings could not be saved."]
    assert app.notices.take() == ["Settings could not be saved."] and len(app.notices) == 0


def test_esc_on_a_kiosk_problem_screen_without_a_campaign_does_not_quit(tmp_path):
    app = App(None, tmp_path, size=(1280, 720), settings=Settings(), profile=KIOSK)
    app.replace(ProblemScreen(app, "No seasons could be loaded."))
    assert keys(app) == ["title"] and not app.top.targets()[0].enabled
    press(app, pygame.K_ESCAPE)
    app.top.activate("quit")
    assert app.running and isinstance(app.top, ProblemScreen)
