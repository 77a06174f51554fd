"""GameState: everything that changes during play, small and serialisable.

The season model never changes; all play lives here. It holds ids, never positions, so a
save still means the same thing after an author adds scenes. `to_json`/`from_json`
round-trip exactly (tests replay every golden playthrough through a save and reload).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any


class StateError(ValueError):
    """A saved state that is damaged or does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One change to the village and why: a choice, or what happened on arriving in a scene."""

    season: str
    scene: str
    choice: str | None
    aid: str
    trust_before: int
    trust_delta: int
    reason: str
    resources: tuple[tuple[str, int], ...] = ()
    remembered: tuple[str, ...] = ()
    forgotten: tuple[str, ...] = ()
    key: str = ""  # the reason's text key, so the ledger reads in the player's language

    @property
    def trust_after(self) -> int:
        return self.trust_before + self.trust_delta

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "season": self.season, "scene": self.scene, "choice": self.choice, "aid": self.aid,
            "trust_before": self.trust_before, "trust_delta": self.trust_delta,
            "reason": self.reason}
        if self.key:
            data["key"] = self.key
        if self.resources:
            data["resources"] = dict(self.resources)
        if self.remembered:
            data["remembered"] = list(self.remembered)
        if self.forgotten:
            data["forgotten"] = list(self.forgotten)
        return data

    @classmethod
    def from_json(cls, data: Any) -> LedgerEntry:
        d = _mapping(data, "ledger entry")
        choice = d.get("choice")
        if choice is not None and not isinstance(choice, str):
            raise StateError("a ledger entry's choice should be text")
        return cls(
            _text(d, "season"), _text(d, "scene"), choice, _text(d, "aid"),
            _int(d, "trust_before"), _int(d, "trust_delta"), _text(d, "reason", ""),
            tuple(_int_map(d.get("resources", {}), "resources").items()),
            _names(d.get("remembered", []), "remembered"),
            _names(d.get("forgotten", []), "forgotten"), _text(d, "key", ""))


@dataclass(frozen=True, slots=True)
class GameState:
    season: str
    scene: str
    trust: int
    resources: Mapping[str, int] = field(default_factory=dict)
    memories: frozenset[str] = frozenset()
    ledger: tuple[LedgerEntry, ...] = ()
    ending: str | None = None
    steps: int = 0
    # The choices made this season, in order: what a path code (`game.classroom`) is made
    # of. A save from before it reads as an empty path, and then no code can be given.
    path: tuple[str, ...] = ()

    @property
    def ended(self) -> bool:
        return self.ending is not None

    def values(self) -> dict[str, int]:
        """The numbers conditions can test: trust and every resource."""
        return {"trust": self.trust, **self.resources}

    def but(self, **changes: Any) -> GameState:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "season": self.season, "scene": self.scene, "trust": self.trust,
            "resources": dict(self.resources), "memories": sorted(self.memories),
            "ledger": [entry.to_json() for entry in self.ledger], "ending": self.ending,
            "steps": self.steps, "path": list(self.path)}

    @classmethod
    def from_json(cls, data: Any) -> GameState:
        d = _mapping(data, "state")
        ending = d.get("ending")
        if ending is not None and not isinstance(ending, str):
            raise StateError("the state's ending should be text")
        ledger = d.get("ledger", [])
        if not isinstance(ledger, list):
            raise StateError("the state's ledger should be a list")
        trust = _int(d, "trust")
        if not 0 <= trust <= 100:
            raise StateError(f"trust {trust} is outside 0 to 100")
        return cls(_text(d, "season"), _text(d, "scene"), trust,
                   _int_map(d.get("resources", {}), "resources"),
                   frozenset(_names(d.get("memories", []), "memories")),
                   tuple(LedgerEntry.from_json(e) for e in ledger), ending, _int(d, "steps", 0),
                   tuple(_names(d.get("path", []), "path")))


def _mapping(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise StateError(f"the {what} should be a JSON object")
    return data


def _text(d: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = d.get(key, default)
    if not isinstance(value, str):
        raise StateError(f"`{key}` should be text")
    return value


def _int(d: Mapping[str, Any], key: str, default: int | None = None) -> int:
    value = d.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise StateError(f"`{key}` should be a whole number")
    return value


def _int_map(value: Any, what: str) -> dict[str, int]:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in value.items()):
        raise StateError(f"`{what}` should map names to whole numbers")
    return dict(value)


def _names(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StateError(f"`{what}` should be a list of names")
    return tuple(value)
