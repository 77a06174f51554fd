"""The class report: what a class chose, read from the path codes its students handed in.

Codes arrive as typed lists (one a line, a nickname or seat number after a tab if the teacher
wants one), `.vrplay` files the game saved, or folders of them. Each is replayed through the
engine (`pathcode.replay`), so the report shows what really happened, not what a file claims.
A code that cannot be read, or that was made with another version of a season, is listed with
its file and line and left out of the counts. The report is anonymous unless asked otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from game.engine import files
from game.engine.model import Season

from .pathcode import CodeError, Played, Story, replay

VRPLAY = ".vrplay"
CODE_FILES = (".txt", ".codes", ".tsv", ".csv")
AID_WORDS: Mapping[str, str] = MappingProxyType({
    "share_grain": "shared food", "lend_tools": "lent tools", "open_home": "opened the home"})


@dataclass(frozen=True)
class Entry:
    """One handed-in code, and where it was found (for messages)."""

    code: str
    where: str  # "codes.txt:4", "anya.vrplay" or "(command line)"
    name: str = ""  # a nickname or seat number, only if the teacher's list gave one


@dataclass(frozen=True)
class Refused:
    where: str
    code: str
    why: str


@dataclass
class Group:
    """Every readable code for one season in one cut (and one version)."""

    season: Season
    campaign: str
    played: list[Played] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        cut = self.season.cuts.get(self.season.cut)
        return self.season.title + (f" \u2014 {cut.title}" if cut else "")

    def reached(self) -> Counter[str]:
        """How many students arrived in each scene."""
        return Counter(scene for p in self.played for scene in dict.fromkeys(p.scenes))

    def choices(self) -> Counter[tuple[str, str]]:
        return Counter(pair for p in self.played for pair in zip(p.scenes, p.path, strict=True))

    def endings(self) -> Counter[str]:
        return Counter(p.ending for p in self.played)

    def aid(self) -> Counter[str]:
        return Counter(kind for p in self.played for kind in p.aid if kind in AID_WORDS)


@dataclass
class ClassReport:
    groups: list[Group]
    refused: list[Refused]

    @property
    def students(self) -> int:
        return sum(len(g.played) for g in self.groups)


# -- reading what was handed in ------------------------------------------------------------------
def read_entries(items: Sequence[str], problems: list[str]) -> list[Entry]:
    """Codes from paths (files, folders) and from codes typed on the command line."""
    entries: list[Entry] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.suffix.lower() in (VRPLAY, *CODE_FILES) and p.is_file())
            if not found:
                problems.append(f"{path}: no code files (.txt) or .vrplay files in this folder")
            for inner in found:
                entries += _read_file(inner, problems)
        elif path.exists():
            entries += _read_file(path, problems)
        elif "-" in item and len(item) >= 8:
            entries.append(Entry(item, "(command line)"))
        else:
            problems.append(f"{item}: no such file or folder, and not a path code")
    return entries


def _read_file(path: Path, problems: list[str]) -> list[Entry]:
    if path.suffix.lower() == VRPLAY:
        data = files.read_json(path, "handin")
        if isinstance(data, files.FileProblem):
            problems.append(f"{path}: {data.reason}")
            return []
        code = data.get("code") if isinstance(data, dict) else None
        if not isinstance(code, str):
            problems.append(f"{path}: not a hand-in file from the game (no `code` in it)")
            return []
        name = data.get("nickname", "")
        return [Entry(code, path.name, name if isinstance(name, str) else "")]
    text = files.read_text(path, "handin")
    if isinstance(text, files.FileProblem):
        problems.append(f"{path}: {text.reason}")
        return []
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        code, _, name = line.partition("\t")
        if not code.strip() or code.lstrip().startswith("#"):
            continue
        entries.append(Entry(code.strip(), f"{path.name}:{number}", name.strip()))
    return entries


# -- counting -----------------------------------------------------------------------------------
def build_report(entries: Iterable[Entry], stories: Sequence[Story]) -> ClassReport:
    groups: dict[tuple[str, str, str], Group] = {}
    refused: list[Refused] = []
    for entry in entries:
        try:
            back = replay(entry.code, stories)
        except CodeError as err:
            refused.append(Refused(entry.where, entry.code, str(err)))
            continue
        last = back.last
        key = (last.season.id, last.season.cut, back.story.version)
        group = groups.setdefault(key, Group(last.season, back.story.campaign))
        group.played.append(last)
        group.names.append(entry.name)
    order = {s.last.id: i for i, s in enumerate(stories)}
    ordered = sorted(groups.values(), key=lambda g: (order.get(g.season.id, 99), g.season.cut))
    return ClassReport(ordered, refused)


def percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def csv_rows(report: ClassReport) -> list[list[str]]:
    """`season, cut, scene, choice, label, count, percent`: percent of the students who
    reached the scene (a scene not everybody reached is not diluted by those who did not)."""
    rows = [["season", "cut", "scene", "choice", "label", "count", "percent"]]
    for group in report.groups:
        reached, chosen = group.reached(), group.choices()
        for scene in group.season.scenes.values():
            if not reached[scene.id]:
                continue
            for choice in scene.choices:
                count = chosen[(scene.id, choice.id)]
                rows.append([group.season.id, group.season.cut, scene.id, choice.id,
                             choice.label, str(count), f"{percent(count, reached[scene.id])}"])
        for ending, count in sorted(group.endings().items()):
            rows.append([group.season.id, group.season.cut, "(ending)", ending,
                         group.season.endings[ending].title, str(count),
                         f"{percent(count, len(group.played))}"])
    return rows
