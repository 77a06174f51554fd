"""Conditions: a tiny, safe expression language, parsed once when a season loads.

    trust >= 60 and helped_petrovs
    grain > 2 or not refused_ivanovs
    (tools >= 1 or room >= 1) and trust < 40

Names are the trust meter (`trust`), the season's resources (numbers) and its memories
(yes/no). Nothing is ever passed to `eval`: the text becomes a small tree, the tree is
checked against the declared names, then compiled to plain closures for fast play.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

Values = Mapping[str, int]
Test = Callable[[Values, AbstractSet[str]], bool]

NUMBER, MEMORY = "number", "memory"
KEYWORDS = frozenset({"and", "or", "not", "true", "false"})
MAX_DEPTH = 32  # brackets and `not`s inside one another; real seasons use two or three
MAX_DIGITS = 12
MAX_PROBLEMS = 5  # per condition: a long condition wrong in every term gets a short report
MAX_QUOTED = 80  # characters of a condition quoted in a message


def quoted(source: str) -> str:
    """A condition as a message quotes it: whole if short, its start and end if long."""
    if len(source) <= MAX_QUOTED:
        return source
    return f"{source[:MAX_QUOTED // 2 - 2]} … {source[-(MAX_QUOTED // 2 - 2):]}"
COMPARISONS: Mapping[str, Callable[[Any, Any], bool]] = MappingProxyType({
    ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt,
    "==": operator.eq, "!=": operator.ne,
})
_TOKEN = re.compile(r"\s*(?:(?P<num>\d+)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
                    r"|(?P<op>>=|<=|==|!=|>|<|\(|\))|(?P<bad>\S))")
_MISTAKES = MappingProxyType({
    "=": "use `==` to compare", "&": "write `and`", "|": "write `or`",
    "!": "write `not`, or `!=` for not equal", "≥": "write `>=`", "≤": "write `<=`"})
_SWAPPED = MappingProxyType({"=>": ">=", "=<": "<="})  # the order people say them in
_SHOUTED = frozenset({"and", "or", "not"})  # `AND`, `Not`: keywords are lower case


@dataclass(frozen=True, slots=True)
class Num:
    value: int
    offset: int


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    offset: int


@dataclass(frozen=True, slots=True)
class Flag:
    value: bool
    offset: int


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr
    offset: int


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple[Expr, ...]
    offset: int


@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: Expr
    right: Expr
    offset: int


Expr = Num | Name | Flag | Not | BoolOp | Compare


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    message: str
    offset: int
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """A name or type problem found when checking a parsed condition."""

    code: str  # VR031 unknown name, VR032 wrong type
    message: str
    offset: int
    name: str = ""


@dataclass(frozen=True, slots=True)
class Located:
    """A parsed condition plus where its text sits in the file (for later diagnostics)."""

    expr: Expr
    source: str
    line: int
    col: int
    quote: int

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column of a character inside the condition text."""
        if "\n" in self.source:
            return self.line, self.col
        return self.line, self.col + offset + self.quote


