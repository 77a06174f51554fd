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
# (season, scene, numbers, memories held, memories not yet known: see `explore`)
Key = tuple[int, int, tuple[int, ...], frozenset[str], frozenset[str]]


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
    assuming: frozenset[str] = frozenset()  # earlier seasons' memories the witness needs
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
    complete: bool = False  # every reachable state of this season was visited
    open_memories: frozenset[str] = frozenset()  # memories that may be set at the start


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
            max_states: int = MAX_STATES, unknown: frozenset[str] = frozenset()
            ) -> Exploration:
    """Search every state of `seasons` played in order (a campaign, or one season).

    `starts` overrides the first season's start states: (numbers, memories, scene or None).
    With `focus`, seasons after it are not explored. `unknown` memories (from earlier
    seasons, when a season is explored on its own) may or may not be set: the search splits
    on each only where a condition first asks about it, an exact case split that keeps
    the number of states small.
    """
    began = time.perf_counter()
    last = len(seasons) - 1 if focus is None else focus
    machines = [Machine(s) for s in seasons[:last + 1]]
    tested_later: frozenset[str] = frozenset()
    for machine in reversed(machines):  # memories each season's successors still test
        if tested_later:  # (the last season's own liveness was worked out when it was built)
            machine.plan_future(tested_later)
        tested_later |= frozenset(name for live in machine.live_memories for name in live)
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
    finishing: set[Key] = set()  # states with a choice that ends their own season
    queues: list[deque[Key]] = [deque() for _ in machines]  # one season at a time

    def arrive(key: Key, parent: tuple[Key, Option] | None) -> None:
        k, scene, numbers, memories, open_ = key
        ask = open_ & machines[k].tests_at[scene]
        for variant in _split(memories, open_, ask):
            new = (k, scene, numbers, *variant)
            if parent is not None:
                preds.setdefault(new, []).append(parent[0])
            if new not in parents:
                parents[new] = parent
                queues[k].append(new)

    first = machines[0]
    results[0].open_memories = unknown
    for k in range(1, len(results)):
        results[k].open_memories = frozenset(
            name for machine in machines[:k] for name in machine.season.memories)
    for values, memories, scene in starts or [(first.start_values, frozenset(), None)]:
        numbers = list(values)
        where, mem = first.enter_start(numbers, memories, scene)
        _record(results[0].scenes[first.scene_ids[where]], numbers)
        results[0].open_memories |= mem
        mem = first.forget_dead(where, numbers, mem)
        arrive((0, where, tuple(numbers), mem, unknown & first.live_memories[where]), None)

    for k, queue in enumerate(queues):
        machine, result = machines[k], results[k]
        result.complete = _search(queue, k, machine, result, machines, parents, finishing,
                                  arrive, max_states, unknown if k == 0 else frozenset(),
                                  results[k + 1] if k + 1 < len(results) else None)
        if not result.complete:
            break
    for result in results:
        if result.complete:
            _find_no_way_out(result, parents, preds, finishing, machines)
    complete = all(r.complete for r in results)
    return Exploration(results, len(parents), complete, time.perf_counter() - began)


def _search(queue: deque[Key], k: int, machine: Machine, result: SeasonExploration,
            machines: Sequence[Machine], parents: dict, finishing: set[Key], arrive,  # type: ignore[no-untyped-def]
            max_states: int, assumed: frozenset[str],
            next_result: SeasonExploration | None) -> bool:
    """Breadth-first over one season's states; False if it had to stop at the cap."""
    following = machines[k + 1] if k + 1 < len(machines) else None
    visited = 0
    while queue:
        visited += 1
        if visited > max_states:
            return False
        key = queue.popleft()
        _, scene, values, memories, open_ = key
        place = result.scenes[machine.scene_ids[scene]]
        if place.witness is None:
            place.witness = witness(key, parents, machines)
            place.assuming = assumptions(key, parents, assumed)
        result.states.append(key)
        options = machine.available(scene, values, memories)
        if not options:
            result.stuck.setdefault(machine.scene_ids[scene], place.witness or ())
            continue
        for option in options:
            result.available.add(option.number)
            for mem_in, open_in in _split(memories, open_, open_ & machine.end_tests
                                          if option.target < 0 else frozenset()):
                _follow(key, option, values, mem_in, open_in, k, machine, result, machines,
                        parents, finishing, arrive, following, next_result)
    return True


