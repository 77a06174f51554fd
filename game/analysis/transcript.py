"""Golden transcripts: a playthrough written as plain steps, replayed and compared.

    # The generous path through the famine.
    scene: dry_summer
    choose: help_petrova
    trust: 55
    memory: helped_petrova
    choose: lend_seed
    grain: 2
    ending: village_holds

Each line is `key: value`. `choose` makes a choice (by id); every other key checks what the
game shows at that moment: `scene`, `ending`, `trust`, `band`, a resource id, `memory` /
`no memory`, `choices` (the available ids, comma-separated) and `text` (words that must
appear on screen). Comments start with `#`. The replay writes the same transcript with the
values it actually saw, so a mismatch reads as a diff. With `roundtrip`, the state is saved
to JSON and loaded again after every step, so saves are tested by every transcript.

Before the first step a transcript may say where to begin: `season: ../famine.yaml` (else
the season is found by name: `famine-generous.transcript` plays `famine.yaml` beside it or
one folder up), `preset: hungry_winter`, `from: winter` and `with: trust=30,helped_petrovs`.
The same transcript can be written in YAML (`*.transcript.yaml`) as those keys plus
`steps:`, a list of one-key items such as `- choose: help_petrova`.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from game.engine.library import Library
from game.engine.model import Season
from game.engine.session import ChoiceUnavailable, Session
from game.engine.source import Loader
from game.engine.starting import begin, plan
from game.engine.state import GameState

CHECKS = ("scene", "ending", "trust", "band", "memory", "no memory", "choices", "text")
HEADERS = ("season", "preset", "from", "with")
SUFFIXES = (".transcript", ".transcript.yaml")


@dataclass(frozen=True)
class Step:
    line: int
    key: str
    value: str


@dataclass
class Replay:
    """What happened: the transcript as the game actually played it, and the mismatches."""

    expected: list[str]
    actual: list[str]
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    def diff(self, name: str = "transcript") -> str:
        return "".join(difflib.unified_diff(
            [line + "\n" for line in self.expected], [line + "\n" for line in self.actual],
            f"{name} (expected)", f"{name} (as played)"))


def parse(text: str) -> tuple[list[Step], list[str]]:
    """Steps, plus problems with lines that are not `key: value`."""
    steps: list[Step] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            problems.append(f"line {number}: expected `key: value`, got `{line}`")
            continue
        steps.append(Step(number, key.strip().lower(), value.strip()))
    return steps, problems


def _observe(session: Session, key: str, value: str) -> str:
    """What the game shows now for a check key, written the way a transcript writes it."""
    state = session.state
    if key == "scene":
        return state.scene if not state.ended else f"(ended at {state.ending})"
    if key == "ending":
        return state.ending or "(not ended)"
    if key == "trust":
        return str(state.trust)
    if key == "band":
        return session.season.trust.band(state.trust).id
    if key == "memory":
        return value if value in state.memories else f"(not remembered: {value})"
    if key == "no memory":
        return value if value not in state.memories else f"(remembered: {value})"
    if key == "choices":
        return ", ".join(v.id for v in session.choices() if v.available)
    if key == "text":
        shown = " ".join(session.text())
        return value if value.lower() in shown.lower() else f"(not on screen: {value})"
    resource = session.season.resources.get(key)
    if resource is not None:
        return str(state.resources.get(key, resource.start))
    return f"(unknown check `{key}`)"


def replay(season: Season, text: str, roundtrip: bool = False,
           start: GameState | None = None) -> Replay:
    steps, problems = parse(text)
    session = Session(season, start)
    expected = [f"{s.key}: {s.value}" for s in steps]
    actual: list[str] = []
    for step in steps:
        if step.key == "choose":
            try:
                session.choose(step.value)
            except ChoiceUnavailable as err:
                problems.append(f"line {step.line}: cannot choose `{step.value}`: {err}")
                actual.append(f"choose: {step.value}  # not possible: {err}")
                break
            if roundtrip:
                saved = json.loads(json.dumps(session.state.to_json()))
                session = Session(season, GameState.from_json(saved))
            actual.append(f"choose: {step.value}")
            continue
        seen = _observe(session, step.key, step.value)
        actual.append(f"{step.key}: {seen}")
        if step.key == "choices":
            same = {c.strip() for c in step.value.split(",")} == {
                c.strip() for c in seen.split(",")}
        else:
            same = seen == step.value
        if not same:
            problems.append(f"line {step.line}: expected {step.key} `{step.value}`, "
                            f"the game shows `{seen}`")
    return Replay(expected, actual, problems)


def replay_file(season: Season, path: Path, roundtrip: bool = False) -> Replay:
    return replay(season, path.read_text("utf-8"), roundtrip)


def yaml_to_text(text: str) -> tuple[str, list[str]]:
    """A YAML transcript as the plain form (one `key: value` per line), or problems."""
    if re.search(r"(^|[\s\[{,])[&*][A-Za-z]", text):
        return "", ["anchors and aliases (&name, *name) are not allowed in transcripts"]
    try:
        data = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as err:
        return "", [f"not valid YAML: {err}".splitlines()[0]]
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        return "", ["a YAML transcript needs `steps:`, a list of items like `- choose: id`"]
    lines = [f"{key}: {data[key]}" for key in HEADERS if key in data]
    for number, step in enumerate(data["steps"], 1):
        if not isinstance(step, dict) or len(step) != 1:
            return "", [f"step {number}: write one `key: value` per step"]
        (key, value), = step.items()
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        lines.append(f"{key}: {value}")
    return "\n".join(lines), []


@dataclass
class Outcome:
    """A transcript file's result, for `python -m game test`."""

    path: Path
    problems: list[str]
    diff: str = ""
    checks: int = 0
    choices: int = 0

    @property
    def passed(self) -> bool:
        return not self.problems