class _Stop(Exception):
    """Unwinds the parser at the first syntax problem."""

    def __init__(self, problem: SyntaxProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = list(self._tokenise(text))
        self.i = 0
        self.depth = 0

    @staticmethod
    def _tokenise(text: str) -> Iterator[tuple[str, str, int]]:
        for m in _TOKEN.finditer(text):
            kind = m.lastgroup
            if kind is None:
                continue
            yield kind, m.group(kind), m.start(kind)
        yield "eof", "", len(text)

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.i]

    def take(self) -> tuple[str, str, int]:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def fail(self, message: str, offset: int, hint: str = "") -> _Stop:
        return _Stop(SyntaxProblem(message, offset, hint))

    def bad(self, value: str, offset: int) -> _Stop:
        """A symbol the language lacks, with the fix for it and for any later such symbol,
        so `a && !b` is mended in one go rather than one symbol per validation."""
        pair = self.text[offset:offset + 2]
        if pair in _SWAPPED:
            return self.fail(f"`{pair}` is written the wrong way round", offset,
                             f"write `{_SWAPPED[pair]}`, with the `=` second")
        hint = _MISTAKES.get(value, "use names, numbers, comparisons, and/or/not")
        later = dict.fromkeys(v for k, v, _ in self.tokens[self.i:] if k == "bad"
                              and v != value and v in _MISTAKES)
        for other in later:
            hint += f"; for `{other}` too: {_MISTAKES[other]}"
        return self.fail(f"`{value}` cannot be used here", offset, hint)

    def parse(self) -> Expr:
        for kind, value, offset in self.tokens:
            if kind == "name" and value.lower() in _SHOUTED and value not in _SHOUTED:
                raise self.fail(f"`{value}` must be written in lower case", offset,
                                f"write `{value.lower()}`")
        expr = self.boolean("or")
        kind, value, offset = self.peek()
        if kind == "bad":
            raise self.bad(value, offset)
        if kind != "eof":
            raise self.fail(f"unexpected `{value}`", offset,
                            "join conditions with `and` or `or`")
        return expr

    def boolean(self, op: str) -> Expr:
        lower = (lambda: self.boolean("and")) if op == "or" else self.negation
        first = lower()
        operands = [first]
        while self.peek()[:2] == ("name", op):
            self.take()
            operands.append(lower())
        return first if len(operands) == 1 else BoolOp(op, tuple(operands), _offset(first))

    def deeper(self, offset: int) -> None:
        """Brackets and `not`s nest; past MAX_DEPTH no author means it (and the parser,
        being recursive, must not run out of stack)."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(f"the condition is nested more than {MAX_DEPTH} levels deep",
                            offset, "split it, or remove brackets and `not`s it does not need")

    def negation(self) -> Expr:
        kind, value, offset = self.peek()
        if (kind, value) == ("name", "not"):
            self.take()
            self.deeper(offset)
            inner = self.negation()
            self.depth -= 1
            return Not(inner, offset)
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.atom()
        kind, value, offset = self.peek()
        if kind == "op" and value in COMPARISONS:
            self.take()
            return Compare(value, left, self.atom(), offset)
        return left

    def atom(self) -> Expr:
        kind, value, offset = self.take()
        if kind == "num":
            if len(value) > MAX_DIGITS:
                raise self.fail("this number is too long", offset,
                                f"use a whole number of at most {MAX_DIGITS} digits")
            return Num(int(value), offset)
        if kind == "name" and value in ("true", "false"):
            return Flag(value == "true", offset)
        if kind == "name" and value not in KEYWORDS:
            return Name(value, offset)
        if (kind, value) == ("op", "("):
            self.deeper(offset)
            inner = self.boolean("or")
            self.depth -= 1
            if self.peek()[:2] != ("op", ")"):
                raise self.fail("a `(` is never closed", offset, "add the missing `)`")
            self.take()
            return inner
        if kind == "eof":
            raise self.fail("the condition stops too early", offset,
                            "finish it with a name or a number")
        if kind == "bad":
            raise self.bad(value, offset)
        raise self.fail(f"expected a name or a number, found `{value}`", offset,
                        "e.g. `trust >= 50` or `helped_petrovs`")


def _offset(expr: Expr) -> int:
    return expr.offset


def parse(text: str) -> Expr | SyntaxProblem:
    """Parse condition text into a tree, or describe the first syntax problem."""
    if not text.strip():
        return SyntaxProblem("the condition is empty", 0, "e.g. `trust >= 50`")
    try:
        return _Parser(text).parse()
    except _Stop as stop:
        return stop.problem


def check(expr: Expr, kinds: Mapping[str, str]) -> list[Problem]:
    """Every name must be declared; numbers are compared, memories are tested as yes/no."""
    problems: list[Problem] = []

    def kind_of(e: Expr) -> str | None:
        if isinstance(e, Num):
            return NUMBER
        if isinstance(e, Flag):
            return MEMORY
        if isinstance(e, Name):
            kind = kinds.get(e.name)
            if kind is None:
                problems.append(Problem("VR031", f"`{e.name}` is not declared",
                                        e.offset, e.name))
            return kind
        if isinstance(e, Compare):
            left, right = kind_of(e.left), kind_of(e.right)
            if NUMBER in (left, right) and MEMORY in (left, right):
                problems.append(Problem("VR032", f"`{e.op}` compares a number with a memory",
                                        e.offset))
            elif left == right == MEMORY and e.op not in ("==", "!="):
                problems.append(Problem("VR032", f"memories are yes/no; `{e.op}` needs numbers",
                                        e.offset))
            return MEMORY
        operands = (e.operand,) if isinstance(e, Not) else e.operands
        for operand in operands:
            if kind_of(operand) == NUMBER:
                problems.append(Problem("VR032", "a number on its own is not yes or no",
                                        operand.offset))
        return MEMORY

    if kind_of(expr) == NUMBER:
        problems.append(Problem("VR032", "a number on its own is not yes or no", expr.offset))
    return problems


def _same(name: str) -> Any:
    return name


def compile_test(expr: Expr, kinds: Mapping[str, str],
                 key: Callable[[str], Any] = _same) -> Test:
    """Turn a checked tree into a closure `test(numbers, memories) -> bool`.

    `numbers[key(name)]` gives a number's value: by default `numbers` maps names to values
    (play); the explorer passes list positions instead, for speed. `memories` is a set of
    memory names either way."""
    if isinstance(expr, Flag):
        value = expr.value
        return lambda v, m: value
    if isinstance(expr, Name):
        name = expr.name
        if kinds.get(name) == NUMBER:
            slot = key(name)
            return lambda v, m: v[slot] != 0
        return lambda v, m: name in m
    if isinstance(expr, Not):
        inner = compile_test(expr.operand, kinds, key)
        return lambda v, m: not inner(v, m)
    if isinstance(expr, BoolOp):
        parts = tuple(compile_test(o, kinds, key) for o in expr.operands)
        if len(parts) == 2:  # the common case, without a generator
            a, b = parts
            if expr.op == "and":
                return lambda v, m: a(v, m) and b(v, m)
            return lambda v, m: a(v, m) or b(v, m)
        if expr.op == "and":
            return lambda v, m: all(p(v, m) for p in parts)
        return lambda v, m: any(p(v, m) for p in parts)
    if isinstance(expr, Compare):
        return _compile_compare(expr, kinds, key)
    raise TypeError(f"not a condition: {expr!r}")


def _compile_compare(expr: Compare, kinds: Mapping[str, str], key: Callable[[str], Any]
                     ) -> Test:
    op = COMPARISONS[expr.op]
    left, right = expr.left, expr.right
    if isinstance(left, Name) and isinstance(right, Num) and kinds.get(left.name) == NUMBER:
        slot, k = key(left.name), right.value
        return lambda v, m: op(v[slot], k)
    get_l, get_r = _value(left, kinds, key), _value(right, kinds, key)
    return lambda v, m: op(get_l(v, m), get_r(v, m))


def _value(expr: Expr, kinds: Mapping[str, str], key: Callable[[str], Any]
           ) -> Callable[[Values, AbstractSet[str]], Any]:
    if isinstance(expr, Num):
        k = expr.value
        return lambda v, m: k
    if isinstance(expr, Name) and kinds.get(expr.name) == NUMBER:
        slot = key(expr.name)
        return lambda v, m: v[slot]
    return compile_test(expr, kinds, key)


def names(expr: Expr) -> Iterator[Name]:
    """Every name the condition mentions, in order."""
    if isinstance(expr, Name):
        yield expr
    elif isinstance(expr, Not):
        yield from names(expr.operand)
    elif isinstance(expr, BoolOp):
        for operand in expr.operands:
            yield from names(operand)
    elif isinstance(expr, Compare):
        yield from names(expr.left)
        yield from names(expr.right)


def comparisons(expr: Expr) -> Iterator[tuple[Name, str, Num]]:
    """Each `name <op> number` in the condition, written either way round (`5 < grain` is
    given as `grain > 5`), for range checks."""
    flipped = {">=": "<=", "<=": ">=", ">": "<", "<": ">", "==": "==", "!=": "!="}
    if isinstance(expr, Not):
        yield from comparisons(expr.operand)
    elif isinstance(expr, BoolOp):
        for operand in expr.operands:
            yield from comparisons(operand)
    elif isinstance(expr, Compare):
        if isinstance(expr.left, Name) and isinstance(expr.right, Num):
            yield expr.left, expr.op, expr.right
        elif isinstance(expr.left, Num) and isinstance(expr.right, Name):
            yield expr.right, flipped[expr.op], expr.left
