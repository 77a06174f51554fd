"""Why a closed choice is closed, read from its condition: `Grain: 0 sacks now, 1 sack
needed`. The author's `locked:` text says it in the story's voice ("you have none to
spare"); this says it in numbers, so a player sees how far off the choice is.

Only what a player can see and change is said: a resource or trust that is too low. A
memory in the condition (`not fed_schmidt_children`) is left unsaid (naming it would give
away the story), and so is any part under `or` or `not`, which has no one shortfall.
"""

from __future__ import annotations

from types import MappingProxyType

from game.engine.conditions import BoolOp, Compare, Expr, Name, Num
from game.engine.model import Condition, Season
from game.engine.state import GameState
from game.lang.catalogue import Strings

FLIPPED = MappingProxyType({">=": "<=", ">": "<", "<=": ">=", "<": ">"})


def shortfalls(words: Strings, season: Season, condition: Condition | None,
               state: GameState) -> list[str]:
    """One phrase for each number in `condition` that is below what it needs now."""
    if condition is None:
        return []
    values = state.values()
    return [phrase for name, need in _minimums(condition.expr)
            if values.get(name, 0) < need
            and (phrase := _phrase(words, season, name, values.get(name, 0), need))]


def _minimums(expr: Expr) -> list[tuple[str, int]]:
    """`(name, least value)` for each `name >= n` / `name > n` joined by `and`."""
    if isinstance(expr, BoolOp):
        if expr.op != "and":
            return []
        return [m for operand in expr.operands for m in _minimums(operand)]
    if not isinstance(expr, Compare):
        return []
    left, op, right = expr.left, expr.op, expr.right
    if isinstance(left, Num) and isinstance(right, Name) and op in FLIPPED:
        left, op, right = right, FLIPPED[op], left  # `1 <= grain` is `grain >= 1`
    if isinstance(left, Name) and isinstance(right, Num):
        if op == ">=":
            return [(left.name, right.value)]
        if op == ">":
            return [(left.name, right.value + 1)]
    return []


def _phrase(words: Strings, season: Season, name: str, have: int, need: int) -> str | None:
    if name == "trust":
        label, now, needed = season.trust.label, str(have), str(need)
    elif name in season.resources:
        spec = season.resources[name]
        label, now, needed = (spec.label, words.amount(have, spec.unit),
                              words.amount(need, spec.unit))
    else:
        return None
    # TRANSLATORS: why a choice is closed, e.g. "Grain: 0 sacks now, 1 sack needed"
    return words._("{label}: {now} now, {needed} needed", label=label, now=now, needed=needed)
