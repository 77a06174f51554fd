"""Prove every scene and ending reachable (or not) by visiting every reachable state.

A state is (season, scene, numbers, memories). Our state is small, so instead of sampling
like ChoiceScript's randomtest we search it all, breadth first: the first time a scene is
reached, the path that reached it is the shortest one, a witness a teacher can replay.
Seasons in a campaign are explored in order, each starting from every way the season before
it can end, so a scene that needs a famine memory is reachable in the war exactly when some
famine playthrough sets it. If the state space is too large, the search stops at a cap and
says so (see `game.analysis.sampling` for the fallback).

The search keeps trust apart: a node is (season, scene, other numbers, memories) and holds
the set of trust values that reach it as the bits of an int (`trustbits`), so one node and
a few integer operations stand for up to 101 states. `statebits` folds one resource in too
(a node's set is then of (trust, resource) pairs, up to 1,313 states), with exactly the same
answers and about 5x fewer nodes on the shipped campaign; `fold=False` keeps trust alone.
It runs level by level (every state first reached after `d` choices, then `d + 1`), so
depths are exact; each new (node, bit) pair keeps the node and bits it came from, and
witness paths are rebuilt from those only for the places that need one.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.engine import conditions as C
from game.engine.campaign import carried_trust
from game.engine.model import Season

from .machine import END_TARGET, Machine, Option
from .statebits import ROW, Layout
from .trustbits import MaskFn, back, lowest, shift, values

MAX_STATES = 400_000
# (season, scene, numbers other than trust, memories held, memories not yet known)
Key = tuple[int, int, tuple[int, ...], frozenset[str], frozenset[str]]
# How a (node, trust) pair was first reached: (depth, trust values new here, node before,
# its trust values, the choice, trust change of the choice, trust change on arrival)
Entry = tuple[int, int, "Key | None", int, "Option | None", int, int]


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
    states: int = 0  # states (with trust) of this season reached
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
    # The search itself (nodes, edges, witnesses), kept only when asked: `balance.py`
    # reads the states at each ending and the runs of trust at a bound from it.
    graph: Any = None
    inspected: Any = None  # what `explore(..., inspect=f)` returned, if it was given

    def season(self, season_id: str) -> SeasonExploration:
        return next(s for s in self.seasons if s.season.id == season_id)


class _Rules:
    """One season's conditions as trust masks, and its effects split into trust and the rest."""

    def __init__(self, machine: Machine, fold: bool = True) -> None:
        season = machine.season
        kinds = season.kinds()
        slots = {name: i for i, name in enumerate(machine.slot_names)}
        layout = self.layout = (Layout.for_numbers(machine.lo, machine.hi, machine.start_values)
                                if fold else Layout(0, 0, 0, 0))
        self.full = layout.full
        mask_fn = layout.mask
        self.masks: list[list[MaskFn | None]] = [
            [mask_fn(c.cond.expr, kinds, slots) if c.cond else None for c in scene.choices]
            for scene in season.scenes.values()]
        self.endings: list[MaskFn | None] = [
            mask_fn(e.cond.expr, kinds, slots) if e.cond else None
            for e in season.endings.values()]
        # For each choice into a scene, what it does apart from trust, worked out once:
        # (trust change, trust change on arrival, other changes in order, memory changes in
        # order, memories that become known, slots forgotten there, memories kept there)
        self.plans: list[list[tuple[Any, ...] | None]] = [
            [_plan(machine, layout, option, option.target) for option in options]
            for options in machine.options]
        # A conditional next: for each routed choice, (trust mask of the route's condition
        # after the choice's effects, or None for the default; target; its plan), in order.
        self.routes: list[list[list[tuple[MaskFn | None, int, Any]] | None]] = [
            [[*((mask_fn(r.cond.expr, kinds, slots), t, _plan(machine, layout, option, t))
                for r, (_, t) in zip(choice.routes, option.routes, strict=True)),
              (None, option.target, _plan(machine, layout, option, option.target))]
             if option.routes else None
             for choice, option in zip(scene.choices, options, strict=True)]
            for scene, options in zip(season.scenes.values(), machine.options, strict=True)]
        # What each scene's choices (and their routes) read apart from trust and the folded
        # resource: numbers (by slot) and memories. Nodes of a scene that agree on those are
        # offered the same choices for the same trust values (`_Search.offers`).
        self.reads: list[tuple[tuple[int, ...], frozenset[str]]] = []
        for scene in season.scenes.values():
            names = {n.name for c in scene.choices for cond in (c.cond, *(r.cond for r in c.routes))
                     if cond is not None for n in C.names(cond.expr)}
            self.reads.append((tuple(sorted(slots[n] for n in names
                                            if n in slots and slots[n] not in (0, layout.slot))),
                               frozenset(n for n in names if n not in slots)))
        self.offers: dict[tuple[Any, ...], list[tuple[Option, int, int, Any]]] = {}


