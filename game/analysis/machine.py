"""A season compiled for speed: scenes, choices and numbers addressed by position.

The explorer visits hundreds of thousands of states and random playthroughs take millions of
steps, so they do not go through `Session` (which builds events and ledger entries for people
to read). They use this compact form of the same rules instead: numbers live in a list
(`[trust, resource, ...]`), memories in a frozenset, and each choice is a small tuple. The
conditions are the same compiled closures, keyed by list position. Tests check that both
paths agree step for step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

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
            for choice in scene.choices:
                target = (END_TARGET if choice.next == END
                          else scene_at.get(choice.next, ending_at.get(choice.next)))
                option = Option(len(self.all_options), s, choice.id, choice.aid,
                                self.test(choice.cond), self.effect(choice.effects), target)
                compiled.append(option)
                self.all_options.append(option)
            self.options.append(tuple(compiled))
        self.arrival = [self.effect(scene.effects) for scene in season.scenes.values()]
        self.ending_tests = [self.test(e.cond) for e in season.endings.values()]
        self.start = scene_at[season.start]
        self.start_values = tuple([season.trust.start] +
                                  [r.start for r in season.resources.values()])

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
