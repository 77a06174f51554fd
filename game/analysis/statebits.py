"""Trust and one resource as a 2-D set of values: bit `r * 101 + t` says (trust t, resource
lo + r) is possible.

`trustbits` folds trust into a node's bitset; this folds one more number (the resource with
the most values, grain in the shipped seasons) the same way, so the exhaustive search keeps
one node for every *other* part of a state and a 1,313-bit int stands for up to 13 x 101
states. That cuts the campaign's nodes about 5x with exactly the same states. A change of
trust shifts within each row (clamped at 0 and 100), a change of the resource moves whole
rows (clamped at its bounds), and forgetting it (liveness) gathers every row into the start
row. A `Move` is such a sequence; `trustbits.shift` and `back` apply one when given one, so
the search code that passes trust changes around works unchanged. Everything is exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from game.engine import conditions as C

from .trustbits import ALL, MaskFn, mask_fn

ROW = 101  # bits per row: trust 0 to 100


class Layout:
    """Where the folded resource lives: `slot` in the numbers, rows for `lo`..`hi`. With no
    resource, `rows` is 1 and every set is a plain `trustbits` set."""

    def __init__(self, slot: int, lo: int, hi: int, start: int) -> None:
        self.slot, self.lo, self.rows, self.start = slot, lo, hi - lo + 1, start - lo
        self.rep = sum(1 << (ROW * r) for r in range(self.rows))  # bit 0 of every row
        self.full = ALL * self.rep  # every (trust, resource) pair
        self.masks: dict[int, tuple[int, int, int, int]] = {}  # see `_masks`
        self.backs: dict[int, tuple[int, int, int]] = {}  # see `_rows_back`

    @classmethod
    def for_numbers(cls, lo: Sequence[int], hi: Sequence[int], start: Sequence[int]
                    ) -> Layout:
        """Fold the resource with the most values (slot 0, trust, is folded already)."""
        if len(lo) < 2:
            return cls(0, 0, 0, 0)
        slot = max(range(1, len(lo)), key=lambda s: (hi[s] - lo[s], -s))
        return cls(slot, lo[slot], hi[slot], start[slot])

    def row(self, bits: int, r: int) -> int:
        return bits >> (ROW * r) & ALL

    def at(self, trust: int, value: int) -> int:
        """The set holding one state."""
        return 1 << (ROW * (value - self.lo) + trust) if self.rows > 1 else 1 << trust

    def trust(self, bits: int) -> int:
        """The trust values present in any row (a `trustbits` set)."""
        step, width = ROW, ROW * self.rows
        while step < width:  # fold the rows onto each other, doubling: 4 steps for 13 rows
            bits |= bits >> step
            step *= 2
        return bits & ALL

    def resource(self, bits: int) -> list[int]:
        """The resource values present."""
        return [self.lo + r for r in range(self.rows) if bits >> (ROW * r) & ALL]

    def split(self, z: int) -> tuple[int, int]:
        """A bit's position as (trust, resource value)."""
        r, t = divmod(z, ROW)
        return t, self.lo + r

    def at_least(self, value: int) -> int:
        """Every pair whose resource is at least `value`."""
        first = max(0, value - self.lo)
        return sum(ALL << (ROW * r) for r in range(first, self.rows))

    def mask(self, expr: C.Expr, kinds: Mapping[str, str], slots: Mapping[str, int]) -> MaskFn:
        """A condition as the set of pairs for which it holds, given the other numbers."""
        inner = mask_fn(expr, kinds, slots)
        if self.rows == 1:
            return inner
        folded = [n.name for n in C.names(expr) if slots.get(n.name) == self.slot]
        rep = self.rep
        if not folded:
            return lambda vals, mem: inner(vals, mem) * rep  # the same in every row
        slot, lo, rows = self.slot, self.lo, self.rows
        if all(slots.get(n.name) in (0, slot) for n in C.names(expr)):
            # reads nothing but trust and the folded resource: the same set at every node
            numbers = [0] * (max(slots.values()) + 1)
            constant = 0
            for r in range(rows):
                numbers[slot] = lo + r
                constant |= inner(numbers, frozenset()) << (ROW * r)
            return lambda vals, mem: constant

        # the rest it reads: numbers (by slot) and memories; one answer for each of theirs
        read = sorted({slots[n.name] for n in C.names(expr)
                       if n.name in slots and slots[n.name] not in (0, slot)})
        remembered = frozenset(n.name for n in C.names(expr) if n.name not in slots)
        known: dict[tuple[tuple[int, ...], frozenset[str]], int] = {}

        def per_row(vals: Sequence[int], mem: frozenset[str]) -> int:
            key = (tuple([vals[s] for s in read]), mem & remembered)
            out = known.get(key)
            if out is None:
                numbers, out = list(vals), 0
                for r in range(rows):
                    numbers[slot] = lo + r
                    out |= inner(numbers, mem) << (ROW * r)
                known[key] = out
            return out
        return per_row

    def move(self, trust: int, changes: Sequence[int] = (), reset: bool = False
             ) -> int | Move:
        """A trust change, then the resource's changes in order (each clamped), then
        forgetting the resource if `reset`; 0 when that does nothing."""
        ops: list[tuple[str, int]] = []
        if trust:
            ops.append(("t", trust))
        ops += [("r", c) for c in changes if c]
        if reset and self.rows > 1:
            ops.append(("reset", 0))
        if not ops:
            return 0
        if self.rows == 1 and len(ops) == 1:
            return trust  # a plain trust change: `trustbits` does it
        return Move(self, tuple(ops))

    def then(self, first: int | Move, second: int | Move) -> int | Move:
        """One move doing `first` and then `second`, always a `Move` unless it does nothing
        (the search's hot loop calls its `fwd` directly)."""
        if not first or not second:
            either = first or second
            return Move(self, (("t", either),)) if type(either) is int and either else either

        def ops(move: int | Move) -> tuple[tuple[str, int], ...]:
            return move.ops if isinstance(move, Move) else (("t", move),)
        return Move(self, ops(first) + ops(second))

    def positions(self, bits: int) -> Iterator[int]:
        """Every bit set, lowest first."""
        z = 0
        while bits:
            low = (bits & -bits).bit_length() - 1
            z += low
            yield z
            bits >>= low + 1
            z += 1


