"""One playthrough in the window: the campaign session, what the screens heard of it, and
autosave.

The screens ask this object what to show and tell it what the player chose. It subscribes
listeners to the engine's `CampaignSession`: `Heard`, which the play screen reads for
the last step's changes, `History`, the pages read this season (the History screen and
Back read it), and the autosave, which writes the progress (atomically) after
every choice and at every new season, so Continue always resumes the exact scene.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from game.engine.campaign import CampaignSession, CampaignState, Listener
from game.engine.events import Event, InterludeShown
from game.engine.model import Campaign, Interlude, Season
from game.engine.saves import Loaded, SaveProblem, read_save, set_aside
from game.engine.session import Outcome, Session
from game.lang.catalogue import ENGLISH_STRINGS, Strings
from game.present.autosave import Autosave
from game.present.heard import Heard
from game.present.history import History


class Run:
    def __init__(self, campaign: Campaign, save_path: Path,
                 progress: CampaignState | None = None, index: int = 0,
                 listeners: Iterable[Listener] = ()) -> None:
        self.save_path = save_path
        self.heard = Heard()
        self.play = CampaignSession(campaign, progress, index)
        self.autosave = Autosave(self.play, save_path)
        self.history = History(self.play)
        self.play.subscribe(self.heard)
        self.play.subscribe(self.history)
        self.play.subscribe(self.autosave)
        for listener in listeners:  # the window's sound, and later its speech
            self.play.subscribe(listener)
        self.play.subscribe(self._hear_interlude)
        self.last: Outcome | None = None
        self.interludes: list[Interlude] = []  # heard as the season began, not shown yet

    def _hear_interlude(self, event: Event) -> None:
        if isinstance(event, InterludeShown):
            interlude = self.play.campaign.interlude(event.interlude)
            if interlude is not None:
                self.interludes.append(interlude)

    def take_interludes(self) -> tuple[Interlude, ...]:
        """The pages to show before the season that has just begun (once)."""
        taken, self.interludes = tuple(self.interludes), []
        return taken

    @classmethod
    def new(cls, campaign: Campaign, save_path: Path, index: int = 0,
            listeners: Iterable[Listener] = ()) -> Run:
        run = cls(campaign, save_path, None, index, listeners)
        run.play.begin()
        return run

    @classmethod
    def resume(cls, campaign: Campaign, save_path: Path, strings: Strings = ENGLISH_STRINGS,
               listeners: Iterable[Listener] = ()) -> tuple[Run | None, str]:
        """The saved run (and a note if it had to be adjusted), or None and why not. A save
        that cannot be used is set aside, so the new game that follows overwrites nothing."""
        loaded = read_save(save_path, campaign)
        if loaded is None:
            return None, ""
        if isinstance(loaded, SaveProblem):
            kept = set_aside(save_path)
            if kept is None:
                return None, loaded.message
            return None, strings._("{problem} (the old file is kept as {name})",
                                   problem=loaded.message, name=kept.name)
        assert isinstance(loaded, Loaded)
        if loaded.recovered:  # keep the damaged file for whoever wants to look at it
            set_aside(save_path)
        run = cls(campaign, save_path, loaded.progress, listeners=listeners)
        run.play.begin()
        return run, loaded.note

    # -- what the screens read ------------------------------------------------------------
    @property
    def campaign(self) -> Campaign:
        return self.play.campaign

    @property
    def progress(self) -> CampaignState:
        return self.play.progress

    @property
    def session(self) -> Session:
        return self.play.session

    @property
    def season(self) -> Season:
        return self.play.season

    @property
    def has_next_season(self) -> bool:
        return self.play.has_next_season

    # -- what the screens tell it --------------------------------------------------------
    def choose(self, choice_id: str) -> Outcome:
        self.last = self.play.choose(choice_id)
        return self.last

    def next_season(self) -> None:
        self.play.next_season()
        self.last = None

    @property
    def problem(self) -> str:
        """Why the last save could not be written, if it could not (the system's words)."""
        return self.autosave.problem

    def save(self) -> None:
        self.autosave.save()
