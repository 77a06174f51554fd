"""Reading story files safely: bounded size and nesting, UTF-8 checked, parsed by libyaml.

Only libyaml's parser is used (`reader.py` walks its events); no PyYAML constructor ever
runs, so tags such as `!!python/object` cannot run code. libyaml slows down sharply on
extreme nesting (quadratically in our measurements), so the text is checked first.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType

import yaml

from . import files
from .diagnostics import Diagnostic
from .layout import second_look

try:  # libyaml's C parser (we use only its events); pure Python is a slow but correct fallback.
    from yaml import CBaseLoader as Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import BaseLoader as Loader  # type: ignore[assignment]

__all__ = ["MAX_BYTES", "Loader", "read_text", "syntax_problem", "too_deep"]

MAX_BYTES = files.LIMITS["season"]
MAX_WORD = 300  # the longest run of letters without a space (web addresses stay far below)
# What libyaml itself refuses, plus what must never reach a screen: C0 controls but tab and
# line breaks, DEL, C1 controls but NEL, and the non-characters U+FFFE and U+FFFF.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
LONG_WORD = re.compile(rf"[^\s]{{{MAX_WORD + 1},}}")
MAX_FLOW_DEPTH = 64
MAX_INDENT = 240  # leading spaces and "- " markers; real seasons stay under 30
_FLOW = re.compile(r"[\[\]{}]")
# Characters that word processors and web pages put in pasted text. Printable, so not VR008,
# and harmless inside a sentence; but YAML's layout needs ordinary spaces and line breaks.
INVISIBLE = MappingProxyType({
    "\u00a0": "a non-breaking space", "\u2007": "a figure space",
    "\u202f": "a narrow non-breaking space", "\u3000": "a wide (ideographic) space",
    "\u200b": "a zero-width space", "\u2060": "a word joiner",
    "\ufeff": "a zero-width no-break space", "\u2028": "a line separator",
    "\u2029": "a paragraph separator",
})
_SPACES = "".join(c for c in INVISIBLE if c not in "\u2028\u2029")
_ANY_INVISIBLE = re.compile(f"[{''.join(INVISIBLE)}]")
_BREAKS_LAYOUT = re.compile(
    "[\u2028\u2029]"  # libyaml takes these as line breaks: the lines no longer line up
    rf"|(?m:^ *(?:- )?[{_SPACES}][ {_SPACES}]*(?=- |[\w\"'“”-]+:(?:\s|$)))"  # indentation
    rf"|(?m:^ *(?:- )?[A-Za-z_][\w-]*:[{_SPACES}])"  # `key:` glued to its value
    rf"|(?m:^ *-[{_SPACES}])")  # `-` glued to the item
_DEEP_INDENT = re.compile(rf"\n[ \-?]{{{MAX_INDENT}}}")  # a literal \n, not ^: 10x faster


def read_text(path: Path, diagnostics: list[Diagnostic]) -> str | None:
    """The file's text, or None with a diagnostic (missing, not an ordinary file, too large,
    not UTF-8, control characters, too deep)."""
    name = str(path)
    data = files.read_bytes(path, "season")
    if isinstance(data, files.FileProblem):
        if data.kind == "too-large":
            diagnostics.append(Diagnostic(
                "VR003", f"the file is too large: {data.reason.removeprefix('it is ')}", name,
                hint="split it into several seasons, or check that this is the right file"))
        else:
            diagnostics.append(Diagnostic(
                "VR007", f"cannot read the file: {data.reason}", name,
                hint="check the name, and that it is a season file you may read"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        col = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        diagnostics.append(Diagnostic(
            "VR002", f"byte 0x{data[err.start]:02X} is not UTF-8 text", name, line, col,
            hint="save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8)"))
        return None
    text = text.removeprefix("\ufeff")
    for check in (control_character, invisible_character, too_deep, long_word):
        problem = check(text, name)
        if problem:
            diagnostics.append(problem)
            return None
    return text


def _line_col(text: str, at: int) -> tuple[int, int]:
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def control_character(text: str, name: str) -> Diagnostic | None:
    """Refuse characters that no season needs and that would reach a player's terminal as
    commands (ESC clears the screen) or stop a window drawing text (NUL)."""
    found = CONTROL.search(text)
    if found is None:
        return None
    line, col = _line_col(text, found.start())
    return Diagnostic("VR008", f"the file contains an invisible control character "
                      f"(U+{ord(found.group()):04X})", name, line, col,
                      hint="delete it; in most editors, retype the text around this place")


def invisible_character(text: str, name: str) -> Diagnostic | None:
    """Name the pasted character that breaks the layout, and where: the line looks right on
    screen, so libyaml's own message ("did not find expected '-'") sends teachers astray."""
    if _ANY_INVISIBLE.search(text) is None:  # the usual case, ten times faster than below
        return None
    found = _BREAKS_LAYOUT.search(text)
    if found is None:
        return None
    at = next(i for i in range(found.start(), found.end()) if text[i] in INVISIBLE)
    return invisible_problem(text, at, name)


