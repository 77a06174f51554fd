"""Loading story files: seasons and campaigns, each file read once, checked together.

`Library.load(path)` is the one entry point for every front end and tool. A season is
checked in the light of the campaigns it belongs to (memories set in the famine and tested
in the war), so the library looks for a campaign file beside a season loaded on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from . import files
from .checks import check_from_beside, check_links, check_memories
from .cuts import check_cuts
from .diagnostics import Diagnostic, did_you_mean
from .format import CAMPAIGN_FILE, SEASON_FILE
from .loader import LoadResult, build_image, build_season, paused_gc
from .model import Campaign, Interlude, Note, Season, Source, Where
from .reader import Raw, Reader, position_of
from .source import read_text

YAML_SUFFIXES = (".yaml", ".yml")
NOT_SEASONS = frozenset({"lessons", "speech"})  # folders of files beside seasons, not seasons
_CAMPAIGN_KEY = re.compile(r"^campaign\s*:", re.MULTILINE)
_SEASON_KEY = re.compile(r"^season\s*:", re.MULTILINE)


def is_campaign_text(text: str) -> bool:
    return bool(_CAMPAIGN_KEY.search(text))


def is_campaign_file(path: Path) -> bool:
    """A cheap look at the start of a file: campaign files are small and say `campaign:`.
    Only ordinary files are opened (a named pipe beside a season would block forever)."""
    real = files.regular(path)
    if isinstance(real, files.FileProblem):
        return False
    try:
        with real.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return False
    return is_campaign_text(head)


class Library:
    """Loads and caches story files; results keep their diagnostics and source text.

    `check_pictures=False` is for play: pictures are then checked only by name and place,
    and the window checks each one's header just before decoding it, so a campaign of 51
    pictures reaches its first frame without reading them all (`validate` and the authoring
    tools keep the default and refuse a damaged picture before any student meets it)."""

    def __init__(self, check_pictures: bool = True) -> None:
        self.check_pictures = check_pictures
        self.results: dict[Path, LoadResult] = {}
        self._checked: set[Path] = set()

    def load(self, path: Path) -> LoadResult:
        """Load a season or campaign file (cached), with its campaign-wide checks."""
        result = self._load(path)
        self._check_memories()
        return result

    def _load(self, path: Path) -> LoadResult:
        real = files.resolved(path)
        key = real if isinstance(real, Path) else path.absolute()
        if key not in self.results:
            self.results[key] = LoadResult(path)  # placeholder: a campaign naming itself
            self.results[key] = self._read(path)
        return self.results[key]

    def _read(self, path: Path) -> LoadResult:
        """Read one file. A bug of ours becomes a diagnostic on that file, so one strange file
        can never stop the others from being checked or played."""
        try:
            return self._read_file(path)
        except Exception as err:  # a bug: said plainly, with the file, never a traceback
            result = LoadResult(path)
            result.diagnostics.append(Diagnostic(
                "VR009", f"the game could not read this file ({type(err).__name__})",
                str(path), hint="this is a bug in the game, not in your file; please report "
                "it with the file attached"))
            return result

    def _read_file(self, path: Path) -> LoadResult:
        result = LoadResult(path)
        diagnostics = result.diagnostics
        with paused_gc():
            text = read_text(path, diagnostics)
            if text is None:
                return result
            result.text = text
            reader = Reader(str(path), diagnostics)
            if is_campaign_text(text) and not _SEASON_KEY.search(text):
                raw = reader.document(text, CAMPAIGN_FILE, "the campaign file")
                result.model = self._campaign(raw, path, reader) if raw else None
            else:
                raw = reader.document(text, SEASON_FILE, "the season file")
                result.model = (build_season(reader, raw, path, text, self.check_pictures)
                                if raw else None)
        if isinstance(result.model, Season):
            diagnostics.extend(check_links(result.model))
            diagnostics.extend(check_cuts(result.model))
        return result

    def _campaign(self, raw: Raw, path: Path, reader: Reader) -> Campaign | None:
        meta = raw.get("campaign")
        if meta is None or meta.get("id") is None:
            return None
        root = path.parent.resolve()
        seasons: list[Season] = []
        ids: set[str] = set()
        names = meta.get("seasons", [])
        interludes: list[Interlude] = []
        named = sum(not isinstance(n, Raw) for n in names)
        for index, name in enumerate(names):
            line, col = position_of(names, index, meta.pos("seasons"))
            if isinstance(name, Raw):  # `- interlude: {...}` between two seasons
                before = sum(not isinstance(n, Raw) for n in names[:index])
                interlude = self._interlude(name.get("interlude"), before, path, reader,
                                            {i.id for i in interludes})
                if interlude is not None:
                    interludes.append(interlude)
                continue
            code, problem, hint = "VR070", "", ""
            target = files.resolved(root / name) if "\0" not in name else files.FileProblem(
                "its name contains a character no file name can have")
            if isinstance(target, files.FileProblem) and not target.missing:
                problem = f"the season file `{name}` cannot be used: {target.reason}"
            elif Path(name).is_absolute() or (isinstance(target, Path)
                                              and not target.is_relative_to(root)):
                code, problem = "VR061", f"the season `{name}` is outside the campaign's folder"
            elif isinstance(target, files.FileProblem) or not target.is_file():
                problem = f"the season file `{name}` does not exist"
                hint = did_you_mean(name, [p.name for p in root.iterdir()
                                           if p.suffix in YAML_SUFFIXES])
            else:
                member = self._load(target)
                if not isinstance(member.model, Season):
                    problem = f"`{name}` is not a season"
                elif not member.ok:
                    problem = f"the season `{name}` has errors (listed with that file)"
                elif member.model.id in ids:
                    code, problem = "VR014", f"season `{member.model.id}` appears twice"
                else:
                    ids.add(member.model.id)
                    seasons.append(member.model)
            if problem:
                reader.diagnostics.append(Diagnostic(code, problem, str(path), line, col, hint))
        image = build_image(meta.get("image"), path, lambda code, message, pos, hint="":
                            reader.diagnostics.append(Diagnostic(code, message, str(path),
                                                                 pos[0], pos[1], hint)),
                            "the campaign file", self.check_pictures)
        for interlude in interludes:
            if not 0 < interlude.before < named:
                where_ = "before the first season" if interlude.before == 0 else (
                    "after the last season")
                reader.diagnostics.append(Diagnostic(
                    "VR129", f"the interlude `{interlude.id}` comes {where_}", str(path),
                    interlude.where.line, interlude.where.col,
                    "put it in `seasons:` between the two seasons it joins"))
        return Campaign(meta.get("id"), meta.get("title", ""), tuple(seasons), path,
                        meta.get("summary", ""), image, meta.get("trust_carry", 100),
                        interludes=tuple(interludes))

    def _interlude(self, raw: Raw | None, before: int, path: Path, reader: Reader,
                   taken: set[str]) -> Interlude | None:
        """A page between seasons, its note checked against its own sources, as a season's
        note is against the season's."""
        if raw is None or raw.get("id") is None:
            return None

        def report(code: str, message: str, pos: tuple[int, int], hint: str = "") -> None:
            reader.diagnostics.append(Diagnostic(code, message, str(path), pos[0], pos[1],
                                                 hint))

        ident = raw.get("id")
        if ident in taken:
            report("VR014", f"interlude id `{ident}` is used twice", raw.pos("id"),
                   "give each interlude its own id")
            return None
        sources = tuple(Source(s.get("id"), s.get("title", ""), s.get("url", ""))
                        for s in raw.get("sources", []))
        note_raw, note = raw.get("note"), None
        if note_raw is not None:
            source = note_raw.get("source")
            ids = {s.id for s in sources if s.id}
            if source and source not in ids:
                report("VR080", f"the interlude `{ident}`'s note cites `{source}`, which is "
                       "not in its `sources`", note_raw.pos("source"),
                       did_you_mean(source, ids) or "add it to the interlude's `sources:` "
                       "with an `id`")
            note = Note(note_raw.get("text", ""), source)
        return Interlude(ident, raw.get("title", ""), raw.get("text", ""), before,
                         tuple(raw.get("timeline", ())), note, sources,
                         Where(raw.line, raw.col, raw.marks))

    def _check_memories(self) -> None:
        """Memory checks need the whole campaign: run them once everything is loaded."""
        for result in list(self.results.values()):
            if isinstance(result.model, Season) and result.path.resolve() not in self._checked:
                self._load_sibling_campaigns(result.model.path.parent)
        for key, result in list(self.results.items()):
            if isinstance(result.model, Campaign) and key not in self._checked:
                self._checked.add(key)
                for problem in check_memories(result.model.seasons, in_campaign=True):
                    self._attach(problem)
                self._checked.update(s.path.resolve() for s in result.model.seasons)
        for key, result in list(self.results.items()):
            if isinstance(result.model, Season) and key not in self._checked:
                self._checked.add(key)
                for problem in check_memories([result.model], in_campaign=False):
                    self._attach(problem)
                if any(m.from_season for m in result.model.memories.values()):
                    for problem in check_from_beside(result.model,
                                                     self._seasons_beside(result.model.path)):
                        self._attach(problem)

    def _load_sibling_campaigns(self, folder: Path) -> None:
        try:
            siblings = sorted(folder.iterdir())
        except OSError:
            return
        for sibling in siblings:
            real = files.regular(sibling) if sibling.suffix in YAML_SUFFIXES else None
            if not isinstance(real, Path) or real in self.results:
                continue
            if is_campaign_file(sibling):
                self._load(sibling)

    def _seasons_beside(self, path: Path) -> list[Season]:
        """The seasons in the files next to `path` (read once, like every file here)."""
        try:
            siblings = sorted(path.parent.iterdir())
        except OSError:
            return []
        found = []
        for sibling in siblings:
            real = files.regular(sibling) if sibling.suffix in YAML_SUFFIXES else None
            if not isinstance(real, Path) or is_campaign_file(sibling):
                continue
            model = self._load(sibling).model
            if isinstance(model, Season):
                found.append(model)
        return found

    def _attach(self, problem: Diagnostic) -> None:
        owner = self.results.get(Path(problem.file).resolve())
        if owner is not None and problem not in owner.diagnostics:
            owner.diagnostics.append(problem)


def story_files(paths: Iterable[Path], diagnostics: list[Diagnostic]) -> list[Path]:
    """Expand files and folders into YAML files, reporting paths that do not exist. A
    `lessons/` folder holds a season's teaching notes (`game.analysis.lesson`) and a
    `speech/` folder its pronunciation tables (`game.lang.pronounce`), not seasons."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES
                                and p.is_file() and not p.name.endswith(".transcript.yaml")
                                and not any(part.startswith(".") for part in p.parts)
                                and not NOT_SEASONS & set(p.relative_to(path).parts[:-1])))
        elif path.is_file():
            found.append(path)
        else:
            diagnostics.append(Diagnostic("VR007", "no such file or folder", str(path),
                                          hint="check the path; folders are searched for "
                                          ".yaml files"))
    return found