def _split(memories: frozenset[str], open_: frozenset[str], ask: frozenset[str]
           ) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Every way the memories in `ask` (not yet known) could be: each becomes known."""
    if not ask:
        return [(memories, open_)]
    rest = open_ - ask
    names = sorted(ask)
    return [(memories | frozenset(combo), rest)
            for n in range(len(names) + 1) for combo in itertools.combinations(names, n)]


def _follow(key: Key, option: Option, values: tuple[int, ...], memories: frozenset[str],
            open_: frozenset[str], k: int, machine: Machine, result: SeasonExploration,
            machines: Sequence[Machine], parents: dict, finishing: set[Key], arrive,  # type: ignore[no-untyped-def]
            following: Machine | None, next_result: SeasonExploration | None) -> None:
    """Make one choice from one state and arrive wherever it leads."""
    numbers = list(values)
    where, mem = machine.step_values(option, numbers, memories)
    if option.effect is not None:  # what a choice remembers or forgets is known from then on
        open_ = open_ - option.effect.remember - option.effect.forget
    if where < machine.scenes:
        arrival = machine.arrival[where]
        if arrival is not None:
            open_ = open_ - arrival.remember - arrival.forget
        _record(result.scenes[machine.scene_ids[where]], numbers)  # before forgetting any
        mem = machine.forget_dead(where, numbers, mem)
        arrive((k, where, tuple(numbers), mem, open_ & machine.live_memories[where]),
               (key, option))
        return
    finishing.add(key)
    if option.target < 0:
        for slot, value in enumerate(numbers):
            result.end_values[slot].add(value)
    ending = result.endings[machine.ending_ids[where - machine.scenes]]
    if ending.witness is None:
        ending.witness = (*witness(key, parents, machines),
                          Step(machine.season.id, machine.scene_ids[key[1]], option.id))
    if not ending.values[0]:  # first time: the assumptions behind the witness
        ending.assuming = assumptions(key, parents, frozenset(
            m.id for m in machine.season.memories.values() if m.from_season)) | (
            memories & frozenset(m.id for m in machine.season.memories.values()
                                 if m.from_season))
    _record(ending, numbers)
    if following is not None:
        carried = list(following.values_for(trust=numbers[0]))
        where, mem = following.enter_start(carried, mem)
        if next_result is not None:
            _record(next_result.scenes[following.scene_ids[where]], carried)
        mem = following.forget_dead(where, carried, mem)
        arrive((k + 1, where, tuple(carried), mem, frozenset()), (key, option))


def assumptions(key: Key, parents: dict[Key, tuple[Key, Option] | None],
                assumed: frozenset[str]) -> frozenset[str]:
    """The earlier seasons' memories that the path to `key` took to be set."""
    found: frozenset[str] = frozenset()
    current: Key | None = key
    while current is not None and assumed:
        found |= current[3] & assumed
        link = parents.get(current)
        current = link[0] if link else None
    return found


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


def _find_no_way_out(result: SeasonExploration, parents: dict, preds: dict,
                     finishing: set[Key], machines: Sequence[Machine]) -> None:
    """States of one season from which none of its endings can be reached."""
    own = set(result.states)
    good = {key for key in own if key in finishing}
    queue = deque(good)
    while queue:
        for previous in preds.get(queue.popleft(), ()):
            if previous in own and previous not in good:
                good.add(previous)
                queue.append(previous)
    for key in result.states:
        if key in good:
            continue
        scene = result.machine.scene_ids[key[1]]
        if scene not in result.stuck:
            result.no_way_out.setdefault(scene, witness(key, parents, machines))


def standalone_starts(season: Season) -> tuple[list[tuple[tuple[int, ...], frozenset[str],
                                                          None]], tuple[str, ...]]:
    """A season explored on its own starts as when played alone; the memories it takes from
    earlier seasons may or may not be set (pass them to `explore` as `unknown`)."""
    earlier = tuple(m.id for m in season.memories.values() if m.from_season)
    return [(Machine(season).start_values, frozenset(), None)], earlier
