"""Conditions and effects in plain words, for teachers reading a guide.

A teacher planning a lesson should read "the village trusts you a lot (trust 72 or more) and
you have at least 3 sacks of grain", not `trust >= 72 and grain >= 3`. The words are built
from the parsed condition and the season's own labels and units, so they always say what the
code does; the numbers stay beside the words so nothing is rounded away.
"""

from __future__ import annotations

from types import MappingProxyType

from game.engine.conditions import BoolOp, Compare, Expr, Flag, Name, Not, Num
from game.engine.model import Condition, Effects, Season
from game.lang.catalogue import ENGLISH_STRINGS

FLIPPED = MappingProxyType({">=": "<=", "<=": ">=", ">": "<", "<": ">", "==": "==",
                            "!=": "!="})
AMOUNT = MappingProxyType({">=": "at least {n}", ">": "more than {n}", "<=": "at most {n}",
                           "<": "fewer than {n}", "==": "exactly {n}"})


def condition_words(cond: Condition | None, season: Season) -> str:
    """`cond` as a sentence fragment ("always" when there is none)."""
    if cond is None:
        return "always"
    return _words(cond.expr, season, top=True)


def _words(expr: Expr, season: Season, top: bool = False) -> str:
    if isinstance(expr, Flag):
        return "always" if expr.value else "never"
    if isinstance(expr, Name):
        return memory_words(expr.name, season)
    if isinstance(expr, Not):
        if isinstance(expr.operand, Name) and expr.operand.name in season.memories:
            return f"the village does not remember that {memory_words(expr.operand.name, season)}"
        return f"it is not so that {_words(expr.operand, season)}"
    if isinstance(expr, BoolOp):
        parts = [_words(part, season) for part in expr.operands]
        joined = ", ".join(parts[:-1]) + f" {expr.op} " + parts[-1]
        if expr.op == "or" and not top:
            return f"either {joined}"
        return joined
    if isinstance(expr, Compare):
        return _compare(expr, season)
    return str(getattr(expr, "value", "?"))


def memory_words(memory: str, season: Season) -> str:
    """A memory's label as a clause: "You took in Misha." -> "you took in Misha"."""
    found = season.memories.get(memory)
    label = (found.label if found and found.label else memory.replace("_", " ")).strip()
    label = label.rstrip(".")
    first, _, rest = label.partition(" ")
    if first in ("You", "Your", "The"):
        label = first.lower() + (" " + rest if rest else "")
    return label


def _compare(expr: Compare, season: Season) -> str:
    op, left, right = expr.op, expr.left, expr.right
    if isinstance(left, Num) and isinstance(right, Name):
        op, left, right = FLIPPED[op], right, left
    if not (isinstance(left, Name) and isinstance(right, Num)):
        return f"{_operand(left, season)} {op} {_operand(right, season)}"
    name, n = left.name, right.value
    if name == "trust":
        return trust_words(op, n)
    resource = season.resources.get(name)
    if resource is None:
        return f"{name} {op} {n}"
    noun = resource_noun(name, n, season)
    if n == 0 and op in ("==", "<="):
        return f"you have no {noun} left"
    if n == 1 and op == "<":
        return f"you have no {noun} left"
    if n == 0 and op in (">", "!="):
        return f"you have some {noun}"
    if op == "!=":
        return f"you do not have exactly {n} {noun}"
    return f"you have {AMOUNT[op].format(n=n)} {noun}"


def _operand(expr: Expr, season: Season) -> str:
    if isinstance(expr, Name):
        resource = season.resources.get(expr.name)
        return f"your {resource.label.lower()}" if resource else expr.name
    return str(getattr(expr, "value", "?"))


def trust_words(op: str, n: int) -> str:
    """Trust in words with its number: a teacher reads "a lot" and still sees the 72."""
    if op in (">=", ">"):
        low = n if op == ">=" else n + 1
        degree = ("a lot" if low >= 70 else "quite a lot" if low >= 50 else "somewhat" if low >= 30
                  else "at least a little")
        return f"the village trusts you {degree} (trust {low} or more)"
    if op in ("<", "<="):
        high = n - 1 if op == "<" else n
        degree = ("hardly trusts you" if high < 35 else "does not trust you much" if high < 60
                  else "does not trust you fully")
        return f"the village {degree} (trust {high} or less)"
    return f"village trust is {'exactly' if op == '==' else 'anything but'} {n}"


def resource_noun(resource_id: str, n: int, season: Season) -> str:
    """"3 sacks of grain" without the number: "sacks of grain"; "tools" with no unit."""
    resource = season.resources[resource_id]
    label = resource.label.lower() if resource.label else resource_id
    if resource.unit:
        return f"{ENGLISH_STRINGS.unit(resource.unit, n)} of {label}"
    return ENGLISH_STRINGS.unit(label, n) if " " not in label else label  # 1 tool, 2 tools


def amount_words(resource_id: str, n: int, season: Season) -> str:
    """"2 sacks of grain"; with no unit, the season's own label: "1 tool", "2 tools"."""
    return f"{n} {resource_noun(resource_id, n, season)}"


def effect_words(effects: Effects | None, season: Season) -> tuple[list[str], list[str],
                                                                    list[str]]:
    """What a choice costs, what it gives, and what the village then remembers or forgets."""
    costs: list[str] = []
    gives: list[str] = []
    memory: list[str] = []
    if effects is None:
        return costs, gives, memory
    if effects.trust:
        points = f"{abs(effects.trust)} point{'s' if abs(effects.trust) != 1 else ''} of trust"
        (costs if effects.trust < 0 else gives).append(points)
    for resource, change in effects.resources:
        if resource not in season.resources or not change:
            continue
        (costs if change < 0 else gives).append(amount_words(resource, abs(change), season))
    memory += [f"the village remembers that {memory_words(m, season)}" for m in effects.remember]
    memory += [f"the village forgets that {memory_words(m, season)}" for m in effects.forget]
    return costs, gives, memory


def choice_words(effects: Effects | None, season: Season) -> str:
    """"costs 2 sacks of grain; gives village trust +6; the village remembers that …"."""
    costs, gives, memory = effect_words(effects, season)
    parts = []
    if costs:
        parts.append("costs " + _list(costs))
    if gives:
        parts.append("gives " + _list(gives))
    if not costs and not gives:
        parts.append("costs and gives nothing")
    return "; ".join(parts + memory)


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
