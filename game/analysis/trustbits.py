"""Trust as a set of values: a Python int whose bit `t` says trust `t` (0 to 100) is possible.

The exhaustive search keeps one node for every other part of a state (season, scene, the
other numbers, memories) and the set of trust values that reach it, so one node and a few
integer operations stand for up to 101 states. Conditions become masks (the trust values
for which they hold, given the node's other numbers and memories), and a change of trust
becomes a shift with clamping at 0 and 100. Everything here is exact.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from game.engine import conditions as C

ALL = (1 << 101) - 1  # every trust value, 0 to 100
# (numbers with trust's place unused, memories) -> the trust values for which it holds
MaskFn = Callable[[Sequence[int], frozenset[str]], int]


def shift(bits: int, delta: Any) -> int:
    """Add `delta` to every trust value in the set, clamping to 0..100 as the rules do
    (or apply a `statebits.Move`, for a set of trust and a resource)."""
    if type(delta) is not int:
        return delta.fwd(bits)
    if delta > 0:
        over = bits >> max(0, 101 - delta)
        bits = (bits << delta) & ALL
        return bits | (1 << 100) if over else bits
    if delta < 0:
        under = bits & ((1 << min(-delta, 101)) - 1)
        bits >>= -delta
        return bits | 1 if under else bits
    return bits


def back(bits: int, delta: Any) -> int:
    """The trust values that `shift(., delta)` sends into `bits` (its pre-image)."""
    if type(delta) is not int:
        return delta.back(bits)
    if delta > 0:
        before = bits >> delta
        if bits >> 100 & 1:  # everything from 100 - delta up is clamped to 100
            before |= ALL & ~((1 << max(0, 100 - delta)) - 1)
        return before
    if delta < 0:
        before = (bits << -delta) & ALL
        if bits & 1:  # everything up to -delta is clamped to 0
            before |= (1 << min(-delta + 1, 101)) - 1
        return before
    return bits


def values(bits: int) -> list[int]:
    """The trust values in a set, lowest first."""
    return [t for t in range(101) if bits >> t & 1]


def lowest(bits: int) -> int:
    return (bits & -bits).bit_length() - 1


def _compare_mask(op: str, number: int, trust_on_left: bool) -> int:
    test = C.COMPARISONS[op]
    bits = 0
    for t in range(101):
        if test(t, number) if trust_on_left else test(number, t):
            bits |= 1 << t
    return bits


def mask_fn(expr: C.Expr, kinds: Mapping[str, str], slots: Mapping[str, int]) -> MaskFn:
    """Compile a condition to a function giving the trust values for which it holds."""
    if isinstance(expr, C.Flag):
        constant = ALL if expr.value else 0
        return lambda vals, mem: constant
    if isinstance(expr, C.Name):
        name = expr.name
        if kinds.get(name) == C.NUMBER:
            slot = slots[name]
            if slot == 0:
                nonzero = ALL & ~1
                return lambda vals, mem: nonzero
            return lambda vals, mem: ALL if vals[slot] != 0 else 0
        return lambda vals, mem: ALL if name in mem else 0
    if isinstance(expr, C.Not):
        inner = mask_fn(expr.operand, kinds, slots)
        return lambda vals, mem: ALL ^ inner(vals, mem)
    if isinstance(expr, C.BoolOp):
        parts = [mask_fn(o, kinds, slots) for o in expr.operands]
        if expr.op == "and":
            def every(vals: Sequence[int], mem: frozenset[str]) -> int:
                bits = ALL
                for part in parts:
                    bits &= part(vals, mem)
                    if not bits:
                        break
                return bits
            return every

        def some(vals: Sequence[int], mem: frozenset[str]) -> int:
            bits = 0
            for part in parts:
                bits |= part(vals, mem)
            return bits
        return some
    if isinstance(expr, C.Compare):
        left, right, op = expr.left, expr.right, expr.op

        def is_trust(e: C.Expr) -> bool:
            return isinstance(e, C.Name) and slots.get(e.name) == 0

        if is_trust(left) and isinstance(right, C.Num):
            bits = _compare_mask(op, right.value, True)
            return lambda vals, mem: bits
        if is_trust(right) and isinstance(left, C.Num):
            bits = _compare_mask(op, left.value, False)
            return lambda vals, mem: bits
        if not (is_trust(left) or is_trust(right)):
            test = C.compile_test(expr, kinds, slots.__getitem__)
            return lambda vals, mem: ALL if test(vals, mem) else 0
    # anything else that reads trust (trust against another number): try each value
    test = C.compile_test(expr, kinds, slots.__getitem__)

    def each(vals: Sequence[int], mem: frozenset[str]) -> int:
        bits, numbers = 0, list(vals)
        for t in range(101):
            numbers[0] = t
            if test(numbers, mem):
                bits |= 1 << t
        return bits
    return each
