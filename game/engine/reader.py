"""Read a YAML file against the format spec, straight from libyaml's event stream.

We never build PyYAML's node tree (for a 10,000-scene season it alone would take about
300 MB) and never construct Python objects from tags (so no file can run code). The result
is a tree of `Raw` sections: plain values plus the line and column of each, so later checks
can point at the exact place. A faulty value is reported once and left out
(`Raw.invalid`), so one typo gives one message.

Aliases (`*name`) reuse the value read at their anchor instead of re-reading it, so an
"alias bomb" cannot expand, and they are capped anyway.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from . import conditions
from .diagnostics import Diagnostic, closest, did_you_mean
from .source import CONTROL, INVISIBLE, Loader, syntax_problem
from .spec import IDENT_PATTERN, Cond, Enum, FieldType, Ident, Int, ListOf, Obj, OneOf, Prose, Str

_YAML = "tag:yaml.org,2002:"
_SAFE_TAGS = frozenset({"!"} | {_YAML + t for t in ("str", "int", "float", "bool", "null",
                                                    "map", "seq")})
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_INT = re.compile(r"[-+]?(?:[0-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7_]+)$")
_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$")
_IDENT = re.compile(IDENT_PATTERN)
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_STARTS = (MappingStartEvent, SequenceStartEvent)
# ` #` followed by a word, e.g. "School #5": YAML reads it as a comment and cuts the text there.
_HASH_WORD = re.compile(r"[ \t]#[^\s#]")
_AFTER_VALUE = re.compile(r"[ \t]+#(?=[^\s#])")
MAX_ALIASES = 50
MAX_DIGITS = 12  # far beyond any trust, resource or effect, far below Python's 4,300


class Invalid:
    """Marks a value that was present but wrong (already reported)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = Invalid()


class Raw:
    """A checked section: its values by key, their positions, and the keys that were invalid."""

    __slots__ = ("col", "extras", "get", "invalid", "line", "marks", "values")

    def __init__(self, line: int, col: int) -> None:
        self.line, self.col = line, col
        self.values: dict[str, Any] = {}
        self.get = self.values.get  # the builder's hot path: a plain dict lookup
        self.marks: dict[str, tuple[int, int]] = {}
        self.invalid: set[str] = set()
        self.extras: list[str] = []

    def pos(self, key: str | None = None) -> tuple[int, int]:
        """1-based (line, column) of a key's value, or of the section itself."""
        if key is not None and key in self.marks:
            return self.marks[key]
        return self.line, self.col


class Items(list):  # type: ignore[type-arg]
    """A list of plain values that remembers where each item was written."""

    __slots__ = ("positions",)

    def __init__(self, values: list[Any], positions: list[tuple[int, int]]) -> None:
        super().__init__(values)
        self.positions = positions


def position_of(items: list[Any], index: int, default: tuple[int, int]) -> tuple[int, int]:
    """Where item `index` of a list was written, if the reader recorded it."""
    positions = getattr(items, "positions", None)
    return positions[index] if positions and index < len(positions) else default


