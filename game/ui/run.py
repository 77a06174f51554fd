"""One playthrough of the campaign: progress, the current season's session, and autosave.

The window's screens ask this object what to show and tell it what the player chose; it
saves after every choice (atomically) so Continue always resumes the exact scene and state.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.engine.campaign import CampaignState, has_next_season, next_season, start_campaign
from game.engine.model import Campaign, Season
from game.engine.saves import Loaded, SaveProblem, read_save, write_save
from game.engine.session import Outcome, Session, start_state


class Run:
    def __init__(self, campaign: Campaign, save_path: Path, progress: CampaignState) -> None:
        self.campaign = campaign
        self.save_path = save_path
        self.progress = progress
        self.session = Session(self.season, progress.current)
        self.last: Outcome | None = None
        self.problem = ""  # set when a save could not be written

    @classmethod
    def new(cls, campaign: Campaign, save_path: Path, index: int = 0) -> Run:
        progress, _ = start_campaign(campaign)
        if index:
            state, _ = start_state(campaign.seasons[index])
            progress = CampaignState(campaign.id, index, state)
        run = cls(campaign, save_path, progress)
        run.save()
        return run

    @classmethod
    def resume(cls, campaign: Campaign, save_path: Path) -> tuple[Run | None, str]:
        """The saved run (and a note if it had to be adjusted), or None and why not."""
        loaded = read_save(save_path, campaign)
        if loaded is None:
            return None, ""
        if isinstance(loaded, SaveProblem):
            return None, loaded.message
        assert isinstance(loaded, Loaded)
        return cls(campaign, save_path, loaded.progress), loaded.note

    @property
    def season(self) -> Season:
        return self.campaign.seasons[self.progress.index]

    @property
    def at_start_of_season(self) -> bool:
        return not self.session.state.ledger and not self.session.state.ended

    def choose(self, choice_id: str) -> Outcome:
        outcome = self.session.choose(choice_id)
        self.progress = replace(self.progress, current=self.session.state)
        self.last = outcome
        self.save()
        return outcome

    @property
    def has_next_season(self) -> bool:
        return has_next_season(self.campaign, self.progress)

    def next_season(self) -> None:
        self.progress, _ = next_season(self.campaign, self.progress)
        self.session = Session(self.season, self.progress.current)
        self.last = None
        self.save()

    def save(self) -> None:
        try:
            write_save(self.save_path, self.campaign, self.progress)
            self.problem = ""
        except OSError as err:  # a full disk or a locked folder must not stop the class
            self.problem = (f"{self.save_path}: could not save ({err.strerror or err}); you can "
                            "keep playing, but Continue will not find this game")
