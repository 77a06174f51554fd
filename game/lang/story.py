"""Every player-visible text of a season, with its stable key, and the season in another
language.

`season_texts` is what a translator sees (one PO entry each); `localise` is what the player
sees: a copy of the model with every text swapped, so every presenter that reads the model
shows the translation without knowing about languages, and the engine plays it unchanged
(ids, conditions and the digest stay as they were, so saves still fit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import NamedTuple

from game.engine import keys
from game.engine.model import (
    Campaign,
    Choice,
    Effects,
    Ending,
    Image,
    Note,
    Paragraph,
    Scene,
    Season,
    Where,
)

Lookup = Callable[[str, str], str]  # (key, English) → the text to show


class Entry(NamedTuple):
    key: str      # `famine/thin_harvest/choices/reap_for_anna/label` (msgctxt)
    text: str     # the English, paragraphs unwrapped onto one line (msgid)
    line: int     # where it is in the season file (0: not known)
    comment: str  # for the translator (`#.`)


def unwrap(text: str) -> str:
    """One line, single spaces: re-flowing a paragraph in an editor must not mark its
    translation out of date."""
    return " ".join(text.split())


# Translator comments, by the kind of text.
TITLE = "a heading"
PROSE = "story text: one paragraph"
LABEL = "choice label (a button): keep it short"
LOCKED = "shown on a choice that cannot be taken now: says why"
REASON = "why village trust changed (shown beside the meter): keep it short"
NOTE = "a 'Learn more' note: historical background"
ALT = "describes the picture for people who cannot see it"
SHORT = "a short label on the meter or the resource bar"
UNIT = ("a unit after a number (3 sacks). If your language has several plural forms, "
        "write them all separated by | in its order, e.g. мешок|мешка|мешков")
MEMORY = "what the village remembers (a short phrase)"
SOURCE = "the title of a book, film or web page: keep the original, a translation may follow"
TEACHER = "a note for teachers, printed in the teacher guide only (never shown to players)"
AID = ("how this season names a kind of help, shown after a choice in brackets and in "
       "'Help you gave: ... twice'")


def _line(where: Where, field: str) -> int:
    return where.of(field)[0]


def _paragraphs(paragraphs: tuple[Paragraph, ...], line: int, comment: str) -> Iterator[Entry]:
    for paragraph in paragraphs:
        yield Entry(paragraph.key, unwrap(paragraph.text), line, comment)


def _node(season: str, node: Scene | Ending) -> Iterator[Entry]:
    where = node.where
    if node.title:
        yield Entry(keys.node_key(season, node.id, "title"), unwrap(node.title),
                    _line(where, "title"), TITLE)
    yield from _paragraphs(node.text, _line(where, "text"), PROSE)
    if node.image is not None and node.image.alt:
        yield Entry(keys.node_key(season, node.id, "image/alt"), unwrap(node.image.alt),
                    _line(where, "image"), ALT)
    if node.note is not None and node.note.text:
        yield Entry(keys.node_key(season, node.id, "note"), unwrap(node.note.text),
                    _line(where, "note"), NOTE)
    effects = getattr(node, "effects", None)
    if effects is not None and effects.reason:
        yield Entry(keys.reason_key(season, node.id, None), unwrap(effects.reason),
                    _line(where, "effects"), REASON)
    if node.teacher_note:
        yield Entry(keys.node_key(season, node.id, "teacher_note"), unwrap(node.teacher_note),
                    _line(where, "teacher_note"), TEACHER)


def _choice(season: str, scene: str, choice: Choice) -> Iterator[Entry]:
    where = choice.where
    yield Entry(keys.choice_key(season, scene, choice.id, "label"), unwrap(choice.label),
                _line(where, "label"), LABEL)
    if choice.locked:
        yield Entry(keys.choice_key(season, scene, choice.id, "locked"), unwrap(choice.locked),
                    _line(where, "locked"), LOCKED)
    if choice.effects is not None and choice.effects.reason:
        yield Entry(keys.reason_key(season, scene, choice.id), unwrap(choice.effects.reason),
                    _line(where, "effects"), REASON)
    yield from _paragraphs(choice.outcome, _line(where, "outcome"),
                           "story text: what happened after the choice (one paragraph)")
    if choice.teacher_note:
        yield Entry(keys.choice_key(season, scene, choice.id, "teacher_note"),
                    unwrap(choice.teacher_note), _line(where, "teacher_note"), TEACHER)


def _info(season: Season) -> Iterator[Entry]:
    info, sid = season.info, season.id
    for field, comment in (("title", "the season's title"), ("place", "where the season is set"),
                           ("years", "when the season is set"),
                           ("summary", "the season's introduction"),
                           ("watch_for", "on the introduction: what to watch for")):
        if getattr(info, field):
            yield Entry(keys.season_key(sid, field), unwrap(getattr(info, field)), 0, comment)
    for field, comment in (("content_notes", "a content note, shown before play"),
                           ("learning_goals", "a learning goal (teacher guide)"),
                           ("reflection", "a question to talk about after the season"),
                           ("timeline", "a line of the historical timeline")):
        for index, text in enumerate(getattr(info, field)):
            yield Entry(keys.item_key(sid, field, index), unwrap(text), 0, comment)
    for index, term in enumerate(info.glossary):
        yield Entry(keys.glossary_key(sid, index, "term"), unwrap(term.term), 0,
                    "a glossary word (often a Russian word in Latin letters)")
        yield Entry(keys.glossary_key(sid, index, "meaning"), unwrap(term.meaning), 0,
                    "what the glossary word means")
    for index, source in enumerate(info.sources):
        yield Entry(keys.source_key(sid, source.id, index), unwrap(source.title), 0, SOURCE)
    for kind, words in info.aid_words.items():
        yield Entry(keys.season_key(sid, f"aid_words{keys.SEP}{kind}"), unwrap(words), 0, AID)
    if info.teacher_note:
        yield Entry(keys.season_key(sid, "teacher_note"), unwrap(info.teacher_note), 0, TEACHER)


def season_texts(season: Season) -> tuple[Entry, ...]:
    """Every text a player, or a teacher reading the guide, can see, in file order where it
    matters: the season's information, the meter and resources, then scenes and endings."""
    sid, out = season.id, list(_info(season))
    out.append(Entry(keys.trust_key(sid), unwrap(season.trust.label), 0, SHORT))
    out += [Entry(keys.band_key(sid, band.id), unwrap(band.label), 0,
                  "a level of village trust (shown on the meter)")
            for band in season.trust.bands]
    for resource in season.resources.values():
        out.append(Entry(keys.resource_key(sid, resource.id), unwrap(resource.label), 0, SHORT))
        if resource.unit:
            out.append(Entry(keys.resource_key(sid, resource.id, "unit"), unwrap(resource.unit),
                             0, UNIT))
    out += [Entry(keys.memory_key(sid, memory.id), unwrap(memory.label),
                  _line(memory.where, "label"), MEMORY)
            for memory in season.memories.values() if memory.label]
    for neighbour in season.neighbours.values():
        out.append(Entry(keys.neighbour_key(sid, neighbour.id), unwrap(neighbour.name), 0,
                         "a neighbour's name"))
        if neighbour.household:
            out.append(Entry(keys.neighbour_key(sid, neighbour.id, "household"),
                             unwrap(neighbour.household), 0, "who lives in that household"))
    for scene in season.scenes.values():
        out += _node(sid, scene)
        for choice in scene.choices:
            out += _choice(sid, scene.id, choice)
    for ending in season.endings.values():
        out += _node(sid, ending)
    out += _documents_and_cuts(season)
    return tuple(entry for entry in out if entry.text)


