"""A season's authored teaching content: `stories/lessons/<season-id>.yaml`.

The lesson kit (`kit.py`) generates what it can from the season itself (timings, the source
packet, the note-catcher, the vocabulary activity); what only a teacher or historian can
write (the background essay, the debrief, answer guidance, the rubric) lives in one small
YAML file per season, beside the stories, so a teacher can write one for their own season.

The file is read through the engine's guarded reader (`files.read_text`: an ordinary file, a
size cap, never a pipe) and parsed with `yaml.safe_load`, after refusing anchors and aliases
(a few lines of aliases can make a walk over the result take forever). A problem is never an
exception: `load_lesson` returns a `LessonProblem`, one line with the file and line, and the
kit prints without the authored parts. The fields are documented in `docs/lessons.md`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from game.engine import files

FOLDER = "lessons"  # beside the season files: stories/lessons/famine.yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Part:
    """A titled piece of prose (a section of the background essay)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Prompt:
    """A question to ask the class and what to listen for in the answers."""

    ask: str
    listen_for: str = ""


@dataclass(frozen=True)
class Answer:
    """Guidance for one of the season's reflection questions, found by its opening words."""

    question: str
    guidance: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    """One level of the exit ticket's rubric."""

    score: str
    shows: str


@dataclass(frozen=True)
class Lesson:
    season: str
    path: Path
    title: str = ""
    enquiry: str = ""
    ages: str = ""
    background: tuple[Part, ...] = ()
    break_after: str = ""  # the scene the first of two periods stops after
    protocol_title: str = ""
    protocol_steps: tuple[str, ...] = ()
    debrief_intro: tuple[str, ...] = ()
    debrief: tuple[Prompt, ...] = ()
    answers: tuple[Answer, ...] = ()
    exit_prompt: str = ""
    rubric: tuple[Level, ...] = ()
    leaves_out: tuple[str, ...] = ()
    reading_support: tuple[str, ...] = ()
    document_questions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sources: tuple[str, ...] = ()


LessonProblem = files.LineProblem  # a lesson file that cannot be used, as one line


def lesson_path(season_path: Path, season_id: str) -> Path:
    """Where a season's lesson file is: `lessons/<season-id>.yaml` beside the season."""
    return season_path.parent / FOLDER / f"{season_id}.yaml"


def load_lesson(path: Path, season_id: str) -> Lesson | LessonProblem | None:
    """The lesson in `path`; None when there is no such file (a season need not have one);
    a `LessonProblem` when it cannot be read or is not a lesson for `season_id`."""
    text = files.read_text(path, "lesson")
    if isinstance(text, files.FileProblem):
        return None if text.missing else LessonProblem(str(path), 0, text.reason)
    return parse_lesson(text, path, season_id)


def parse_lesson(text: str, path: Path, season_id: str) -> Lesson | LessonProblem:
    name = str(path)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return LessonProblem(name, event.start_mark.line + 1,
                                     "anchors and aliases (&name, *name) are not allowed; "
                                     "write each part out in full")
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        return LessonProblem(name, mark.line + 1 if mark is not None else 0,
                             f"not valid YAML: {reason}")
    try:
        return _build(data, path, season_id)
    except _Bad as bad:
        return LessonProblem(name, _line_of(text, bad.where), bad.message)


