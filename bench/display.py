"""Where a bench's child process draws (SDL's dummy driver, or a real X server, Xvfb, for
figures that include presenting frames) and how it runs the game's loop. One place, so every
bench starts Xvfb and idles the same way."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

# The window never opens larger than 90 % of the desktop (`game/ui/present.fit`), so a
# 1920x1080 window needs a 2134x1200 screen to be measured at its full size.
SCREEN = "2134x1200x24"


@contextlib.contextmanager
def display(env: dict[str, str], xvfb: bool, screen: str = SCREEN) -> Iterator[bool]:
    """Set `env` up for the chosen display; yields False when Xvfb was asked for and is not
    installed (the caller says so and skips), and stops the server afterwards. The server
    picks a free display number itself (`-displayfd`), so two benches, or a bench beside
    a test under Xvfb, never share or collide on one."""
    if not xvfb:
        env["SDL_VIDEODRIVER"] = "dummy"
        yield True
        return
    if shutil.which("Xvfb") is None:
        print("Xvfb is not installed (apt-get install xvfb)")
        yield False
        return
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen,
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as announced:  # the number, once the server accepts clients
            number = announced.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start (it printed no display number)")
        env.update(DISPLAY=f":{number}", SDL_VIDEODRIVER="x11")
        yield True
    finally:
        server.terminate()
        server.wait(timeout=10)


def game_loop(app: Any, seconds: float) -> None:
    """Run `app` for `seconds` the way `App.run` does: a step, then sleep to the next frame
    (60 a second while animating, 20 when still), so idle CPU is the game's own."""
    deadline = time.monotonic() + seconds
    last = time.perf_counter()
    while time.monotonic() < deadline:
        now = time.perf_counter()
        animating = app.step(now - last)
        last = now
        time.sleep(max(0.0, (1 / 60 if animating else 0.05) - (time.perf_counter() - now)))
