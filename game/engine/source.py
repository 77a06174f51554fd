"""Reading story files safely: bounded size and nesting, UTF-8 checked, parsed by libyaml.

Only libyaml's parser is used (`reader.py` walks its events); no PyYAML constructor ever
runs, so tags such as `!!python/object` cannot run code. libyaml slows down sharply on
extreme nesting (quadratically in our measurements), so the text is checked first.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .diagnostics import Diagnostic

try:  # libyaml's C parser (we use only its events); pure Python is a slow but correct fallback.
    from yaml import CBaseLoader as Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import BaseLoader as Loader  # type: ignore[assignment]

__all__ = ["MAX_BYTES", "Loader", "read_text", "syntax_problem", "too_deep"]

MAX_BYTES = 32 * 1024 * 1024
MAX_FLOW_DEPTH = 64
MAX_INDENT = 240  # leading spaces and "- " markers; real seasons stay under 30
_FLOW = re.compile(r"[\[\]{}]")
_DEEP_INDENT = re.compile(rf"\n[ \-?]{{{MAX_INDENT}}}")  # a literal \n, not ^: 10x faster


def read_text(path: Path, diagnostics: list[Diagnostic]) -> str | None:
    """The file's text, or None with a diagnostic (missing, too large, not UTF-8, too deep)."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            diagnostics.append(Diagnostic(
                "VR003", f"the file is {size / 2**20:.0f} MB; a season can be at most "
                f"{MAX_BYTES // 2**20} MB", name,
                hint="split it into several seasons, or check that this is the right file"))
            return None
        data = path.read_bytes()
    except OSError as err:
        diagnostics.append(Diagnostic(
            "VR007", f"cannot read the file: {err.strerror or err}", name,
            hint="check the name and that you may read it"))
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
    deep = too_deep(text, name)
    if deep:
        diagnostics.append(deep)
        return None
    return text


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
                          hint="indent with spaces, not tabs (editors can convert tabs)")
    hint = _syntax_hint(problem, source_line)
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
                   or "found" in problem):
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
