"""Watch mode: when the season file is saved, reload it and carry on from the same scene
with the same state. If the edit broke the file, show what is wrong and keep playing the
last good version. Input is read on a thread so the file can be checked while the player
thinks. Each version is also explored in the background (`game.analysis.live`), and what
`explore` finds is printed a few lines after it: one line a finding, or "explore: no
problems"."""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable

from game.analysis.live import LiveExplore
from game.engine.campaign import CampaignSession, CampaignState, as_campaign, start_campaign
from game.engine.model import Season
from game.engine.reload import Broken, Reloaded, Reloader, carry
from game.engine.state import GameState
from game.lang.catalogue import ENGLISH_STRINGS, Strings

from .terminal import Console, Presenter, Quit, Restart, play_season_steps


def play_watching(console: Console, season: Season, state: GameState | None = None,
                  poll: float = 0.3, words: Strings = ENGLISH_STRINGS,
                  read: Callable[[], str] | None = None, live: LiveExplore | None = None
                  ) -> int:
    """Play `season`, reloading it on every save. `read` gives the player's lines (by
    default standard input) and `live` explores each version (tests pass their own)."""
    lines: queue.Queue[str] = queue.Queue()
    live = live or LiveExplore(words)
    read = read or sys.stdin.readline

    def feed() -> None:
        for line in iter(read, ""):
            lines.put(line)
        lines.put("")

    threading.Thread(target=feed, daemon=True).start()
    reloader = Reloader(season.path)
    campaign = as_campaign(season)
    play = CampaignSession(campaign, CampaignState(campaign.id, 0, state) if state else None)

    def read_line() -> str | None:
        try:
            return lines.get(timeout=poll)
        except queue.Empty:
            return None

    def idle() -> None:
        report = live.take()
        if report is not None:  # about the version being played: it was the newest saved
            console.say("\n" + "\n".join(report.lines))
        change = reloader.check()
        if isinstance(change, Broken):
            console.say("\n" + words._("({file} has problems; still playing the last good "
                                       "version)", file=season.path.name))
            for problem in change.diagnostics:
                console.say("  " + problem.one_line())
        elif isinstance(change, Reloaded):
            new_state, note = carry(play.state, change.season)
            console.say("\n" + (words._("(reloaded {file}: {note})", file=season.path.name,
                                        note=note) if note
                                else words._("(reloaded {file})", file=season.path.name)))
            edited = as_campaign(change.season)
            play.replace(edited, CampaignState(edited.id, 0, new_state))
            live.start(change.season)
            raise Restart

    watching = Console(console.out, read_line, console.plain, idle)
    watching.say(words._("Watching {file} for changes. Save the file to see them here.",
                         file=season.path) + "\n")
    presenter = Presenter(watching, play, words)
    play.subscribe(presenter)
    live.start(season)
    try:
        play.begin()
        while True:
            play_season_steps(watching, presenter)
            try:
                watching.ask("\n" + words._("Press Enter to play again from the start (q to "
                                            "stop): "))
            except Restart:
                continue
            again = as_campaign(play.season)
            play.replace(again, start_campaign(again)[0])
    except Quit:
        watching.say(words._("Goodbye."))
    except KeyboardInterrupt:  # Ctrl-C stops watching like q does
        watching.say("\n" + words._("Goodbye."))
    return 0
