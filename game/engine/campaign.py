"""Campaign progression: seasons in order, trust and memories carried from one to the next.

What you did in the famine comes back in the war: the village's memories (and its trust)
travel forward; each season's resources start afresh, since decades pass between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .events import Event
from .model import Campaign, Season
from .session import start_state
from .state import GameState, StateError


@dataclass(frozen=True, slots=True)
class SeasonResult:
    season: str
    ending: str
    trust: int


@dataclass(frozen=True, slots=True)
class CampaignState:
    campaign: str
    index: int
    current: GameState
    finished: tuple[SeasonResult, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"campaign": self.campaign, "index": self.index, "current": self.current.to_json(),
                "finished": [{"season": r.season, "ending": r.ending, "trust": r.trust}
                             for r in self.finished]}

    @classmethod
    def from_json(cls, data: Any) -> CampaignState:
        if not isinstance(data, dict) or not isinstance(data.get("campaign"), str):
            raise StateError("the campaign progress should name its campaign")
        index, finished = data.get("index"), data.get("finished", [])
        if not isinstance(index, int) or index < 0 or not isinstance(finished, list):
            raise StateError("the campaign progress is damaged")
        try:
            results = tuple(SeasonResult(str(r["season"]), str(r["ending"]), int(r["trust"]))
                            for r in finished)
        except (KeyError, TypeError, ValueError) as err:
            raise StateError("a finished season in the progress is damaged") from err
        return cls(data["campaign"], index, GameState.from_json(data.get("current")), results)


def start_campaign(campaign: Campaign) -> tuple[CampaignState, tuple[Event, ...]]:
    state, events = start_state(campaign.seasons[0])
    return CampaignState(campaign.id, 0, state), events


def current_season(campaign: Campaign, progress: CampaignState) -> Season:
    return campaign.seasons[progress.index]


def has_next_season(campaign: Campaign, progress: CampaignState) -> bool:
    return progress.current.ended and progress.index + 1 < len(campaign.seasons)


def next_season(campaign: Campaign, progress: CampaignState
                ) -> tuple[CampaignState, tuple[Event, ...]]:
    """Begin the following season, carrying trust and every memory held so far."""
    done = progress.current
    if not has_next_season(campaign, progress) or done.ending is None:
        raise ValueError("the current season has not ended, or it was the last one")
    season = campaign.seasons[progress.index + 1]
    state, events = start_state(season, trust=done.trust, memories=done.memories)
    result = SeasonResult(done.season, done.ending, done.trust)
    return CampaignState(campaign.id, progress.index + 1, state,
                         (*progress.finished, result)), events