def invisible_problem(text: str, at: int, name: str) -> Diagnostic:
    """The VR017 diagnostic for the word-processor character at offset `at`."""
    line, col = _line_col(text, at)
    char = text[at]
    if char in "\u2028\u2029":
        hint = "delete it; to start a new line press Enter, between words type a space"
    else:
        hint = "delete it, and type an ordinary space in its place where one is needed"
    return Diagnostic("VR017", f"column {col} holds {INVISIBLE[char]} (U+{ord(char):04X}), "
                      "an invisible character from a word processor or web page", name,
                      line, col, hint=hint)


def long_word(text: str, name: str) -> Diagnostic | None:
    """A 'word' longer than any line can show is a pasting mistake, and would be split over
    hundreds of lines on screen."""
    at = 0
    for row in text.splitlines(keepends=True):  # only a long line can hold a long word, and
        found = LONG_WORD.search(row) if len(row) > MAX_WORD else None  # searching just
        if found is not None:  # those is twice as fast as searching the whole text
            break
        at += len(row)
    else:
        return None
    line, col = _line_col(text, at + found.start())
    return Diagnostic("VR015", f"{len(found.group()):,} characters follow one another here "
                      f"with no space: no line on screen can show more than {MAX_WORD}", name,
                      line, col, hint="put spaces between the words; a number or condition "
                      "this long is a mistake")


def too_deep(text: str, name: str) -> Diagnostic | None:
    """Refuse nesting that no season needs before libyaml spends minutes on it."""
    deep = _DEEP_INDENT.match("\n" + text[:MAX_INDENT]) or _DEEP_INDENT.search(text)
    if deep:
        at = deep.start() if deep.string is text else -1
        line = text.count("\n", 0, max(at, 0)) + (2 if at >= 0 else 1)
        return Diagnostic("VR004", f"a line is indented more than {MAX_INDENT} columns", name,
                          line, 1, hint="seasons need only a few levels of indentation")
    if text.count("[") + text.count("{") <= MAX_FLOW_DEPTH:  # fast: cannot be too deep
        return None
    depth = 0
    for match in _FLOW.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_FLOW_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            col = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            return Diagnostic("VR004", f"brackets are nested more than {MAX_FLOW_DEPTH} deep",
                              name, line, col, hint="seasons need only a few levels of nesting")
        depth = max(depth, 0)
    return None


def syntax_problem(err: yaml.MarkedYAMLError, file: str, text: str = "") -> Diagnostic:
    """A libyaml error as a located diagnostic with advice in plain words."""
    mark = err.problem_mark or err.context_mark
    problem = err.problem or "this is not valid YAML"
    if err.context and err.context not in problem:
        problem = f"{problem} ({err.context})"
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    lines = text.splitlines()
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if source_line[col - 1:col] == "\t":
        return Diagnostic("VR001", "a tab character is not allowed here", file, line, col,
                          hint="indent with spaces, not tabs; editors can turn tabs into spaces")
    found = second_look(err, lines)
    if found is not None:
        message, hint, line, col = found
        return Diagnostic("VR001", message, file, line, col, hint=hint)
    hint = _syntax_hint(problem, source_line)
    if _QUOTED_START.match(source_line) and "expected key" in problem:
        problem = "text follows the closing quote of a value that starts with a quote"
    problem = next((plain for start, plain in _PLAIN_WORDS if problem.startswith(start)),
                   problem)
    return Diagnostic("VR001", problem, file, line, col, hint=hint)


_PLAIN_WORDS = (  # libyaml's messages, in words a teacher can act on
    ("mapping values are not allowed", "a colon followed by a space cannot appear here"),
    ("found character '\\t'", "a tab character is not allowed here"),
    ("could not find expected ':'", "a line here is missing its `:`"),
    ("did not find expected key", "this line does not line up with the lines around it"),
    ("expected <block end>", "this line does not line up with the lines around it"),
    ("found unexpected end of stream", "the file ends before a quote or bracket is closed"),
    ("found undefined alias", "an alias (*name) refers to no anchor (&name)"),
)
_QUOTED_START = re.compile(r"^\s*(?:-\s+)?[\w-]+:\s+([\"'])")


def _syntax_hint(problem: str, line: str = "") -> str:
    quoted = _QUOTED_START.match(line)
    if quoted and ("expected <block end>" in problem or "mapping values" in problem
                   or "found" in problem or "expected key" in problem):
        return (f"the value starts with {quoted.group(1)} so it must also end with it; to quote "
                "only part of the text, put the whole value in the other kind of quotes or use "
                "`|` and write the text on the next line")
    if "tab" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "text containing ': ' must be in quotes, or use `|` and put the text below"
    if "found character" in problem or "could not find expected" in problem:
        return "check quotes and indentation on this line and the one before"
    return "check indentation and quotes near here"