def _plan(machine: Machine, layout: Layout, option: Option, target: int
          ) -> tuple[Any, ...] | None:
    """What a choice into a scene does apart from trust, worked out once: (trust change,
    trust change on arrival, other changes in order, memory changes in order, memories that
    become known, slots forgotten there, memories kept there, memories asked about there,
    the two moves composed, composed as shown on arrival, the function that makes the
    composed move (None if it moves nothing), and two tables the search fills as it goes:
    numbers -> (numbers seen on arrival, numbers kept), memories -> memories kept). The
    moves are of trust and the folded resource (`statebits.Move`, or a plain trust change).
    None for a choice into an ending or `end`."""
    if not 0 <= target < machine.scenes:
        return None
    effects = [e for e in (option.effect, machine.arrival[target]) if e is not None]
    arrival = machine.arrival[target]
    folded = layout.slot
    alive = machine.live_slots[target]
    d1 = _move(layout, option.effect)
    d2 = _move(layout, arrival, reset=bool(folded) and not alive[folded])
    changes = tuple((slot, c) for e in effects for slot, c in e.changes
                    if slot and slot != folded)
    memory = tuple((e.remember, e.forget) for e in effects if e.remember or e.forget)
    known = frozenset().union(*(e.remember | e.forget for e in effects))
    dead = tuple((slot, machine.start_values[slot])
                 for slot, live in enumerate(alive) if not live and slot and slot != folded)
    both = layout.then(d1, d2)  # and as shown on arrival, a forgotten resource still there
    shown = layout.then(d1, d2.kept) if type(d2) is not int and d2.reset else both
    return (d1, d2, changes, memory, known, dead,
            machine.live_memories[target], machine.tests_at[target], both, shown,
            both.go if both else None, {}, {})


def _move(layout: Layout, effect: Any, reset: bool = False) -> Any:
    """An effect's change of trust and of the folded resource, as a move of their set (then
    the resource forgotten, if `reset`)."""
    if effect is None:
        return layout.move(0, (), reset)
    return layout.move(sum(c for slot, c in effect.changes if slot == 0),
                       [c for slot, c in effect.changes if slot == layout.slot and slot],
                       reset)


def _apply(machine: Machine, layout: Layout, effect: Any, vals: list[int],
           mem: frozenset[str]) -> tuple[Any, frozenset[str]]:
    """Apply an effect to the numbers other than trust and the folded resource (in place);
    return their move."""
    if effect is None:
        return 0, mem
    lo, hi = machine.lo, machine.hi
    for slot, change in effect.changes:
        if slot == 0 or slot == layout.slot:
            continue
        x = vals[slot] + change
        vals[slot] = lo[slot] if x < lo[slot] else hi[slot] if x > hi[slot] else x
    if effect.remember:
        mem = mem | effect.remember
    if effect.forget:
        mem = mem - effect.forget
    return _move(layout, effect), mem


def _forget(machine: Machine, scene: int, vals: list[int], mem: frozenset[str]
            ) -> frozenset[str]:
    for slot, alive in enumerate(machine.live_slots[scene]):
        if not alive:
            vals[slot] = machine.start_values[slot]
    return mem & machine.live_memories[scene]


