"""Season files → the frozen model, with every problem reported and nothing raised.

Reading happens in two passes, as in ink and Yarn Spinner: `reader.py` checks the shape of
the file; this module then builds the model, resolving names (resources, memories, scenes,
sources) once everything is declared. `checks.py` adds the checks on the scene graph.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import conditions, keys, pictures
from .diagnostics import Diagnostic, count_errors, did_you_mean
from .format import ACKNOWLEDGEABLE, END, FORMAT_VERSION, GIVING_KINDS, LABEL_LIMIT
from .model import (
    EMPTY,
    Band,
    Choice,
    Condition,
    Cut,
    Document,
    Effects,
    Ending,
    Image,
    Memory,
    Neighbour,
    Note,
    Paragraph,
    Preset,
    Resource,
    Route,
    Scene,
    Season,
    SeasonInfo,
    Source,
    Term,
    TrustSpec,
    Where,
)
from .reader import Raw, Reader, position_of

# A note that opens by addressing teachers ("For teachers:", "Teachers -", "Note to the
# teacher", "Учителям:", "Для учителя"): the words a teacher writing for colleagues uses.
TO_TEACHERS = re.compile(
    r"\s*(?:(?:a\s+)?note\s+(?:to|for)\s+(?:the\s+)?teachers?|for\s+(?:the\s+)?teachers?"
    r"|teachers?|учителям|для\s+учител[яей]+)\s*[:,.\-–—]", re.IGNORECASE)

RESERVED = conditions.KEYWORDS | {"trust", END, "reason", "remember", "forget"}
EFFECT_KEYS = ("trust", "reason", "remember", "forget")


@dataclass
class LoadResult:
    """A loaded file: its model (possibly partial when there are errors) and diagnostics."""

    path: Path
    model: Any = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.model is not None and count_errors(self.diagnostics) == 0


@contextmanager
def paused_gc() -> Iterator[None]:
    """Loading allocates hundreds of thousands of objects that survive (nodes, then the
    model). The cyclic collector would rescan them again and again as they pile up, which
    makes loading superlinear. Nothing here makes reference cycles (everything is freed by
    reference counting), so the collector is paused for the load and re-enabled after it,
    exactly as it was. Nothing else: no `gc.freeze`, which would move every object in the
    process (and every cycle waiting to be collected) out of the collector's reach for good,
    a leak for a kiosk or watch mode that reloads for days. The price is one young-generation
    collection over the new model after the load: about 0.1 s for 1,000 scenes and 1 s for
    10,000, some 20 % of the load; nothing measurable for the shipped campaign."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


What = tuple[str, str, str]  # (kind, id, scene): message names are built only when needed


def name_of(what: What) -> str:
    kind, ident, scene = what
    if kind == "a paragraph of":
        return f"a paragraph of {ident}"
    return f"{kind} `{ident}`" + (f" in scene `{scene}`" if scene else "")


def where(raw: Raw) -> Where:
    return Where(raw.line, raw.col, raw.marks)


Report = Callable[[str, str, tuple[int, int], str], None]


