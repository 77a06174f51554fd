"""Autosave as a subscriber: after every choice and at every new season the progress is
written atomically, so Continue (in the window or the terminal) resumes the exact scene.

A save that cannot be written never stops play: `problem` keeps the system's reason and the
front end says it (a full disk or a locked folder must not stop a class).
"""

from __future__ import annotations

from pathlib import Path

from game.engine.campaign import CampaignSession
from game.engine.events import ChoiceMade, Event, SeasonStarted
from game.engine.saves import write_save


class Autosave:
    def __init__(self, play: CampaignSession, path: Path) -> None:
        self.play, self.path = play, path
        self.problem = ""  # why the last save could not be written (the system's words)

    def __call__(self, event: Event) -> None:
        if isinstance(event, (ChoiceMade, SeasonStarted)):
            self.save()  # the progress is already updated when listeners hear a step

    def save(self) -> None:
        try:
            write_save(self.path, self.play.campaign, self.play.progress)
            self.problem = ""
        except OSError as err:
            self.problem = str(err.strerror or err)
