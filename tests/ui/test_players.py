"""Issue 12 item 4: players on a shared computer. Each nickname or seat number has its own
saved game and settings, Continue is that player's, the terminal shares the same saves, and
a kiosk never asks."""

from __future__ import annotations

import os
import subprocess
import sys

import pygame
import pytest

from game.engine.players import BadName, folder_name, players, register, tidy
from game.ui.launch import first_screen
from game.ui.screens.intro import IntroScreen
from game.ui.screens.players import NameScreen, PlayersScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES, ROOT
from tests.ui.support import click, open_app, press

STARTER = FIXTURES / "golden" / "starter.yaml"


def test_names_are_tidied_and_never_share_a_folder():
    assert tidy("  Anya K ") == "Anya-K" and tidy("Аня") == "Аня"
    assert folder_name("Anya") == folder_name("anya") != folder_name("Anya2")
    assert folder_name("Аня") != folder_name("Оля")  # Cyrillic names kept apart
    with pytest.raises(BadName):
        tidy("  !!  ")


def type_name(app, text: str) -> None:
    for char in text:
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
    app.step(0.0)


def test_two_students_each_continue_their_own_game(tmp_path):
    app = open_app(STARTER, tmp_path)
    app.replace(PlayersScreen(app))
    click(app, "new")
    assert isinstance(app.top, NameScreen)
    type_name(app, "Anya")
    press(app, pygame.K_m)  # a letter key here is typing, not a shortcut: the sound stays on
    assert not app.settings.muted
    click(app, "play")
    assert isinstance(app.top, TitleScreen) and app.player == "Anya"
    click(app, "new")
    assert isinstance(app.top, IntroScreen)
    click(app, "begin")
    assert app.settings.text_speed == "normal"  # Anya's own settings: the defaults
    app.top.revealed = float("inf")  # she has read the scene
    click(app, "choice:help_petrova")
    anya_save = app.save_path
    assert anya_save.exists() and anya_save.parent.parent.name == "players"
    app.replace(first_screen(app))
    assert isinstance(app.top, PlayersScreen)  # players exist: who is it now?
    click(app, "new")
    for digit in "17":  # a seat number, by touch on the keypad
        click(app, f"digit:{digit}")
    click(app, "play")
    assert app.player == "17"
    assert not app.top.targets()[0].enabled  # seat 17 has no game to continue yet
    app.replace(PlayersScreen(app))
    names = [t.label for t in app.top.targets()]
    assert "Anya" in names[0] or "Anya" in " ".join(names)
    click(app, next(t.key for t in app.top.targets() if "Anya" in t.label))
    assert app.top.saved is not None and app.top.saved.session.state.steps == 1
    pygame.display.quit()


def test_the_terminal_plays_the_same_player_s_game(tmp_path):
    env = {**os.environ, "VR_DATA_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-m", "game", "play", "--text", "--player", "Seat-4",
                            str(STARTER)], input="1\nq\n", capture_output=True, text=True,
                           timeout=60, cwd=ROOT, env=env)
    assert first.returncode == 0 and first.stderr == ""
    (player,) = players(tmp_path)
    assert player.name == "Seat-4" and list(player.folder.glob("autosave-*.json"))
    again = subprocess.run([sys.executable, "-m", "game", "play", "--text", "--player", "seat-4",
                            str(STARTER)], input="c\nq\n", capture_output=True, text=True,
                           timeout=60, cwd=ROOT, env=env)
    assert "A saved game was found" in again.stdout
    shared = subprocess.run([sys.executable, "-m", "game", "play", "--text", str(STARTER)],
                            input="q\n", capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env=env)
    assert "A saved game was found" not in shared.stdout  # the shared folder has none


def test_a_damaged_player_file_is_skipped(tmp_path):
    register(tmp_path, "Anya")
    broken = register(tmp_path, "Olya").folder / "player.json"
    broken.write_text("{not json", encoding="utf-8")
    assert [p.name for p in players(tmp_path)] == ["Anya"]
