"""The terminal client: plays a season or a campaign with numbered choices.

It reads one line per decision, so it can be scripted with piped input (`printf '1\\n2\\n'
| python -m game play --text`) and read by a screen reader. Input and output are passed in,
which keeps it testable without a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from game.classroom.handin import documents_folder, save_vrplay, season_code
from game.engine.campaign import CampaignSession
from game.engine.events import Event, InterludeShown, SeasonStarted
from game.engine.model import Campaign
from game.engine.saves import Loaded, SaveProblem, read_save, set_aside
from game.engine.session import ChoiceView, Session
from game.lang.catalogue import ENGLISH_STRINGS, Strings
from game.lang.marks import N_
from game.present.autosave import Autosave
from game.present.heard import Heard
from game.present.history import History, before_current
from game.present.pages import offered

from . import render

HELP = N_("Type the number of a choice and press Enter. Other keys: r = read this scene "
           "again, d = read the scene's document (d1, d2, ... when there are several), l = "
           "what the village remembers (the ledger), b or history = read the last pages "
           "again, h = help, q = quit.")


class Quit(Exception):
    """The player typed q, or the input ended."""


class Restart(Exception):
    """The season was reloaded while waiting for input: show where we are and carry on."""


@dataclass
class Console:
    """Where text goes and where lines come from.

    `read_line` returns a line, "" at the end of input, or None when no line has come yet;
    then `idle` runs (watch mode checks the season file there) and reading continues."""

    out: TextIO
    read_line: Callable[[], str | None]
    plain: bool = False
    idle: Callable[[], None] | None = None
    teacher: bool = False  # `play --teacher`: costs and conditions shown, `g` jumps anywhere

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
        answer = visible_text(line.strip()[:MAX_ANSWER])
        if not self.out.isatty():  # echo, so a piped transcript shows what was chosen
            self.say(answer)
        if answer.lower() in ("q", "quit", "exit"):
            raise Quit
        return answer


def pick(console: Console, session: Session, words: Strings = ENGLISH_STRINGS,
         history: History | None = None, arrival: Sequence[str] = ()) -> str:
    """Ask until the player names an available choice (by number or id); `history` keeps
    the documents read and answers `b`/`history`; `arrival` is what arriving here changed,
    said again whenever the scene is shown again."""
    available = [v for v in session.choices() if v.available]
    if not available:  # the validator's explorer warns of this (VR105); never ask forever
        console.say(words._("Nothing can be chosen here, so the season cannot go on. Please "
                            "tell your teacher."))
        raise Quit

    def scene() -> str:
        return render.scene_view(session, console.plain, words, arrival, console.teacher)

    while True:
        answer = console.ask(prompt(len(available), words))
        chosen = _match(answer, available)
        if chosen:
            return chosen.id
        document = _document(answer, session)
        if document is not None:  # reading is never a choice: back to the same scene
            if history is not None:
                history.read(document)
            console.say("\n" + render.document_view(document, words, console.plain) + "\n")
            console.ask(words._("Press Enter to go back to the scene: "))
            console.say("\n" + scene())
        elif answer.lower() in ("r", "repeat", "again"):  # a screen reader's user cannot
            console.say("\n" + scene())  # glance back up the screen
        elif answer.lower() in ("l", "ledger"):
            console.say(render.ledger_view(session.season, session.state, words))
        elif answer.lower() in ("b", "back", "history") and history is not None:
            before = before_current(history.pages)  # this scene follows, with its choices
            console.say("\n" + render.history_view(session.season, before, words,
                                                    plain=console.plain) + "\n")
            console.say(scene())
        elif answer.lower() in ("g", "go", "goto") and console.teacher:
            target = _jump_target(console, session, words)
            if target is not None:
                raise Jump(target)
            console.say("\n" + scene())
        elif answer.lower() in ("h", "help", "?"):
            console.say(render.wrap(words._(HELP)))
            if console.teacher:
                console.say(render.wrap(words._("Teacher's preview: g jumps to any scene; "
                                                "nothing is saved.")))
        elif len(available) == 1:
            console.say(words._("Please type 1 to go on."))
        else:
            console.say(words._("Please type a number from 1 to {count}.",
                                count=len(available)))


class Jump(Exception):  # a request, like Restart, not an error
    """A teacher asked to go to another scene (`play --teacher`, then `g`)."""

    def __init__(self, scene: str) -> None:
        super().__init__(scene)
        self.scene = scene


def _jump_target(console: Console, session: Session, words: Strings) -> str | None:
    """The scene list, numbered; the teacher's pick, or None to stay."""
    from game.analysis.preview import scene_menu

    scenes = scene_menu(session.season)
    console.say()
    for number, (_, title) in enumerate(scenes, 1):
        console.say(f"  {number:>2}. {title}")
    answer = console.ask(words._("Go to which scene (Enter to stay)? "))
    if answer.isdigit() and 1 <= int(answer) <= len(scenes):
        return scenes[int(answer) - 1][0]
    return None


