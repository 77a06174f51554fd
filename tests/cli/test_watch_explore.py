"""Watch mode explores every saved version in the background and shows what `explore`
finds: a save that leaves players stuck is reported within a moment, and fixing it says
"explore: no problems". A report about a version saved over since is never shown."""

from __future__ import annotations

import io
import queue
import threading
import time

from game.analysis.live import LiveExplore, report_lines
from game.text.terminal import Console
from game.text.watch import play_watching
from tests.cli.test_watch import STARTER, touch_later
from tests.helpers import load

# both choices of the assembly need what no player has there: a dead end
DEAD_END = STARTER.replace("if: grain >= 2", "if: grain >= 9", 1).replace(
    "        label: Say nothing and keep your seed\n",
    "        label: Say nothing and keep your seed\n        if: trust >= 90\n", 1)


class Output(io.StringIO):
    def wait_for(self, text: str, after: str = "", timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout  # a hang guard, not a speed test
        while text not in (self.getvalue().rpartition(after)[2] if after else self.getvalue()):
            assert time.monotonic() < deadline, f"never saw {text!r} in:\n{self.getvalue()}"
            time.sleep(0.02)
        return self.getvalue()


def test_the_terminal_shows_a_dead_end_the_save_made_and_its_fix(write):
    assert DEAD_END != STARTER
    path = write("watched.yaml", STARTER)
    out, typed = Output(), queue.Queue()
    console = Console(out, lambda: "")
    season = load(path).model
    player = threading.Thread(target=play_watching, daemon=True, kwargs=dict(
        console=console, season=season, poll=0.05, read=typed.get))
    player.start()
    out.wait_for("explore: no problems")               # the version it started with
    touch_later(path, DEAD_END)
    out.wait_for("(reloaded watched.yaml)")
    shown = out.wait_for("explore: VR105", after="(reloaded watched.yaml)")
    report = shown.rpartition("(reloaded watched.yaml)")[2]
    assert "explore: VR105 watched.yaml:" in report
    assert "players can get stuck in scene `assembly`: no choice is available" in report
    assert "explore: VR103 watched.yaml:" in report     # code, place, one line each
    assert "explore: no problems" not in report
    touch_later(path, STARTER)                          # the teacher fixes it
    out.wait_for("explore: no problems", after="explore: VR105")
    typed.put("")                                       # end of input: goodbye
    player.join(10)
    assert not player.is_alive()


def test_a_report_about_a_version_saved_over_is_dropped(write):
    """The first search is held until a second version is handed in: only the second
    version's report is ever given, and the searches ran one at a time."""
    first = load(write("a.yaml", STARTER)).model
    second = load(write("b.yaml", DEAD_END)).model
    release, running, searched = threading.Event(), threading.Lock(), []

    def run(season):
        assert running.acquire(blocking=False), "two searches at once"
        try:
            if not searched:
                release.wait(10)
            searched.append(season.path.name)
            return [], True
        finally:
            running.release()

    live = LiveExplore(run=run)
    live.start(first)
    time.sleep(0.05)
    live.start(second)
    assert live.take() is None                          # nothing is ready yet
    release.set()
    live.wait()
    report = live.take()
    assert searched == ["a.yaml", "b.yaml"]
    assert report is not None and report.version == 2
    assert live.take() is None                          # given once


def test_a_huge_season_is_not_searched_on_every_save_and_says_why(write):
    season = load(write("s.yaml", STARTER)).model
    lines = report_lines(season, None, True)
    assert len(lines) == 1 and "not run on each save" in lines[0]
    assert "python -m game explore s.yaml" in lines[0]
    stopped = report_lines(season, [], False)
    assert "stopped after 200,000 states" in stopped[0] and "no problems" not in stopped[0]
