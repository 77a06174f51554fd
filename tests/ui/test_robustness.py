"""Damaged saves and settings give a message and a safe fallback; a bug inside a screen
shows the friendly problem screen, logs it, and never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame

from game.ui.app import App
from game.ui.launch import as_campaign
from game.ui.screens.play import PlayScreen
from game.ui.screens.problem import ProblemScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load
from tests.ui.support import click, open_app, pump, target

STARTER = FIXTURES / "golden" / "starter.yaml"


def test_a_damaged_save_disables_continue_and_says_why(tmp_path):
    (tmp_path / "autosave-starter.json").write_text('{"format": 1, "kind": "village-resil', "utf-8")
    app = open_app(STARTER, tmp_path)
    app.replace(TitleScreen(app))
    assert not target(app, "continue").enabled
    assert any("damaged" in line.text for line in app.top.flow.lines)
    click(app, "new")                      # a new game still starts, and saves over it
    click(app, "begin")
    assert isinstance(app.top, PlayScreen)
    assert '"kind": "village-resilience-save"' in app.save_path.read_text()
    assert (tmp_path / "autosave-starter.refused-1.json").is_file()  # the damaged one, kept


def test_damaged_settings_are_repaired_with_a_notice(tmp_path):
    (tmp_path / "settings.json").write_text('{"text_scale": 900, "high_contrast": true}', "utf-8")
    app = App(as_campaign(load(STARTER).model), tmp_path, size=(1280, 720))
    assert app.settings.text_scale == 100 and app.settings.high_contrast
    assert any("text_scale" in notice for notice in app.notices)


def test_a_bug_in_a_screen_becomes_the_problem_screen_and_a_log_line(tmp_path):
    app = open_app(STARTER, tmp_path)
    app.replace(TitleScreen(app))

    def broken(surface):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    app.top.draw = broken  # type: ignore[method-assign]
    app.dirty = True
    pump(app)
    assert isinstance(app.top, ProblemScreen)
    assert "RuntimeError" in (tmp_path / "problems.log").read_text("utf-8")
    pump(app)  # the problem screen itself draws fine
    click(app, "title")
    assert isinstance(app.top, TitleScreen)


def test_an_unwritable_save_folder_lets_play_go_on_with_a_message(tmp_path):
    app = open_app(STARTER, tmp_path)
    app.save_path = tmp_path / "autosave.json" / "cannot" / "be" / "here.json"
    (tmp_path / "autosave.json").write_text("a file, not a folder", "utf-8")
    app.replace(TitleScreen(app))
    click(app, "new")
    click(app, "begin")
    click(app, "choice:help_petrova")
    app.top.activate("continue")  # back to the scene, where the problem is shown
    shown = [e.text for e in app.top.describe().elements]
    assert any(text.startswith(f"{app.save_path}: could not save (") and
               "you can keep playing" in text for text in shown), shown
    pygame.display.quit()


def test_render_command_writes_the_picture(tmp_path):
    out = tmp_path / "scene.png"
    result = subprocess.run([sys.executable, "-m", "game", "render", str(STARTER), "--scene",
                             "winter", "--size", "1024x768", "--text-scale", "2", "--theme",
                             "high-contrast", "-o", str(out)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Wrote {out} (1024x768, scene)"]  # nothing else
    image = pygame.image.load(str(out))
    assert image.get_size() == (1024, 768)
    assert image.get_at((5, 5))[:3] == (0, 0, 0)  # high contrast: black background
    bad = subprocess.run([sys.executable, "-m", "game", "render", str(STARTER), "--scene",
                          "wintr", "-o", str(out)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert bad.returncode == 1 and "did you mean `winter`?" in bad.stderr


def test_no_display_gives_a_plain_message_not_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "game", "play", str(STARTER)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={**os.environ, "SDL_VIDEODRIVER": "nosuchdriver",
                                 "VR_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "python -m game play --text" in result.stderr


def test_the_data_folder_is_the_one_sdl_would_choose(monkeypatch, tmp_path):
    """Window and terminal share saves, so the pure-Python folder must be SDL's own."""
    from game.present.places import preference_folder

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    expected = Path(pygame.system.get_pref_path("village-resilience", "Village Resilience"))
    assert preference_folder() == expected.resolve()
