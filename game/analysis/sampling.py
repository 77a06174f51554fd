"""Seeded random playthroughs: coverage, endings, trust at the end, and the aid chosen.

Walk `i` of a run with seed `S` uses its own generator seeded `S + i`, so any single
playthrough can be replayed on its own (`explore --random 1 --seed S+i --show-path`).
The loop runs on the compiled `Machine` and is written for speed: it is what makes ten
thousand playthroughs a second possible.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.engine.campaign import carried_trust

from .machine import END_TARGET, Machine

STUCK, TOO_LONG = -2, -3
MAX_STEPS = 1_000


@dataclass
class Walk:
    seed: int
    outcome: int  # an ending's position, STUCK or TOO_LONG
    steps: int
    trust: int
    path: list[tuple[int, str]] | None = None  # (scene, choice id), when asked for
    memories: frozenset[str] = frozenset()  # at the end, when asked for (campaigns)


@dataclass
class Sampling:
    machine: Machine
    walks: int
    seed: int
    steps: int = 0
    seconds: float = 0.0
    scene_visits: list[int] = field(default_factory=list)
    option_counts: list[int] = field(default_factory=list)
    endings: Counter[str] = field(default_factory=Counter)
    trust_at_end: dict[str, Counter[int]] = field(default_factory=dict)  # bucket -> count
    failures: list[Walk] = field(default_factory=list)

    @property
    def aid_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for option, n in zip(self.machine.all_options, self.option_counts, strict=True):
            if option.aid != "none":
                counts[option.aid] += n
        return counts

    def unvisited(self) -> tuple[list[str], list[str]]:
        scenes = [sid for sid, n in zip(self.machine.scene_ids, self.scene_visits, strict=True)
                  if not n]
        endings = [e for e in self.machine.ending_ids if not self.endings[e]]
        return scenes, endings


def walk(machine: Machine, seed: int, max_steps: int = MAX_STEPS,
         scene_visits: list[int] | None = None, option_counts: list[int] | None = None,
         record: bool = False, start: tuple[Sequence[int], frozenset[str]] | None = None,
         carry: bool = False) -> Walk:
    """One random playthrough from the start (or a given state) to an ending. The step is
    `Machine.step_values` written out in the loop (the same rules, without its calls)."""
    rnd = random.Random(seed).random
    values = list(start[0] if start else machine.start_values)
    scene, memories = machine.enter_start(values, start[1] if start else frozenset())
    visits = scene_visits if scene_visits is not None else [0] * machine.scenes
    counts = option_counts if option_counts is not None else [0] * len(machine.all_options)
    options, scenes, arrival = machine.options, machine.scenes, machine.arrival
    lo, hi, ending_for = machine.lo, machine.hi, machine.ending_for
    free = machine.unconditional  # scenes whose choices are all always offered
    offered = machine.offered  # the others': `Machine.available`, one function a scene
    path: list[tuple[int, str]] | None = [] if record else None
    for steps in range(max_steps):
        visits[scene] += 1
        available = options[scene] if free[scene] else offered[scene](values, memories)
        if not available:
            return Walk(seed, STUCK, steps, values[0], path)
        option = available[int(rnd() * len(available))]
        counts[option[0]] += 1
        if path is not None:
            path.append((scene, option[2]))
        effect = option[5]
        if effect is not None:  # (Machine.apply)
            for slot, delta in effect[0]:
                x = values[slot] + delta
                values[slot] = lo[slot] if x < lo[slot] else hi[slot] if x > hi[slot] else x
            if effect[1]:
                memories = memories | effect[1]
            if effect[2]:
                memories = memories - effect[2]
        scene = option[6]
        for test, routed in option[7]:  # the first route that holds, as `next_scene`
            if test(values, memories):
                scene = routed
                break
        if 0 <= scene < scenes:
            effect = arrival[scene]
            if effect is not None:
                for slot, delta in effect[0]:
                    x = values[slot] + delta
                    values[slot] = (lo[slot] if x < lo[slot] else hi[slot] if x > hi[slot]
                                    else x)
                if effect[1]:
                    memories = memories | effect[1]
                if effect[2]:
                    memories = memories - effect[2]
            continue
        if scene == END_TARGET:
            scene = ending_for(values, memories)
        return Walk(seed, scene, steps + 1, values[0], path, memories if carry else frozenset())
    return Walk(seed, TOO_LONG, max_steps, values[0], path)


def _new(machine: Machine, walks: int, seed: int) -> Sampling:
    return Sampling(machine, walks, seed, scene_visits=[0] * machine.scenes,
                    option_counts=[0] * len(machine.all_options))


def _count(result: Sampling, one: Walk) -> None:
    machine = result.machine
    result.steps += one.steps
    if one.outcome >= machine.scenes:
        ending = machine.ending_ids[one.outcome - machine.scenes]
        result.endings[ending] += 1
        buckets = result.trust_at_end.get(ending)
        if buckets is None:  # (not `setdefault`: that would make a Counter every walk)
            buckets = result.trust_at_end[ending] = Counter()
        buckets[min(one.trust // 10, 9)] += 1
    else:
        result.failures.append(one)


def sample(machine: Machine, walks: int, seed: int, max_steps: int = MAX_STEPS) -> Sampling:
    result = _new(machine, walks, seed)
    began = time.perf_counter()
    for i in range(walks):
        _count(result, walk(machine, seed + i, max_steps, result.scene_visits,
                            result.option_counts))
    result.seconds = time.perf_counter() - began
    return result


def season_seed(seed: int, season: int) -> int:
    """The generator seed of one season of a campaign walk. Season 0 uses the walk's own seed;
    later seasons get unrelated ones, because the same seed in every season would repeat its
    first draws (the same choice numbers), so a season's choices would copy the last's."""
    if not season:
        return seed
    return int.from_bytes(hashlib.sha256(f"{seed}/{season}".encode()).digest()[:8], "big")


def sample_campaign(machines: Sequence[Machine], walks: int, seed: int,
                    max_steps: int = MAX_STEPS, trust_carry: int = 100) -> list[Sampling]:
    """Whole-campaign playthroughs: each season starts from how the one before it ended
    (trust and memories carried). Walk `i` is replayed from seed `seed + i` alone; its
    season `k` draws from `season_seed(seed + i, k)`; trust carries by the campaign's rule
    (`campaign.carried_trust`)."""
    results = [_new(m, walks, seed) for m in machines]
    began = time.perf_counter()
    for i in range(walks):
        trust, memories = None, frozenset()
        for k, (machine, result) in enumerate(zip(machines, results, strict=True)):
            start = ((machine.values_for(trust=carried_trust(
                trust, machine.season.trust.start, trust_carry)), memories)
                if trust is not None else None)
            one = walk(machine, season_seed(seed + i, k), max_steps, result.scene_visits,
                       result.option_counts, start=start, carry=True)
            one.seed = seed + i  # the seed that replays the whole campaign walk
            _count(result, one)
            if one.outcome < machine.scenes:
                break
            trust, memories = one.trust, one.memories
    seconds = time.perf_counter() - began
    for result in results:
        result.seconds = seconds
    return results