class _Search:
    """The state of one exploration: nodes, how each was reached, and what was seen where."""

    def __init__(self, machines: list[Machine], results: list[SeasonExploration],
                 unknown: frozenset[str], trust_carry: int = 100, fold: bool = True) -> None:
        self.machines, self.results, self.unknown = machines, results, unknown
        self.trust_carry = trust_carry
        self.rules = [_Rules(m, fold) for m in machines]
        self.layouts = [r.layout for r in self.rules]
        self.carried: dict[tuple[int, int], int] = {}  # see `carry`
        self.carried_table: dict[int, list[int]] = {}  # see `carried_to`
        # node -> [every trust value reached, then one Entry for each batch of new ones]
        self.nodes: dict[Key, list[Any]] = {}
        self.canon: dict[Any, Any] = {}  # one object for equal numbers and memories: less to free
        self.edges: dict[Key, tuple[int, list[tuple[Any, ...]]]] = {}
        self.seen: dict[tuple[int, int], list[Any]] = {}  # (season, place) -> see `record`
        self.records = [[self.record(k, s) for s in range(m.scenes)]
                        for k, m in enumerate(machines)]
        self.end_trust = [0 for _ in machines]
        self.end_others: list[set[tuple[int, ...]]] = [set() for _ in machines]
        self.first: dict[tuple[int, int], tuple[Any, ...]] = {}  # place -> how first reached
        self.candidates: dict[tuple[int, int], list[Any]] = {}  # place -> [depth, (key, t)...]
        self.stuck: list[dict[int, None]] = [{} for _ in machines]
        self.seeds: list[dict[int, list[tuple[Any, ...]]]] = [{} for _ in machines]
        self.count = 0

    # -- building the graph ---------------------------------------------------------------
    def variants(self, key: Key) -> list[Key]:
        """Split a node on the not-yet-known memories its scene's choices ask about."""
        k, scene, others, mem, open_ = key
        ask = open_ & self.machines[k].tests_at[scene]
        return [(k, scene, others, held, rest) for held, rest in _split(mem, open_, ask)]

    def enter(self, k: int, vals: list[int], mem: frozenset[str], open_: frozenset[str],
              scene: int | None = None) -> tuple[int, Key, tuple[int, ...]]:
        """Arrive in a season's first scene: (trust change, node, numbers before forgetting)."""
        machine, layout = self.machines[k], self.layouts[k]
        where = machine.start if scene is None else scene
        arrival = machine.arrival[where]
        _, mem = _apply(machine, layout, arrival, vals, mem)
        folded = layout.slot
        delta = _move(layout, arrival,
                      reset=bool(folded) and not machine.live_slots[where][folded])
        if arrival is not None:
            open_ = open_ - arrival.remember - arrival.forget
        seen = tuple(vals[1:])
        mem = _forget(machine, where, vals, mem)
        return delta, (k, where, tuple(vals[1:]), mem, open_ & machine.live_memories[where]), seen

    def build(self, key: Key) -> tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
        """Every choice from a node, once: what it needs of trust and where it leads."""
        k, scene, others, mem, open_ = key
        machine, rules = self.machines[k], self.rules[k]
        layout, every = rules.layout, rules.full
        full = (0, *others)
        offered, finishing, out, ends = 0, 0, [], []
        lo, hi, canon = machine.lo, machine.hi, self.canon
        records = self.records[k]
        for option, mask, target, plan in self.offers(k, scene, full, mem):
            offered |= mask
            if plan is not None:
                (d1, d2, changes, memory, known, dead, live, tests, both, shown, go,
                 numbers_after, memories_after) = plan
                if changes or dead:
                    # many nodes hold the same numbers: work out where they go once
                    numbers = numbers_after.get(others)
                    if numbers is None:
                        vals = list(full)
                        for slot, change in changes:
                            x = vals[slot] + change
                            vals[slot] = (lo[slot] if x < lo[slot] else hi[slot]
                                          if x > hi[slot] else x)
                        seen = tuple(vals[1:])
                        seen = canon.setdefault(seen, seen)
                        for slot, start in dead:
                            vals[slot] = start
                        after = tuple(vals[1:])
                        after = canon.setdefault(after, after)
                        numbers_after[others] = seen, after
                    else:
                        seen, after = numbers
                else:  # nothing but trust changes: the numbers stay as they are
                    seen = after = others
                mem1 = memories_after.get(mem)
                if mem1 is None:  # many nodes hold the same memories: work it out once
                    mem1 = mem
                    for remember, forget in memory:
                        mem1 = (mem1 | remember) - forget
                    mem1 &= live
                    mem1 = memories_after[mem] = canon.setdefault(mem1, mem1)
                if open_:
                    open1 = (open_ - known) & live
                    open1 = canon.setdefault(open1, open1)
                else:
                    open1 = open_
                base = (k, target, after, mem1, open1)
                variants = self.variants(base) if open1 & tests else [base]
                record = records[target]
                out.append((mask, option, d1, d2, variants, seen, record, both, shown, go))
                continue
            # one edge for each way the unknown memories the endings ask about could be
            for held, _ in _split(mem, open_, open_ & machine.end_tests
                                     if target < 0 else frozenset()):
                vals = list(full)
                d1, mem1 = _apply(machine, layout, option.effect, vals, held)
                parts, covered = [], 0
                if target == END_TARGET:
                    for j, endf in enumerate(rules.endings):
                        got = (every if endf is None else endf(vals, mem1)) & ~covered
                        if j == len(rules.endings) - 1:
                            got = every & ~covered  # the last ending takes what is left
                        if got:
                            parts.append((machine.scenes + j, got))
                        covered |= got
                else:
                    parts.append((target, every))
                onward = None
                if k + 1 < len(self.machines):
                    following = self.machines[k + 1]
                    carried = list(following.start_values)
                    onward = self.enter(k + 1, carried, mem1, frozenset())
                ends.append((mask, option, d1, held, parts, onward, tuple(vals[1:]),
                             target))
            finishing |= mask
        edges = (offered, out, ends, finishing)
        self.edges[key] = edges
        return edges

    def offers(self, k: int, scene: int, full: tuple[int, ...], mem: frozenset[str]
               ) -> list[tuple[Option, int, int, Any]]:
        """`ways`, worked out once for all the nodes of a scene that hold the same values of
        what its conditions read (on the shipped campaign, 165 answers for 9,870 nodes)."""
        rules = self.rules[k]
        slots, memories = rules.reads[scene]
        key = (scene, tuple([full[s] for s in slots]), mem & memories)
        found = rules.offers.get(key)
        if found is None:
            found = rules.offers[key] = list(self.ways(k, scene, full, mem))
        return found

    def ways(self, k: int, scene: int, full: tuple[int, ...], mem: frozenset[str]
             ) -> Iterator[tuple[Option, int, int, Any]]:
        """Each choice offered at a node: (choice, the trust values it is offered for, where
        it leads, its plan). A choice with a conditional next comes once for each place it
        can lead, with the trust values that lead there: each route's condition is checked
        after the choice's effects, so its mask (of trust after the change) is taken back
        through the change. The parts do not overlap and together make the choice's mask,
        exactly as `session.next_scene` decides."""
        machine, rules = self.machines[k], self.rules[k]
        layout, every = rules.layout, rules.full
        options = machine.options[scene]
        for option, maskf, plan, routed in zip(options, rules.masks[scene], rules.plans[scene],
                                               rules.routes[scene], strict=True):
            mask = every if maskf is None else maskf(full, mem)
            if not mask:
                continue
            if routed is None:
                yield option, mask, option.target, plan
                continue
            vals = list(full)
            d1, mem1 = _apply(machine, layout, option.effect, vals, mem)
            covered = 0
            for routef, target, way in routed:
                after = (every if routef is None else routef(vals, mem1)) & ~covered
                covered |= after
                before = back(after, d1) & mask
                if before:
                    yield option, before, target, way

    # -- the search -----------------------------------------------------------------------
    def arrive(self, variants: list[Key], bits: int, level: int, frontier: dict[Key, int],
               src: Key | None, srcbits: int, option: Option | None, d1: int, d2: int) -> None:
        nodes = self.nodes
        for v in variants:
            node = nodes.get(v)
            new = bits & ~node[0] if node is not None else bits
            if new:
                entry = (level, new, src, srcbits, option, d1, d2)
                if node is None:
                    nodes[v] = [new, entry]
                else:
                    node[0] |= new
                    node.append(entry)
                frontier[v] = frontier.get(v, 0) | new
                self.count += new.bit_count()

    def record(self, k: int, where: int) -> list[Any]:
        """What is seen on arrival at a place: [trust values, other numbers seen]."""
        found = self.seen.get((k, where))
        if found is None:
            found = self.seen[(k, where)] = [0, set()]
        return found

    def see(self, k: int, where: int, bits: int, seen: tuple[int, ...]) -> None:
        record = self.record(k, where)
        record[0] |= bits
        record[1].add(seen)

    def season(self, k: int, max_states: int) -> bool:
        """Level by level over one season's nodes; False if it had to stop at the cap."""
        seeds, result = self.seeds[k], self.results[k]
        available, stuck, first = result.available, self.stuck[k], self.first
        following = k + 1 < len(self.machines)
        # with memories assumed unknown, several shortest paths may need different ones:
        # keep every first arrival at each scene so the witness can assume the fewest
        weigh, candidates = bool(self.unknown) and k == 0, self.candidates
        self.count = 0
        frontier: dict[Key, int] = {}
        nodes, built, build = self.nodes, self.edges, self.build
        level = min(seeds) if seeds else 0
        while True:
            for variants, bits, src, srcbits, option, d1, d2 in seeds.pop(level, ()):
                self.arrive(variants, bits, level, frontier, src, srcbits, option, d1, d2)
            if not frontier:
                if not seeds:
                    return True
                level = min(seeds)
                continue
            if self.count > max_states:
                return False
            current, frontier = frontier, {}
            step = level + 1
            count = 0
            for key, bits in current.items():
                place = (k, key[1])
                if place not in first or (weigh and candidates[place][0] == level):
                    # the trust value that arrived first here, as a plain queue would take it
                    way = (key, lowest(next(e[1] for e in nodes[key][1:] if e[0] == level)))
                    if place not in first:
                        first[place] = way
                        if weigh:
                            candidates[place] = [level, way]
                    else:
                        candidates[place].append(way)
                offered, forward, ends, _ = built.get(key) or build(key)
                if bits & ~offered:
                    stuck.setdefault(key[1])
                for mask, option, d1, d2, variants, seen, record, both, shown, go in forward:
                    b = bits & mask  # (the common case, written out for speed)
                    if b:
                        available.add(option.number)
                        moved = go(b) if go else b
                        # (a resource forgotten on arrival is seen before it is forgotten)
                        record[0] |= (moved if shown is both else shown.go(b) if shown
                                      else b)
                        record[1].add(seen)
                        for v in variants:
                            node = nodes.get(v)
                            if node is None:
                                nodes[v] = [moved, (step, moved, key, b, option, d1, d2)]
                                frontier[v] = moved
                                count += moved.bit_count()
                                continue
                            new = moved & ~node[0]
                            if new:
                                node[0] |= new
                                node.append((step, new, key, b, option, d1, d2))
                                frontier[v] = frontier.get(v, 0) | new
                                count += new.bit_count()
                for mask, option, d1, held, parts, onward, seen, target in ends:
                    b = bits & mask
                    if not b:
                        continue
                    available.add(option.number)
                    moved = shift(b, d1) if d1 else b
                    if target == END_TARGET:
                        self.end_trust[k] |= moved
                        self.end_others[k].add(seen)
                    for where, part in parts:
                        got = moved & part
                        if got:
                            self.see(k, where, got, seen)
                            way = (key, b, option, d1, got, held)
                            if (k, where) not in first:
                                first[(k, where)] = way
                                if weigh:
                                    candidates[(k, where)] = [level, way]
                            elif weigh and candidates[(k, where)][0] == level:
                                candidates[(k, where)].append(way)
                    if following and onward is not None:
                        d2, nxt, seen_next = onward
                        carried = self.carry(k + 1, moved)
                        self.see(k + 1, nxt[1], _seen(carried, d2), seen_next)
                        carried = shift(carried, d2) if d2 else carried
                        self.seeds[k + 1].setdefault(step, []).append(
                            (self.variants(nxt), carried, key, b, option, d1, d2))
            self.count += count
            level = step

    def carry(self, k: int, bits: int) -> int:
        """The trust values season `k` starts with, from those the season before ended with
        (`campaign.carried_trust`, the rule play uses)."""
        done = self.carried.get((k, bits))
        if done is not None:  # many endings carry the same sets: work each out once
            return done
        key, before, layout = (k, bits), self.layouts[k - 1], self.layouts[k]
        bits = before.trust(bits)  # the next season starts with its own resources
        if self.trust_carry != 100:
            into, out = self.carried_to(k), 0
            while bits:  # each trust value present, lowest first
                low = bits & -bits
                out |= into[low.bit_length() - 1]
                bits ^= low
            bits = out
        done = self.carried[key] = bits << (ROW * layout.start) if layout.rows > 1 else bits
        return done

    def uncarry(self, k: int, bits: int) -> int:
        """The trust values at the end of season `k - 1` that `carry` sends into `bits`."""
        bits = self.layouts[k].trust(bits)
        if self.trust_carry != 100:
            into = self.carried_to(k)
            bits = sum(1 << t for t in range(101) if bits & into[t])
        return bits * self.layouts[k - 1].rep

    def carried_to(self, k: int) -> list[int]:
        """For each trust value season `k - 1` can end with, season `k`'s start (as a set of
        one): `campaign.carried_trust`, worked out once per season."""
        into = self.carried_table.get(k)
        if into is None:
            start = self.machines[k].season.trust.start
            into = self.carried_table[k] = [1 << carried_trust(t, start, self.trust_carry)
                                            for t in range(101)]
        return into

    # -- witnesses ------------------------------------------------------------------------
    def links(self, key: Key, t: int) -> list[tuple[Key, int, Option]]:
        """How (key, t) was first reached: (node, trust, choice) back to the start."""
        out = []
        while True:
            entry = next(e for e in self.nodes[key][1:] if e[1] >> t & 1)
            _, _, src, srcbits, option, d1, d2 = entry
            if src is None or option is None:
                return out
            arrived = back(1 << t, d2)
            if src[0] != key[0]:  # the first scene of a season: trust carried over
                arrived = self.uncarry(key[0], arrived)
            before = self.earliest(src, srcbits & back(arrived, d1))
            out.append((src, before, option))
            key, t = src, before

    def earliest(self, key: Key, bits: int) -> int:
        """Of these trust values at a node, the one that arrived first (as a plain queue of
        states would take it, so witnesses follow the order choices are written in)."""
        return lowest(next(e[1] for e in self.nodes[key][1:] if e[1] & bits) & bits)

    def witness(self, key: Key, t: int) -> tuple[Step, ...]:
        steps = [self.step(src[0], option) for src, _, option in self.links(key, t)]
        return tuple(reversed(steps))

    def step(self, k: int, option: Option) -> Step:
        machine = self.machines[k]
        return Step(machine.season.id, machine.scene_ids[option.scene], option.id)

    def assumed(self, key: Key, t: int, assumed: frozenset[str]) -> frozenset[str]:
        """The earlier seasons' memories that the path to (key, t) took to be set."""
        if not assumed:
            return frozenset()
        found = key[3] & assumed
        for src, _, _ in self.links(key, t):
            found |= src[3] & assumed
        return found

    def depth(self, key: Key, t: int) -> int:
        return next(e[0] for e in self.nodes[key][1:] if e[1] >> t & 1)


