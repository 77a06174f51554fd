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
a few integer operations stand for up to 101 states. It runs level by level (every state
first reached after `d` choices, then `d + 1`), so depths are exact; each new (node, trust)
pair keeps the node and trust values it came from, and witness paths are rebuilt from those
only for the places that need one.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.engine import conditions as C
from game.engine.model import Season

from .machine import END_TARGET, Machine, Option
from .trustbits import ALL, TOP, MaskFn, back, lowest, mask_fn, shift, values

MAX_STATES = 400_000
# (season, scene, numbers other than trust, memories held, memories not yet known)
Key = tuple[int, int, tuple[int, ...], frozenset[str], frozenset[str]]
# How a (node, trust) pair was first reached: (depth, trust values new here, node before,
# the edge taken: (its mask, target, shift, (the choice, trust change of the choice, trust
# change on arrival, ...)), or None at the start). The trust values the node before took it
# with are not kept: they are those new there one level earlier, within the mask.
Entry = tuple[int, int, "int | None", "tuple[Any, ...] | None"]


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

    def season(self, season_id: str) -> SeasonExploration:
        return next(s for s in self.seasons if s.season.id == season_id)


class _Rules:
    """One season's conditions as trust masks, and its effects split into trust and the rest."""

    def __init__(self, machine: Machine) -> None:
        season = machine.season
        kinds = season.kinds()
        slots = {name: i for i, name in enumerate(machine.slot_names)}
        self.masks: list[list[MaskFn | None]] = [
            [mask_fn(c.cond.expr, kinds, slots) if c.cond else None for c in scene.choices]
            for scene in season.scenes.values()]
        # whether each choice's condition reads a memory (else its mask depends only on
        # the numbers, and is worked out once for each set of them)
        self.reads: list[list[bool]] = [
            [c.cond is not None and any(kinds.get(n.name) != C.NUMBER
                                        for n in C.names(c.cond.expr))
             for c in scene.choices]
            for scene in season.scenes.values()]
        # and whether it reads nothing but memories (then its mask depends on them alone,
        # and is kept for each set of memories: many nodes of a scene share them)
        self.only_memories: list[list[bool]] = [
            [c.cond is not None and all(kinds.get(n.name) != C.NUMBER
                                        for n in C.names(c.cond.expr))
             for c in scene.choices]
            for scene in season.scenes.values()]
        self.endings: list[MaskFn | None] = [
            mask_fn(e.cond.expr, kinds, slots) if e.cond else None
            for e in season.endings.values()]
        # For each choice into a scene, what it does apart from trust, worked out once:
        # (trust change, trust change on arrival, other changes in order, memory changes in
        # order, memories that become known, slots forgotten there, memories kept there)
        self.plans: list[list[tuple[Any, ...] | None]] = []
        for options in machine.options:
            row: list[tuple[Any, ...] | None] = []
            for option in options:
                target = option.target
                if not 0 <= target < machine.scenes:
                    row.append(None)
                    continue
                effects = [e for e in (option.effect, machine.arrival[target]) if e is not None]
                arrival = machine.arrival[target]
                d1, d2 = (sum(c for slot, c in e.changes if slot == 0) if e else 0
                          for e in (option.effect, arrival))
                changes = tuple((slot, c) for e in effects for slot, c in e.changes if slot)
                memory = tuple((e.remember, e.forget) for e in effects if e.remember or e.forget)
                known = frozenset().union(*(e.remember | e.forget for e in effects))
                dead = tuple((slot, machine.start_values[slot])
                             for slot, alive in enumerate(machine.live_slots[target])
                             if not alive and slot)
                row.append((d1, d2, changes, memory, known, dead,
                            machine.live_memories[target], machine.tests_at[target]))
            self.plans.append(row)


def _apply(machine: Machine, effect: Any, vals: list[int], mem: frozenset[str]
           ) -> tuple[int, frozenset[str]]:
    """Apply an effect to the numbers other than trust (in place); return trust's change."""
    if effect is None:
        return 0, mem
    lo, hi, delta = machine.lo, machine.hi, 0
    for slot, change in effect.changes:
        if slot == 0:
            delta += change
            continue
        x = vals[slot] + change
        vals[slot] = lo[slot] if x < lo[slot] else hi[slot] if x > hi[slot] else x
    if effect.remember:
        mem = mem | effect.remember
    if effect.forget:
        mem = mem - effect.forget
    return delta, mem


