"""Document cards and interludes in words, shared by the terminal and the window.

A card always says what kind of document it is, so a student never takes a paraphrase for
the source's own words or a description for the photograph itself; and it always says where
the words come from. Both front ends show the same lines in the same order: the kind, the
title, the text, the citation, the archive. An interlude is its text, its timeline and its
"Learn more" note with the source that note cites.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from game.engine.model import Document, Interlude, Note, Season, Source
from game.lang.catalogue import Strings
from game.lang.marks import N_

READ = N_("Read the document: {title}")


@dataclass(frozen=True, slots=True)
class Card:
    kind: str  # "Quotation", "A photograph, described", ...
    title: str
    paragraphs: tuple[str, ...]
    citation: str  # "Source: ..."
    archive: str  # "Kept at: ...", or ""


def kind_label(words: Strings, kind: str) -> str:
    return words.document_kind(kind)


def read_label(words: Strings, document: Document) -> str:
    """The button (window) or line (terminal) that opens a card from its scene."""
    return words._(READ, title=document.title)


def offered(season: Season, scene_id: str) -> tuple[Document, ...]:
    """The cards a scene offers, in the order it lists them."""
    scene = season.scenes.get(scene_id)
    if scene is None:
        return ()
    return tuple(season.documents[d] for d in scene.documents if d in season.documents)


def card(words: Strings, document: Document) -> Card:
    return Card(kind_label(words, document.kind), document.title,
                tuple(p for p in document.text.split("\n\n") if p),
                words._("Source: {citation}", citation=document.citation),
                words._("Kept at: {archive}", archive=document.archive)
                if document.archive else "")


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    paragraphs: tuple[str, ...]
    timeline: tuple[str, ...]
    note: str  # "Learn more: ... (Source: ...)", or ""


def source_title(sources: Iterable[Source], source_id: str | None) -> str:
    """The title of the source a note cites, or "" when it cites none."""
    return next((s.title for s in sources if s.id == source_id), "")


def learn_more(words: Strings, note: Note, sources: Iterable[Source]) -> str:
    """A "Learn more" note as one line: its text, and its source's title when it has one."""
    source = source_title(sources, note.source)
    return (words._("Learn more: {note} (Source: {source})", note=note.text, source=source)
            if source else words._("Learn more: {note}", note=note.text))


def interlude_page(words: Strings, interlude: Interlude) -> Page:
    note = ""
    if interlude.note is not None and interlude.note.text:
        note = learn_more(words, interlude.note, interlude.sources)
    return Page(interlude.title, tuple(p for p in interlude.text.split("\n\n") if p),
                interlude.timeline, note)
