"""A second look at the lines around a libyaml error, for the layout mistakes teachers make.

libyaml reports where parsing stopped, which is often a line after the mistake, in terms of
YAML's grammar ("mapping values are not allowed", "did not find expected '-' indicator"). The
common causes can be told apart from the text itself: a key indented too far or not far
enough, two keys on one line, a line of `|` text indented less than the rest, a line with no
`:`. Each gets its cause and its fix, at the line where the fix is needed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import yaml

from .format import CAMPAIGN_FILE, SEASON_FILE
from .spec import ListOf, Obj, OneOf

_KEY = re.compile(r"^( *)(- +)?([\w-]+):(?= |$)")
_TWO_KEYS = re.compile(r"^ *(?:- +)?([\w-]+): +([\w-]+):(?= |$)")
_BLOCK = re.compile(r"^( *)(?:- +)?[\w-]+: *[|>][-+0-9]* *(?:#.*)?$")
_NO_COLON = re.compile(r"^( *)(- +)?([\w-]+) +(\S.*)$")

Found = tuple[str, str, int, int]  # message, hint, 1-based line and column


def _sections() -> Mapping[str, frozenset[str] | None]:
    """Keys whose value is a section -> the keys it may hold (None: any, as in effects).
    `effects: trust: +3` is two keys on one line; `title: Winter: hungry` is a colon in text."""
    found: dict[str, set[str] | None] = {}
    todo: list[object] = [SEASON_FILE, CAMPAIGN_FILE]
    seen: set[int] = set()
    while todo:
        kind = todo.pop()
        if id(kind) in seen:
            continue
        seen.add(id(kind))
        if isinstance(kind, ListOf):
            todo.append(kind.item)
        elif isinstance(kind, OneOf):
            todo.extend(kind.options)
        elif isinstance(kind, Obj):
            for field in kind.fields:
                inner = field.type
                if isinstance(inner, Obj):
                    keys = None if inner.extra else set(inner.by_key)
                    known = found.get(field.key, set())
                    found[field.key] = None if keys is None or known is None else known | keys
                todo.append(inner)
    return MappingProxyType({k: None if v is None else frozenset(v) for k, v in found.items()})


_SECTIONS = _sections()


def second_look(err: yaml.MarkedYAMLError, lines: list[str]) -> Found | None:
    """The cause of a libyaml error in plain words, or None to keep the general message."""
    problem = err.problem or ""
    mark, context = err.problem_mark, err.context_mark
    if mark is None:
        return None
    at = mark.line
    if problem.startswith("could not find expected ':'") and context is not None:
        return _short_block_line(lines, context.line) or _no_colon(lines, context.line)
    if problem.startswith("mapping values are not allowed"):
        return (_two_keys(lines, at, mark.column) or _no_colon(lines, _above(lines, at))
                or _too_deep(lines, at, mark.column))
    if problem.startswith("did not find expected '-' indicator") or problem.startswith(
            "did not find expected key"):
        return _too_shallow(lines, at)
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _above(lines: list[str], at: int) -> int:
    """The nearest line above `at` with something on it other than a comment, or -1."""
    for i in range(at - 1, -1, -1):
        text = lines[i].strip() if i < len(lines) else ""
        if text and not text.startswith("#"):
            return i
    return -1


def _line(lines: list[str], at: int) -> str:
    return lines[at] if 0 <= at < len(lines) else ""


def _key_column(line: str) -> int | None:
    """0-based column where the line's key starts (after any `- `), if it has one."""
    key = _KEY.match(line)
    return None if key is None else len(key.group(1)) + len(key.group(2) or "")


def _two_keys(lines: list[str], at: int, col: int) -> Found | None:
    line = _line(lines, at)
    two = _TWO_KEYS.match(line)
    if two is None or col != two.end(2) or two.group(1) not in _SECTIONS:
        return None
    outer, inner = two.group(1), two.group(2)
    allowed = _SECTIONS[outer]
    if allowed is not None and inner not in allowed:
        return None
    return (f"two keys on one line: `{inner}:` cannot follow `{outer}:` here",
            f"put `{inner}:` on its own line below `{outer}:`, indented two spaces further; "
            f"or write `{outer}: {{ {inner}: ... }}`", at + 1, two.start(2) + 1)


def _no_colon(lines: list[str], at: int) -> Found | None:
    line = _line(lines, at)
    bare = _NO_COLON.match(line)
    if bare is None or ":" in line or _inside_block(lines, at):
        return None
    dash, key, rest = bare.group(2) or "", bare.group(3), bare.group(4)
    return (f"this line has no `:` after `{key}`",
            f"write `{dash}{key}: {rest}`; if it is text, put it in quotes or below a `|`",
            at + 1, len(bare.group(1)) + len(dash) + len(key) + 1)


def _too_deep(lines: list[str], at: int, col: int) -> Found | None:
    line = _line(lines, at)
    key_col = _key_column(line)
    prev = _line(lines, _above(lines, at))
    prev_col = _key_column(prev)
    if key_col is None or prev_col is None or key_col <= prev_col or _BLOCK.match(prev):
        return None
    key = _KEY.match(line)
    if key is None or col != key.end(3):  # the error is at this line's own key
        return None
    prev_key = (_KEY.match(prev) or key).group(3)
    return (f"`{key.group(3)}:` is indented further than `{prev_key}:` on the line above",
            f"line it up with `{prev_key}:`: start it {prev_col} spaces from the left",
            at + 1, key_col + 1)


def _too_shallow(lines: list[str], at: int) -> Found | None:
    line = _line(lines, at)
    key, prev = _KEY.match(line), _KEY.match(_line(lines, _above(lines, at)))
    if key is None or prev is None or key.group(2):  # a `- ` item may start further left
        return None
    key_col, prev_col = len(key.group(1)), len(prev.group(1)) + len(prev.group(2) or "")
    if key_col >= prev_col:
        return None
    return (f"`{key.group(3)}:` is indented less than `{prev.group(3)}:` on the line above",
            f"line it up with `{prev.group(3)}:`: start it {prev_col} spaces from the left",
            at + 1, key_col + 1)


def _inside_block(lines: list[str], at: int) -> bool:
    return _block_above(lines, at) is not None


def _block_above(lines: list[str], at: int) -> tuple[int, int] | None:
    """(line of the `key: |` header, indentation of its first text line) when line `at`
    comes after a `|` or `>` text with nothing but that text in between."""
    first_text = None
    for i in range(at - 1, -1, -1):
        text = _line(lines, i)
        if not text.strip():
            continue
        if _BLOCK.match(text):
            if first_text is None or first_text <= _indent(text):
                return None
            return i, first_text
        if first_text is not None and _indent(text) < first_text:
            return None
        first_text = _indent(text) if first_text is None else min(first_text, _indent(text))
    return None


def _short_block_line(lines: list[str], at: int) -> Found | None:
    line = _line(lines, at)
    block = _block_above(lines, at)
    if block is None or ":" in line:
        return None
    header, indent = block
    if _indent(line) >= indent:
        return None
    return ("this line belongs to the `|` text above but is indented less than its first line",
            f"indent it {indent} spaces, like the text's first line, line {header + 2}",
            at + 1, _indent(line) + 1)
