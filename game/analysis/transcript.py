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
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.model import Season
from game.engine.session import ChoiceUnavailable, Session
from game.engine.state import GameState

CHECKS = ("scene", "ending", "trust", "band", "memory", "no memory", "choices", "text")


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
