"""The terminal client: plays a season or a campaign with numbered choices.

It reads one line per decision, so it can be scripted with piped input (`printf '1\\n2\\n'
| python -m game play --text`) and read by a screen reader. Input and output are passed in,
which keeps it testable without a terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TextIO

from game.engine.campaign import current_season, has_next_season, next_season, start_campaign
from game.engine.model import Campaign, Season
from game.engine.session import ChoiceView, Session

from . import render

HELP = ("Type the number of a choice and press Enter. Other keys: l = what the village "
        "remembers (the ledger), h = help, q = quit.")


class Quit(Exception):
    """The player typed q, or the input ended."""


class Restart(Exception):
    """The season was reloaded while waiting for input: carry on with this session."""

    def __init__(self, session: Session) -> None:
        super().__init__("reloaded")
        self.session = session


@dataclass
class Console:
    """Where text goes and where lines come from.

    `read_line` returns a line, "" at the end of input, or None when no line has come yet;
    then `idle` runs (watch mode checks the season file there) and reading continues."""

    out: TextIO
    read_line: Callable[[], str | None]
    plain: bool = False
    idle: Callable[[], None] | None = None

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def ask(self, prompt: str) -> str:
        self.out.write(prompt)
        self.out.flush()
        line = self.read_line()
        while line is None:
            if self.idle is not None:
                self.idle()
            line = self.read_line()
        if not line:  # EOF: the script or the player has finished
            self.say()
            raise Quit
        answer = line.strip()
        if not self.out.isatty():  # echo, so a piped transcript shows what was chosen
            self.say(answer)
        if answer.lower() in ("q", "quit", "exit"):
            raise Quit
        return answer


def pick(console: Console, session: Session) -> str:
    """Ask until the player names an available choice (by number or id)."""
    available = [v for v in session.choices() if v.available]
    while True:
        answer = console.ask(f"Choose 1-{len(available)} (h for help): ")
        chosen = _match(answer, available)
        if chosen:
            return chosen.id
        if answer.lower() in ("l", "ledger"):
            console.say(render.ledger_view(session.season, session.state))
        elif answer.lower() in ("h", "help", "?"):
            console.say(HELP)
        else:
            console.say(f"Please type a number from 1 to {len(available)}.")


def _match(answer: str, available: list[ChoiceView]) -> ChoiceView | None:
    if answer.isdigit() and 1 <= int(answer) <= len(available):
        return available[int(answer) - 1]
    return next((v for v in available if v.id == answer), None)


def play_session(console: Console, session: Session) -> Session:
    """Play until an ending (a reload may swap the session); return the session played."""
    console.say(_view(session, console.plain))
    while not session.ended:
        try:
            choice = pick(console, session)
        except Restart as restart:
            session = restart.session
            console.say("\n" + _view(session, console.plain))
            continue
        outcome = session.choose(choice)
        console.say()
        if outcome.text:
            console.say(render.paragraphs(outcome.text))
        for line in render.event_lines(session.season, outcome.choice_events()):
            console.say("  " + line)
        console.say()
        console.say(_view(session, console.plain))
        arrival = render.event_lines(session.season, outcome.arrival_events())
        if arrival:
            console.say("On arriving here:\n" + "\n".join("  " + line for line in arrival))
    return session


def _view(session: Session, plain: bool) -> str:
    if session.ended:
        return render.ending_view(session, plain)
    return render.scene_view(session, plain)


def play_season(console: Console, season: Season, session: Session | None = None) -> int:
    try:
        if session is None:
            console.say(render.season_intro(season))
            console.say()
            session = Session(season)
        play_session(console, session)
    except Quit:
        console.say("Goodbye.")
    return 0


def play_campaign(console: Console, campaign: Campaign) -> int:
    progress, _ = start_campaign(campaign)
    try:
        while True:
            season = current_season(campaign, progress)
            console.say(render.season_intro(season))
            console.say()
            session = play_session(console, Session(season, progress.current))
            progress = replace(progress, current=session.state)
            if not has_next_season(campaign, progress):
                console.say("\nThe campaign is over. Thank you for playing.")
                return 0
            following = campaign.seasons[progress.index + 1]
            console.ask(f"\nPress Enter to begin {following.title} (q to stop): ")
            progress, _ = next_season(campaign, progress)
    except Quit:
        console.say("Goodbye.")
    return 0
