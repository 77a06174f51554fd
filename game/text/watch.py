"""Watch mode: when the season file is saved, reload it and carry on from the same scene
with the same state. If the edit broke the file, show what is wrong and keep playing the
last good version. Input is read on a thread so the file can be checked while the player
thinks."""

from __future__ import annotations

import queue
import sys
import threading

from game.engine.campaign import CampaignSession, CampaignState, as_campaign, start_campaign
from game.engine.model import Season
from game.engine.reload import Broken, Reloaded, Reloader, carry
from game.engine.state import GameState
from game.lang.catalogue import ENGLISH_STRINGS, Strings

from .terminal import Console, Presenter, Quit, Restart, play_season_steps


def play_watching(console: Console, season: Season, state: GameState | None = None,
                  poll: float = 0.3, words: Strings = ENGLISH_STRINGS) -> int:
    lines: queue.Queue[str] = queue.Queue()

    def feed() -> None:
        for line in iter(sys.stdin.readline, ""):
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
            raise Restart

    watching = Console(console.out, read_line, console.plain, idle)
    watching.say(words._("Watching {file} for changes. Save the file to see them here.",
                         file=season.path) + "\n")
    presenter = Presenter(watching, play, words)
    play.subscribe(presenter)
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
    return 0
