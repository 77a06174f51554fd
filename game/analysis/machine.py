"""A season compiled for speed: scenes, choices and numbers addressed by position.

The explorer visits hundreds of thousands of states and random playthroughs take millions of
steps, so they do not go through `Session` (which builds events and ledger entries for people
to read). They use this compact form of the same rules instead: numbers live in a list
(`[trust, resource, ...]`), memories in a frozenset, and each choice is a small tuple. The
conditions are the same compiled closures, keyed by list position. Tests check that both
paths agree step for step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from game.engine import conditions
from game.engine.format import END
from game.engine.model import Condition, Effects, Season

END_TARGET = -1


class Effect(NamedTuple):
    changes: tuple[tuple[int, int], ...]  # (slot, delta); slot 0 is trust
    remember: frozenset[str]
    forget: frozenset[str]


class Option(NamedTuple):
    """One choice, compiled."""

    number: int  # position among all choices of the season, for coverage counts
    scene: int
    id: str
    aid: str
    test: conditions.Test | None
    effect: Effect | None
    target: int  # a scene's position, `len(scenes) + k` for ending k, or END_TARGET
    # a conditional next: (test, target) checked in order after the effects; `target` is
    # the default when none holds (as `session.next_scene` decides)
    routes: tuple[tuple[conditions.Test, int], ...] = ()

    def targets(self) -> tuple[int, ...]:
        """Every place this choice can lead, the default last."""
        return tuple(dict.fromkeys([*(t for _, t in self.routes), self.target]))


class Machine:
    """The rules of one season over positions; see `step_values` for what a choice does."""

    def __init__(self, season: Season) -> None:
        self.season = season
        self.scene_ids = list(season.scenes)
        self.ending_ids = list(season.endings)
        self.slot_names = ["trust", *season.resources]
        slots = {name: i for i, name in enumerate(self.slot_names)}
        self.lo = [0] + [r.min for r in season.resources.values()]
        self.hi = [100] + [r.max for r in season.resources.values()]
        kinds = season.kinds()
        self._kinds, self._slots = kinds, slots
        scene_at = {sid: i for i, sid in enumerate(self.scene_ids)}
        ending_at = {eid: len(self.scene_ids) + i for i, eid in enumerate(self.ending_ids)}
        self.options: list[tuple[Option, ...]] = []
        self.all_options: list[Option] = []
        for s, scene in enumerate(season.scenes.values()):
            compiled = []
            def place(name: str) -> int:
                return (END_TARGET if name == END
                        else scene_at.get(name, ending_at.get(name)))  # type: ignore[arg-type]

            for choice in scene.choices:
                routes = tuple((self.test(r.cond), place(r.next)) for r in choice.routes)
                option = Option(len(self.all_options), s, choice.id, choice.aid,
                                self.test(choice.cond), self.effect(choice.effects),
                                place(choice.next), routes)  # type: ignore[arg-type]
                compiled.append(option)
                self.all_options.append(option)
            self.options.append(tuple(compiled))
        self.arrival = [self.effect(scene.effects) for scene in season.scenes.values()]
        # scenes with no condition on any choice: random walks take their list as it is
        self.unconditional = [all(o.test is None for o in options) for options in self.options]
        self.ending_tests = [self.test(e.cond) for e in season.endings.values()]
        self.start = scene_at[season.start]
        self.start_values = tuple([season.trust.start] +
                                  [r.start for r in season.resources.values()])
        self.live_memories, self.live_slots = self._liveness(frozenset())

    def _liveness(self, later: frozenset[str]
                  ) -> tuple[list[frozenset[str]], list[tuple[bool, ...]]]:
        """For each scene, the memories and numbers that a choice's or an ending's condition
        can still test from there on (in this season, or, for memories, in `later`
        seasons). Anything else cannot change what can happen next, so the explorer may
        forget it: an exact reduction (liveness over the scene graph). Paragraph conditions
        only change what is shown, so they do not count here; `findings.py` checks them
        separately."""
        season, slots = self.season, {n: i for i, n in enumerate(self.slot_names)}
        memory_names = set(season.memories)

        def tested(conds: list[Condition | None]) -> tuple[set[str], set[int]]:
            mems, nums = set(), set()
            for cond in conds:
                for name in (n.name for n in conditions.names(cond.expr)) if cond else ():
                    if name in memory_names:
                        mems.add(name)
                    elif name in slots:
                        nums.add(slots[name])
            return mems, nums

        endings = list(season.endings.values())
        all_endings = tested([e.cond for e in endings])  # only `next: end` reads these
        here, succ = [], []
        for scene in season.scenes.values():
            mems, nums = tested([c.cond for c in scene.choices] +
                                [r.cond for c in scene.choices for r in c.routes])
            if any(END in choice.targets() for choice in scene.choices):
                mems, nums = mems | all_endings[0], nums | all_endings[1]
            here.append((mems, nums))
            succ.append([t for o in self.options[len(here) - 1] for t in o.targets()
                         if 0 <= t < self.scenes])
        self.tests_at = [frozenset(m) for m, _ in here]  # memories choices here ask about
        self.end_tests = frozenset(all_endings[0])  # memories the endings ask about
        live = [(set(m) | later, set(n) | {0}) for m, n in here]  # trust always carries on
        changed = True
        while changed:
            changed = False
            for s, targets in enumerate(succ):
                mems, nums = live[s]
                for t in targets:
                    if not (live[t][0] <= mems and live[t][1] <= nums):
                        mems |= live[t][0]
                        nums |= live[t][1]
                        changed = True
        count = len(self.slot_names)
        return ([frozenset(m) for m, _ in live],
                [tuple(i in n for i in range(count)) for _, n in live])

    def may_hold(self, given: frozenset[str], open_: frozenset[str]
                 ) -> tuple[list[set[str]], list[set[str]]]:
        """For each scene, the memories that may be held there and those that may be
        missing (over the scene graph, conditions ignored: more than can really happen,
        which is what a claim that a paragraph is never shown needs)."""
        names = set(self.season.memories) | set(given) | set(open_)
        have = [set() for _ in range(self.scenes)]
        lack = [set() for _ in range(self.scenes)]
        arrival = self.arrival[self.start]
        have[self.start] = set(given) | set(open_) | set(arrival.remember if arrival else ())
        lack[self.start] = (names - set(given)) | set(open_)
        changed = True
        while changed:
            changed = False
            for s, options in enumerate(self.options):
                for option in options:
                    for t in option.targets():
                        if not 0 <= t < self.scenes:
                            continue
                        h, m = set(have[s]), set(lack[s])
                        for effect in (option.effect, self.arrival[t]):
                            if effect is not None:
                                h = (h | effect.remember) - effect.forget
                                m = (m - effect.remember) | effect.forget
                        if not (h <= have[t] and m <= lack[t]):
                            have[t] |= h
                            lack[t] |= m
                            changed = True
        return have, lack

    def plan_future(self, later: frozenset[str]) -> None:
        """Tell the machine which memories seasons after it still test."""
        self.live_memories, self.live_slots = self._liveness(later)

    def forget_dead(self, scene: int, values: list[int], memories: frozenset[str]
                    ) -> frozenset[str]:
        """Drop what can no longer matter from here on (values in place, memories returned)."""
        for slot, alive in enumerate(self.live_slots[scene]):
            if not alive:
                values[slot] = self.start_values[slot]
        return memories & self.live_memories[scene]

    @cached_property
    def offered(self) -> list[Callable[[Sequence[int], frozenset[str]], list[Option]] | None]:
        """`available` for each scene with a condition as a single function, its conditions
        written out as Python (the random walk's hot path: one call a step instead of a
        closure per part of every condition), all compiled at once, the first time a walk
        asks. The same answers as the compiled tests; a test checks that. None for a scene
        whose choices are all offered (`unconditional`)."""
        lines: list[str] = []
        namespace: dict[str, Any] = {}
        for s, (scene, free) in enumerate(zip(self.season.scenes.values(), self.unconditional,
                                              strict=True)):
            if free:
                continue
            lines += [f"def offered_{s}(v, m):", "    out = []"]
            for i, (choice, option) in enumerate(zip(scene.choices, self.options[s],
                                                     strict=True)):
                namespace[f"o{s}_{i}"] = option
                if choice.cond is None:
                    lines.append(f"    out.append(o{s}_{i})")
                else:
                    lines += [f"    if {self._python(choice.cond.expr)}:",
                              f"        out.append(o{s}_{i})"]
            lines.append("    return out")
        exec("\n".join(lines), namespace)  # built from the parsed trees only: names quoted
        return [None if free else namespace[f"offered_{s}"]
                for s, free in enumerate(self.unconditional)]

    def _python(self, expr: conditions.Expr) -> str:
        """A parsed condition as a Python expression over `v` (numbers by slot) and `m`
        (memories), meaning what `conditions.compile_test` means."""
        c = conditions
        if isinstance(expr, c.Flag):
            return "True" if expr.value else "False"
        if isinstance(expr, c.Name):
            if self._kinds.get(expr.name) == c.NUMBER:
                return f"(v[{int(self._slots[expr.name])}] != 0)"
            return f"({expr.name!r} in m)"
        if isinstance(expr, c.Not):
            return f"(not {self._python(expr.operand)})"
        if isinstance(expr, c.BoolOp):
            joined = f" {'and' if expr.op == 'and' else 'or'} ".join(
                self._python(o) for o in expr.operands)
            return f"({joined})"
        if isinstance(expr, c.Compare) and expr.op in c.COMPARISONS:
            return f"({self._operand(expr.left)} {expr.op} {self._operand(expr.right)})"
        raise TypeError(f"not a condition: {expr!r}")

    def _operand(self, expr: conditions.Expr) -> str:
        if isinstance(expr, conditions.Num):
            return str(int(expr.value))
        if isinstance(expr, conditions.Name) and self._kinds.get(expr.name) == conditions.NUMBER:
            return f"v[{int(self._slots[expr.name])}]"
        return self._python(expr)

    def test(self, cond: Condition | None) -> conditions.Test | None:
        if cond is None:
            return None
        return conditions.compile_test(cond.expr, self._kinds, self._slots.__getitem__)

    def effect(self, effects: Effects | None) -> Effect | None:
        if effects is None:
            return None
        changes = ([(0, effects.trust)] if effects.trust else []) + [
            (self._slots[name], delta) for name, delta in effects.resources]
        return Effect(tuple(changes), frozenset(effects.remember), frozenset(effects.forget))

    @property
    def scenes(self) -> int:
        return len(self.scene_ids)

    def values_for(self, trust: int | None = None,
                   resources: dict[str, int] | None = None) -> tuple[int, ...]:
        values = list(self.start_values)
        if trust is not None:
            values[0] = max(0, min(100, trust))
        for name, value in (resources or {}).items():
            slot = self.slot_names.index(name)
            values[slot] = max(self.lo[slot], min(self.hi[slot], value))
        return tuple(values)

    def apply(self, effect: Effect, values: list[int], memories: frozenset[str]
              ) -> frozenset[str]:
        """Apply an effect to `values` in place (clamped); return the new memories."""
        lo, hi = self.lo, self.hi
        for slot, delta in effect.changes:
            x = values[slot] + delta
            values[slot] = lo[slot] if x < lo[slot] else hi[slot] if x > hi[slot] else x
        if effect.remember:
            memories = memories | effect.remember
        if effect.forget:
            memories = memories - effect.forget
        return memories

    def ending_for(self, values: Sequence[int], memories: frozenset[str]) -> int:
        """The ending `next: end` chooses: the first whose condition holds."""
        for k, test in enumerate(self.ending_tests):
            if test is None or test(values, memories):
                return self.scenes + k
        return self.scenes + len(self.ending_tests) - 1

    def step_values(self, option: Option, values: list[int], memories: frozenset[str]
                    ) -> tuple[int, frozenset[str]]:
        """Make a choice: its effects, then the target (arrival effects, or the ending).
        Returns (where we are now, memories); `values` is updated in place."""
        if option.effect is not None:
            memories = self.apply(option.effect, values, memories)
        target = option.target
        for test, routed in option.routes:  # the first route that holds, as `next_scene`
            if test(values, memories):
                target = routed
                break
        if target == END_TARGET:
            return self.ending_for(values, memories), memories
        if target < self.scenes:
            arrival = self.arrival[target]
            if arrival is not None:
                memories = self.apply(arrival, values, memories)
        return target, memories

    def enter_start(self, values: list[int], memories: frozenset[str], scene: int | None = None
                    ) -> tuple[int, frozenset[str]]:
        """Arrive in the first scene (or `scene`), applying its arrival effects."""
        where = self.start if scene is None else scene
        arrival = self.arrival[where]
        if arrival is not None:
            memories = self.apply(arrival, values, memories)
        return where, memories

    def available(self, scene: int, values: Sequence[int], memories: frozenset[str]
                  ) -> list[Option]:
        return [o for o in self.options[scene] if o.test is None or o.test(values, memories)]