def _rows_shift(layout: Layout, bits: int, delta: int) -> int:
    """Change the resource by `delta` in every row, clamped at its bounds."""
    rows = layout.rows
    if delta > 0:
        edge = max(0, rows - 1 - delta)  # rows from here up end in the top row
        top = layout.trust(bits >> (ROW * edge))
        keep = bits & ((1 << (ROW * edge)) - 1)
        return (keep << (ROW * delta)) | (top << (ROW * (rows - 1)))
    if delta < 0:
        edge = min(rows - 1, -delta)  # rows up to here end in the bottom row
        bottom = layout.trust(bits & ((1 << (ROW * (edge + 1))) - 1))
        if edge == rows - 1:
            return bottom
        return (bits >> (ROW * (edge + 1)) << (ROW * (edge + 1 + delta))) | bottom
    return bits


def _rows_back(layout: Layout, bits: int, delta: int) -> int:
    """The pairs that `_rows_shift(., delta)` sends into `bits`: every row but the bound's
    came from the row `delta` away (if there is one), and the bound's row from every row
    that the change takes to it or past it."""
    found = layout.backs.get(delta)
    if found is None:
        rows = layout.rows
        each = [ALL << (ROW * r) for r in range(rows)]
        if delta > 0:  # the top row came from rows - 1 - delta and up
            found = (sum(each[:-1]), rows - 1,
                     sum(1 << (ROW * r) for r in range(max(0, rows - 1 - delta), rows)))
        else:  # the bottom row came from rows 0 to -delta
            found = (sum(each[1:]), 0, sum(1 << (ROW * r) for r in range(min(rows, 1 - delta))))
        layout.backs[delta] = found
    others, bound, sources = found
    caught = layout.row(bits, bound) * sources
    if delta > 0:
        return ((bits & others) >> (ROW * delta)) | caught
    return (((bits & others) << (ROW * -delta)) & layout.full) | caught