def explore(seasons: Sequence[Season], focus: int | None = None,
            starts: Iterable[tuple[tuple[int, ...], frozenset[str], int | None]] | None = None,
            max_states: int = MAX_STATES, unknown: frozenset[str] = frozenset(),
            keep: bool = False, inspect: Callable[[Exploration], Any] | None = None,
            trust_carry: int = 100, fold: bool = True) -> Exploration:
    """Search every state of `seasons` played in order (a campaign, or one season).

    `starts` overrides the first season's start states: (numbers, memories, scene or None).
    With `focus`, seasons after it are not explored. `unknown` memories (from earlier
    seasons, when a season is explored on its own) may or may not be set: the search splits
    on each only where a condition first asks about it, an exact case split that keeps
    the number of states small. `trust_carry` is the campaign's (`campaign.carried_trust`).
    `inspect` is called with the exploration while its
    `graph` (the search itself) is still alive and the collector still paused, and its
    answer kept in `inspected`: that is how the balance findings read the graph without the
    collector rescanning it. With `keep`, the graph stays in `graph` afterwards (for tests
    and tools: the collector then sees it, which costs time); otherwise it is freed at once.
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
    search = _Search(machines, results, unknown, trust_carry, fold)
    results[0].open_memories = unknown
    for k in range(1, len(results)):
        results[k].open_memories = frozenset(
            name for machine in machines[:k] for name in machine.season.memories)
    first = machines[0]
    for values_, memories, scene in starts or [(first.start_values, frozenset(), None)]:
        vals, layout = list(values_), search.layouts[0]
        trust = layout.at(vals[0], vals[layout.slot])
        if layout.slot:  # the folded resource lives in the bits; its place holds the start
            vals[layout.slot] = first.start_values[layout.slot]
        results[0].open_memories |= first.enter_start(list(values_), memories, scene)[1]
        delta, key, seen = search.enter(0, vals, memories, unknown, scene)
        search.see(0, key[1], _seen(trust, delta), seen)
        trust = shift(trust, delta)
        search.seeds[0].setdefault(0, []).append(
            (search.variants(key), trust, None, 0, None, 0, 0))
    total = 0
    collecting = gc.isenabled()
    gc.disable()  # the search makes many small tuples and no cycles: collecting only costs
    try:
        for k, result in enumerate(results):
            result.complete = search.season(k, max_states)
            result.states = search.count
            total += search.count
            if not result.complete:
                break
        _finish(search, results)
        seconds = time.perf_counter() - began
        complete = all(r.complete for r in results)
        inspected = None
        if inspect is not None:
            seen = Exploration(results, total, complete, seconds, search)
            inspected = inspect(seen)
            seen.graph = None
        graph = search if keep else None
    finally:
        del search  # freed while collection is off, so the next collection finds little
        if collecting:
            gc.enable()
    return Exploration(results, total, complete, seconds, graph, inspected)


def _finish(search: _Search, results: list[SeasonExploration]) -> None:
    """Turn what the search gathered into places, witnesses and findings."""
    machines = search.machines
    for (k, where), (bits, others) in search.seen.items():
        if not bits:  # a choice that was never taken
            continue
        machine, result, layout = machines[k], results[k], search.layouts[k]
        place = (result.scenes[machine.scene_ids[where]] if where < machine.scenes
                 else result.endings[machine.ending_ids[where - machine.scenes]])
        _gather(layout, place.values, bits, others)
        place.trust = [min(place.values[0]), max(place.values[0])]
    for k, result in enumerate(results):
        _gather(search.layouts[k], result.end_values, search.end_trust[k], search.end_others[k])
    for (k, where), how in search.first.items():
        machine, result = machines[k], results[k]
        if where < machine.scenes:
            assumed = search.unknown if k == 0 else frozenset()
            ways = search.candidates.get((k, where), [0, how])[1:]
            needed, (key, t) = min(((search.assumed(*way, assumed), way) for way in ways),
                                   key=lambda pair: len(pair[0]))
            place = result.scenes[machine.scene_ids[where]]
            place.witness = search.witness(key, t)
            place.assuming = needed
            continue
        own = frozenset(m.id for m in machine.season.memories.values() if m.from_season)

        def needs(way: tuple[Any, ...], own: frozenset[str] = own) -> frozenset[str]:
            key, b, _, d1, got, held = way
            return search.assumed(key, search.earliest(key, b & back(got, d1)), own) | (
                held & own)

        needed, way = min(((needs(w), w) for w in search.candidates.get((k, where),
                                                                       [0, how])[1:]),
                          key=lambda pair: len(pair[0]))
        key, b, option, d1, got, _ = way
        place = result.endings[machine.ending_ids[where - machine.scenes]]
        place.witness = (*search.witness(key, search.earliest(key, b & back(got, d1))),
                         search.step(k, option))
        place.assuming = needed
    for k, result in enumerate(results):
        machine = machines[k]
        for scene in search.stuck[k]:
            place = result.scenes[machine.scene_ids[scene]]
            result.stuck[machine.scene_ids[scene]] = place.witness or ()
        if result.complete and (result.stuck or _has_cycle(machine)):
            _find_no_way_out(search, k, result)  # (else every state moves on to an ending)


def _seen(bits: int, move: Any) -> int:
    """The set on arrival as the player sees it: moved, but a forgotten resource still shown."""
    if type(move) is not int and move.reset:
        return shift(bits, move.kept)
    return shift(bits, move) if move else bits


def _gather(layout: Layout, into: list[set[int]], bits: int, others: Iterable[tuple[int, ...]]
            ) -> None:
    """Add the numbers seen (trust and the folded resource from the bits) to `into`."""
    into[0] |= set(values(layout.trust(bits)))
    if layout.slot:
        into[layout.slot] |= set(layout.resource(bits))
    for seen in others:
        for slot, value in enumerate(seen, start=1):
            if slot != layout.slot:
                into[slot].add(value)


def _has_cycle(machine: Machine) -> bool:
    """Can a choice lead back to a scene already passed? If not, and no state is stuck, every
    state has a way to an ending (each choice moves forward), so there is nothing to search."""
    ahead = [{t for o in options for t in o.targets() if 0 <= t < machine.scenes}
             for options in machine.options]
    into = [0] * machine.scenes
    for targets in ahead:
        for t in targets:
            into[t] += 1
    ready = [s for s in range(machine.scenes) if not into[s]]
    removed = 0
    while ready:  # take away scenes nothing leads into; a cycle is what is left
        removed += 1
        for t in ahead[ready.pop()]:
            into[t] -= 1
            if not into[t]:
                ready.append(t)
    return removed < machine.scenes


def _find_no_way_out(search: _Search, k: int, result: SeasonExploration) -> None:
    """States of one season from which none of its endings can be reached: the (node, trust)
    pairs with a choice that ends the season are good, then so is every pair with a choice
    into a good one. Sweeps in reverse order of discovery (nearly reverse topological for
    stories that move forward) until nothing changes; a node all good is never seen again."""
    nodes = [(key, node[0]) for key, node in search.nodes.items() if key[0] == k]
    nodes.reverse()
    good: dict[Key, int] = {}
    edges = search.edges
    todo = []
    for key, bits in nodes:
        good[key] = bits & (edges[key][3] if key in edges else 0)
        todo.append((key, bits))
    changed = True
    while changed:
        changed = False
        left = []
        for key, bits in todo:
            have = good[key]
            for mask, _, d1, d2, variants, *_ in edges[key][1] if key in edges else ():
                for v in variants:
                    reached = good.get(v)
                    if reached:
                        if d2:
                            reached = back(reached, d2)
                        if d1:
                            reached = back(reached, d1)
                        have |= reached & mask
                if have & bits == bits:
                    break
            have &= bits
            if have != good[key]:
                good[key] = have
                changed = True
            if have != bits:
                left.append((key, bits))
        todo = left
    machine, found = result.machine, []
    for order, (key, bits) in enumerate(reversed(todo)):
        bad = bits & ~good[key]
        scene = machine.scene_ids[key[1]]
        if scene in result.stuck:
            continue
        t = min(search.layouts[k].positions(bad), key=lambda u: search.depth(key, u))
        found.append((search.depth(key, t), order, scene, key, t))
    for _, _, scene, key, t in sorted(found, key=lambda f: f[:2]):
        if scene not in result.no_way_out:
            result.no_way_out[scene] = search.witness(key, t)


def _split(memories: frozenset[str], open_: frozenset[str], ask: frozenset[str]
           ) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Every way the memories in `ask` (not yet known) could be: each becomes known."""
    if not ask:
        return [(memories, open_)]
    rest = open_ - ask
    names = sorted(ask)
    return [(memories | frozenset(combo), rest)
            for n in range(len(names) + 1) for combo in itertools.combinations(names, n)]


def standalone_starts(season: Season) -> tuple[list[tuple[tuple[int, ...], frozenset[str],
                                                          None]], tuple[str, ...]]:
    """A season explored on its own starts as when played alone; the memories it takes from
    earlier seasons may or may not be set (pass them to `explore` as `unknown`)."""
    earlier = tuple(m.id for m in season.memories.values() if m.from_season)
    return [(Machine(season).start_values, frozenset(), None)], earlier
