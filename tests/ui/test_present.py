"""The presentation path and the window's first size (issue 12 items 3 and 7)."""

from __future__ import annotations

from game.ui.present import FRAMEBUFFER, choose, fit


def test_linux_gets_the_plain_framebuffer():
    env: dict[str, str] = {}
    said = choose(env, "linux")
    assert env[FRAMEBUFFER] == "0" and "plain framebuffer" in said


def test_a_value_someone_set_is_kept():
    env = {FRAMEBUFFER: "1"}
    assert "set in the environment" in choose(env, "linux")
    assert env[FRAMEBUFFER] == "1"


def test_other_systems_keep_sdls_default():
    env: dict[str, str] = {}
    assert choose(env, "win32") == "SDL's default presentation" and env == {}


def test_the_default_window_fits_a_small_desktop():
    assert fit((1280, 720), (1024, 768)) == (921, 691)
    assert fit((1280, 720), (1920, 1080)) == (1280, 720)
    assert fit((1280, 720), None) == (1280, 720)
    assert fit((1280, 720), (200, 100)) == (320, 240)  # never unusably small