def _masks(layout: Layout, d: int) -> tuple[int, int, int, int]:
    """For a change of trust by +-d in every row at once: (positions d and up, positions
    below 101 - d, positions from 101 - d up without 100, positions below d), each in every
    row. Worked out once per layout and size of change."""
    found = layout.masks.get(d)
    if found is None:
        rep = layout.rep
        found = layout.masks[d] = (
            (ALL >> d << d) * rep, ((1 << (101 - d)) - 1) * rep,
            (((1 << 100) - 1) >> (101 - d) << (101 - d)) * rep, ((1 << d) - 1) * rep)
    return found


def _trust_shift(layout: Layout, bits: int, delta: int) -> int:
    """`trustbits.shift` in every row at once: the values that go past a bound are caught
    there, a row's "any" found with one carry (adding all-ones below a bit carries into it
    exactly when something below is set)."""
    d = min(abs(delta), 100)
    high, keep_up, below_top, low = _masks(layout, d)
    if delta > 0:
        over = bits & ~keep_up
        caught = (((over & below_top) + below_top) | over) & (layout.rep << 100)
        return ((bits & keep_up) << d) | caught
    under = bits & low
    caught = ((under + low) & (layout.rep << d)) >> d
    return ((bits & high) >> d) | caught


def _trust_back(layout: Layout, bits: int, delta: int) -> int:
    """`trustbits.back` in every row at once."""
    d = min(abs(delta), 100)
    high, keep_up, _, _ = _masks(layout, d)
    spread = (1 << (d + 1)) - 1
    if delta > 0:
        before = (bits >> d) & keep_up
        return before | ((bits & (layout.rep << 100)) >> d) * spread
    before = (bits << d) & high & layout.full
    return before | (bits & layout.rep) * spread


class Move:
    """A sequence of changes to a 2-D set; see `Layout.move`. Always true (a move that does
    nothing is 0), with no `__bool__` of its own: the search tests moves in its loops."""

    __slots__ = ("go", "kept", "layout", "ops", "reset", "steps")

    def __init__(self, layout: Layout, ops: tuple[tuple[str, int], ...]) -> None:
        self.layout, self.ops = layout, ops
        # each as one function, fewest first (`_shortest`), and all of them as one: `go`
        shortest = _shortest(ops)
        self.steps = [_step(layout, op, d) for op, d in shortest]
        self.go = _unclamped(layout, shortest, _chain(self.steps))
        self.reset = bool(ops) and ops[-1][0] == "reset"  # the resource is forgotten last
        # the same move without forgetting: what the player sees on arrival
        self.kept: int | Move = (0 if len(ops) == 1 else Move(layout, ops[:-1])) if self.reset \
            else self

    def __repr__(self) -> str:
        return f"Move{self.ops}"

    def fwd(self, bits: int) -> int:
        return self.go(bits)

    def back(self, bits: int) -> int:
        layout = self.layout
        for op, d in reversed(self.ops):
            if op == "t":
                bits = _trust_back(layout, bits, d)
            elif op == "r":
                bits = _rows_back(layout, bits, d)
            else:
                bits = layout.row(bits, layout.start) * layout.rep
        return bits