# -- documents, cuts and interludes (seasonformat) --------------------------------------
DOCUMENT_TEXTS = (("title", "the title of a primary source (a document card)"),
                  ("text", "the words of a primary source, or a photograph described; "
                   "translate the meaning faithfully, it is quoted"),
                  ("citation", "where a primary source comes from: keep names and titles "
                   "as written, translate the connecting words"),
                  ("archive", "the archive or library that keeps the original"))


def _documents_and_cuts(season: Season) -> Iterator[Entry]:
    sid = season.id
    for document in season.documents.values():
        for field, comment in DOCUMENT_TEXTS:
            yield Entry(keys.document_key(sid, document.id, field),
                        unwrap(getattr(document, field)), _line(document.where, field), comment)
    for cut in season.cuts.values():
        yield Entry(keys.cut_key(sid, cut.id), unwrap(cut.title), _line(cut.where, "title"),
                    "the name of a shorter version of the season (for a lesson, a museum)")


def _interlude_texts(campaign: Campaign) -> Iterator[Entry]:
    cid = campaign.id
    for interlude in campaign.interludes:
        where, iid = interlude.where, interlude.id
        yield Entry(keys.interlude_key(cid, iid, "title"), unwrap(interlude.title),
                    _line(where, "title"), "the heading of a page between two seasons")
        yield Entry(keys.interlude_key(cid, iid, "text"), unwrap(interlude.text),
                    _line(where, "text"), "a page between two seasons: what happened in the "
                    "years between")
        for index, line in enumerate(interlude.timeline):
            yield Entry(keys.interlude_key(cid, iid, f"timeline{keys.SEP}{index + 1}"),
                        unwrap(line), _line(where, "timeline"), "a line of the historical "
                        "timeline")
        if interlude.note is not None:
            yield Entry(keys.interlude_key(cid, iid, "note"), unwrap(interlude.note.text),
                        _line(where, "note"), NOTE)
        for index, source in enumerate(interlude.sources):
            yield Entry(keys.interlude_key(cid, iid, f"sources{keys.SEP}"
                                           f"{source.id or index + 1}{keys.SEP}title"),
                        unwrap(source.title), _line(where, "sources"), SOURCE)