def build_image(raw: Raw | None, path: Path, report: Report, owner: str = "the season",
                check: bool = True) -> Image | None:
    """A scene's, an ending's or a campaign's picture, checked from its header
    (engine/pictures.py): the window would crash on some hostile files, so `validate` must
    refuse them first. It must lie inside the folder of `path`, the file naming it. With
    `check` False only the name and place are checked here: the window checks the header
    itself just before it decodes (ui/images.py), so play need not read every picture
    before its first frame."""
    if raw is None or "file" not in raw.values:
        return None
    name, alt, pos = raw.get("file"), raw.get("alt", ""), raw.pos("file")
    shown = pictures.shown_name(name)
    unusable = pictures.name_problem(name)
    if unusable:
        report("VR060", f"the image `{shown}` cannot be used: {unusable[0]}", pos,
               unusable[1])
        return Image(name, alt, None)
    root = path.parent.resolve()
    try:  # a name can still fail here, e.g. a link that leads back to itself
        target = (root / name).resolve()
        outside = Path(name).is_absolute() or not target.is_relative_to(root)
        exists = outside or target.exists() or target.is_symlink()
    except (OSError, ValueError, RuntimeError) as err:
        report("VR060", f"the image `{shown}` cannot be opened "
               f"({pictures.why_unopenable(err)})", pos,
               f"check the file name and that the file is next to {owner}")
        return Image(name, alt, None)
    if outside:
        report("VR061", f"the image `{shown}` is outside the story folder",
               pos, f"put it in a folder next to {path.name}")
        return Image(name, alt, None)
    other_case = _named_otherwise(target)
    if not exists or other_case:
        if other_case:
            hint = (f"the file is named `{other_case}`: write the name with the same "
                    "capitals, or it is missing on computers that tell them apart")
        elif "\\" in name:
            hint = (f"write `/` between folder and file, `{name.replace(chr(92), '/')}`, "
                    "which works on every computer")
        else:
            hint = f"check the spelling and that the file is next to {owner}"
        report("VR060", f"the image `{shown}` does not exist", pos, hint)
        return Image(name, alt, None if other_case else target)
    checked = pictures.check_picture(target) if check else None
    if isinstance(checked, pictures.PictureProblem):
        report(checked.code, f"the image `{shown}` {checked.reason}", pos, checked.hint)
    return Image(name, alt, target)


