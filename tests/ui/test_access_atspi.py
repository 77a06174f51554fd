"""The screen-reader bridge end to end on Linux, as Orca would meet it (issue 15 item 2):
the real window under Xvfb, on a private D-Bus session with the accessibility bus switched
on, and a second process using `pyatspi` (the system python's, as Orca's) that finds the
choice buttons by their labels and clicks one; the game must play that choice (the page
turns for the screen reader, and the autosave holds the choice). Skipped, saying what is
missing, without Xvfb, dbus-run-session, the system's pyatspi or accesskit."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
LABEL = "2. Lend Anna your father's sickle"

SCRIPT = r"""
set -u
DIR=$1; LABEL=$2; GAME_PYTHON=$3; CLIENT=$4
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$DIR/display" 2>"$DIR/xvfb.log" &
XVFB=$!
for i in $(seq 50); do [ -s "$DIR/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$DIR/display")"
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
  variant:boolean:true >/dev/null
VR_DATA_DIR="$DIR/data" SDL_AUDIODRIVER=dummy "$GAME_PYTHON" -m game play \
  stories/famine.yaml --from thin_harvest >"$DIR/game.log" 2>&1 &
GAME=$!
/usr/bin/python3 "$CLIENT" "$LABEL" >"$DIR/client.json" 2>"$DIR/client.log"
STATUS=$?
kill $GAME $XVFB 2>/dev/null
wait
exit $STATUS
"""


def missing() -> str | None:
    for tool in ("Xvfb", "dbus-run-session", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install xvfb dbus-x11)"
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux's accessibility bus"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
            timeout=20).returncode != 0:
        return "the system python has no pyatspi (apt-get install python3-pyatspi)"
    try:
        import accesskit  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return "accesskit is not installed (pip install 'village-resilience[access]')"
    return None


@pytest.mark.skipif(missing() is not None, reason=str(missing()))
def test_a_screen_reader_finds_the_choices_and_plays_one(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SDL_VIDEODRIVER", None)  # a real X window, not the tests' dummy driver
    env.pop("DISPLAY", None)
    process = subprocess.Popen(
        ["timeout", "-k", "2", "25", "dbus-run-session", "--", "bash", "-c", SCRIPT, "run",
         str(tmp_path), LABEL, sys.executable, str(CLIENT)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    try:
        process.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # Xvfb, the game, the buses: all of it
        process.wait()
    game_log = (tmp_path / "game.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in game_log
    report = json.loads((tmp_path / "client.json").read_text(encoding="utf-8") or "{}")
    buttons = report.get("buttons", [])
    assert "1. Reap Anna's strip; yours must wait" in buttons, (report, game_log)
    assert LABEL in buttons and {"Back", "Menu"} <= set(buttons)
    assert report["actions"] == ["click"]
    states = report["states"]
    # Back (nothing to re-read yet) has no actions, so it cannot take the focus; AccessKit
    # 0.7.0's AT-SPI side still calls it "enabled" (its label and Menu's say enough)
    assert "focusable" not in states["Back"] and "focusable" in states[LABEL]
    assert report.get("focused") == "3. Reap your own strip first", report  # ring followed
    assert report["advanced"], report  # the choice buttons went: the page turned
    save = json.loads((tmp_path / "data" / "autosave-famine.json").read_text(encoding="utf-8"))
    assert "lend_sickle" in json.dumps(save)
    problems = tmp_path / "data" / "problems.log"
    assert not problems.exists() or "bridge" not in problems.read_text(encoding="utf-8")
