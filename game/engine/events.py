"""Typed events, in the order they happen. Presenters (text, meter animation, speech, class
log) subscribe to a `CampaignSession` and each reacts to the ones it cares about; the engine
never draws or speaks itself.

Events carry ids and text keys (`keys.py`) beside the words the season used, so a presenter
can say them in the player's language, and a log can be read back in another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CampaignStarted:
    campaign: str
    title: str
    seasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SeasonStarted:
    """A season begins (fresh or following the last one) with `trust` carried in. Arrival
    effects of its first scene follow as their own events, after its `SceneEntered`."""

    season: str
    title: str
    index: int
    trust: int


@dataclass(frozen=True, slots=True)
class InterludeShown:
    """A page between two seasons (`Campaign.interlude(interlude)` has its text), sent by
    `CampaignSession.next_season` just before the next season's `SeasonStarted`: a
    presenter shows it and waits for the player to go on."""

    interlude: str
    title: str
    before: int  # the index of the season that follows it
    key: str = ""  # the title's text key


@dataclass(frozen=True, slots=True)
class SeasonResumed:
    """Play continues from a save: nothing changed, but presenters learn where they are."""

    season: str
    title: str
    index: int
    scene: str


@dataclass(frozen=True, slots=True)
class ChoiceMade:
    scene: str
    choice: str
    label: str
    aid: str
    key: str = ""  # the label's text key
    outcome: tuple[str, ...] = ()  # what happened, the paragraphs that apply
    outcome_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TrustChanged:
    before: int
    after: int
    reason: str
    key: str = ""  # the reason's text key

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class ResourceChanged:
    resource: str
    label: str
    before: int
    after: int
    key: str = ""  # the resource label's text key

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class MemoryRecorded:
    memory: str
    label: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class MemoryForgotten:
    memory: str
    label: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class SceneEntered:
    scene: str


@dataclass(frozen=True, slots=True)
class EndingReached:
    ending: str
    title: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class SeasonFinished:
    season: str
    index: int
    ending: str
    trust: int


@dataclass(frozen=True, slots=True)
class CampaignFinished:
    campaign: str
    endings: tuple[tuple[str, str], ...]  # (season, ending) for every season played


Change = TrustChanged | ResourceChanged | MemoryRecorded | MemoryForgotten
Event = (CampaignStarted | SeasonStarted | InterludeShown | SeasonResumed | ChoiceMade | Change
         | SceneEntered | EndingReached | SeasonFinished | CampaignFinished)
