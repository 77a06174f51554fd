"""What a presenter heard of the last step: a listener that sorts a campaign session's
events into what the choice changed and what happened on arriving somewhere.

The window and the terminal both subscribe one to their `CampaignSession`; neither picks
through an `Outcome` for events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.events import (
    Change,
    ChoiceMade,
    EndingReached,
    Event,
    MemoryForgotten,
    MemoryRecorded,
    ResourceChanged,
    SceneEntered,
    SeasonStarted,
    TrustChanged,
)

CHANGES = (TrustChanged, ResourceChanged, MemoryRecorded, MemoryForgotten)


@dataclass
class Heard:
    """Events of the latest step: the choice (if any), its changes, then the arrival's."""

    choice: ChoiceMade | None = None
    changes: list[Change] = field(default_factory=list)  # what the choice itself changed
    arrival: list[Change] = field(default_factory=list)  # on arriving in the next scene
    started: SeasonStarted | None = None  # set when the step began a season
    ending: EndingReached | None = None
    _arrived: bool = False

    def __call__(self, event: Event) -> None:
        if isinstance(event, (ChoiceMade, SeasonStarted)):
            self.clear()
            if isinstance(event, ChoiceMade):
                self.choice = event
            else:
                self.started = event
        elif isinstance(event, (SceneEntered, EndingReached)):
            self._arrived = True
            if isinstance(event, EndingReached):
                self.ending = event
        elif isinstance(event, CHANGES):
            (self.arrival if self._arrived else self.changes).append(event)

    def clear(self) -> None:
        self.choice, self.started, self.ending, self._arrived = None, None, None, False
        self.changes, self.arrival = [], []

    def trust_moves(self) -> list[TrustChanged]:
        return [e for e in (*self.changes, *self.arrival) if isinstance(e, TrustChanged)]
