"""The season model: immutable, built once by the loader, never changed while playing.

The classes are NamedTuples: as immutable as frozen dataclasses, but four times cheaper to
build, which matters when a season has thousands of scenes. Every object keeps `where`
(line and column of itself and of each of its fields) so checks and tools can point back
at the file without keeping any YAML structure alive.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from .conditions import MEMORY, NUMBER, Expr, Test

Pos = tuple[int, int]
EMPTY: Mapping = MappingProxyType({})


class Where(NamedTuple):
    line: int
    col: int
    fields: Mapping[str, Pos] = MappingProxyType({})

    def of(self, key: str) -> Pos:
        return self.fields.get(key, (self.line, self.col))


NOWHERE = Where(0, 0)


class Condition(NamedTuple):
    source: str
    expr: Expr
    test: Test
    line: int
    col: int

    def holds(self, values: Mapping[str, int], memories: frozenset[str]) -> bool:
        return self.test(values, memories)


class Paragraph(NamedTuple):
    text: str
    cond: Condition | None = None
    key: str = ""  # its stable text key (`keys.py`): what translations and events carry
    skip_in: tuple[str, ...] = ()  # cuts that leave it out (a museum visit reads less)


class Image(NamedTuple):
    file: str
    alt: str
    path: Path | None  # resolved inside the story folder; None if it was rejected


class Note(NamedTuple):
    text: str
    source: str | None
    skip_in: tuple[str, ...] = ()  # cuts that leave it out


class Effects(NamedTuple):
    trust: int = 0
    reason: str = ""
    resources: tuple[tuple[str, int], ...] = ()
    remember: tuple[str, ...] = ()
    forget: tuple[str, ...] = ()


class Route(NamedTuple):
    """One item of a conditional `next`: go to `next` when `cond` holds (checked after the
    choice's effects). The last item of a list has no `if`; it is kept as `Choice.next`."""

    cond: Condition
    next: str
    pos: Pos = (0, 0)  # where its `next:` is written, for messages


class Choice(NamedTuple):
    id: str
    label: str
    next: str  # where the story goes; with `routes`, the default when no route's `if` holds
    aid: str = "none"
    cond: Condition | None = None
    locked: str | None = None
    effects: Effects | None = None
    outcome: tuple[Paragraph, ...] = ()
    where: Where = NOWHERE
    routes: tuple[Route, ...] = ()  # a conditional `next`, in the order written
    teacher_note: str = ""  # for guides only: never shown to players

    def targets(self) -> tuple[str, ...]:
        """Every place this choice can lead (routes first, the default last), each once:
        what link checks, graphs, maps and the explorer must all follow."""
        return tuple(dict.fromkeys([*(r.next for r in self.routes), self.next]))
    acknowledge: Mapping[str, str] = EMPTY  # balance finding code -> why it is meant


class Scene(NamedTuple):
    id: str
    text: tuple[Paragraph, ...]
    choices: tuple[Choice, ...] = ()
    title: str = ""
    image: Image | None = None
    note: Note | None = None
    effects: Effects | None = None
    where: Where = NOWHERE
    teacher_note: str = ""  # for guides only: never shown to players
    documents: tuple[str, ...] = ()  # ids of the season's documents offered here
    acknowledge: Mapping[str, str] = EMPTY

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


class Ending(NamedTuple):
    id: str
    title: str
    text: tuple[Paragraph, ...]
    cond: Condition | None = None
    image: Image | None = None
    note: Note | None = None
    where: Where = NOWHERE
    teacher_note: str = ""  # for guides only: never shown to players
    acknowledge: Mapping[str, str] = EMPTY


class Band(NamedTuple):
    id: str
    label: str
    start: int


class TrustSpec(NamedTuple):
    label: str = "Village trust"
    start: int = 50
    bands: tuple[Band, ...] = (Band("wary", "Wary", 0), Band("hopeful", "Hopeful", 35),
                               Band("united", "United", 70))

    def band(self, value: int) -> Band:
        found = self.bands[0]
        for band in self.bands:
            if value >= band.start:
                found = band
        return found


class Resource(NamedTuple):
    id: str
    label: str
    start: int
    min: int = 0
    max: int = 99
    unit: str = ""

    def clamp(self, value: int) -> int:
        return max(self.min, min(self.max, value))


class Memory(NamedTuple):
    id: str
    label: str
    from_season: str | None = None
    about: str | None = None
    where: Where = NOWHERE


class Neighbour(NamedTuple):
    id: str
    name: str
    household: str = ""


class Preset(NamedTuple):
    id: str
    scene: str | None = None
    trust: int | None = None
    resources: Mapping[str, int] = EMPTY
    memories: tuple[str, ...] = ()


class Source(NamedTuple):
    id: str | None
    title: str
    url: str = ""


class Term(NamedTuple):
    term: str
    meaning: str


# -- documents, cuts and interludes (seasonformat) ----------------------------------------

class Document(NamedTuple):
    """A primary source a student opens from a scene: the words (or the photograph told in
    words), where they come from and where the original is kept. `kind` decides the label a
    presenter shows, so a paraphrase is never taken for the exact words."""

    id: str
    title: str
    kind: str  # quotation | photograph | paraphrase
    text: str
    citation: str
    archive: str = ""
    source: str | None = None
    where: Where = NOWHERE


class Cut(NamedTuple):
    """A named shorter version of a season, as written; `engine.cuts.cut_of` makes it a
    season of its own. `marks` holds where each listed item was written (`scenes/2`,
    `skip/1`, `jumps/long_detour`), so a problem names its line."""

    id: str
    title: str
    scenes: tuple[str, ...]
    skip: tuple[str, ...] = ()  # `scene/choice`
    jumps: Mapping[str, str] = EMPTY  # dropped scene -> kept scene, ending or `end`
    where: Where = NOWHERE
    marks: Mapping[str, Pos] = EMPTY


class Interlude(NamedTuple):
    """A page between two seasons of a campaign (the years between), shown before the season
    at `before` (an index into `Campaign.seasons`)."""

    id: str
    title: str
    text: str
    before: int
    timeline: tuple[str, ...] = ()
    note: Note | None = None
    sources: tuple[Source, ...] = ()
    where: Where = NOWHERE

# -- end of the seasonformat block -------------------------------------------------------


class SeasonInfo(NamedTuple):
    """What a season is about: shown on its intro screen and in the teacher guide."""

    id: str
    title: str
    place: str = ""
    years: str = ""
    summary: str = ""
    content_notes: tuple[str, ...] = ()
    learning_goals: tuple[str, ...] = ()
    watch_for: str = ""
    palette: str = ""
    sources: tuple[Source, ...] = ()
    glossary: tuple[Term, ...] = ()
    reflection: tuple[str, ...] = ()
    timeline: tuple[str, ...] = ()
    # How this season names the three kinds of aid to players (kind -> words); a kind not
    # named here keeps the game's own words. Tools still count aid by kind.
    aid_words: Mapping[str, str] = EMPTY
    teacher_note: str = ""  # for guides only: never shown to players
    acknowledge: Mapping[str, str] = EMPTY  # for the whole season
    best_ending: str = ""  # the author's best ending (VR112); "" for the default rule


class Season(NamedTuple):
    info: SeasonInfo
    path: Path
    digest: str  # sha256 of the file, so saves notice edits
    start: str
    scenes: Mapping[str, Scene]
    endings: Mapping[str, Ending]
    trust: TrustSpec = TrustSpec()
    resources: Mapping[str, Resource] = EMPTY
    memories: Mapping[str, Memory] = EMPTY
    neighbours: Mapping[str, Neighbour] = EMPTY
    presets: Mapping[str, Preset] = EMPTY
    language: str = "en"  # the language of its texts (`game.lang` sets it on a translation)
    # seasonformat: primary sources, named cuts, and which cut this is ("" for the whole)
    documents: Mapping[str, Document] = EMPTY
    cuts: Mapping[str, Cut] = EMPTY
    cut: str = ""

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title

    def kinds(self) -> dict[str, str]:
        """Every name a condition may use, with whether it is a number or a memory."""
        kinds = {"trust": NUMBER}
        kinds.update(dict.fromkeys(self.resources, NUMBER))
        kinds.update(dict.fromkeys(self.memories, MEMORY))
        return kinds


class Campaign(NamedTuple):
    id: str
    title: str
    seasons: tuple[Season, ...]
    path: Path
    summary: str = ""
    image: Image | None = None  # the title screen's cover; None: the game's own picture
    trust_carry: int = 100  # percent of the change in trust that carries into the next season
    # seasonformat: pages between seasons, and the cut every season is played in ("": whole)
    interludes: tuple[Interlude, ...] = ()
    cut: str = ""

    def interludes_before(self, index: int) -> tuple[Interlude, ...]:
        """The interludes shown before season `index` starts (after the one before it)."""
        return tuple(i for i in self.interludes if i.before == index)

    def interlude(self, ident: str) -> Interlude | None:
        return next((i for i in self.interludes if i.id == ident), None)