def _forget(machine: Machine, scene: int, vals: list[int], mem: frozenset[str]
            ) -> frozenset[str]:
    for slot, alive in enumerate(machine.live_slots[scene]):
        if not alive:
            vals[slot] = machine.start_values[slot]
    return mem & machine.live_memories[scene]


class _Search:
    """The state of one exploration: nodes, how each was reached, and what was seen where.

    Nodes are numbered the first time a choice is found to lead to them: `keys[i]` is node
    `i`'s Key, `nodes[i]` is [every trust value reached, then one Entry for each batch of
    new ones] and `edges[i]` its choices once worked out, so the hot loop indexes lists
    instead of hashing keys. `reached` lists the nodes in the order trust first reached them.
    """

    def __init__(self, machines: list[Machine], results: list[SeasonExploration],
                 unknown: frozenset[str]) -> None:
        self.machines, self.results, self.unknown = machines, results, unknown
        self.rules = [_Rules(m) for m in machines]
        self.ids: dict[Key, int] = {}
        self.keys: list[Key] = []
        self.nodes: list[list[Any]] = []
        self.edges: list[tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]], int] | None]
        self.edges = []
        self.reached: list[int] = []
        self.scene_of: list[int] = []  # each node's scene (read without touching its key)
        # (season, scene, other numbers) -> what the scene's choices do to those numbers
        self.numbers: dict[tuple[int, int, tuple[int, ...]], tuple[Any, ...]] = {}
        # per season, per choice: memories -> memories in the node it leads to
        self.memories_after: list[list[dict[frozenset[str], frozenset[str]]]] = [
            [{} for _ in m.all_options] for m in machines]
        # per season, per choice whose condition reads only memories: memories -> its mask
        self.masks_for: list[list[dict[frozenset[str], int]]] = [
            [{} for _ in m.all_options] for m in machines]
        self.canon: dict[Any, Any] = {}  # one object for equal numbers and memories: less to free
        self.seen: dict[tuple[int, int], list[Any]] = {}  # (season, place) -> see `record`
        self.records = [[self.record(k, s) for s in range(m.scenes)]
                        for k, m in enumerate(machines)]
        self.end_trust = [0 for _ in machines]
        self.end_others: list[set[tuple[int, ...]]] = [set() for _ in machines]
        self.first: dict[tuple[int, int], tuple[Any, ...]] = {}  # place -> how first reached
        self.candidates: dict[tuple[int, int], list[Any]] = {}  # place -> [depth, (node, t)...]
        self.stuck: list[dict[int, None]] = [{} for _ in machines]
        self.seeds: list[dict[int, list[tuple[Any, ...]]]] = [{} for _ in machines]
        self.count = 0

    # -- building the graph ---------------------------------------------------------------
    def node(self, key: Key) -> int:
        """The number of the node with this key (a new, unreached node if there is none)."""
        i = self.ids.get(key)
        if i is None:
            i = self.ids[key] = len(self.keys)
            self.keys.append(key)
            self.scene_of.append(key[1])
            self.nodes.append([0])
            self.edges.append(None)
        return i

    def variants(self, key: Key) -> list[int]:
        """Split a node on the not-yet-known memories its scene's choices ask about."""
        k, scene, others, mem, open_ = key
        ask = open_ & self.machines[k].tests_at[scene]
        if not ask:
            return [self.node(key)]
        return [self.node((k, scene, others, held, rest))
                for held, rest in _split(mem, open_, ask)]

    def enter(self, k: int, vals: list[int], mem: frozenset[str], open_: frozenset[str],
              scene: int | None = None) -> tuple[int, Key, tuple[int, ...]]:
        """Arrive in a season's first scene: (trust change, node, numbers before forgetting)."""
        machine = self.machines[k]
        where = machine.start if scene is None else scene
        arrival = machine.arrival[where]
        delta, mem = _apply(machine, arrival, vals, mem)
        if arrival is not None:
            open_ = open_ - arrival.remember - arrival.forget
        seen = tuple(vals[1:])
        mem = _forget(machine, where, vals, mem)
        return delta, (k, where, tuple(vals[1:]), mem, open_ & machine.live_memories[where]), seen

    def numbers_for(self, k: int, scene: int, others: tuple[int, ...]) -> tuple[Any, ...]:
        """What a scene's choices do with one set of the numbers other than trust, worked
        out once: many nodes differ only in their memories. A condition that reads no
        memory becomes its mask here; a choice it never offers is left out."""
        machine, rules = self.machines[k], self.rules[k]
        full = (0, *others)
        lo, hi, canon = machine.lo, machine.hi, self.canon
        forward, finishing = [], []
        memos, records, masks_for = self.memories_after[k], self.records[k], self.masks_for[k]
        for option, maskf, plan, reads, only in zip(
                machine.options[scene], rules.masks[scene], rules.plans[scene],
                rules.reads[scene], rules.only_memories[scene], strict=True):
            mask = ALL if maskf is None else 0 if reads else maskf(full, frozenset())
            if not (mask or reads):
                continue  # never offered with these numbers
            test = maskf if reads else None
            known_masks = masks_for[option.number] if only else None
            if plan is None:
                finishing.append((option, test, mask))
                continue
            d1, d2, changes, memory, known, dead, live, tests = plan
            if changes or dead:
                vals = list(full)
                for slot, change in changes:
                    x = vals[slot] + change
                    vals[slot] = lo[slot] if x < lo[slot] else hi[slot] if x > hi[slot] else x
                seen = tuple(vals[1:])
                seen = canon.setdefault(seen, seen)
                for slot, start in dead:
                    vals[slot] = start
                after = tuple(vals[1:])
                after = canon.setdefault(after, after)
            else:  # nothing but trust changes: the numbers stay as they are
                seen = after = others
            move = d1 + d2 if d1 * d2 >= 0 else None  # two clamps in a row of the same
            # (the choice, its trust changes, the numbers seen on arrival, where they are
            # recorded, whether it was ever taken): one for all nodes with these numbers
            how = [option, d1, d2, seen, records[option.target], False]  # (sign: one)
            forward.append((test, known_masks, mask, move, how, option.target, after,
                            memos[option.number], memory, known, live, tests))
        made = self.numbers[(k, scene, others)] = (full, forward, finishing)
        return made

    def build(self, i: int) -> tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
        """Every choice from a node, once: what it needs of trust and where it leads."""
        key = self.keys[i]
        k, scene, others, mem, open_ = key
        full, forward, finishing_options = (self.numbers.get((k, scene, others))
                                            or self.numbers_for(k, scene, others))
        offered, finishing, out, ends = 0, 0, [], []
        canon, ids, keys, nodes, edges = self.canon, self.ids, self.keys, self.nodes, self.edges
        scene_of = self.scene_of
        for (test, known_masks, mask, move, how, target, after, memo, memory, known, live,
             tests) in forward:
            if test is not None:
                if known_masks is None:
                    mask = test(full, mem)
                else:
                    mask = known_masks.get(mem)
                    if mask is None:
                        mask = known_masks[mem] = test(full, mem)
                if not mask:
                    continue
            offered |= mask
            mem1 = memo.get(mem)
            if mem1 is None:  # many nodes hold the same memories: work it out once
                mem1 = mem
                for remember, forget in memory:
                    mem1 = (mem1 | remember) - forget
                mem1 &= live
                mem1 = memo[mem] = canon.setdefault(mem1, mem1)
            if open_:
                open1 = (open_ - known) & live
                open1 = canon.setdefault(open1, open1)
            else:
                open1 = open_
            base = (k, target, after, mem1, open1)
            if open1 & tests:  # one edge for each way the memories asked about could be
                for v in self.variants(base):
                    out.append((mask, v, move, how))
                continue
            v = ids.get(base)
            if v is None:  # a new node (as `node` makes it, written out for speed)
                v = ids[base] = len(keys)
                keys.append(base)
                scene_of.append(target)
                nodes.append([0])
                edges.append(None)
            out.append((mask, v, move, how))
        machine, rules = self.machines[k], self.rules[k]
        for option, test, mask in finishing_options:
            if test is not None:
                mask = test(full, mem)
                if not mask:
                    continue
            offered |= mask
            target = option.target
            # one edge for each way the unknown memories the endings ask about could be
            for held, _ in _split(mem, open_, open_ & machine.end_tests
                                     if target < 0 else frozenset()):
                vals = list(full)
                d1, mem1 = _apply(machine, option.effect, vals, held)
                parts, covered = [], 0
                if target == END_TARGET:
                    for j, endf in enumerate(rules.endings):
                        got = (ALL if endf is None else endf(vals, mem1)) & ~covered
                        if j == len(rules.endings) - 1:
                            got = ALL & ~covered  # the last ending takes what is left
                        if got:
                            parts.append((machine.scenes + j, got))
                        covered |= got
                else:
                    parts.append((target, ALL))
                onward = None
                if k + 1 < len(self.machines):
                    following = self.machines[k + 1]
                    carried = list(following.start_values)
                    d2, nxt, seen_next = self.enter(k + 1, carried, mem1, frozenset())
                    onward = (d2, nxt, seen_next, self.variants(nxt))
                ends.append((mask, option, d1, held, parts, onward, tuple(vals[1:])))
            finishing |= mask
        edges = (offered, out, ends, finishing)
        self.edges[i] = edges
        return edges

    # -- the search -----------------------------------------------------------------------
    def arrive(self, targets: list[int], bits: int, level: int, frontier: dict[int, int],
               src: int | None, edge: tuple[Any, ...] | None) -> None:
        nodes = self.nodes
        for v in targets:
            node = nodes[v]
            new = bits & ~node[0]
            if new:
                if not node[0]:
                    self.reached.append(v)
                node[0] |= new
                node.append((level, new, src, edge))
                frontier[v] = frontier.get(v, 0) | new

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
        frontier: dict[int, int] = {}
        nodes, scene_of, edges, build, reached = (self.nodes, self.scene_of, self.edges,
                                                  self.build, self.reached)
        level = min(seeds) if seeds else 0
        begun = len(reached)
        fresh = [True] * self.machines[k].scenes  # scenes not reached yet
        while True:
            for targets, bits, src, edge in seeds.pop(level, ()):
                self.arrive(targets, bits, level, frontier, src, edge)
            if not frontier:
                if not seeds:
                    self.covered(k, begun)
                    return True
                level = min(seeds)
                continue
            # the states first reached now: each new bit is new at its node, so they add up
            self.count += sum(map(int.bit_count, frontier.values()))
            if self.count > max_states:
                self.covered(k, begun)
                return False
            current, frontier = frontier, {}
            step = level + 1
            for i, bits in current.items():
                scene = scene_of[i]
                if fresh[scene] or (weigh and candidates[(k, scene)][0] == level):
                    # the trust value that arrived first here, as a plain queue would take it
                    way = (i, lowest(next(e[1] for e in nodes[i][1:] if e[0] == level)))
                    if fresh[scene]:
                        fresh[scene] = False
                        first[(k, scene)] = way
                        if weigh:
                            candidates[(k, scene)] = [level, way]
                    else:
                        candidates[(k, scene)].append(way)
                offered, forward, ends, _ = edges[i] or build(i)
                if bits & ~offered:
                    stuck.setdefault(scene)
                for edge in forward:  # (the common case, written out for speed; what
                    mask, v, move, how = edge  # it covers is worked out in `covered`)
                    b = bits & mask
                    if b:
                        how[5] = True  # taken
                        if move is None:
                            moved = shift(shift(b, how[1]), how[2])
                        elif move > 0:  # (`shift`, written out)
                            moved = b << move
                            if moved > ALL:
                                moved = (moved & ALL) | TOP
                        else:
                            moved = shift(b, move) if move else b
                        node = nodes[v]
                        had = node[0]
                        new = moved & ~had
                        if new:
                            if not had:
                                reached.append(v)
                            node[0] = had | new
                            node.append((step, new, i, edge))
                            frontier[v] = frontier.get(v, 0) | new
                for mask, option, d1, held, parts, onward, seen in ends:
                    b = bits & mask
                    if not b:
                        continue
                    available.add(option.number)
                    moved = shift(b, d1) if d1 else b
                    if option.target == END_TARGET:
                        self.end_trust[k] |= moved
                        self.end_others[k].add(seen)
                    for where, part in parts:
                        got = moved & part
                        if got:
                            self.see(k, where, got, seen)
                            way = (i, b, option, d1, got, held)
                            if (k, where) not in first:
                                first[(k, where)] = way
                                if weigh:
                                    candidates[(k, where)] = [level, way]
                            elif weigh and candidates[(k, where)][0] == level:
                                candidates[(k, where)].append(way)
                    if following and onward is not None:
                        d2, nxt, seen_next, targets = onward
                        carried = shift(moved, d2) if d2 else moved
                        self.see(k + 1, nxt[1], carried, seen_next)
                        self.seeds[k + 1].setdefault(step, []).append(
                            (targets, carried, i, (b, None, None, (option, d1, d2))))
            level = step

    def covered(self, k: int, begun: int) -> None:
        """Which choices were ever taken, and what was seen on arriving where they lead,
        gathered once a season's search is over rather than on every step: the search
        only marks each choice (for one set of numbers) taken. The trust values seen on
        arrival at a scene are those of its nodes."""
        available, records = self.results[k].available, self.records[k]
        nodes, scene_of = self.nodes, self.scene_of
        for i in self.reached[begun:]:
            records[scene_of[i]][0] |= nodes[i][0]
        for (season, _, _), (_, forward, _) in self.numbers.items():
            if season != k:
                continue
            for entry in forward:
                option, _, _, seen, record, taken = entry[4]
                if taken:
                    available.add(option.number)
                    record[1].add(seen)

    # -- witnesses ------------------------------------------------------------------------
    def links(self, i: int, t: int) -> list[tuple[int, int, Option]]:
        """How (node i, trust t) was first reached: (node, trust, choice) back to the start."""
        out = []
        while True:
            depth, _, src, edge = next(e for e in self.nodes[i][1:] if e[1] >> t & 1)
            if src is None or edge is None:
                return out
            how = edge[3]
            option, d1, d2 = how[0], how[1], how[2]
            # the trust values the node before took this choice with: those new there one
            # level earlier that the choice's condition (or, into the next season, the
            # ending) let through
            srcbits = self.arrived(src, depth - 1) & edge[0]
            before = self.earliest(src, srcbits & back(back(1 << t, d2), d1))
            out.append((src, before, option))
            i, t = src, before

    def arrived(self, i: int, depth: int) -> int:
        """The trust values first reached at a node after `depth` choices."""
        bits = 0
        for e in self.nodes[i][1:]:
            if e[0] == depth:
                bits |= e[1]
        return bits

    def earliest(self, i: int, bits: int) -> int:
        """Of these trust values at a node, the one that arrived first (as a plain queue of
        states would take it, so witnesses follow the order choices are written in)."""
        return lowest(next(e[1] for e in self.nodes[i][1:] if e[1] & bits) & bits)

    def witness(self, i: int, t: int) -> tuple[Step, ...]:
        steps = [self.step(self.keys[src][0], option) for src, _, option in self.links(i, t)]
        return tuple(reversed(steps))

    def step(self, k: int, option: Option) -> Step:
        machine = self.machines[k]
        return Step(machine.season.id, machine.scene_ids[option.scene], option.id)

    def assumed(self, i: int, t: int, assumed: frozenset[str]) -> frozenset[str]:
        """The earlier seasons' memories that the path to (node i, t) took to be set."""
        if not assumed:
            return frozenset()
        found = self.keys[i][3] & assumed
        for src, _, _ in self.links(i, t):
            found |= self.keys[src][3] & assumed
        return found

    def depth(self, i: int, t: int) -> int:
        return next(e[0] for e in self.nodes[i][1:] if e[1] >> t & 1)


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
    search = _Search(machines, results, unknown)
    results[0].open_memories = unknown
    for k in range(1, len(results)):
        results[k].open_memories = frozenset(
            name for machine in machines[:k] for name in machine.season.memories)
    first = machines[0]
    for values_, memories, scene in starts or [(first.start_values, frozenset(), None)]:
        vals = list(values_)
        trust = 1 << vals[0]
        results[0].open_memories |= first.enter_start(list(values_), memories, scene)[1]
        delta, key, seen = search.enter(0, vals, memories, unknown, scene)
        trust = shift(trust, delta)
        search.see(0, key[1], trust, seen)
        search.seeds[0].setdefault(0, []).append(
            (search.variants(key), trust, None, None))
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
    finally:
        del search  # freed while collection is off, so the next collection finds little
        if collecting:
            gc.enable()
    complete = all(r.complete for r in results)
    return Exploration(results, total, complete, time.perf_counter() - began)


