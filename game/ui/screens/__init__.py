"""Every screen by name, in one place: `render`, `--describe` and the tests iterate `REGISTRY`.

Importing this package imports no pygame and no screen: each factory imports its screen
when called, so the command-line parser can list the names cheaply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from game.lang.marks import N_

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run
    from ..screen import Screen

Factory = Callable[["App", "Run", tuple[str, ...]], "Screen"]

# The problem screen's sample (for handouts, screenshots and snapshots).
SAMPLE_PROBLEM = (N_("stories/famine.yaml has a problem and cannot be played until it is "
                     "fixed."),
                  # the validator's own words, English by design:
                  ("stories/famine.yaml:88:15: error[VR020]: choice `share` "  # not translated
                   "leads to `wintr`, which does not exist (did you mean `winter`?)",))


def _title(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .title import TitleScreen

    return TitleScreen(app)


def _choose(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .picker import PickerScreen

    return PickerScreen(app)


def _players(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """Who is playing? (the players already in this computer's data folder)"""
    from .players import PlayersScreen

    return PlayersScreen(app)


def _player_name(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """A new player's nickname or seat number, with the keypad for touch."""
    from .players import NameScreen

    return NameScreen(app)


def _settings(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .settings import SettingsScreen

    return SettingsScreen(app)


def _sound(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .settings import SoundScreen

    return SoundScreen(app)


def _intro(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .intro import IntroScreen

    return IntroScreen(app, run)


def _ledger(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .ledger import LedgerScreen

    return LedgerScreen(app, run)


def _menu(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .menu import MenuScreen

    return MenuScreen(app, run)


def _summary(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .summary import SummaryScreen

    return SummaryScreen(app, run)


def _problem(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    from .problem import ProblemScreen

    message, details = SAMPLE_PROBLEM
    return ProblemScreen(app, app.strings._(message), list(details))


def _play(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """The scene (or the ending, once the choices end the season), text shown in full."""
    from .play import PlayScreen

    screen = PlayScreen(app, run)
    screen.revealed = float("inf")
    return screen


def _outcome(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """What the last of `choices` led to (the first choice on offer, without choices)."""
    from .play import PlayScreen

    screen = PlayScreen(app, run)
    last = choices[-1] if choices else next(v.id for v in run.session.choices() if v.available)
    screen._choose(last)
    screen.motion.update(60.0)
    screen.revealed = float("inf")
    return screen


# A document and an interlude for a story that has none yet (screenshots and snapshots).
SAMPLE_DOCUMENT = (N_("A sample document card"), N_(
    "A season's primary sources are shown like this: a passage quoted exactly, a photograph "
    "described, or the source in other words, and always where it comes from."),
    N_("Where it comes from: author, title, place, year and page"))
SAMPLE_INTERLUDE = (N_("The years between"), N_(
    "A campaign can show a page like this between two seasons: what happened in the years "
    "between them, a few dated lines, and a note with its source."))


def _document(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """The first card of the current scene (else of the season, else a sample)."""
    from game.engine.model import Document
    from game.present.pages import offered

    from .document import DocumentScreen

    season, strings = run.season, app.strings
    scene = run.session.scene
    here = offered(season, scene.id) if scene is not None else ()
    document = (here[0] if here else next(iter(season.documents.values()), None)
                or Document("sample", strings._(SAMPLE_DOCUMENT[0]), "paraphrase",
                            strings._(SAMPLE_DOCUMENT[1]), strings._(SAMPLE_DOCUMENT[2])))
    return DocumentScreen(app, run, document)


def _interlude(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """The pages before the current season (else the campaign's first, else a sample)."""
    from game.engine.model import Interlude

    from .interlude import InterludeScreen

    campaign, strings = run.campaign, app.strings
    pages = campaign.interludes_before(run.progress.index) or campaign.interludes[:1] or (
        Interlude("sample", strings._(SAMPLE_INTERLUDE[0]), strings._(SAMPLE_INTERLUDE[1]),
                  run.progress.index),)
    return InterludeScreen(app, run, pages)


def _history(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """Everything read this season after `choices` (opened at the newest page)."""
    from .history import HistoryScreen

    return HistoryScreen(app, run)


def _reread(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """The page before the one the game is on, read back (after `choices`)."""
    from .history import ReadBackScreen

    return ReadBackScreen(app, run)


def _confirm(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """Asking before a new game replaces this one (after `choices`)."""
    from .confirm import start_again

    return start_again(app, run, lambda: None)


def _jump(app: App, run: Run, choices: tuple[str, ...]) -> Screen:
    """The teacher's "Go to another scene", over the scene the game is on."""
    from .jump import JumpScreen
    from .play import PlayScreen

    return JumpScreen(app, run, PlayScreen(app, run))


REGISTRY: Mapping[str, Factory] = MappingProxyType({
    "title": _title, "intro": _intro, "scene": _play, "outcome": _outcome, "ending": _play,
    "summary": _summary, "settings": _settings, "sound": _sound, "ledger": _ledger,
    "menu": _menu, "problem": _problem, "choose": _choose, "document": _document,
    "interlude": _interlude, "history": _history, "reread": _reread,
    "players": _players, "player-name": _player_name, "confirm": _confirm, "jump": _jump,
})
NAMES = tuple(REGISTRY)