def _season_file(path: Path, named: str | None) -> Path:
    if named:
        return (path.parent / named).resolve()
    stem = path.name.removesuffix(".yaml").removesuffix(".transcript").split("-")[0]
    beside = path.parent / f"{stem}.yaml"
    return beside if beside.exists() else path.parent.parent / f"{stem}.yaml"


def run_transcript(path: Path, library: Library, roundtrip: bool = False) -> Outcome:
    """Load a transcript and its season, start where it says, replay it."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return Outcome(path, [f"cannot read it: {err}"])
    if path.name.endswith(".yaml"):
        text, problems = yaml_to_text(text)
        if problems:
            return Outcome(path, problems)
    steps, problems = parse(text)
    headers = {s.key: s.value for s in steps if s.key in HEADERS}
    season_path = _season_file(path, headers.get("season"))
    result = library.load(season_path)
    if not result.ok or not isinstance(result.model, Season):
        errors = [d.one_line() for d in result.diagnostics if d.is_error][:5]
        return Outcome(path, [f"its season {season_path} cannot be played", *errors])
    start, problems = plan(result.model, headers.get("from"), headers.get("preset"),
                           headers.get("with", ""))
    if problems:
        return Outcome(path, problems)
    body = "\n".join(f"{s.key}: {s.value}" for s in steps if s.key not in HEADERS)
    state = begin(result.model, start)[0] if headers.keys() - {"season"} else None
    played = replay(result.model, body, roundtrip, state)
    return Outcome(path, played.problems, played.diff(path.name) if played.problems else "",
                   sum(1 for s in steps if s.key in CHECKS or s.key in result.model.resources),
                   sum(1 for s in steps if s.key == "choose"))


def find_transcripts(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.name.endswith(SUFFIXES))
        elif path.name.endswith(SUFFIXES):
            found.append(path)
        elif path.suffix in (".yaml", ".yml"):
            for folder in (path.parent, path.parent / "transcripts"):
                found += sorted(p for p in folder.glob(f"{path.stem}*")
                                if p.name.endswith(SUFFIXES))
    return found