def _finish(search: _Search, results: list[SeasonExploration]) -> None:
    """Turn what the search gathered into places, witnesses and findings."""
    machines = search.machines
    for (k, where), (bits, others) in search.seen.items():
        if not bits:  # a choice that was never taken
            continue
        machine, result = machines[k], results[k]
        place = (result.scenes[machine.scene_ids[where]] if where < machine.scenes
                 else result.endings[machine.ending_ids[where - machine.scenes]])
        place.values[0] |= set(values(bits))
        place.trust = [min(place.values[0]), max(place.values[0])]
        for seen in others:
            for slot, value in enumerate(seen, start=1):
                place.values[slot].add(value)
    for k, result in enumerate(results):
        result.end_values[0] |= set(values(search.end_trust[k]))
        for seen in search.end_others[k]:
            for slot, value in enumerate(seen, start=1):
                result.end_values[slot].add(value)
    for (k, where), how in search.first.items():
        machine, result = machines[k], results[k]
        if where < machine.scenes:
            assumed = search.unknown if k == 0 else frozenset()
            ways = search.candidates.get((k, where), [0, how])[1:]
            key, t = min(ways, key=lambda way: len(search.assumed(*way, assumed)))
            place = result.scenes[machine.scene_ids[where]]
            place.witness = search.witness(key, t)
            place.assuming = search.assumed(key, t, assumed)
            continue
        own = frozenset(m.id for m in machine.season.memories.values() if m.from_season)

        def needs(way: tuple[Any, ...], own: frozenset[str] = own) -> frozenset[str]:
            key, b, _, d1, got, held = way
            return search.assumed(key, search.earliest(key, b & back(got, d1)), own) | (
                held & own)

        way = min(search.candidates.get((k, where), [0, how])[1:], key=lambda w: len(needs(w)))
        key, b, option, d1, got, _ = way
        place = result.endings[machine.ending_ids[where - machine.scenes]]
        place.witness = (*search.witness(key, search.earliest(key, b & back(got, d1))),
                         search.step(k, option))
        place.assuming = needs(way)
    for k, result in enumerate(results):
        machine = machines[k]
        for scene in search.stuck[k]:
            place = result.scenes[machine.scene_ids[scene]]
            result.stuck[machine.scene_ids[scene]] = place.witness or ()
        if result.complete and (result.stuck or _has_cycle(machine)):
            _find_no_way_out(search, k, result)  # (else every state moves on to an ending)


def _has_cycle(machine: Machine) -> bool:
    """Can a choice lead back to a scene already passed? If not, and no state is stuck, every
    state has a way to an ending (each choice moves forward), so there is nothing to search."""
    ahead = [{o.target for o in options if 0 <= o.target < machine.scenes}
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
    keys, edges = search.keys, search.edges
    nodes = [(i, search.nodes[i][0]) for i in search.reached if keys[i][0] == k]
    nodes.reverse()
    good: dict[int, int] = {}
    todo = []
    for key, bits in nodes:
        good[key] = bits & (edges[key][3] if edges[key] is not None else 0)
        todo.append((key, bits))
    changed = True
    while changed:
        changed = False
        left = []
        for key, bits in todo:
            have = good[key]
            built = edges[key]
            for mask, v, _, how in built[1] if built is not None else ():
                d1, d2 = how[1], how[2]
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
        scene = machine.scene_ids[keys[key][1]]
        if scene in result.stuck:
            continue
        t = min(values(bad), key=lambda u: search.depth(key, u))
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
