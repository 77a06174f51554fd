"""Session: the facade front ends drive — current scene, choices, `choose(id)`.

The rules are pure functions of (season, state): `start_state` and `step`. `Session` is a
thin cursor over them for front ends that want to hold on to the current state. Nothing
here reads the clock, draws, or touches files; the same inputs always give the same story.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import keys
from .events import (
    ChoiceMade,
    EndingReached,
    Event,
    MemoryForgotten,
    MemoryRecorded,
    ResourceChanged,
    SceneEntered,
    TrustChanged,
)
from .format import END
from .model import Choice, Effects, Ending, Paragraph, Scene, Season
from .state import GameState, LedgerEntry


class ChoiceUnavailable(ValueError):
    """The asked-for choice does not exist here or its condition does not hold."""


@dataclass(frozen=True, slots=True)
class ChoiceView:
    choice: Choice
    available: bool

    @property
    def id(self) -> str:
        return self.choice.id

    @property
    def label(self) -> str:
        return self.choice.label if self.available else self.choice.locked or self.choice.label


@dataclass(frozen=True, slots=True)
class Outcome:
    choice: Choice
    text: tuple[str, ...]  # the outcome's paragraphs that apply
    events: tuple[Event, ...]
    state: GameState


def visible_paragraphs(paragraphs: Iterable[Paragraph], state: GameState
                       ) -> tuple[Paragraph, ...]:
    """The paragraphs whose condition holds now (each with its text key)."""
    values = state.values()
    return tuple(p for p in paragraphs if p.cond is None or p.cond.holds(values, state.memories))


def visible(paragraphs: Iterable[Paragraph], state: GameState) -> tuple[str, ...]:
    return tuple(p.text for p in visible_paragraphs(paragraphs, state))


def start_state(season: Season, *, trust: int | None = None,
                resources: Mapping[str, int] | None = None, memories: Iterable[str] = (),
                scene: str | None = None) -> tuple[GameState, tuple[Event, ...]]:
    """A fresh state at the season's start (or `scene`), arrival effects applied."""
    values = {r.id: r.start for r in season.resources.values()}
    for name, value in (resources or {}).items():
        if name in season.resources:
            values[name] = season.resources[name].clamp(value)
    start_trust = season.trust.start if trust is None else max(0, min(100, trust))
    state = GameState(season.id, scene or season.start, start_trust, values,
                      frozenset(memories))
    return _enter(season, state, state.scene, [])


def step(season: Season, state: GameState, choice_id: str) -> Outcome:
    """Apply one choice: its effects, then the next scene's arrival effects or an ending."""
    scene = season.scenes.get(state.scene)
    if state.ended or scene is None:
        raise ChoiceUnavailable("the season has ended; there is nothing left to choose")
    choice = scene.choice(choice_id)
    if choice is None:
        known = ", ".join(c.id for c in scene.choices)
        raise ChoiceUnavailable(f"scene `{scene.id}` has no choice `{choice_id}` ({known})")
    if choice.cond is not None and not choice.cond.holds(state.values(), state.memories):
        raise ChoiceUnavailable(f"choice `{choice_id}` is not available now "
                                f"(needs `{choice.cond.source}`)")
    shown = visible_paragraphs(choice.outcome, state)  # conditions see the moment of choosing
    text = tuple(p.text for p in shown)
    events: list[Event] = [ChoiceMade(scene.id, choice.id, choice.label, choice.aid,
                                      keys.choice_key(season.id, scene.id, choice.id, "label"),
                                      text, tuple(p.key for p in shown))]
    state = _apply(season, state, choice.effects, scene.id, choice, events)
    state = state.but(steps=state.steps + 1, path=(*state.path, choice.id))
    target = next_scene(choice, state.values(), state.memories)
    state, _ = _enter(season, state, target, events)
    return Outcome(choice, text, tuple(events), state)


def next_scene(choice: Choice, values: Mapping[str, int], memories: frozenset[str]) -> str:
    """Where a choice leads: the first route whose condition holds, else its `next`. Called
    with the state after the choice's effects (the state you arrive with decides), so a
    choice that raises trust can itself open the warm welcome. The one place this is
    decided; the explorer's compiled rules (`analysis/machine.py`) are tested against it."""
    for route in choice.routes:
        if route.cond.holds(values, memories):
            return route.next
    return choice.next


