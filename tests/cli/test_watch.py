"""Watch mode: saving the file reloads it in place; a broken save keeps the old version."""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from game.engine.reload import Broken, Reloaded, Reloader, carry
from game.engine.session import Session
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load

STARTER = (FIXTURES / "golden" / "starter.yaml").read_text("utf-8")


def touch_later(path: Path, text: str) -> None:
    """Write and make sure the modification time moves, even on coarse clocks."""
    before = path.stat().st_mtime_ns
    path.write_text(text, "utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def test_reloader_sees_a_good_edit_and_a_broken_one(write):
    path = write("s.yaml", STARTER)
    reloader = Reloader(path)
    assert reloader.check() is None
    touch_later(path, STARTER.replace("A thin harvest", "A very thin harvest"))
    change = reloader.check()
    assert isinstance(change, Reloaded)
    assert change.season.scenes["dry_summer"].title == "A very thin harvest"
    assert reloader.check() is None
    touch_later(path, STARTER.replace("next: assembly", "next: asembly"))
    broken = reloader.check()
    assert isinstance(broken, Broken) and [d.code for d in broken.diagnostics] == ["VR020"] * 2


def test_carry_keeps_scene_and_state_and_survives_a_removed_scene(write):
    season = load(write("s.yaml", STARTER)).model
    session = Session(season)
    session.choose("help_petrova")
    state, note = carry(session.state, season)
    assert state == session.state and note == ""
    renamed = load(write("t.yaml", STARTER.replace("id: assembly", "id: gathering").replace(
        "next: assembly", "next: gathering"))).model
    state, note = carry(session.state, renamed)
    assert state.scene == "dry_summer" and state.trust == 55 and "gone" in note


class Player:
    """Drives `play --text --watch` through pipes, reading its output as it comes."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "game", "play", "--text", "--watch", str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, cwd=ROOT, bufsize=1)
        self.output: queue.Queue[str] = queue.Queue()
        self.seen = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for char in iter(lambda: self.process.stdout.read(1), ""):
            self.output.put(char)

    def wait_for(self, text: str, after: str = "", timeout: float = 30) -> str:
        """Wait until `text` appears (after the last `after`, if given); return the output."""
        deadline = time.monotonic() + timeout  # a hang guard, not a speed test
        while text not in (self.seen.rpartition(after)[2] if after else self.seen):
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"never saw {text!r}; output so far:\n{self.seen}"
            with contextlib.suppress(queue.Empty):
                self.seen += self.output.get(timeout=remaining)
        return self.seen

    def type(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.close()
        return self.process.wait(timeout=30)


def test_watch_reloads_in_place_and_keeps_running_through_a_broken_edit(write):
    path = write("watched.yaml", STARTER)
    player = Player(path)
    try:
        player.wait_for("--- A thin harvest ---")
        player.type("1")                                     # help Petrova
        player.wait_for("--- The assembly ---")
        player.wait_for("Choose 1-2")
        touch_later(path, STARTER.replace("The village assembly, the skhod, meets",
                                          "The village skhod gathers"))
        player.wait_for("(reloaded watched.yaml)")
        marker = "(reloaded watched.yaml)"
        player.wait_for("The village skhod gathers", after=marker)  # same scene, new text
        player.wait_for("Village trust: 55/100", after=marker)      # same state
        touch_later(path, STARTER.replace("next: winter", "next: wintr"))
        player.wait_for("still playing the last good version")
        player.wait_for("error[VR020]")
        player.type("1")                                     # the old version carries on
        player.wait_for("--- A knock in January ---")
        assert player.close() == 0
    finally:
        if player.process.poll() is None:
            player.process.kill()