def _localise_interludes(campaign: Campaign, lookup: Lookup) -> tuple:
    cid = campaign.id

    def swap(interlude_id: str, field: str, text: str) -> str:
        return _swap(lookup, keys.interlude_key(cid, interlude_id, field), text)

    return tuple(i._replace(
        title=swap(i.id, "title", i.title), text=swap(i.id, "text", i.text),
        timeline=tuple(swap(i.id, f"timeline{keys.SEP}{n + 1}", t)
                       for n, t in enumerate(i.timeline)),
        note=i.note and i.note._replace(text=swap(i.id, "note", i.note.text)),
        sources=tuple(s._replace(title=swap(i.id, f"sources{keys.SEP}{s.id or n + 1}"
                                            f"{keys.SEP}title", s.title))
                      for n, s in enumerate(i.sources)))
        for i in campaign.interludes)


def _localise_documents(season: Season, lookup: Lookup) -> dict:
    sid = season.id
    return {k: d._replace(**{field: _swap(lookup, keys.document_key(sid, k, field),
                                          getattr(d, field))
                             for field, _ in DOCUMENT_TEXTS})
            for k, d in season.documents.items()}


def _localise_cuts(season: Season, lookup: Lookup) -> dict:
    return {k: c._replace(title=_swap(lookup, keys.cut_key(season.id, k), c.title))
            for k, c in season.cuts.items()}
# -- end of the seasonformat block -------------------------------------------------------


def campaign_texts(campaign: Campaign) -> tuple[Entry, ...]:
    """A campaign file's own texts (each season has its own PO file)."""
    texts = [(field, getattr(campaign, field), comment)
             for field, comment in (("title", "the game's title on the title screen"),
                                    ("summary", "what the game is about (title screen)"))]
    if campaign.image is not None:
        texts.append(("image/alt", campaign.image.alt, ALT))
    own = [Entry(keys.season_key(campaign.id, field), unwrap(text), 0, comment)
           for field, text, comment in texts if text]
    return tuple(e for e in (*own, *_interlude_texts(campaign)) if e.text)


def localise_campaign(campaign: Campaign, lookup: Lookup,
                      seasons: tuple[Season, ...]) -> Campaign:
    """The campaign's own texts through `lookup`, with its seasons already localised."""
    return campaign._replace(
        title=_swap(lookup, keys.season_key(campaign.id, "title"), campaign.title),
        summary=_swap(lookup, keys.season_key(campaign.id, "summary"), campaign.summary),
        image=_image(lookup, keys.season_key(campaign.id, "image/alt"), campaign.image),
        seasons=seasons, interludes=_localise_interludes(campaign, lookup))


# -- the season in another language ----------------------------------------------------

def _swap(lookup: Lookup, key: str, text: str) -> str:
    """The translation, or the text as written when there is none (nothing left empty)."""
    if not text:
        return text
    return lookup(key, unwrap(text)) or text