class _Bad(Exception):
    """A wrong shape, with the path of keys where it is (for the line number)."""

    def __init__(self, where: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


FIELDS = ("format", "season", "title", "enquiry", "ages", "background", "two_periods",
          "discussion", "debrief", "answers", "exit_ticket", "leaves_out", "reading_support",
          "document_questions", "sources")


def _build(data: object, path: Path, season_id: str) -> Lesson:
    top = _mapping(data, (), "a lesson file is a mapping of fields such as `season:` and "
                             "`background:`")
    for key in top:
        if key not in FIELDS:
            raise _Bad((key,), f"unknown field `{key}` (the fields are listed in "
                               "docs/lessons.md)")
    if top.get("format", 1) != 1:
        raise _Bad(("format",), "`format` must be 1")
    season = _text(top.get("season"), ("season",), required=True)
    if season != season_id:
        raise _Bad(("season",), f"this lesson is for the season `{season}`, not "
                                f"`{season_id}`")
    periods = _mapping(top.get("two_periods", {}), ("two_periods",), "`two_periods` is a "
                       "mapping with `break_after: SCENE`")
    discussion = _mapping(top.get("discussion", {}), ("discussion",), "`discussion` is a "
                          "mapping with `title:` and `steps:`")
    debrief = _mapping(top.get("debrief", {}), ("debrief",), "`debrief` is a mapping with "
                       "`intro:` and `questions:`")
    ticket = _mapping(top.get("exit_ticket", {}), ("exit_ticket",), "`exit_ticket` is a "
                      "mapping with `prompt:` and `rubric:`")
    questions = _mapping(top.get("document_questions", {}), ("document_questions",),
                         "`document_questions` maps a document's id to a question")
    return Lesson(
        season=season, path=path,
        title=_text(top.get("title"), ("title",)),
        enquiry=_text(top.get("enquiry"), ("enquiry",)),
        ages=_text(top.get("ages"), ("ages",)),
        background=tuple(Part(_text(item.get("title"), (*where, "title"), required=True),
                              _paragraphs(item.get("text"), (*where, "text"), required=True))
                         for where, item in _items(top.get("background"), ("background",))),
        break_after=_text(periods.get("break_after"), ("two_periods", "break_after")),
        protocol_title=_text(discussion.get("title"), ("discussion", "title")),
        protocol_steps=_texts(discussion.get("steps"), ("discussion", "steps")),
        debrief_intro=_paragraphs(debrief.get("intro"), ("debrief", "intro")),
        debrief=tuple(Prompt(_text(item.get("ask"), (*where, "ask"), required=True),
                             _text(item.get("listen_for"), (*where, "listen_for")))
                      for where, item in _items(debrief.get("questions"),
                                                ("debrief", "questions"))),
        answers=tuple(Answer(_text(item.get("question"), (*where, "question"), required=True),
                             _paragraphs(item.get("guidance"), (*where, "guidance"),
                                         required=True))
                      for where, item in _items(top.get("answers"), ("answers",))),
        exit_prompt=_text(ticket.get("prompt"), ("exit_ticket", "prompt")),
        rubric=tuple(Level(_text(item.get("score"), (*where, "score"), required=True),
                           _text(item.get("shows"), (*where, "shows"), required=True))
                     for where, item in _items(ticket.get("rubric"), ("exit_ticket", "rubric"))),
        leaves_out=_texts(top.get("leaves_out"), ("leaves_out",)),
        reading_support=_texts(top.get("reading_support"), ("reading_support",)),
        document_questions=MappingProxyType({
            str(key): _text(value, ("document_questions", key), required=True)
            for key, value in questions.items()}),
        sources=_texts(top.get("sources"), ("sources",)),
    )


def _mapping(value: object, where: tuple[str | int, ...], message: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(where, message)
    return {str(k): v for k, v in value.items()}


def _text(value: object, where: tuple[str | int, ...], required: bool = False) -> str:
    if value is None:
        if required:
            raise _Bad(where[:-1] or where, f"`{where[-1]}` is missing")
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Bad(where, f"`{where[-1]}` should be text")
    return " ".join(str(value).split())


def _paragraphs(value: object, where: tuple[str | int, ...],
                required: bool = False) -> tuple[str, ...]:
    """Text with blank lines between paragraphs, each folded onto one line."""
    text = _text(value, where, required) and str(value)
    return tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def _texts(value: object, where: tuple[str | int, ...]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _Bad(where, f"`{where[-1]}` should be a list (each item starts with `- `)")
    return tuple(_text(item, (*where, index), required=True)
                 for index, item in enumerate(value))


def _items(value: object, where: tuple[str | int, ...]
           ) -> list[tuple[tuple[str | int, ...], dict[str, Any]]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(where, f"`{where[-1]}` should be a list (each item starts with `- `)")
    return [((*where, index), _mapping(item, (*where, index), f"each item of `{where[-1]}` "
                                       "is a mapping of fields"))
            for index, item in enumerate(value)]


def _line_of(text: str, where: tuple[str | int, ...]) -> int:
    """The line (from 1) of the value at `where`, found in the composed node tree (composing
    runs no constructors); the nearest enclosing value when the key itself is missing."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return 0
    line = node.start_mark.line + 1 if node is not None else 0
    for step in where:
        found = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if str(key.value) == str(step):
                    found, line = value, key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and \
                step < len(node.value):
            found = node.value[step]
            line = found.start_mark.line + 1
        if found is None:
            break
        node = found
    return line
