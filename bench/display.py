"""Where a bench's child process draws: SDL's dummy driver, or a real X server (Xvfb) for
figures that include presenting frames. One place, so every bench starts Xvfb the same way."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator


@contextlib.contextmanager
def display(env: dict[str, str], xvfb: bool, number: str = ":97") -> Iterator[bool]:
    """Set `env` up for the chosen display; yields False when Xvfb was asked for and is not
    installed (the caller says so and skips), and stops the server afterwards."""
    if not xvfb:
        env["SDL_VIDEODRIVER"] = "dummy"
        yield True
        return
    if shutil.which("Xvfb") is None:
        print("Xvfb is not installed (apt-get install xvfb)")
        yield False
        return
    server = subprocess.Popen(["Xvfb", number, "-screen", "0", "1920x1080x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env.update(DISPLAY=number, SDL_VIDEODRIVER="x11")
    try:
        yield True
    finally:
        server.terminate()
