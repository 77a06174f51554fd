"""Sound: what plays for which event, captions, volumes, and silence without a device."""

from __future__ import annotations

import time
from pathlib import Path

import pygame
import pytest

from game import assets
from game.engine.events import ChoiceMade, EndingReached, SeasonStarted, TrustChanged
from game.engine.settings import Settings
from game.lang.catalogue import ENGLISH_STRINGS
from game.ui.sound import CAPTIONS, Sound, ambience_for


class FakeChannel:
    def __init__(self, number: int, log: list) -> None:
        self.id, self.log = number, log

    def play(self, sound, loops=0, fade_ms=0):
        self.log.append(("play", self.id, sound, loops))

    def fadeout(self, ms):
        self.log.append(("fadeout", self.id))

    def set_volume(self, volume):
        self.log.append(("volume", self.id, round(volume, 2)))


class FakeMixer:
    def __init__(self, fail: str = "", slow: float = 0.0) -> None:
        self.fail, self.slow, self.log = fail, slow, []

    def init(self, **_):
        time.sleep(self.slow)
        if self.fail:
            raise pygame.error(self.fail)

    def set_num_channels(self, n):
        pass

    def set_reserved(self, n):
        pass

    def Sound(self, path):
        return Path(path).stem

    def Channel(self, n):
        return FakeChannel(n, self.log)

    def find_channel(self, force):
        return FakeChannel(1, self.log)


def sound(settings: Settings | None = None, mixer: FakeMixer | None = None) -> Sound:
    settings = settings or Settings()
    return Sound(lambda: settings, assets.sound(), ENGLISH_STRINGS, mixer=mixer or FakeMixer(),
                 background=False)


def test_every_sound_is_shipped_and_has_a_caption():
    shipped = {p.stem for p in assets.sound().glob("*.ogg")}
    assert shipped == set(CAPTIONS)


def test_the_shipped_files_are_ogg_pygame_can_play():
    pygame.mixer.init()
    try:
        for name in CAPTIONS:
            assert pygame.mixer.Sound(assets.sound() / f"{name}.ogg").get_length() > 0.05
    finally:
        pygame.mixer.quit()


def test_a_season_starts_its_ambience_looping_with_its_caption():
    mixer = FakeMixer()
    s = sound(mixer=mixer)
    s.hear(SeasonStarted("famine", "The Hungry Year", 0, 50))
    assert ("play", 0, "famine", -1) in mixer.log
    assert s.caption == "[A dry wind over empty fields]"


def test_choices_trust_and_endings_have_their_own_sounds():
    mixer = FakeMixer()
    s = sound(mixer=mixer)
    s.hear(ChoiceMade("a", "b", "Share", "share_grain"))
    s.hear(TrustChanged(50, 56, "thanks"))
    s.hear(TrustChanged(56, 50, "anger"))
    s.hear(EndingReached("warm", "Warm"))
    played = [entry[2] for entry in mixer.log if entry[0] == "play"]
    assert played == ["select", "trust_up", "trust_down", "ending"]


def test_mute_and_volumes_are_applied_and_captions_still_show():
    mixer = FakeMixer()
    s = sound(Settings(muted=True), mixer)
    s.hear(SeasonStarted("war", "War", 1, 50))
    s.effect("select")
    assert ("volume", 0, 0.0) in mixer.log  # ambience silent
    assert not [e for e in mixer.log if e[0] == "play" and e[2] == "select"]
    assert s.caption == "[A soft click]"
    quiet = FakeMixer()
    sound(Settings(music_volume=40), quiet).ambience("war")
    assert ("volume", 0, 0.4) in quiet.log


def test_captions_can_be_turned_off_and_fade_after_a_moment():
    s = sound(Settings(captions=False))
    s.effect("select")
    assert s.caption == ""
    s = sound()
    s.effect("select")
    assert not s.update(1.0) and s.caption
    assert s.update(3.0) and s.caption == ""


def test_no_audio_device_means_silence_and_a_reason_never_an_error():
    s = sound(mixer=FakeMixer(fail="No available audio device"))
    s.hear(SeasonStarted("famine", "The Hungry Year", 0, 50))
    s.effect("select")
    assert not s.ready and "No available audio device" in s.unavailable


def test_a_slow_device_never_makes_the_game_wait():
    mixer = FakeMixer(slow=1.0)
    s = Sound(lambda: Settings(), assets.sound(), ENGLISH_STRINGS, mixer=mixer)
    began = time.perf_counter()
    s.hear(SeasonStarted("famine", "The Hungry Year", 0, 50))
    s.effect("select")
    assert time.perf_counter() - began < 0.2 and not s.ready
    time.sleep(1.3)
    assert s.ready and ("play", 0, "famine", -1) in mixer.log  # it starts once it can


@pytest.mark.parametrize(("season", "palette", "expected"), [
    ("famine", "", "famine"), ("flood", "meadow", "reconstruction"), ("flood", "dusk", None)])
def test_teachers_seasons_get_ambience_by_palette(season, palette, expected):
    assert ambience_for(season, palette) == expected


def test_the_window_hears_a_new_run_and_m_mutes(tmp_path):
    from game.ui.run import Run
    from game.ui.screens.title import TitleScreen
    from tests.conftest import ROOT
    from tests.ui.support import open_app, press

    app = open_app(ROOT / "stories" / "famine.yaml", tmp_path)
    app.replace(TitleScreen(app))
    Run.new(app.campaign, app.save_path, listeners=app.listeners())
    assert app.sound.caption == "[A dry wind over empty fields]"
    press(app, pygame.K_m)
    assert app.settings.muted and "Sound off" in app.banner
    press(app, pygame.K_m)
    assert not app.settings.muted