def normalise_prose(text: str) -> str:
    """Paragraphs split on blank lines; line breaks inside a paragraph become spaces."""
    if "\n" not in text and "  " not in text:
        return text.strip()
    paragraphs = _BLANK_LINES.split(text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _what(what: str | tuple[str, str]) -> str:
    """Names for messages are built only when a message is: `next` in choice `share`."""
    if isinstance(what, tuple):
        return f"`{what[0]}` in {what[1]}"
    return what


def _describe(ev: Any) -> str:
    if type(ev) is MappingStartEvent:
        return "a section (key: value lines)"
    if type(ev) is SequenceStartEvent:
        return "a list"
    if type(ev) is AliasEvent:
        return f"the alias *{ev.anchor}"
    if _is_null(ev):
        return "nothing"
    value = ev.value if len(ev.value) <= 30 else ev.value[:27] + "..."
    return f"`{value}`"


def _expected(kind: FieldType) -> str:
    if isinstance(kind, Int):
        return "a whole number"
    if isinstance(kind, ListOf):
        return "a list (lines starting with `- `)"
    if isinstance(kind, Obj):
        name = kind.name.replace("_", " ")
        return f"{'an' if name[0] in 'aeiou' else 'a'} {name} section (key: value lines)"
    if isinstance(kind, OneOf):
        return " or ".join(_expected(o) for o in kind.options)
    if isinstance(kind, Ident):
        return "a short name"
    if isinstance(kind, Cond):
        return "a condition"
    return "text"


def _is_null(ev: Any) -> bool:
    return ev.tag == _YAML + "null" or (not ev.style and ev.value in _NULLS)


class Reader:
    """Converts one file's events into `Raw` values, appending diagnostics as it goes."""

    def __init__(self, file: str, diagnostics: list[Diagnostic]) -> None:
        self.file = file
        self.diagnostics = diagnostics
        self._anchors: dict[str, tuple[FieldType, Any] | None] = {}
        self._parsed: dict[str, conditions.Expr | conditions.SyntaxProblem] = {}
        self._aliases = 0
        self._get: Any = None
        self._lines: list[str] = []
        self._hash_lines: frozenset[int] = frozenset()  # 0-based lines holding ` #word`
        self._readers = {Str: self._scalar, Prose: self._scalar, Ident: self._scalar,
                         Enum: self._scalar, Cond: self._scalar, Int: self._int,
                         Obj: self.section, ListOf: self._list, OneOf: self._one_of}

    def report(self, code: str, message: str, ev: Any, hint: str = "", col_offset: int = 0
               ) -> None:
        mark = ev.start_mark if ev is not None else None
        line, col = (mark.line + 1, mark.column + 1 + col_offset) if mark else (0, 0)
        self.diagnostics.append(Diagnostic(code, message, self.file, line, col, hint))

    def document(self, text: str, kind: Obj, what: str) -> Raw | None:
        """Read a whole file as `kind`; None if it is empty, not YAML or the wrong shape."""
        loader = Loader(text)
        self._get = get = loader.get_event
        before = len(self.diagnostics)
        if _HASH_WORD.search(text):  # rare: most files never pay for the look below
            self._lines = text.split("\n")
            self._hash_lines = frozenset(i for i, line in enumerate(self._lines)
                                         if _HASH_WORD.search(line))
        try:
            get()  # stream start
            if type(get()) is StreamEndEvent:
                self.diagnostics.append(Diagnostic(
                    "VR010", "the file is empty", self.file, 1, 1,
                    "start with `format: 1`; `python -m game new` writes a starting season"))
                return None
            value = self.read(get(), kind, what)
            get()  # document end
            extra = get()
            if type(extra) is DocumentStartEvent:
                self.report("VR001", "the file holds more than one document", extra,
                            "remove the second `---` line, or split the file in two")
            return None if value is INVALID else value
        except yaml.MarkedYAMLError as err:
            found = syntax_problem(err, self.file, text)
            # What was read just before the layout broke is unreliable: a section cut short
            # "is missing `next`", a half-read line "should be a section". Keep the cause.
            self.diagnostics[before:] = [d for d in self.diagnostics[before:]
                                         if d.code != "VR012" and d.line < found.line]
            self.diagnostics.append(found)
            return None
        except yaml.YAMLError as err:  # libyaml's reader errors carry no mark, a position
            at = getattr(err, "position", 0) or 0
            line = text.count("\n", 0, at) + 1
            col = at - (text.rfind("\n", 0, at) + 1) + 1
            self.diagnostics.append(Diagnostic("VR001", "this is not valid YAML text",
                                               self.file, line, col,
                                               "check for stray symbols near here"))
            return None
        finally:
            loader.dispose()

    def read(self, ev: Any, kind: FieldType, what: str | tuple[str, str]) -> Any:
        """Convert the value starting at `ev` to the Python value for `kind`, or INVALID."""
        if type(ev) is AliasEvent:
            return self._alias(ev, kind, what)
        tag = ev.tag
        if tag is not None and tag not in _SAFE_TAGS:
            self.report("VR006", f"the tag `{tag.replace(_YAML, '!!')}` is not allowed", ev,
                        "remove the tag; seasons are plain text, numbers and lists")
            self.skip(ev)
            return INVALID
        value = self._readers[type(kind)](ev, kind, what)
        if ev.anchor is not None:
            self._anchors[ev.anchor] = (kind, value)
        return value

    def _alias(self, ev: Any, kind: FieldType, what: str | tuple[str, str]) -> Any:
        self._aliases += 1
        target = self._anchors.get(ev.anchor)
        if self._aliases > MAX_ALIASES:
            if self._aliases == MAX_ALIASES + 1:  # once; the rest are refused silently
                self.report("VR005", f"aliases are used more than {MAX_ALIASES} times", ev,
                            "write the sections out instead of using *aliases")
        elif ev.anchor not in self._anchors:
            self.report("VR001", f"the alias *{ev.anchor} has no anchor &{ev.anchor} before it",
                        ev, "define `&name` on a value before using `*name`")
        elif target is None:
            self.report("VR010", f"{_what(what)} cannot reuse *{ev.anchor}: that value was "
                        "not read (it has a problem of its own)", ev, "write the value out here")
        elif target[0] is not kind:
            self.report("VR010", f"{_what(what)} cannot reuse *{ev.anchor}: it is a different "
                        "kind of value", ev, "write the value out here")
        else:
            return target[1]
        return INVALID

    def skip(self, ev: Any) -> None:
        """Consume the rest of a list or section we are not going to read. Anchors inside it
        are noted, so a later alias to them gets a clear message."""
        if getattr(ev, "anchor", None) is not None:
            self._anchors[ev.anchor] = None
        if type(ev) not in _STARTS:
            return
        get, depth = self._get, 1
        while depth:
            inner = get()
            t = type(inner)
            anchor = getattr(inner, "anchor", None)
            if anchor is not None and t is not AliasEvent:
                self._anchors[anchor] = None
            if t is MappingStartEvent or t is SequenceStartEvent:
                depth += 1
            elif t is MappingEndEvent or t is SequenceEndEvent:
                depth -= 1

    def _wrong(self, ev: Any, kind: FieldType, what: str | tuple[str, str]) -> Any:
        self.report("VR010", f"{_what(what)} should be {_expected(kind)}, not {_describe(ev)}",
                    ev, _type_hint(ev, kind))
        self.skip(ev)
        return INVALID

    def _scalar(self, ev: Any, kind: FieldType, what: str | tuple[str, str]) -> Any:
        if type(ev) is not ScalarEvent or _is_null(ev):
            return self._wrong(ev, kind, what)
        value: str = ev.value
        found = CONTROL.search(value) if ev.style == '"' else None
        if found is not None:
            self.report("VR008", f"{_what(what)} contains an invisible control character "
                        f"(U+{ord(found.group()):04X}), written as an escape such as \\e or \\0",
                        ev, "delete the escape; write the text as it should be read")
            return INVALID
        cls = type(kind)
        if self._hash_lines and cls in (Str, Prose):
            self._cut_by_comment(ev, what)
        if cls is Prose:
            return normalise_prose(value)
        if cls is Str:
            return value.strip()
        if cls is Ident:
            if _IDENT.match(value) is None:
                self.report("VR015", f"{_what(what)} `{value}` is not a valid name", ev,
                            "use letters, digits and _, starting with a letter, e.g. "
                            f"`{_suggest_ident(value)}`")
                return INVALID
            return value
        if cls is Enum:
            if value not in kind.values:
                hint = did_you_mean(value, kind.values) or "use one of " + ", ".join(kind.values)
                self.report("VR015", f"{_what(what)} `{value}` is not one of the known kinds",
                            ev, hint)
                return INVALID
            return value
        return self._condition(ev, what)

    def _cut_by_comment(self, ev: Any, what: str | tuple[str, str]) -> None:
        """Text such as `label: Give sacks #1 and #2` is valid YAML, but everything from
        ` #` on is a comment: the player would read "Give sacks". Say so, where it happens."""
        end = ev.end_mark
        if ev.style or end.line not in self._hash_lines:
            return
        rest = self._lines[end.line][end.column:]
        cut = _AFTER_VALUE.match(rest)
        if cut is None:
            return
        lost = rest.strip()
        quote = "'" if '"' in ev.value + lost else '"'
        whole = f"{quote}{ev.value} {lost}{quote}"
        key = f"{what[0]}: " if isinstance(what, tuple) else ""
        self.diagnostics.append(Diagnostic(
            "VR018", f"{_what(what)} is cut off before `{lost[:30]}`: YAML reads ` #` as the "
            "start of a comment", self.file, end.line + 1, end.column + cut.end(),
            f"quote the whole text: `{key}{whole if len(whole) < 60 else whole[:56] + '...'}`"
            "; for a real comment, put a space after the `#`"))

    def _condition(self, ev: Any, what: str | tuple[str, str]) -> Any:
        parsed = self._parsed.get(ev.value)
        if parsed is None:  # seasons repeat conditions such as `grain >= 1`: parse each once
            parsed = self._parsed[ev.value] = conditions.parse(ev.value)
        quoted = 1 if ev.style in ('"', "'") else 0
        if isinstance(parsed, conditions.SyntaxProblem):
            one_line = "\n" not in ev.value and ev.start_mark.line == ev.end_mark.line
            self.report("VR030", f"{_what(what)}: {parsed.message} in "
                        f"`{conditions.quoted(ev.value)}`", ev,
                        parsed.hint, col_offset=parsed.offset + quoted if one_line else 0)
            return INVALID
        mark = ev.start_mark
        return conditions.Located(parsed, ev.value, mark.line + 1, mark.column + 1, quoted)

    def _int(self, ev: Any, kind: Int, what: str | tuple[str, str]) -> Any:
        if (type(ev) is not ScalarEvent or (ev.style and ev.tag is None)
                or _INT.match(ev.value) is None):
            return self._wrong(ev, kind, what)
        text = ev.value.replace("_", "")
        digits = text.lstrip("+-")
        if len(digits) > MAX_DIGITS or digits in ("0x", "0o"):
            self.report("VR015", f"{_what(what)} is not a number the game can use", ev,
                        f"write a whole number of at most {MAX_DIGITS} digits, such as 5")
            return INVALID
        value = int(text, 0) if digits[:2] in ("0x", "0o") else int(text, 10)
        if (kind.lo is not None and value < kind.lo) or (kind.hi is not None and value > kind.hi):
            self.report("VR015", f"{_what(what)} is {value}, outside {kind.lo} to {kind.hi}",
                        ev, f"use a number from {kind.lo} to {kind.hi}")
            return INVALID
        return value

    def _list(self, ev: Any, kind: ListOf, what: str | tuple[str, str]) -> Any:
        if type(ev) is not SequenceStartEvent:
            if kind.one_or_many and type(ev) is ScalarEvent:
                mark = ev.start_mark
                names = _comma_list(ev, kind.item)
                if names:  # `remember: a, b`: read as meant, reported once, no follow-ons
                    key = what[0] if isinstance(what, tuple) else "remember"
                    self.report("VR015", f"{_what(what)} `{ev.value}` is several names written "
                                "as one", ev, f"write a list: `{key}: [{', '.join(names)}]`")
                    return Items(names, [(mark.line + 1, mark.column + 1)] * len(names))
                item = self.read(ev, kind.item, what)
                return INVALID if item is INVALID else Items([item], [(mark.line + 1,
                                                                        mark.column + 1)])
            return self._wrong(ev, kind, what)
        item_kind, get = kind.item, self._get
        name = item_kind.name if isinstance(item_kind, Obj) else None
        items: list[Any] = []
        positions: list[tuple[int, int]] | None = None if name else []
        count = 0
        while True:
            child = get()
            if type(child) is SequenceEndEvent:
                break
            count += 1
            label = f"{name} {count}" if name else f"item {count} of {_what(what)}"
            item = self.read(child, item_kind, label)
            if item is not INVALID:
                items.append(item)
                if positions is not None:
                    mark = child.start_mark
                    positions.append((mark.line + 1, mark.column + 1))
            if kind.max_items is not None and count == kind.max_items + 1:
                self.report("VR015", f"{_what(what)} has more than {kind.max_items} items",
                            child, "keep the most important ones")
        if count < kind.min_items:
            self.report("VR015", f"{_what(what)} needs at least {kind.min_items} "
                        f"item{'s' if kind.min_items > 1 else ''}", ev,
                        "add one; an empty list here would leave players with nothing to do"
                        if kind.min_items == 1 else "")
        return Items(items, positions) if positions is not None else items

    def _one_of(self, ev: Any, kind: OneOf, what: str | tuple[str, str]) -> Any:
        t = type(ev)
        wanted = (ListOf,) if t is SequenceStartEvent else (Obj,) if t is MappingStartEvent \
            else (Str, Prose, Ident, Int, Enum, Cond)
        for option in kind.options:
            if isinstance(option, wanted):
                return self.read(ev, option, what)
        return self._wrong(ev, kind, what)

    def section(self, ev: Any, kind: Obj, what: str | tuple[str, str]) -> Any:
        """Read a mapping: unknown keys, duplicates and missing fields are all reported."""
        if type(ev) is not MappingStartEvent:
            return self._wrong(ev, kind, what)
        mark = ev.start_mark
        raw = Raw(mark.line + 1, mark.column + 1)
        fields, extra, marks, values = kind.by_key, kind.extra, raw.marks, raw.values
        get, read = self._get, self.read
        name = _what(what)
        meant: set[str] = set()  # required keys an unknown key was probably meant to be
        first_key: str | None = None
        merged = False  # a second `id:` showed that two list items ran together
        while True:
            key_ev = get()
            if type(key_ev) is MappingEndEvent:
                break
            value_ev = get() if type(key_ev) is ScalarEvent else None
            if value_ev is None:
                self.report("VR010", f"a key in {name} should be a name, not "
                            f"{_describe(key_ev)}", key_ev)
                self.skip(key_ev)
                self.skip(get())
                continue
            key = key_ev.value
            if key in marks:
                if merged:  # already explained: the rest of the next item's keys
                    self.skip(value_ev)
                    continue
                if key == "id" == first_key:
                    # A list item whose `- ` was forgotten runs on into the one above it.
                    merged = True
                    self.report("VR013", f"`{key}` appears twice in {name}: the `- ` that "
                                f"starts the next {kind.name} is probably missing", key_ev,
                                f"start this line with `- ` like the {kind.name} above: "
                                f"`- {key}: ...`")
                else:
                    self.report("VR013", f"`{key}` appears twice in {name}", key_ev,
                                "delete or rename one of them")
                self.skip(value_ev)
                continue
            if first_key is None:
                first_key = key
            vm = value_ev.start_mark
            marks[key] = (vm.line + 1, vm.column + 1)
            spec = fields.get(key)
            kind_type = spec.type if spec is not None else extra
            if (spec is not None and spec.required and type(value_ev) is ScalarEvent
                    and _is_null(value_ev) and not isinstance(spec.type, (ListOf, Obj))):
                self.report("VR010", f"`{key}` in {name} is empty", value_ev,
                            f"write {_expected(spec.type)} after the colon; `{key}` cannot be "
                            f"left out: {spec.type.doc or spec.doc or 'it is required'}")
                raw.invalid.add(key)
                continue
            if (spec is not None  # (extra keys, such as codes under `acknowledge`, go below)
                    and type(value_ev) is ScalarEvent and value_ev.tag is None
                    and value_ev.anchor is None
                    and value_ev.style != '"'  # escapes such as \\e are checked in _scalar
                    and (value_ev.style or value_ev.value not in _NULLS)):
                # The common cases inline, without the calls (loading time is mostly here).
                text, cls = value_ev.value, kind_type.__class__
                if self._hash_lines and (cls is Str or cls is Prose):
                    self._cut_by_comment(value_ev, (key, name))
                if cls is Str:
                    values[key] = text.strip()
                    continue
                if cls is Prose:
                    values[key] = normalise_prose(text)
                    continue
                if cls is Ident and _IDENT.match(text) is not None:
                    values[key] = text
                    if key == "id":
                        name = f"{kind.name} `{text}`"
                    continue
            if spec is None:
                if extra is None:
                    close = closest(key, fields)
                    hint = (f"did you mean `{close}`?" if close
                            else "known keys: " + ", ".join(fields))
                    pasted = _pasted_key(key)
                    if pasted is not None and close:
                        at, what_char = pasted
                        self.report(
                            "VR017" if what_char in INVISIBLE else "VR011",
                            f"the key `{close}` in {name} holds "
                            f"{INVISIBLE.get(what_char, f'the curly quote {what_char}')} "
                            f"(U+{ord(what_char):04X}), from a word processor", key_ev,
                            f"delete the key and type it again: `{close}:`, with no quotes",
                            col_offset=at)
                    else:
                        self.report("VR011", f"unknown key `{key}` in {name}", key_ev, hint)
                    meant.add(close)
                    self.skip(value_ev)
                    continue
                raw.extras.append(key)
            value = read(value_ev, kind_type, (key, name))
            if value is INVALID:
                raw.invalid.add(key)
            else:
                values[key] = value
                if key == "id" and isinstance(value, str):
                    name = f"{kind.name} `{value}`"
        for spec in kind.fields:
            if spec.required and spec.key not in marks and spec.key not in meant:
                self.report("VR012", f"{name} is missing `{spec.key}`", ev,
                            f"add `{spec.key}:`: {spec.type.doc or spec.doc or 'it is required'}")
                raw.invalid.add(spec.key)
        return raw


def _pasted_key(key: str) -> tuple[int, str] | None:
    """Where a key holds an invisible character or a curly quote, and which one."""
    for at, char in enumerate(key):
        if char in INVISIBLE or char in "“”‘’":
            return at, char
    return None


def _comma_list(ev: Any, item: FieldType) -> list[str]:
    """The names in `a, b` when every part is a valid name, else nothing (`a b` is more
    likely one name with a space in it, which the name check explains)."""
    if not isinstance(item, Ident) or ev.style or "," not in ev.value:
        return []
    parts = [p.strip() for p in ev.value.split(",") if p.strip()]
    return parts if len(parts) > 1 and all(_IDENT.match(p) for p in parts) else []


def _suggest_ident(value: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_]+", "_", value).strip("_") or "name"
    return cleaned if cleaned[0].isalpha() else "n_" + cleaned


def _type_hint(ev: Any, kind: FieldType) -> str:
    scalar = type(ev) is ScalarEvent
    if isinstance(kind, Int) and scalar:
        if not ev.style and _FLOAT.match(ev.value):
            return "use a whole number such as 5"
        if ev.value.strip().lstrip("+-").isdigit():
            return "write the number without quotes"
    if isinstance(kind, (Str, Prose)) and type(ev) is SequenceStartEvent:
        return "write one piece of text; for several lines use `|` and put them below"
    if isinstance(kind, (ListOf, OneOf)) and scalar and not _is_null(ev):
        return "put each item on its own line starting with `- `"
    if scalar and _is_null(ev):
        return "write a value after the colon, or remove the line"
    if isinstance(kind, Obj) and scalar:
        needed = [f"`{f.key}:`" for f in kind.fields if f.required]
        if needed:
            return f"write {' and '.join(needed)} on their own lines below, indented further"
    return ""
