"""What an exploration found, as located diagnostics (codes VR101-VR105, docs/errors.md).

These are the questions the validator cannot answer from links alone: can a scene really be
reached, given every condition on the way? Can a choice ever be offered? Can a threshold
ever be met? Can a player get caught in a loop with no way to an ending?
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from game.engine import conditions
from game.engine.conditions import COMPARISONS, Compare, Name, Num
from game.engine.diagnostics import Diagnostic
from game.engine.model import Condition

from .explore import Exploration, SeasonExploration, Step
from .machine import Machine


def path_text(steps: Sequence[Step], season: str | None = None) -> str:
    """`famine: dry_summer > help_petrova, ...; war: ...` (season names only when they change)."""
    if not steps:
        return "(the start)"
    parts, current = [], season
    for step in steps:
        label = str(step)
        if step.season != current:
            label = f"[{step.season}] {label}"
            current = step.season
        parts.append(label)
    return ", ".join(parts)


def diagnostics(exploration: Exploration, only: Iterable[str] | None = None) -> list[Diagnostic]:
    wanted = set(only) if only is not None else None
    found: list[Diagnostic] = []
    for result in exploration.seasons:
        if wanted is None or result.season.id in wanted:
            found += season_diagnostics(result, result.complete)
    return found


def season_diagnostics(result: SeasonExploration, complete: bool) -> list[Diagnostic]:
    season, machine = result.season, result.machine
    file = str(season.path)
    out: list[Diagnostic] = []
    if complete:
        for scene in season.scenes.values():
            if not result.scenes[scene.id].reachable:
                out.append(Diagnostic(
                    "VR101", f"scene `{scene.id}` can never be reached: no sequence of choices "
                    "leads there", file, scene.where.line, scene.where.col,
                    "check the conditions on the choices that lead to it"))
        for ending in season.endings.values():
            if not result.endings[ending.id].reachable:
                at_end = (" (when the season ends, "
                          f"{_here(ending.cond, result.end_values, machine.slot_names, '')})"
                          if ending.cond else "")
                out.append(Diagnostic(
                    "VR102", f"ending `{ending.id}` can never be reached{at_end}", file,
                    ending.where.line, ending.where.col,
                    "check its `if` and the endings listed before it" + (
                        "; if a campaign plays this season after others, explore the campaign "
                        "file: there it starts where the earlier seasons leave off"
                        if result.assumed_memories or (ending.cond and "trust" in
                                                       ending.cond.source) else "")))
    if not complete:  # a partial search proves nothing about what cannot happen
        return out
    have, lack = machine.may_hold(frozenset(), result.open_memories)
    for s, scene in enumerate(season.scenes.values()):
        place = result.scenes[scene.id]
        if not place.reachable:
            continue
        for choice, option in zip(scene.choices, machine.options[s], strict=True):
            if choice.cond and option.number not in result.available:
                here = _here(choice.cond, place.values, machine.slot_names)
                out.append(Diagnostic(
                    "VR103", f"choice `{choice.id}` in scene `{scene.id}` is never offered: "
                    f"`{choice.cond.source}` never holds here ({here})", file,
                    choice.cond.line, choice.cond.col,
                    "change the condition or the effects before this scene"))
            elif choice.cond:
                out += _thresholds(choice.cond, place.values, machine.slot_names, file,
                                   f"choice `{choice.id}`")
        for paragraph in scene.text:
            if paragraph.cond is None:
                continue
            if not _may_hold(machine, paragraph.cond, place.values, have[s], lack[s]):
                here = _here(paragraph.cond, place.values, machine.slot_names)
                out.append(Diagnostic(
                    "VR104", f"a paragraph of scene `{scene.id}` is never shown: "
                    f"`{paragraph.cond.source}` never holds here ({here})", file,
                    paragraph.cond.line, paragraph.cond.col,
                    "players never read it; change the condition or remove the paragraph"))
    for ending in season.endings.values():
        if ending.cond and result.endings[ending.id].reachable:
            out += _thresholds(ending.cond, result.end_values, machine.slot_names, file,
                               f"ending `{ending.id}`")
    for kind, found in (("no choice is available", result.stuck),
                        ("no ending can be reached from here (the choices go round in "
                         "circles or into a trap)", result.no_way_out)):
        for scene_id, steps in found.items():
            scene = season.scenes[scene_id]
            out.append(Diagnostic(
                "VR105", f"players can get stuck in scene `{scene_id}`: {kind} (reached by "
                f"{path_text(steps, season.id)})", file, scene.where.line, scene.where.col,
                "give this scene a choice with no condition, or a way on to an ending"))
    return out


def _may_hold(machine: Machine, cond: Condition, values: list[set[int]], have: set[str],
              lack: set[str]) -> bool:
    """Could the condition hold for some mix of the values each name can have here? Names
    are taken one at a time (their links are not tracked), so `False` is a proof."""
    names = {n.name for n in conditions.names(cond.expr)}
    slots = [i for i, name in enumerate(machine.slot_names) if name in names]
    memories = sorted(names - set(machine.slot_names))
    domains = [sorted(values[i]) or [0] for i in slots] + [
        [v for v, possible in ((True, m in have), (False, m in lack)) if possible] or [False]
        for m in memories]
    test = machine.test(cond)
    base = [0] * len(machine.slot_names)
    for combo in itertools.product(*domains):
        numbers = list(base)
        for slot, value in zip(slots, combo, strict=False):
            numbers[slot] = value
        held = frozenset(m for m, flag in zip(memories, combo[len(slots):], strict=True) if flag)
        if test(numbers, held):
            return True
    return False


def _thresholds(cond: Condition, values: list[set[int]], names: list[str], file: str,
                owner: str) -> list[Diagnostic]:
    """Parts of a condition such as `trust >= 90` that no playthrough can meet."""
    out = []
    for part in _comparisons(cond.expr):
        slot = names.index(part.left.name)
        seen = values[slot]
        op = COMPARISONS[part.op]
        if seen and not any(op(v, part.right.value) for v in seen):
            line, col = cond.line, cond.col + (part.left.offset if "\n" not in cond.source
                                               else 0)
            out.append(Diagnostic(
                "VR104", f"in the condition of {owner}, `{part.left.name} {part.op} "
                f"{part.right.value}` is never true ({part.left.name} is only ever "
                f"{_range(seen)} there)", file, line, col,
                "lower the threshold or change the effects that lead here"))
    return out


def _comparisons(expr: conditions.Expr) -> Iterable[Compare]:
    if isinstance(expr, Compare):
        if isinstance(expr.left, Name) and isinstance(expr.right, Num):
            yield expr
    elif isinstance(expr, conditions.Not):
        yield from _comparisons(expr.operand)
    elif isinstance(expr, conditions.BoolOp):
        for operand in expr.operands:
            yield from _comparisons(operand)


def _here(cond: Condition, values: list[set[int]], names: list[str], here: str = " here"
          ) -> str:
    """The ranges of the numbers a condition tests, e.g. `potatoes here is 0 to 8` (and trust
    when it tests only memories): the range the author needs to see to fix it."""
    tested = [n.name for n in conditions.names(cond.expr) if n.name in names]
    shown = list(dict.fromkeys(tested)) or ["trust"]
    return ", ".join(f"{name}{here} is {_range(values[names.index(name)])}" for name in shown)


def _range(values: set[int]) -> str:
    if not values:
        return "unknown"
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low} to {high}"
