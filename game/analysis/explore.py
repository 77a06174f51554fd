"""Prove every scene and ending reachable (or not) by visiting every reachable state.

A state is (season, scene, numbers, memories). Our state is small, so instead of sampling
like ChoiceScript's randomtest we search it all, breadth first: the first time a scene is
reached, the path that reached it is the shortest one, a witness a teacher can replay.
Seasons in a campaign are explored in order, each starting from every way the season before
it can end, so a scene that needs a famine memory is reachable in the war exactly when some
famine playthrough sets it. If the state space is too large, the search stops at a cap and
says so (see `game.analysis.sampling` for the fallback).
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from game.engine.model import Season

from .machine import Machine, Option

MAX_STATES = 400_000
Key = tuple[int, int, tuple[int, ...], frozenset[str]]  # (season, scene, numbers, memories)


@dataclass(frozen=True)
class Step:
    """One choice on a witness path."""

    season: str
    scene: str
    choice: str

    def __str__(self) -> str:
        return f"{self.scene} > {self.choice}"


@dataclass
class Place:
    """What the search learned about one scene or ending."""

    witness: tuple[Step, ...] | None = None
    trust: list[int] = field(default_factory=lambda: [101, -1])  # min, max on arrival
    values: list[set[int]] = field(default_factory=list)  # every number seen, by slot

    @property
    def reachable(self) -> bool:
        return self.witness is not None


@dataclass
class SeasonExploration:
    season: Season
    machine: Machine
    scenes: dict[str, Place]
    endings: dict[str, Place]
    available: set[int] = field(default_factory=set)  # option numbers ever available
    end_values: list[set[int]] = field(default_factory=list)  # numbers when `next: end` picks
    states: list[Key] = field(default_factory=list)
    stuck: dict[str, tuple[Step, ...]] = field(default_factory=dict)  # no choice available
    no_way_out: dict[str, tuple[Step, ...]] = field(default_factory=dict)  # loops forever
    assumed_memories: tuple[str, ...] = ()  # `from` memories assumed possibly set (no campaign)


@dataclass
class Exploration:
    seasons: list[SeasonExploration]
    states: int
    complete: bool
    seconds: float

    def season(self, season_id: str) -> SeasonExploration:
        return next(s for s in self.seasons if s.season.id == season_id)


def explore(seasons: Sequence[Season], focus: int | None = None,
            starts: Iterable[tuple[tuple[int, ...], frozenset[str], int | None]] | None = None,
            max_states: int = MAX_STATES) -> Exploration:
    """Search every state of `seasons` played in order (a campaign, or one season).

    `starts` overrides the first season's start states: (numbers, memories, scene or None).
    With `focus`, seasons after it are not explored.
    """
    began = time.perf_counter()
    last = len(seasons) - 1 if focus is None else focus
    machines = [Machine(s) for s in seasons[:last + 1]]
    results = [SeasonExploration(m.season, m, {sid: Place() for sid in m.scene_ids},
                                 {eid: Place() for eid in m.ending_ids})
               for m in machines]
    for r in results:
        slots = len(r.machine.slot_names)
        for place in [*r.scenes.values(), *r.endings.values()]:
            place.values = [set() for _ in range(slots)]
        r.end_values = [set() for _ in range(slots)]
    parents: dict[Key, tuple[Key, Option] | None] = {}
    preds: dict[Key, list[Key]] = {}
    finishing: set[Key] = set()  # states with a choice that ends the last explored season
    queue: deque[Key] = deque()

    def arrive(key: Key, parent: tuple[Key, Option] | None) -> None:
        if key in parents:
            if parent is not None:
                preds.setdefault(key, []).append(parent[0])
            return
        parents[key] = parent
        if parent is not None:
            preds.setdefault(key, []).append(parent[0])
        queue.append(key)

    first = machines[0]
    for values, memories, scene in starts or [(first.start_values, frozenset(), None)]:
        numbers = list(values)
        where, mem = first.enter_start(numbers, memories, scene)
        arrive((0, where, tuple(numbers), mem), None)

    complete = True
    while queue:
        if len(parents) > max_states:
            complete = False
            break
        key = queue.popleft()
        k, scene, values, memories = key
        machine, result = machines[k], results[k]
        place = result.scenes[machine.scene_ids[scene]]
        if place.witness is None:
            place.witness = witness(key, parents, machines)
        _record(place, values)
        result.states.append(key)
        options = machine.available(scene, values, memories)
        if not options:
            result.stuck.setdefault(machine.scene_ids[scene], place.witness or ())
            continue
        for option in options:
            result.available.add(option.number)
            numbers = list(values)
            where, mem = machine.step_values(option, numbers, memories)
            if where < machine.scenes:
                arrive((k, where, tuple(numbers), mem), (key, option))
                continue
            if option.target < 0:
                for slot, value in enumerate(numbers):
                    result.end_values[slot].add(value)
            ending = result.endings[machine.ending_ids[where - machine.scenes]]
            if ending.witness is None:
                ending.witness = (*witness(key, parents, machines),
                                  Step(machine.season.id, machine.scene_ids[scene], option.id))
            _record(ending, numbers)
            if k == len(machines) - 1:
                finishing.add(key)
                continue
            following = machines[k + 1]
            carried = list(following.values_for(trust=numbers[0]))
            where, mem = following.enter_start(carried, mem)
            arrive((k + 1, where, tuple(carried), mem), (key, option))
    if complete:
        _find_no_way_out(results, parents, preds, finishing, machines)
    return Exploration(results, len(parents), complete, time.perf_counter() - began)


def _record(place: Place, values: Sequence[int]) -> None:
    trust = values[0]
    if trust < place.trust[0]:
        place.trust[0] = trust
    if trust > place.trust[1]:
        place.trust[1] = trust
    for slot, value in enumerate(values):
        place.values[slot].add(value)


def witness(key: Key, parents: dict[Key, tuple[Key, Option] | None],
            machines: Sequence[Machine]) -> tuple[Step, ...]:
    """The choices that led to `key`, first to last."""
    steps: list[Step] = []
    link = parents.get(key)
    while link is not None:
        previous, option = link
        machine = machines[previous[0]]
        steps.append(Step(machine.season.id, machine.scene_ids[option.scene], option.id))
        link = parents.get(previous)
    return tuple(reversed(steps))


def _find_no_way_out(results: list[SeasonExploration], parents: dict, preds: dict,
                     finishing: set[Key], machines: Sequence[Machine]) -> None:
    """States from which no ending of the last season can be reached: loops with no exit."""
    good = set(finishing)
    queue = deque(finishing)
    while queue:
        for previous in preds.get(queue.popleft(), ()):
            if previous not in good:
                good.add(previous)
                queue.append(previous)
    for key in parents:
        if key in good:
            continue
        result = results[key[0]]
        scene = result.machine.scene_ids[key[1]]
        if scene not in result.stuck:
            result.no_way_out.setdefault(scene, witness(key, parents, machines))


def standalone_starts(season: Season) -> tuple[list[tuple[tuple[int, ...], frozenset[str],
                                                          None]], tuple[str, ...]]:
    """A season explored without its campaign: memories from earlier seasons may or may not
    be set, so every combination of them is a possible start (capped at 2^12)."""
    machine_values = Machine(season).start_values
    earlier = tuple(m.id for m in season.memories.values() if m.from_season)[:12]
    starts = [(machine_values, frozenset(combo), None)
              for n in range(len(earlier) + 1) for combo in itertools.combinations(earlier, n)]
    return starts, earlier
