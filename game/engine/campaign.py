"""Campaign progression: seasons in order, trust and memories carried from one to the next.

What you did in the famine comes back in the war: the village's memories (and its trust)
travel forward; each season's resources start afresh, since decades pass between them.
Every finished season's ledger is kept, so a save can tell the whole story afterwards
(a class report, a look back at the end of the campaign).

`CampaignSession` is the one loop every front end drives: a single season is a campaign of
one. Front ends subscribe to it and hear every event in order, from the campaign's start
to the last season's ending; none of them re-derives events from outcomes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from . import keys
from .events import (
    CampaignFinished,
    CampaignStarted,
    Event,
    InterludeShown,
    SeasonFinished,
    SeasonResumed,
    SeasonStarted,
)
from .model import Campaign, Season
from .session import ChoiceView, Outcome, Session, start_state
from .state import GameState, LedgerEntry, StateError

Listener = Callable[[Event], None]


@dataclass(frozen=True, slots=True)
class SeasonRecord:
    """A finished season: how it ended, with what trust, and everything that happened."""

    season: str
    ending: str
    trust: int
    ledger: tuple[LedgerEntry, ...] = ()
    path: tuple[str, ...] = ()  # the choices made, in order (empty from an older save)

    def to_json(self) -> dict[str, Any]:
        return {"season": self.season, "ending": self.ending, "trust": self.trust,
                "ledger": [entry.to_json() for entry in self.ledger], "path": list(self.path)}

    @classmethod
    def from_json(cls, data: Any) -> SeasonRecord:
        if not isinstance(data, dict):
            raise StateError("a finished season in the progress is damaged")
        season, ending, trust = data.get("season"), data.get("ending"), data.get("trust")
        ledger, path = data.get("ledger", []), data.get("path", [])
        if (not isinstance(season, str) or not isinstance(ending, str)
                or not isinstance(trust, int) or isinstance(trust, bool)
                or not 0 <= trust <= 100 or not isinstance(ledger, list)
                or not isinstance(path, list) or not all(isinstance(c, str) for c in path)):
            raise StateError("a finished season in the progress is damaged")
        return cls(season, ending, trust, tuple(LedgerEntry.from_json(e) for e in ledger),
                   tuple(path))


@dataclass(frozen=True, slots=True)
class CampaignState:
    campaign: str
    index: int
    current: GameState
    finished: tuple[SeasonRecord, ...] = ()
    cut: str = ""  # the cut being played (`engine.cuts`); "" for the whole seasons

    def history(self) -> tuple[SeasonRecord, ...]:
        """Every season played to its end so far, the current one included once it ends."""
        done = self.current
        if done.ending is None:
            return self.finished
        return (*self.finished, SeasonRecord(done.season, done.ending, done.trust, done.ledger,
                                             done.path))

    def to_json(self) -> dict[str, Any]:
        data = {"campaign": self.campaign, "index": self.index,
                "current": self.current.to_json(), "finished": [r.to_json() for r in self.finished]}
        if self.cut:  # written only when set: a whole-season save reads as before
            data["cut"] = self.cut
        return data

    @classmethod
    def from_json(cls, data: Any) -> CampaignState:
        if not isinstance(data, dict) or not isinstance(data.get("campaign"), str):
            raise StateError("the campaign progress should name its campaign")
        index, finished = data.get("index"), data.get("finished", [])
        if (not isinstance(index, int) or isinstance(index, bool) or index < 0
                or not isinstance(finished, list)):
            raise StateError("the campaign progress is damaged")
        if len(finished) > index:
            raise StateError("the campaign progress lists more seasons than it has played")
        results = tuple(SeasonRecord.from_json(r) for r in finished)
        cut = data.get("cut", "")
        if not isinstance(cut, str):
            raise StateError("the campaign progress's cut should be text")
        return cls(data["campaign"], index, GameState.from_json(data.get("current")), results,
                   cut)


def as_campaign(story: Season | Campaign) -> Campaign:
    """A single season plays as a campaign of one."""
    if isinstance(story, Campaign):
        return story
    return Campaign(story.id, story.title, (story,), story.path, story.info.summary,
                    cut=story.cut)


def start_campaign(campaign: Campaign, index: int = 0
                   ) -> tuple[CampaignState, tuple[Event, ...]]:
    """Fresh progress at season `index` (0: the beginning), with its opening events."""
    season = campaign.seasons[index]
    state, events = start_state(season)
    opening: tuple[Event, ...] = (
        CampaignStarted(campaign.id, campaign.title, tuple(s.id for s in campaign.seasons)),
        SeasonStarted(season.id, season.title, index, season.trust.start), *events)
    return CampaignState(campaign.id, index, state, cut=campaign.cut), opening


def current_season(campaign: Campaign, progress: CampaignState) -> Season:
    return campaign.seasons[progress.index]


def has_next_season(campaign: Campaign, progress: CampaignState) -> bool:
    return progress.current.ended and progress.index + 1 < len(campaign.seasons)


def carried_trust(end: int, start: int, carry: int) -> int:
    """The next season's starting trust: its own `start`, moved towards how the season
    before ended by `carry` percent of the difference, rounded to the nearest whole number
    (halves away from `start`). At 100 (the default) the trust carries whole; at 0 every
    season starts afresh; in between, the years between seasons pull trust back towards the
    new season's own start, so a generous famine does not pin the war at 100. The one rule:
    `CampaignSession`, random campaign walks and the exact campaign search all use it."""
    change = end - start
    moved = (abs(change) * carry + 50) // 100
    return max(0, min(100, start + (moved if change >= 0 else -moved)))


def next_season(campaign: Campaign, progress: CampaignState
                ) -> tuple[CampaignState, tuple[Event, ...]]:
    """Begin the following season, carrying trust (as much as the campaign's
    `trust_carry` says) and every memory held so far."""
    done = progress.current
    if not has_next_season(campaign, progress) or done.ending is None:
        raise ValueError("the current season has not ended, or it was the last one")
    index = progress.index + 1
    season = campaign.seasons[index]
    trust = carried_trust(done.trust, season.trust.start, campaign.trust_carry)
    state, events = start_state(season, trust=trust, memories=done.memories)
    pages = tuple(InterludeShown(i.id, i.title, index, keys.interlude_key(campaign.id, i.id,
                                                                          "title"))
                  for i in campaign.interludes_before(index))
    return (CampaignState(campaign.id, index, state, progress.history(), progress.cut),
            (*pages, SeasonStarted(season.id, season.title, index, trust), *events))


class CampaignSession:
    """The cursor every front end drives, with subscribers that hear every event in order.

    Build it, subscribe presenters, then call `begin()`: it announces a fresh campaign
    (campaign start, season start, arrival effects) or a resumed one. `choose` and
    `next_season` then deliver each step's events to every subscriber, in order, after the
    progress has been updated, so a subscriber may read (or save) the new state.
    """

    def __init__(self, campaign: Campaign, progress: CampaignState | None = None,
                 index: int = 0) -> None:
        self.campaign = campaign
        self._listeners: list[Listener] = []
        if progress is None:
            progress, self._opening = start_campaign(campaign, index)
        else:
            season = campaign.seasons[progress.index]
            self._opening = (SeasonResumed(season.id, season.title, progress.index,
                                           progress.current.scene),)
        self.progress = progress
        self.session = Session(self.season, progress.current)

    # -- subscribing -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear every event from now on; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _publish(self, events: tuple[Event, ...]) -> None:
        for event in events:
            for listener in tuple(self._listeners):
                listener(event)

    def begin(self) -> None:
        """Announce the start (or the resumption) to every subscriber, once."""
        opening, self._opening = self._opening, ()
        self._publish(opening)

    # -- where we are ------------------------------------------------------------------
    @property
    def season(self) -> Season:
        return self.campaign.seasons[self.progress.index]

    @property
    def state(self) -> GameState:
        return self.progress.current

    @property
    def ended(self) -> bool:
        return self.progress.current.ended

    @property
    def has_next_season(self) -> bool:
        return has_next_season(self.campaign, self.progress)

    @property
    def following(self) -> Season | None:
        """The season that comes next, if this one has ended and another follows."""
        if not self.has_next_season:
            return None
        return self.campaign.seasons[self.progress.index + 1]

    def choices(self) -> tuple[ChoiceView, ...]:
        return self.session.choices()

    # -- playing -----------------------------------------------------------------------
    def choose(self, choice_id: str) -> Outcome:
        outcome = self.session.choose(choice_id)
        self.progress = replace(self.progress, current=outcome.state)
        events = outcome.events
        done = outcome.state
        if done.ending is not None:
            events = (*events, SeasonFinished(done.season, self.progress.index, done.ending,
                                              done.trust))
            if not self.has_next_season:
                endings = tuple((r.season, r.ending) for r in self.progress.history())
                events = (*events, CampaignFinished(self.campaign.id, endings))
        self._publish(events)
        return outcome

    def next_season(self) -> None:
        self.progress, events = next_season(self.campaign, self.progress)
        self.session = Session(self.season, self.progress.current)
        self._publish(events)

    def replace(self, campaign: Campaign, progress: CampaignState) -> None:
        """Go on with edited seasons (watch mode, a reloaded save): same listeners."""
        self.campaign, self.progress = campaign, progress
        self.session = Session(self.season, progress.current)