def _shortest(ops: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """The same move in the fewest steps. A change of trust moves each pair along its row
    and a change of the resource (or forgetting it) moves it across rows, so the two kinds
    commute: the trust changes can go first. Clamped changes of the same sign add up
    (`min(100, min(100, t + a) + b) == min(100, t + a + b)` for `a, b >= 0`), and forgetting
    the resource undoes every change of it before."""
    trust: list[int] = []
    rows: list[tuple[str, int]] = []
    for op, d in ops:
        if op == "reset":
            rows = [(op, 0)]
        elif not d:
            continue
        elif op == "t":
            if trust and (trust[-1] > 0) == (d > 0):
                trust[-1] += d
            else:
                trust.append(d)
        elif rows and rows[-1][0] == "r" and (rows[-1][1] > 0) == (d > 0):
            rows[-1] = ("r", rows[-1][1] + d)
        else:
            rows.append(("r", d))
    return [("t", d) for d in trust] + rows


def _unclamped(layout: Layout, ops: Sequence[tuple[str, int]], steps: Callable[[int], int]
               ) -> Callable[[int], int]:
    """A move of at most one change of trust and one of the resource, made by one shift of
    the whole set when no pair in it reaches a bound (the common case), by `steps` when one
    does."""
    if not ops or len(ops) > 2 or any(op == "reset" for op, _ in ops) or (
            len(ops) == 2 and ops[0][0] == ops[1][0]):
        return steps
    danger, by, rows = 0, 0, layout.rows
    for op, delta in ops:
        if op == "t":
            d = min(abs(delta), 100)
            # trust 101 - d and up is caught at 100 (or below d at 0), in every row
            danger |= (ALL >> (101 - d) << (101 - d) if delta > 0 else (1 << d) - 1) \
                * layout.rep
            by += d if delta > 0 else -d
        else:
            r = min(abs(delta), rows)
            # the top (or bottom) r rows are caught at the resource's bound
            danger |= (layout.full >> (ROW * (rows - r)) << (ROW * (rows - r)) if delta > 0
                       else (1 << (ROW * r)) - 1)
            by += ROW * (r if delta > 0 else -r)
    if by > 0:
        return lambda bits: steps(bits) if bits & danger else bits << by
    down = -by
    return lambda bits: steps(bits) if bits & danger else bits >> down


def _chain(steps: Sequence[Callable[[int], int]]) -> Callable[[int], int]:
    """Steps as one function (one call for the hot loop)."""
    if not steps:
        return lambda bits: bits
    if len(steps) == 1:
        return steps[0]
    if len(steps) == 2:
        first, second = steps
        return lambda bits: second(first(bits))

    def every(bits: int) -> int:
        for step in steps:
            bits = step(bits)
        return bits
    return every


def _step(layout: Layout, op: str, delta: int) -> Callable[[int], int]:
    """One change as a function of the set, its masks worked out now (the hot loop's)."""
    if op == "r":
        return _rows_step(layout, delta)
    if op == "reset":
        at = ROW * layout.start
        return lambda bits: layout.trust(bits) << at
    d = min(abs(delta), 100)
    high, keep_up, below_top, low = _masks(layout, d)
    if delta > 0:
        top = layout.rep << 100

        def up(bits: int) -> int:
            over = bits & ~keep_up
            return ((bits & keep_up) << d) | ((((over & below_top) + below_top) | over) & top)
        return up
    zero = layout.rep << d

    def down(bits: int) -> int:
        return ((bits & high) >> d) | ((((bits & low) + low) & zero) >> d)
    return down


def _rows_step(layout: Layout, delta: int) -> Callable[[int], int]:
    """`_rows_shift` by `delta` with its masks worked out now: the rows pushed past a bound
    are folded onto each other (doubling shifts) and land in the bound's row."""
    rows = layout.rows
    if not delta:
        return lambda bits: bits
    if delta > 0:
        edge = max(0, rows - 1 - delta)  # rows from here up end in the top row
        keep, up, top, width = (1 << (ROW * edge)) - 1, ROW * delta, ROW * (rows - 1), \
            ROW * (rows - edge)
        cut = ROW * edge

        def rows_up(bits: int) -> int:
            caught, step = bits >> cut, ROW
            while step < width:
                caught |= caught >> step
                step *= 2
            return ((bits & keep) << up) | ((caught & ALL) << top)
        return rows_up
    edge = min(rows - 1, -delta)  # rows up to here end in the bottom row
    low, width = (1 << (ROW * (edge + 1))) - 1, ROW * (edge + 1)
    cut, down = ROW * (edge + 1), ROW * -delta

    def rows_down(bits: int) -> int:
        caught, step = bits & low, ROW
        while step < width:
            caught |= caught >> step
            step *= 2
        return ((bits >> cut) << (cut - down)) | (caught & ALL)

    def all_down(bits: int) -> int:
        return layout.trust(bits)
    return rows_down if edge < rows - 1 else all_down