def prompt(count: int, words: Strings = ENGLISH_STRINGS) -> str:
    """`Choose 1-3 (h for help): `, or `Type 1 to go on` when there is one way on (a range
    "1-1" puzzles a child)."""
    if count == 1:
        return words._("Type 1 to go on (h for help): ")
    return words._("Choose 1-{count} (h for help): ", count=count)


MAX_ANSWER = 200  # no answer is longer; a pasted megabyte is cut, not echoed whole
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def visible_text(text: str) -> str:
    """Typed text without control characters (an ESC echoed back would be a command)."""
    return _UNPRINTABLE.sub("", text)


def _document(answer: str, session: Session):  # type: ignore[no-untyped-def]
    """The document `d`, `d1`, `d2`... names among the scene's, if it names one."""
    scene = session.scene
    if scene is None or not scene.documents:
        return None
    documents = offered(session.season, scene.id)
    keys = render.document_keys(len(documents))
    answer = answer.lower()
    if answer == "d" and len(documents) > 1:
        answer = "d1"
    return dict(zip(keys, documents, strict=True)).get(answer)


def _match(answer: str, available: list[ChoiceView]) -> ChoiceView | None:
    # ASCII digits only: "²" and "١" count as digits to Python but are no choice number
    if answer.isascii() and answer.isdigit() and len(answer) <= 4 \
            and 1 <= int(answer) <= len(available):
        return available[int(answer) - 1]
    return next((v for v in available if v.id == answer), None)


class Presenter:
    """The terminal as one of the session's subscribers: it introduces every season as it
    starts and keeps what the last step changed (`Heard`) for the loop to print."""

    def __init__(self, console: Console, play: CampaignSession,
                 words: Strings = ENGLISH_STRINGS, autosave: Autosave | None = None) -> None:
        self.console, self.play, self.words = console, play, words
        self.heard = Heard()
        self.history = History(play)  # what `b` reads back (fed by `__call__`)
        self.autosave = autosave
        self.told = ""  # the save problem last said, so it is said once, not every step

    def __call__(self, event: Event) -> None:
        self.heard(event)
        self.history(event)
        if isinstance(event, InterludeShown):
            interlude = self.play.campaign.interlude(event.interlude)
            if interlude is not None:
                self.console.say("\n" + render.interlude_view(interlude, self.words,
                                                                  self.console.plain) + "\n")
                self.console.ask(self.words._("Press Enter to continue (q to stop): "))
                self.console.say()
        elif isinstance(event, SeasonStarted):
            self.console.say(render.season_intro(self.play.season, self.words,
                                                  self.console.plain))
            self.console.say()

    def arrival(self) -> list[str]:
        """What arriving in the scene on show changed, one line each (none after a reload:
        the numbers heard belong to the version before it)."""
        return render.change_lines(self.play.season, self.heard.arrival, self.words)

    def view(self) -> str:
        session, plain = self.play.session, self.console.plain
        if session.ended:
            return render.ending_view(session, plain, self.words, self.arrival())
        return render.scene_view(session, plain, self.words, self.arrival(),
                                 self.console.teacher)

    def outcome(self) -> None:
        heard, say = self.heard, self.console.say
        say()
        problem = self.autosave.problem if self.autosave else ""
        if problem != self.told:
            self.told = problem
            if problem:
                say(self.words._("{file}: could not save ({why}); you can keep playing, but "
                                 "Continue will not find this game",
                                 file=self.autosave.path if self.autosave else "", why=problem))
        if heard.choice is not None:  # what was chosen, in words, like the window's heading
            say(render.wrap(self.words._("You chose: {choice}", choice=heard.choice.label)))
            say()
            if heard.choice.outcome:
                say(render.paragraphs(heard.choice.outcome))
        for line in render.change_lines(self.play.season, heard.changes, self.words):
            say("  " + line)
        say()