def _texts(lookup: Lookup, paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    return tuple(p._replace(text=_swap(lookup, p.key, p.text)) for p in paragraphs)


def _image(lookup: Lookup, key: str, image: Image | None) -> Image | None:
    return image and image._replace(alt=_swap(lookup, key, image.alt))


def _note(lookup: Lookup, key: str, note: Note | None) -> Note | None:
    return note and note._replace(text=_swap(lookup, key, note.text))


def _effects(lookup: Lookup, key: str, effects: Effects | None) -> Effects | None:
    return effects and effects._replace(reason=_swap(lookup, key, effects.reason))


def _scene(lookup: Lookup, sid: str, scene: Scene) -> Scene:
    def node(field: str) -> str:
        return keys.node_key(sid, scene.id, field)

    choices = tuple(c._replace(
        label=_swap(lookup, keys.choice_key(sid, scene.id, c.id, "label"), c.label),
        locked=c.locked and _swap(lookup, keys.choice_key(sid, scene.id, c.id, "locked"),
                                  c.locked),
        effects=_effects(lookup, keys.reason_key(sid, scene.id, c.id), c.effects),
        outcome=_texts(lookup, c.outcome),
        teacher_note=_swap(lookup, keys.choice_key(sid, scene.id, c.id, "teacher_note"),
                           c.teacher_note)) for c in scene.choices)
    return scene._replace(
        title=_swap(lookup, node("title"), scene.title), text=_texts(lookup, scene.text),
        choices=choices, image=_image(lookup, node("image/alt"), scene.image),
        note=_note(lookup, node("note"), scene.note),
        effects=_effects(lookup, keys.reason_key(sid, scene.id, None), scene.effects),
        teacher_note=_swap(lookup, node("teacher_note"), scene.teacher_note))


def _ending(lookup: Lookup, sid: str, ending: Ending) -> Ending:
    def node(field: str) -> str:
        return keys.node_key(sid, ending.id, field)

    return ending._replace(
        title=_swap(lookup, node("title"), ending.title), text=_texts(lookup, ending.text),
        image=_image(lookup, node("image/alt"), ending.image),
        note=_note(lookup, node("note"), ending.note),
        teacher_note=_swap(lookup, node("teacher_note"), ending.teacher_note))


def localise(season: Season, lookup: Lookup) -> Season:
    """The season with every visible text replaced through `lookup(key, english)`; a lookup
    that returns the English (or nothing) leaves that text as written."""
    sid, info = season.id, season.info

    def swap(key: str, text: str) -> str:
        return _swap(lookup, key, text)

    def listed(field: str) -> tuple[str, ...]:
        return tuple(swap(keys.item_key(sid, field, i), text)
                     for i, text in enumerate(getattr(info, field)))

    info = info._replace(
        **{field: swap(keys.season_key(sid, field), getattr(info, field))
           for field in ("title", "place", "years", "summary", "watch_for")},
        **{field: listed(field)
           for field in ("content_notes", "learning_goals", "reflection", "timeline")},
        glossary=tuple(t._replace(term=swap(keys.glossary_key(sid, i, "term"), t.term),
                                  meaning=swap(keys.glossary_key(sid, i, "meaning"), t.meaning))
                       for i, t in enumerate(info.glossary)),
        sources=tuple(s._replace(title=swap(keys.source_key(sid, s.id, i), s.title))
                      for i, s in enumerate(info.sources)),
        aid_words=MappingProxyType({
            kind: swap(keys.season_key(sid, f"aid_words{keys.SEP}{kind}"), words)
            for kind, words in info.aid_words.items()}),
        teacher_note=swap(keys.season_key(sid, "teacher_note"), info.teacher_note))
    trust = season.trust._replace(
        label=swap(keys.trust_key(sid), season.trust.label),
        bands=tuple(b._replace(label=swap(keys.band_key(sid, b.id), b.label))
                    for b in season.trust.bands))

    def frozen(mapping: dict) -> MappingProxyType:
        return MappingProxyType(mapping)

    return season._replace(
        info=info, trust=trust,
        resources=frozen({k: r._replace(label=swap(keys.resource_key(sid, k), r.label),
                                        unit=swap(keys.resource_key(sid, k, "unit"), r.unit))
                          for k, r in season.resources.items()}),
        memories=frozen({k: m._replace(label=swap(keys.memory_key(sid, k), m.label))
                         for k, m in season.memories.items()}),
        neighbours=frozen({k: n._replace(
            name=swap(keys.neighbour_key(sid, k), n.name),
            household=swap(keys.neighbour_key(sid, k, "household"), n.household))
            for k, n in season.neighbours.items()}),
        scenes=frozen({k: _scene(lookup, sid, s) for k, s in season.scenes.items()}),
        endings=frozen({k: _ending(lookup, sid, e) for k, e in season.endings.items()}),
        documents=frozen(_localise_documents(season, lookup)),
        cuts=frozen(_localise_cuts(season, lookup)))