class SeasonBuilder:
    """Builds one season from its checked raw tree, reporting unresolved names."""

    def __init__(self, reader: Reader, path: Path, text: str, check_pictures: bool = True
                 ) -> None:
        self.reader = reader
        self.check_pictures = check_pictures
        self.path = path
        self.source_text = text
        self.file = str(path)
        self.root = path.parent.resolve()
        self.kinds: dict[str, str] = {}
        self.source_ids: set[str] = set()
        self.season_id = ""
        self.documents: dict[str, Document] = {}
        self.offered: set[str] = set()  # documents some scene offers
        self._checked: dict[str, tuple[list[conditions.Problem], conditions.Test]] = {}

    def report(self, code: str, message: str, pos: tuple[int, int], hint: str = "") -> None:
        self.reader.diagnostics.append(Diagnostic(code, message, self.file, pos[0], pos[1], hint))

    def unique(self, items: list[Raw], kind: str, taken: dict[str, str] | None = None
               ) -> Iterator[Raw]:
        """Items whose id is new; a repeated id is reported at the repeat."""
        seen: dict[str, str] = taken if taken is not None else {}
        for item in items:
            ident = item.get("id")
            if ident is None:
                continue
            if ident in seen:
                self.report("VR014", f"{kind} id `{ident}` is already used by a {seen[ident]}",
                            item.pos("id"), "give each one its own id")
                continue
            if ident in RESERVED:
                self.report("VR015", f"`{ident}` is a reserved word and cannot be a {kind} id",
                            item.pos("id"), f"try `{ident}_{kind}`")
                continue
            seen[ident] = kind
            yield item

    def build(self, raw: Raw) -> Season | None:
        version = raw.get("format")
        if version is not None and version != FORMAT_VERSION:
            self.report("VR016", f"format {version} is not one this game reads",
                        raw.pos("format"), f"write `format: {FORMAT_VERSION}`, or update the game")
        meta = raw.get("season")
        if meta is None or meta.get("id") is None:
            return None
        info = self.info(meta)
        self.season_id = info.id
        self.documents = self.build_documents(meta.get("documents", []))
        trust = self.trust(raw.get("trust"))
        names: dict[str, str] = {}
        resources = {r.get("id"): self.resource(r)
                     for r in self.unique(raw.get("resources", []), "resource", names)}
        memories = {m.get("id"): self.memory(m)
                    for m in self.unique(raw.get("memories", []), "memory", names)}
        neighbours = {n.get("id"): Neighbour(n.get("id"), n.get("name", ""), n.get("household", ""))
                      for n in self.unique(raw.get("neighbours", []), "neighbour")}
        for memory_raw in raw.get("memories", []):
            about = memory_raw.get("about")
            if about and about not in neighbours:
                self.report("VR082", f"memory `{memory_raw.get('id')}` is about `{about}`, who "
                            "is not in `neighbours`", memory_raw.pos("about"),
                            did_you_mean(about, neighbours) or "add them under `neighbours:`")
        self.kinds = {"trust": conditions.NUMBER, **dict.fromkeys(resources, conditions.NUMBER),
                      **dict.fromkeys(memories, conditions.MEMORY)}
        self.resources, self.memories = resources, memories
        self.cut_ids = [c.get("id") for c in meta.get("cuts", []) if c.get("id")]
        ids: dict[str, str] = {}
        scenes = {s.get("id"): self.scene(s) for s in self.unique(raw.get("scenes", []), "scene",
                                                                   ids)}
        endings = {e.get("id"): self.ending(e)
                   for e in self.unique(raw.get("endings", []), "ending", ids)}
        if info.best_ending and info.best_ending not in endings:
            self.report("VR117", f"`best_ending` names `{info.best_ending}`, which is not an "
                        "ending of this season", meta.pos("best_ending"),
                        did_you_mean(info.best_ending, endings)
                        or "write the id of one of the endings under `endings:`")
        start = raw.get("start") or next(iter(scenes), "")
        if raw.get("start") and start not in scenes:
            self.report("VR020", f"the start scene `{start}` does not exist", raw.pos("start"),
                        did_you_mean(start, scenes))
        presets = {p.get("id"): self.preset(p, scenes)
                   for p in self.unique(raw.get("presets", []), "preset")}
        digest = hashlib.sha256(self.source_text.encode("utf-8")).hexdigest()
        for document in self.documents.values():
            if document.id not in self.offered:
                self.report("VR122", f"no scene offers the document `{document.id}`",
                            (document.where.line, document.where.col),
                            f"add `documents: [{document.id}]` to the scene it belongs to, "
                            "or remove it")
        cuts = {c.get("id"): self.cut(c) for c in self.unique(meta.get("cuts", []), "cut")}
        return Season(info, self.path, digest, start, scenes, endings, trust, resources,
                      memories, neighbours, presets, documents=self.documents, cuts=cuts)

    # -- documents and cuts (seasonformat) ----------------------------------------------
    def build_documents(self, items: list[Raw]) -> dict[str, Document]:
        """The season's primary sources. A card without a citation would hand students
        words with no way to check them, so an empty one is an error, as is citing a
        source the season does not list."""
        documents: dict[str, Document] = {}
        for raw in self.unique(items, "document"):
            ident, citation = raw.get("id"), raw.get("citation", "")
            if "citation" in raw.values and not citation.strip():
                self.report("VR121", f"the document `{ident}` has an empty `citation`",
                            raw.pos("citation"), "write the author, title, place, year and "
                            "page the words come from")
            source = raw.get("source")
            if source and source not in self.source_ids:
                self.report("VR080", f"the document `{ident}` cites `{source}`, which is not "
                            "in `sources`", raw.pos("source"),
                            did_you_mean(source, self.source_ids)
                            or "add it to the season's `sources:` with an `id`")
            documents[ident] = Document(ident, raw.get("title", ""), raw.get("kind", "quotation"),
                                        raw.get("text", ""), citation, raw.get("archive", ""),
                                        source, where(raw))
        return documents

    def scene_documents(self, raw: Raw) -> tuple[str, ...]:
        names = raw.get("documents", ())
        for index, name in enumerate(names):
            if name not in self.documents:
                self.report("VR120", f"scene `{raw.get('id')}` offers the document `{name}`, "
                            "which is not in the season's `documents`",
                            position_of(names, index, raw.pos("documents")),
                            did_you_mean(name, self.documents)
                            or "declare it under `season:` > `documents:`")
        self.offered.update(names)
        return tuple(n for n in names if n in self.documents)

    def cut(self, raw: Raw) -> Cut:
        """A cut as written, with where each item is; `checks.check_cuts` checks it against
        the whole season once every scene is built."""
        marks: dict[str, tuple[int, int]] = {}
        scenes, skip = raw.get("scenes", ()), raw.get("skip", ())
        for key, items in (("scenes", scenes), ("skip", skip)):
            for index in range(len(items)):
                marks[f"{key}/{index}"] = position_of(items, index, raw.pos(key))
        jumps = raw.get("jumps")
        found = dict(jumps.values) if jumps is not None else {}
        for key in found:
            marks[f"jumps/{key}"] = jumps.pos(key)
        return Cut(raw.get("id"), raw.get("title", ""), tuple(scenes), tuple(skip), found,
                   where(raw), marks)

    def info(self, meta: Raw) -> SeasonInfo:
        sources = tuple(Source(s.get("id"), s.get("title", ""), s.get("url", ""))
                        for s in meta.get("sources", []))
        seen: set[str] = set()
        for raw_source, source in zip(meta.get("sources", []), sources, strict=True):
            if source.id in seen:
                self.report("VR014", f"source id `{source.id}` is used twice",
                            raw_source.pos("id"), "give each source its own id")
            if source.id:
                seen.add(source.id)
        self.source_ids = seen
        self.check_content_notes(meta)
        return SeasonInfo(
            id=meta.get("id"), title=meta.get("title", ""), place=meta.get("place", ""),
            years=meta.get("years", ""), summary=meta.get("summary", ""),
            content_notes=tuple(meta.get("content_notes", ())),
            learning_goals=tuple(meta.get("learning_goals", ())),
            watch_for=meta.get("watch_for", ""), palette=meta.get("palette", ""), sources=sources,
            glossary=tuple(Term(t.get("term", ""), t.get("meaning", ""))
                           for t in meta.get("glossary", [])),
            reflection=tuple(meta.get("reflection", ())),
            timeline=tuple(meta.get("timeline", ())), aid_words=self.aid_words(meta),
            teacher_note=meta.get("teacher_note", ""),
            acknowledge=self.acknowledge(meta.get("acknowledge")),
            best_ending=meta.get("best_ending", ""))

    def check_content_notes(self, meta: Raw) -> None:
        """Content notes are read out to students on the intro page (and to kiosk visitors);
        advice for the teacher written there is shown to them too (a teacher did exactly
        this, and so had two shipped seasons), so say where it belongs."""
        notes = meta.get("content_notes", [])
        for index, note in enumerate(notes):
            if isinstance(note, str) and TO_TEACHERS.match(note):
                self.report("VR095", "a content note speaks to teachers, but content notes are "
                            "shown to students before they play",
                            position_of(notes, index, meta.pos("content_notes")),
                            "move it to the season's `teacher_note:`, which only the "
                            "teacher's guide shows")

    def aid_words(self, meta: Raw) -> dict[str, str]:
        """The season's own words for the three kinds of aid; any other key is a mistake."""
        raw = meta.get("aid_words")
        if raw is None:
            return {}
        for key in [k for k in raw.values if k not in GIVING_KINDS]:  # (`extras` misses
            known = ", ".join(GIVING_KINDS)  # text read on the reader's fast path)
            close = did_you_mean(key, GIVING_KINDS)
            line, col = raw.pos(key)  # (of its value; the key is written just before it)
            self.report("VR094", f"`aid_words` names `{key}`, which is not a kind of aid",
                        (line, max(1, col - len(key) - 2)),
                        f"{close} The kinds are {known}" if close
                        else f"the kinds are {known}")
        return {k: v for k, v in raw.values.items() if k in GIVING_KINDS and v}

    def acknowledge(self, raw: Raw | None) -> Mapping[str, str]:
        """Balance findings the author means (`explore` hides them): each code must be one
        `explore` can report, and each needs a reason, so the choice is written down."""
        if raw is None:
            return EMPTY
        found: dict[str, str] = {}
        for code in raw.extras:
            if code in raw.invalid:
                continue  # the reader said what is wrong with the value
            if code not in ACKNOWLEDGEABLE:
                self.report("VR118", f"`acknowledge` names `{code}`, which is not a balance "
                            "finding", raw.pos(code),
                            did_you_mean(code, ACKNOWLEDGEABLE) or "use one of "
                            + ", ".join(ACKNOWLEDGEABLE) + " (see docs/errors.md)")
                continue
            reason = raw.get(code) or ""
            if not reason.strip():
                self.report("VR119", f"the acknowledgement of `{code}` has no reason",
                            raw.pos(code), "write after the colon, in quotes, why this is "
                            "meant, e.g. `" + code + ': "The next scene charges for it."`')
                continue
            found[code] = reason.strip()
        return MappingProxyType(found) if found else EMPTY

    def trust(self, raw: Raw | None) -> TrustSpec:
        if raw is None:
            return TrustSpec()
        default = TrustSpec()
        bands = tuple(Band(b.get("id"), b.get("label", ""), b.get("from", 0))
                      for b in self.unique(raw.get("bands", []), "band"))
        raw_bands = {b.get("id"): b for b in raw.get("bands", [])}
        if bands and bands[0].start != 0:
            self.report("VR015", "the first trust band must start `from: 0`",
                        raw_bands[bands[0].id].pos("from"), "so every value has a band")
        for previous, band in itertools.pairwise(bands):
            if band.start <= previous.start:
                self.report("VR015", f"band `{band.id}` starts at {band.start}, not above band "
                            f"`{previous.id}` ({previous.start})", raw_bands[band.id].pos("from"),
                            "list bands from lowest to highest")
        return TrustSpec(raw.get("label", default.label), raw.get("start", default.start),
                         bands or default.bands)

    def resource(self, raw: Raw) -> Resource:
        lo, hi = raw.get("min", 0), raw.get("max", 99)
        start = raw.get("start", lo)
        if lo > hi:
            self.report("VR015", f"`min` ({lo}) is above `max` ({hi})", raw.pos("min"))
        elif not lo <= start <= hi:
            self.report("VR015", f"`start` ({start}) is outside {lo} to {hi}", raw.pos("start"))
        ident = raw.get("id")
        return Resource(ident, raw.get("label", ident.replace("_", " ").capitalize()), start,
                        lo, hi, raw.get("unit", ""))

    def _beyond_range(self, located: conditions.Located, what: What) -> None:
        """`trust >= 120` or `potatoes >= 12` with `max: 8` can never hold: say so now, with
        the real range, rather than only when `explore` is run."""
        for part in conditions.comparisons(located.expr):
            name, op, number = part
            resource = self.resources.get(name.name)
            lo, hi = (resource.min, resource.max) if resource else (0, 100)
            if name.name != "trust" and resource is None:
                continue
            if not any(conditions.COMPARISONS[op](v, number.value) for v in (lo, hi)) and not (
                    op == "==" and lo <= number.value <= hi):
                self.report("VR104", f"{name_of(what)}: `{name.name} {op} {number.value}` never "
                            f"holds: {name.name} is always between {lo} and {hi}",
                            located.position(name.offset),
                            "change the number" + (", or the resource's `min:` or `max:`"
                                                   if resource else ""))

    def memory(self, raw: Raw) -> Memory:
        return Memory(raw.get("id"), raw.get("label", ""), raw.get("from"), raw.get("about"),
                      where(raw))

    def condition(self, located: conditions.Located | None, what: What) -> Condition | None:
        if located is None:
            return None
        checked = self._checked.get(located.source)
        if checked is None:  # seasons repeat conditions: check and compile each text once
            problems = conditions.check(located.expr, self.kinds)
            test = (conditions.compile_test(located.expr, self.kinds) if not problems
                    else _never)
            checked = self._checked[located.source] = (problems, test)
        problems, test = checked
        shown = conditions.quoted(located.source)
        for problem in problems[:conditions.MAX_PROBLEMS]:
            hint = ""
            if problem.code == "VR031":
                hint = did_you_mean(problem.name, self.kinds) or (
                    "declare it under `memories:` or `resources:`")
                if problem.name not in ("and", "or", "not"):  # a memory of an earlier season?
                    hint += (" If" if hint.endswith("?") else "; if") + (
                        f" an earlier season sets `{problem.name}`, declare it under "
                        "`memories:` with `from: <that season's id>`")
            elif problem.code == "VR032":
                hint = "compare numbers (`grain > 0`) and test memories by name (`helped_petrovs`)"
            self.report(problem.code, f"{name_of(what)}: {problem.message} in `{shown}`",
                        located.position(problem.offset), hint)
        if len(problems) > conditions.MAX_PROBLEMS:  # one long condition, one short report
            rest = problems[conditions.MAX_PROBLEMS]
            self.report(rest.code, f"{name_of(what)}: {len(problems) - conditions.MAX_PROBLEMS} "
                        f"more problems like these in `{shown}`",
                        located.position(rest.offset), "fix the ones above first")
        if not problems:
            self._beyond_range(located, what)
        return Condition(located.source, located.expr, test, located.line, located.col)

    def effects(self, raw: Raw | None, what: What) -> Effects | None:
        if raw is None:
            return None
        values, extras = raw.values, raw.extras
        changes: tuple[tuple[str, int], ...] = ()
        if extras:
            for key in extras:
                if key not in self.resources:
                    hint = did_you_mean(key, [*self.resources, *EFFECT_KEYS]) or (
                        "declare it under `resources:`")
                    self.report("VR040", f"{name_of(what)} changes `{key}`, which is not a "
                                "declared resource", raw.pos(key), hint)
            changes = tuple((k, values[k]) for k in extras if k in values)
        trust, reason = values.get("trust", 0), values.get("reason", "")
        if trust and not reason and "reason" not in raw.invalid:
            self.report("VR041", f"{name_of(what)} changes trust by {trust:+d} without a "
                        "`reason`", raw.pos("trust"),
                        "add `reason:` with a short line the player will read")
        remember, forget = values.get("remember", ()), values.get("forget", ())
        for key, names in (("remember", remember), ("forget", forget)):
            for index, name in enumerate(names):
                if name not in self.memories:
                    hint = did_you_mean(name, self.memories) or "declare it under `memories:`"
                    self.report("VR042", f"{name_of(what)} {key}s `{name}`, which is not a "
                                "declared memory", position_of(names, index, raw.pos(key)), hint)
        return Effects(trust, reason, changes, tuple(remember), tuple(forget))

    def text(self, value: Any, what: What, prefix: str) -> tuple[Paragraph, ...]:
        """Paragraphs keyed `prefix/p1`, `prefix/p2`, … or by their authored `id:`."""
        if value is None:
            return ()
        items = [value] if isinstance(value, str) else value
        paragraphs: list[Paragraph] = []
        for item in items:
            skip_in: tuple[str, ...] = ()
            if isinstance(item, str):
                parts, cond, authored = item.split("\n\n"), None, None
            else:
                cond = self.condition(item.get("if"), ("a paragraph of", name_of(what), ""))
                parts, authored = item.get("text", "").split("\n\n"), item.get("id")
                skip_in = self.skip_in(item, f"a paragraph of {name_of(what)}")
            for n, part in enumerate(parts):
                named = authored and (authored if n == 0 else f"{authored}_{n + 1}")
                pid = keys.paragraph_id(len(paragraphs), named)
                paragraphs.append(Paragraph(part, cond, f"{prefix}{keys.SEP}{pid}", skip_in))
        return tuple(paragraphs)

    def image(self, raw: Raw | None) -> Image | None:
        return build_image(raw, self.path, self.report, check=self.check_pictures)

    def note(self, raw: Raw | None) -> Note | None:
        if raw is None:
            return None
        source = raw.get("source")
        if source and source not in self.source_ids:
            self.report("VR080", f"the note cites `{source}`, which is not in `sources`",
                        raw.pos("source"), did_you_mean(source, self.source_ids)
                        or "add it to the season's `sources:` with an `id`")
        return Note(raw.get("text", ""), source, self.skip_in(raw, "a note"))

    def skip_in(self, raw: Raw, what: str) -> tuple[str, ...]:
        """The cuts that leave this paragraph or note out; each must be a declared cut."""
        named = tuple(raw.get("skip_in") or ())
        known = getattr(self, "cut_ids", [])
        for cut in named:
            if cut not in known:
                self.report("VR130", f"{what} is left out of the cut `{cut}`, which the season "
                            "does not declare", raw.pos("skip_in"),
                            did_you_mean(cut, known) or "declare it under the season's `cuts:`, "
                            "or remove it from `skip_in`")
        return named

    def choice(self, raw: Raw, scene_id: str) -> Choice:
        what = ("choice", raw.get("id"), scene_id)
        default, routes, default_at = self.routes(raw.get("next", ""), what)
        if default_at is not None:  # messages about the default point at its own item
            raw.marks["next"] = default_at
        if raw.get("locked") is not None and raw.get("if") is None and "if" not in raw.invalid:
            self.report("VR092", f"{name_of(what)} has `locked:` but no `if:`, so its locked "
                        "text is never shown", raw.pos("locked"),
                        "add `if:` with the condition that must hold to choose it, or remove "
                        "`locked:`")
        self.check_label(raw, what)
        return Choice(
            id=raw.get("id"), label=raw.get("label", ""), next=default,
            aid=raw.get("aid", "none"), cond=self.condition(raw.get("if"), what),
            locked=raw.get("locked"), effects=self.effects(raw.get("effects"), what),
            outcome=self.text(raw.get("outcome"), what,
                              keys.choice_key(self.season_id, scene_id, raw.get("id"), "outcome")),
            where=where(raw), routes=routes, teacher_note=raw.get("teacher_note", ""),
            acknowledge=self.acknowledge(raw.get("acknowledge")))

    def routes(self, value: Any, what: What
               ) -> tuple[str, tuple[Route, ...], tuple[int, int] | None]:
        """A plain `next: id`, or a conditional next: `if`/`next` items checked in order,
        the last with no `if` (the default, kept as `Choice.next`). Returns the default,
        the routes, and where the default is written (None for a plain `next`)."""
        if isinstance(value, str):
            return value, (), None
        routes: list[Route] = []
        default, default_at = "", None
        for index, item in enumerate(value or ()):
            located = item.get("if")
            target = item.get("next", "")
            if located is None and "if" not in item.invalid:
                default, default_at = target, item.pos("next")
                if index + 1 < len(value):
                    following = value[index + 1]
                    self.report("VR091", f"{name_of(what)}: the `next` items after the one "
                                "without `if` are never used (the first item without `if` is "
                                "always taken)", following.pos(),
                                "move the item without `if` to the end of the list")
                break
            cond = self.condition(located, what)
            if cond is not None:
                routes.append(Route(cond, target, item.pos("next")))
        if value and default_at is None and not any("if" in i.invalid for i in value):
            last = value[-1]
            self.report("VR090", f"{name_of(what)}: a conditional `next` has no default",
                        last.pos(), "end the list with an item that has only `next:` (no "
                        "`if:`), for when no condition holds")
        return default, tuple(routes), default_at

    def check_label(self, raw: Raw, what: What) -> None:
        """A label is a button: the docs ask for under ten words. Past 80 characters (about
        fifteen words) it wraps onto three or more lines on a small window, reads as a
        paragraph rather than one thing to do, and overflows the terminal's 75-character
        line; so warn, with the length, and let the outcome carry the detail."""
        label = raw.get("label")
        if isinstance(label, str) and len(label) > LABEL_LIMIT:
            self.report("VR093", f"{name_of(what)}: the label is {len(label)} characters long, "
                        f"too long to read as a button (at most {LABEL_LIMIT})",
                        raw.pos("label"), "say what the player does in a few words, and "
                        "put the rest in `outcome:`")

    def scene(self, raw: Raw) -> Scene:
        ident = raw.get("id")
        choices = tuple(self.choice(c, ident)
                        for c in self.unique(raw.get("choices", []), "choice"))
        return Scene(
            id=ident, text=self.text(raw.get("text"), ("scene", ident, ""),
                                     keys.node_key(self.season_id, ident, "text")),
            choices=choices,
            title=raw.get("title", ""), image=self.image(raw.get("image")),
            note=self.note(raw.get("note")),
            effects=self.effects(raw.get("effects"), ("scene", ident, "")), where=where(raw),
            documents=self.scene_documents(raw), teacher_note=raw.get("teacher_note", ""),
            acknowledge=self.acknowledge(raw.get("acknowledge")))

    def ending(self, raw: Raw) -> Ending:
        ident = raw.get("id")
        what = ("ending", ident, "")
        return Ending(
            id=ident, title=raw.get("title", ""),
            text=self.text(raw.get("text"), what, keys.node_key(self.season_id, ident, "text")),
            cond=self.condition(raw.get("if"), what), image=self.image(raw.get("image")),
            note=self.note(raw.get("note")), where=where(raw),
            teacher_note=raw.get("teacher_note", ""),
            acknowledge=self.acknowledge(raw.get("acknowledge")))

    def preset(self, raw: Raw, scenes: dict[str, Scene]) -> Preset:
        scene = raw.get("scene")
        if scene and scene not in scenes:
            self.report("VR020", f"preset `{raw.get('id')}` starts at `{scene}`, which does not "
                        "exist", raw.pos("scene"), did_you_mean(scene, scenes))
        values = raw.get("resources")
        for key in values.extras if values else ():
            if key not in self.resources:
                self.report("VR040", f"preset `{raw.get('id')}` sets `{key}`, which is not a "
                            "declared resource", values.pos(key), did_you_mean(key,
                                                                               self.resources))
        names = raw.get("memories", ())
        for index, name in enumerate(names):
            if name not in self.memories:
                self.report("VR042", f"preset `{raw.get('id')}` sets memory `{name}`, which is "
                            "not declared", position_of(names, index, raw.pos("memories")),
                            did_you_mean(name, self.memories))
        return Preset(raw.get("id"), scene, raw.get("trust"),
                      dict(values.values) if values else {}, tuple(raw.get("memories", ())))


def _never(values: object, memories: object) -> bool:
    return False


def build_season(reader: Reader, raw: Raw, path: Path, text: str, check_pictures: bool = True
                 ) -> Season | None:
    return SeasonBuilder(reader, path, text, check_pictures).build(raw)


def _named_otherwise(target: Path) -> str:
    """The real name of a picture written with other capitals (`River.png` for `river.png`),
    found on any computer: a case-blind Windows or macOS disk opens it, a Linux kiosk not."""
    try:
        names = [p.name for p in target.parent.iterdir()]
    except OSError:
        return ""
    if target.name in names:
        return ""
    return next((n for n in names if n.lower() == target.name.lower()), "")