def jump_to(play: CampaignSession, scene: str) -> None:
    """Move the session to `scene` with the household as it is now (`starting.jumped`)."""
    from game.engine.campaign import CampaignState
    from game.engine.starting import jumped

    progress = play.progress
    play.replace(play.campaign, CampaignState(progress.campaign, progress.index,
                                              jumped(play.season, play.state, scene),
                                              progress.finished, progress.cut))


def play_season_steps(console: Console, presenter: Presenter) -> None:
    """Play the current season to its ending (watch mode may reload it in between). Each
    scene is shown whole, what arriving changed included, before its choices are asked."""
    play = presenter.play
    console.say(presenter.view())
    while not play.ended:
        try:
            choice = pick(console, play.session, presenter.words, presenter.history,
                          presenter.arrival())
        except Restart:
            presenter.heard.clear()
            console.say("\n" + presenter.view())
            continue
        except Jump as jump:  # the teacher's preview: the same household, another scene
            presenter.heard.clear()
            jump_to(play, jump.scene)
            console.say("\n" + presenter.view())
            continue
        play.choose(choice)
        presenter.outcome()
        console.say(presenter.view())


def hand_in(console: Console, play: CampaignSession, words: Strings, keep: bool) -> None:
    """The season's path code on a line of its own (`Path code: FAM-…`), for the student to
    copy onto paper or read aloud; with `keep`, also a `.vrplay` file in their documents."""
    code = season_code(play.campaign, play.progress)
    if code is None:
        return
    console.say("\n" + words._("Path code: {code}", code=code))
    if not keep:
        return
    try:
        path = save_vrplay(documents_folder(), code, play.campaign, play.progress)
    except OSError as err:
        console.say(words._("(The code could not be saved in a file: {why}. Copy it onto "
                            "paper.)", why=err.strerror or type(err).__name__))
        return
    console.say(words._("Hand it to your teacher, or the file {file}.", file=str(path)))


def resume_or_begin(console: Console, campaign: Campaign, path: Path,
                    words: Strings = ENGLISH_STRINGS) -> CampaignSession:
    """Like the window's title: a saved game is offered to continue (screen-reader users
    deserve Continue too); a save that cannot be used is said in one line and set aside."""
    loaded = read_save(path, campaign)
    if isinstance(loaded, SaveProblem):
        kept = set_aside(path)
        console.say(loaded.message if kept is None else words._(
            "{problem} (the old file is kept as {name})", problem=loaded.message, name=kept.name))
        console.say()
    elif isinstance(loaded, Loaded):
        if loaded.recovered:
            set_aside(path)
        progress = loaded.progress
        season = campaign.seasons[progress.index]
        node = season.endings.get(progress.current.scene) or season.scenes.get(
            progress.current.scene)
        place = getattr(node, "title", "") or season.title  # never the scene's id
        while True:
            answer = console.ask(words._("A saved game was found: {season}, {place}. Type c to "
                                         "continue it, or n to start again: ",
                                         season=season.title, place=place)).lower()
            if answer in ("c", "continue", "n", "new"):
                break
        if answer.startswith("c"):
            if loaded.note:
                console.say(loaded.note)
            console.say()
            return CampaignSession(campaign, progress)
        console.say()
    return CampaignSession(campaign)


def play(console: Console, play: CampaignSession, words: Strings = ENGLISH_STRINGS,
         autosave: Autosave | None = None) -> int:
    """The one terminal loop, for a season (a campaign of one) or a whole campaign; with
    `autosave`, the progress is saved after every choice like the window's."""
    presenter = Presenter(console, play, words, autosave)
    if autosave is not None:
        play.subscribe(autosave)
    play.subscribe(presenter)
    try:
        play.begin()
        while True:
            play_season_steps(console, presenter)
            if not console.teacher:  # a preview that jumps about is nobody's path
                hand_in(console, play, words, keep=autosave is not None)
            following = play.following
            if following is None:
                if len(play.campaign.seasons) > 1:
                    console.say("\n" + words._("The campaign is over. Thank you for playing."))
                return 0
            console.ask("\n" + words._("Press Enter to begin {season} (q to stop): ",
                                        season=following.title))
            play.next_season()
    except KeyboardInterrupt:  # Ctrl-C is a way to stop, not an error: the game was saved
        console.say("\n" + words._("Goodbye."))  # after the last choice
    except Quit:
        console.say(words._("Goodbye."))
    return 0
