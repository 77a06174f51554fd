"""Typed events a choice produces. Presenters (text, meter animation, speech, history) each
listen to the ones they care about; the engine never draws or speaks itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChoiceMade:
    scene: str
    choice: str
    label: str
    aid: str


@dataclass(frozen=True, slots=True)
class TrustChanged:
    before: int
    after: int
    reason: str

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class ResourceChanged:
    resource: str
    label: str
    before: int
    after: int

    @property
    def delta(self) -> int:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class MemoryRecorded:
    memory: str
    label: str


@dataclass(frozen=True, slots=True)
class MemoryForgotten:
    memory: str
    label: str


@dataclass(frozen=True, slots=True)
class SceneEntered:
    scene: str


@dataclass(frozen=True, slots=True)
class EndingReached:
    ending: str
    title: str


Event = (ChoiceMade | TrustChanged | ResourceChanged | MemoryRecorded | MemoryForgotten
         | SceneEntered | EndingReached)