def choose_ending(season: Season, state: GameState) -> Ending:
    """The first ending, in the order listed, whose condition holds."""
    values = state.values()
    for ending in season.endings.values():
        if ending.cond is None or ending.cond.holds(values, state.memories):
            return ending
    return next(reversed(season.endings.values()))  # unreachable in a validated season


def _enter(season: Season, state: GameState, target: str, events: list[Event]
           ) -> tuple[GameState, tuple[Event, ...]]:
    if target == END or target in season.endings:
        ending = choose_ending(season, state) if target == END else season.endings[target]
        events.append(EndingReached(ending.id, ending.title,
                                    keys.node_key(season.id, ending.id, "title")))
        return state.but(scene=ending.id, ending=ending.id), tuple(events)
    scene = season.scenes[target]
    state = state.but(scene=scene.id)
    events.append(SceneEntered(scene.id))
    state = _apply(season, state, scene.effects, scene.id, None, events)
    return state, tuple(events)


def _apply(season: Season, state: GameState, effects: Effects | None, scene: str,
           choice: Choice | None, events: list[Event]) -> GameState:
    """Effects with clamping; the ledger records what really changed and why."""
    aid = choice.aid if choice else "none"
    key = keys.reason_key(season.id, scene, choice.id if choice else None)
    if effects is None:
        if choice is not None:
            entry = LedgerEntry(season.id, scene, choice.id, aid, state.trust, 0, "", key=key)
            return state.but(ledger=(*state.ledger, entry))
        return state
    trust = max(0, min(100, state.trust + effects.trust))
    if trust != state.trust:
        events.append(TrustChanged(state.trust, trust, effects.reason, key))
    resources = dict(state.resources)
    changed: list[tuple[str, int]] = []
    for name, delta in effects.resources:
        spec = season.resources[name]
        before = resources.get(name, spec.start)
        after = spec.clamp(before + delta)
        resources[name] = after
        if after != before:
            changed.append((name, after - before))
            events.append(ResourceChanged(name, spec.label, before, after,
                                          keys.resource_key(season.id, name)))
    memories = set(state.memories)
    remembered = tuple(m for m in effects.remember if m not in memories)
    forgotten = tuple(m for m in effects.forget if m in memories)
    memories.update(remembered)
    memories.difference_update(forgotten)
    for name in remembered:
        events.append(MemoryRecorded(name, _memory_label(season, name),
                                     keys.memory_key(season.id, name)))
    for name in forgotten:
        events.append(MemoryForgotten(name, _memory_label(season, name),
                                      keys.memory_key(season.id, name)))
    entry = LedgerEntry(season.id, scene, choice.id if choice else None, aid, state.trust,
                        trust - state.trust, effects.reason, tuple(changed), remembered,
                        forgotten, key)
    return state.but(trust=trust, resources=resources, memories=frozenset(memories),
                     ledger=(*state.ledger, entry))


def _memory_label(season: Season, name: str) -> str:
    memory = season.memories.get(name)
    return memory.label if memory else name


class Session:
    """A cursor over one season's play: holds the current state, delegates the rules."""

    def __init__(self, season: Season, state: GameState | None = None) -> None:
        self.season = season
        self.state = state if state is not None else start_state(season)[0]

    @property
    def ended(self) -> bool:
        return self.state.ended

    @property
    def scene(self) -> Scene | None:
        return None if self.state.ended else self.season.scenes.get(self.state.scene)

    @property
    def ending(self) -> Ending | None:
        return self.season.endings.get(self.state.ending) if self.state.ending else None

    def text(self) -> tuple[str, ...]:
        """The paragraphs to show now, for the current scene or the ending reached."""
        node = self.ending or self.scene
        return visible(node.text, self.state) if node else ()

    def choices(self) -> tuple[ChoiceView, ...]:
        """Choices whose condition holds, plus locked ones the author asked to show."""
        scene = self.scene
        if scene is None:
            return ()
        values, memories = self.state.values(), self.state.memories
        views = []
        for choice in scene.choices:
            ok = choice.cond is None or choice.cond.holds(values, memories)
            if ok or choice.locked:
                views.append(ChoiceView(choice, ok))
        return tuple(views)

    def choose(self, choice_id: str) -> Outcome:
        outcome = step(self.season, self.state, choice_id)
        self.state = outcome.state
        return outcome
