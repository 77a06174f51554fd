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
`no memory`, `choices` (the offered ids), `locked` (the ids shown locked), `text` / `no text`
(words on screen: the last choice's outcome and the scene or ending now shown). A transcript
of a campaign walks several seasons: `next season: war` starts the next one. The replay
writes the same transcript with the values it actually saw, so a mismatch reads as a diff.
With `roundtrip`, the progress is saved to JSON and loaded again after every step, so saves
are tested by every transcript.

Before the first step a transcript may say where to begin: `season: ../famine.yaml` (or
`campaign: ../campaign.yaml`; else the story is found by name: `famine-generous.transcript`
plays `famine.yaml` beside it or one folder up), `preset: hungry_winter`, `from: winter`
and `with: trust=30,helped_petrovs`. The same transcript can be written in YAML
(`*.transcript.yaml`) as those keys plus `steps:`, a list of one-key items.

`record` writes a transcript by playing: a path of choice ids, or a way of playing
(`generous`, `self-protecting`, `mixed`), or answers typed in the terminal. It records what
stays meaningful when a season's wording is edited: scenes, trust, resources, memories, the
ending and a few key lines of text (paragraphs shown only because of an earlier choice).
`regenerate` re-records every golden named in a list file (`make goldens`).

Problems with a transcript file itself are diagnostics VR140-VR149 (docs/errors.md), each one
line naming the file and line; a check that does not match is a failure, printed as
`file:line: expected trust `53`, the game shows `55`` and as a diff.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import yaml

from game.engine.campaign import CampaignSession, CampaignState, as_campaign
from game.engine.diagnostics import Diagnostic, did_you_mean
from game.engine.library import YAML_SUFFIXES, Library
from game.engine.model import Campaign, Choice, Paragraph, Season
from game.engine.session import Session, visible_paragraphs
from game.engine.source import Loader
from game.engine.starting import begin, plan
from game.engine.state import GameState

# The checks a transcript can make (besides a resource's id, e.g. `grain: 2`).
CHECKS = ("scene", "ending", "trust", "band", "memory", "no memory", "choices", "locked",
          "text", "no text")
STEPS = ("choose", "next season")
# Where to begin: allowed only before the first step, each at most once.
HEADERS = ("season", "campaign", "preset", "from", "with")
SUFFIXES = (".transcript", ".transcript.yaml")
NUMBERS = ("trust",)  # and every resource
LISTS = ("choices", "locked")
TEXTS = ("text", "no text")  # their values keep ` #`: it may be part of the words
WAYS = ("generous", "self-protecting", "mixed")  # ways of playing `record` knows
MAX_STEPS = 1000  # per season: a recording that never ends is a loop in the season


@dataclass(frozen=True)
class Step:
    line: int
    key: str
    value: str


def _problem(code: str, message: str, file: str, line: int = 0, hint: str = "") -> str:
    return Diagnostic(code, message, file, line, 1 if line else 0, hint).one_line()


# -- reading ------------------------------------------------------------------------------
def parse(text: str, file: str = "transcript") -> tuple[list[Step], list[str]]:
    """Steps with their real line numbers, plus problems with lines that are not
    `key: value`. A ` #` starts a comment, except in `text:` and `no text:` values."""
    steps: list[Step] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = " ".join(key.lower().split())
        if not sep or not key:
            problems.append(_problem(
                "VR141", f"expected `key: value`, got `{line}`", file, number,
                "write one step or check per line, such as `choose: share` or `trust: 55`; "
                "start a comment with #"))
            continue
        value = value.strip()
        if key not in TEXTS:
            value = re.split(r"\s#", value, maxsplit=1)[0].strip()
        steps.append(Step(number, key, value))
    return steps, problems


def parse_yaml(text: str, file: str = "transcript") -> tuple[list[Step], list[str]]:
    """A YAML transcript (`*.transcript.yaml`): headers plus `steps:`, each step one
    `key: value` item; every step keeps the line it is written on."""
    hint = "a YAML transcript is the headers then `steps:`, a list of items like `- choose: id`"
    if re.search(r"(^|[\s\[{,])[&*][A-Za-z]", text):
        return [], [_problem("VR141", "anchors and aliases (&name, *name) are not allowed in "
                             "transcripts", file, 0, "write each step out in full")]
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        return [], [_problem("VR141", f"not valid YAML: {reason}", file, line,
                             "check the indentation and the `- ` before each step")]
    if not isinstance(root, yaml.MappingNode):
        return [], [_problem("VR141", "this is not a YAML transcript", file, 1, hint)]
    steps: list[Step] = []
    body = None
    for key_node, value_node in root.value:
        key = " ".join(str(key_node.value).lower().split())
        if key == "steps":
            body = value_node
        elif isinstance(value_node, yaml.ScalarNode):
            steps.append(Step(key_node.start_mark.line + 1, key, str(value_node.value)))
        else:
            return [], [_problem("VR141", f"`{key}` should be one value", file,
                                 key_node.start_mark.line + 1, hint)]
    if not isinstance(body, yaml.SequenceNode):
        line = body.start_mark.line + 1 if body is not None else 0
        return [], [_problem("VR141", "a YAML transcript needs `steps:`, a list", file, line,
                             hint)]
    for item in body.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode) or len(item.value) != 1:
            return [], [_problem("VR141", "write one `key: value` per step", file, line, hint)]
        (key_node, value_node), = item.value
        if isinstance(value_node, yaml.SequenceNode):
            value = ", ".join(str(v.value) for v in value_node.value)
        elif isinstance(value_node, yaml.ScalarNode):
            value = str(value_node.value)
        else:
            return [], [_problem("VR141", "a step's value should be a word, a number or a "
                                 "list", file, line, hint)]
        steps.append(Step(line, " ".join(str(key_node.value).lower().split()), value.strip()))
    return steps, []


def read_steps(path: Path) -> tuple[list[Step], list[str]]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return [], [_problem("VR141", f"cannot read it: {err}", str(path), 0,
                             "save the transcript as UTF-8 text")]
    if path.name.endswith(".yaml"):
        return parse_yaml(text, str(path))
    return parse(text, str(path))


def split_headers(steps: list[Step], file: str) -> tuple[dict[str, Step], list[Step],
                                                         list[str]]:
    """Headers (before the first step, each once) apart from the steps that are played."""
    headers: dict[str, Step] = {}
    body: list[Step] = []
    problems: list[str] = []
    for step in steps:
        if step.key not in HEADERS:
            body.append(step)
        elif body:
            problems.append(_problem(
                "VR145", f"`{step.key}:` comes after the first step", file, step.line,
                f"move it to the top: `{step.key}:` says where the replay begins"))
        elif step.key in headers or {step.key, *headers} >= {"season", "campaign"}:
            problems.append(_problem(
                "VR145", f"`{step.key}:` is given twice", file, step.line,
                f"keep one (the first is on line {next(iter(headers.values())).line})"
                if headers else "keep one"))
        else:
            headers[step.key] = step
    return headers, body, problems


# -- replaying ----------------------------------------------------------------------------
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


def _words(text: str) -> str:
    return " ".join(text.split()).lower()


class _Game:
    """One playthrough of a season or a campaign, as a transcript sees it."""

    def __init__(self, story: Season | Campaign, start: GameState | None,
                 roundtrip: bool) -> None:
        self.campaign = as_campaign(story)
        progress = None if start is None else CampaignState(self.campaign.id, 0, start)
        self.play = CampaignSession(self.campaign, progress)
        self.roundtrip = roundtrip
        self.outcome: tuple[str, ...] = ()  # the last choice's outcome text, still on screen

    @property
    def session(self) -> Session:
        return self.play.session

    @property
    def season(self) -> Season:
        return self.play.season

    def choose(self, choice_id: str) -> None:
        self.outcome = self.play.choose(choice_id).text
        self._reload()

    def next_season(self) -> None:
        self.play.next_season()
        self.outcome = ()
        self._reload()

    def _reload(self) -> None:
        if self.roundtrip:
            saved = json.loads(json.dumps(self.play.progress.to_json()))
            self.play.replace(self.campaign, CampaignState.from_json(saved))

    def shown(self) -> str:
        return _words(" ".join((*self.outcome, *self.session.text())))


def _names(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _observe(game: _Game, key: str, value: str) -> str:
    """What the game shows now for a check key, written the way a transcript writes it."""
    state, season = game.session.state, game.season
    if key == "scene":
        return state.scene if not state.ended else f"(ended at {state.ending})"
    if key == "ending":
        return state.ending or "(not ended)"
    if key == "trust":
        return str(state.trust)
    if key == "band":
        return season.trust.band(state.trust).id
    if key in ("memory", "no memory"):
        wanted = key == "memory"
        return ", ".join(name if (name in state.memories) == wanted else
                         f"({'not ' if wanted else ''}remembered: {name})"
                         for name in _names(value))
    if key == "choices":
        return ", ".join(v.id for v in game.session.choices() if v.available)
    if key == "locked":
        return ", ".join(v.id for v in game.session.choices() if not v.available)
    if key in TEXTS:
        there = _words(value) in game.shown()
        if there == (key == "text"):
            return value
        return f"(not on screen: {value})" if key == "text" else f"(on screen: {value})"
    resource = season.resources[key]
    return str(state.resources.get(key, resource.start))


def _check_problem(game: _Game, step: Step, file: str) -> str | None:
    """A check that cannot be made (an unknown key, a value of the wrong kind), or None."""
    season = game.season
    if step.key not in CHECKS and step.key not in season.resources:
        known = [*STEPS, *CHECKS, *season.resources]
        where = f" of season `{season.id}`" if len(game.campaign.seasons) > 1 else ""
        hint = did_you_mean(step.key, [*known, *HEADERS]) or (
            "steps and checks: " + ", ".join(known))
        return _problem("VR142", f"`{step.key}` is not a step, a check or a resource{where}",
                        file, step.line, hint)
    if not step.value:
        return _problem("VR148", f"`{step.key}:` has no value", file, step.line,
                        "write what the game should show after the colon, or remove the line")
    if (step.key in NUMBERS or step.key in season.resources) and not (
            step.value.lstrip("+-").isdigit()):
        return _problem("VR148", f"`{step.key}` is a number, not `{step.value}`", file,
                        step.line, f"write a whole number, e.g. `{step.key}: 50`")
    return None


def _choose_problem(game: _Game, choice_id: str, file: str, line: int) -> str | None:
    """Why `choose: choice_id` cannot be played now, as a diagnostic, or None."""
    session = game.session
    if session.ended:
        nxt = ("write `next season:` first to go on to the next season"
               if game.play.has_next_season else "remove the steps after the ending")
        return _problem("VR143", f"cannot choose `{choice_id}`: the season has ended "
                        f"(`{session.state.ending}`)", file, line, nxt)
    scene = session.scene
    assert scene is not None
    offered = [v.id for v in session.choices() if v.available]
    if scene.choice(choice_id) is None:
        hint = did_you_mean(choice_id, [c.id for c in scene.choices]) or (
            "choices here: " + ", ".join(c.id for c in scene.choices))
        return _problem("VR143", f"cannot choose `{choice_id}`: scene `{scene.id}` has no "
                        "such choice", file, line, hint)
    if choice_id not in offered:
        cond = scene.choice(choice_id).cond  # type: ignore[union-attr]
        return _problem("VR144", f"cannot choose `{choice_id}` in scene `{scene.id}`: it "
                        f"needs `{cond.source if cond else '?'}`, which does not hold now",
                        file, line, "an earlier step played differently; offered now: "
                        + (", ".join(offered) or "nothing"))
    return None


def _next_season_problem(game: _Game, file: str, line: int) -> str | None:
    if len(game.campaign.seasons) < 2:
        return _problem("VR147", "`next season:` needs a campaign, and this transcript plays "
                        f"one season (`{game.season.id}`)", file, line,
                        "start the file with `campaign:` and your campaign file, e.g. "
                        "`campaign: ../campaign.yaml`")
    if not game.session.ended:
        return _problem("VR147", f"`next season:` comes before season `{game.season.id}` has "
                        f"ended (it is at scene `{game.session.state.scene}`)", file, line,
                        "add the choices that finish this season first")
    if not game.play.has_next_season:
        return _problem("VR147", f"`next season:` after the campaign's last season "
                        f"(`{game.season.id}`)", file, line, "remove it")
    return None


def replay_steps(story: Season | Campaign, steps: list[Step], roundtrip: bool = False,
                 start: GameState | None = None, file: str = "transcript") -> Replay:
    """Play the steps; every check compares what the game shows with what was written."""
    game = _Game(story, start, roundtrip)
    expected = [f"{s.key}: {s.value}" for s in steps]
    actual: list[str] = []
    problems: list[str] = []
    for step in steps:
        if step.key == "choose":
            stop = _choose_problem(game, step.value, file, step.line)
            if stop:
                problems.append(stop)
                actual.append(f"choose: {step.value}  # not possible")
                break
            game.choose(step.value)
            actual.append(f"choose: {step.value}")
            continue
        if step.key == "next season":
            stop = _next_season_problem(game, file, step.line)
            if stop:
                problems.append(stop)
                actual.append("next season:  # not possible")
                break
            game.next_season()
            actual.append(f"next season: {game.season.id if step.value else ''}".rstrip())
            if step.value and step.value != game.season.id:
                problems.append(f"{file}:{step.line}: expected next season `{step.value}`, "
                                f"the game goes on to `{game.season.id}`")
            continue
        bad = _check_problem(game, step, file)
        if bad:
            problems.append(bad)
            actual.append(f"{step.key}: {step.value}  # not checked")
            continue
        seen = _observe(game, step.key, step.value)
        actual.append(f"{step.key}: {seen}")
        if step.key in LISTS:
            same = set(_names(step.value)) == set(_names(seen))
        elif step.key in NUMBERS or step.key in game.season.resources:
            same = int(step.value) == int(seen)
        else:
            same = seen == step.value
        if not same:
            problems.append(f"{file}:{step.line}: expected {step.key} `{step.value}`, "
                            f"the game shows `{seen}`")
    return Replay(expected, actual, problems)


def replay(story: Season | Campaign, text: str, roundtrip: bool = False,
           start: GameState | None = None, file: str = "transcript") -> Replay:
    """Replay a plain transcript's steps (no headers) from `start` or the beginning."""
    steps, problems = parse(text, file)
    played = replay_steps(story, steps, roundtrip, start, file)
    played.problems[:0] = problems
    return played


def replay_file(season: Season | Campaign, path: Path, roundtrip: bool = False) -> Replay:
    return replay(season, path.read_text("utf-8"), roundtrip, file=str(path))


# -- running a transcript file ------------------------------------------------------------
@dataclass
class Outcome:
    """A transcript file's result, for `python -m game test`."""

    path: Path
    problems: list[str]
    diff: str = ""
    checks: int = 0
    choices: int = 0
    seasons: int = 1

    @property
    def passed(self) -> bool:
        return not self.problems


def _story_file(path: Path, named: Step | None) -> tuple[Path | None, str]:
    """The story a transcript plays, or None and a VR140 problem."""
    if named is not None:
        story = (path.parent / named.value).resolve()
        if story.is_file():
            return story, ""
        folder = story.parent
        known = sorted(p.name for p in folder.iterdir() if p.suffix in YAML_SUFFIXES
                       ) if folder.is_dir() else []
        hint = did_you_mean(story.name, known)
        hint = (hint + " " if hint else "") + (
            "A path here starts from the transcript's folder, e.g. `../famine.yaml`")
        return None, _problem("VR140", f"`{named.key}: {named.value}`: there is no such file "
                              f"(looked for {story})", str(path), named.line, hint)
    stem = path.name.removesuffix(".yaml").removesuffix(".transcript").split("-")[0]
    for folder in (path.parent, path.parent.parent):
        if (folder / f"{stem}.yaml").is_file():
            return folder / f"{stem}.yaml", ""
    return None, _problem("VR140", f"no story `{stem}.yaml` beside the transcript or one folder "
                          "up", str(path), 0, "name the transcript after its season "
                          "(`famine-generous.transcript`) or start it with a line such as "
                          "`season: ../famine.yaml`")


def load_story(path: Path, headers: dict[str, Step], library: Library
               ) -> tuple[Season | Campaign | None, list[str]]:
    named = headers.get("season") or headers.get("campaign")
    story_path, missing = _story_file(path, named)
    if story_path is None:
        return None, [missing]
    result = library.load(story_path)
    model = result.model
    if not result.ok or not isinstance(model, Season | Campaign):
        errors = [d for d in result.diagnostics if d.is_error]
        first = f"; the first: {errors[0].one_line()}" if errors else ""
        return None, [_problem("VR146", f"its story {story_path} has errors, so it cannot be "
                               "played", str(path), named.line if named else 0,
                               f"run `python -m game validate {story_path}` and fix them{first}")]
    if named is not None and named.key == "campaign" and not isinstance(model, Campaign):
        return None, [_problem("VR140", f"`campaign: {named.value}` is a season, not a campaign",
                               str(path), named.line, "write `season:` for one season")]
    return model, []


def starting_state(story: Season | Campaign, headers: dict[str, Step], file: str
                   ) -> tuple[GameState | None, list[str]]:
    """The state `preset:`, `from:` and `with:` describe (in the first season), or None."""
    season = as_campaign(story).seasons[0]
    given = {k: headers[k] for k in ("preset", "from", "with") if k in headers}
    if not given:
        return None, []
    problems: list[str] = []
    for key, step in given.items():
        _, found = plan(season, step.value if key == "from" else None,
                        step.value if key == "preset" else None,
                        step.value if key == "with" else "")
        problems += [_problem("VR145", f"`{key}: {step.value}`: {p}", file, step.line)
                     for p in found]
    if problems:
        return None, problems
    start, _ = plan(season, headers["from"].value if "from" in headers else None,
                    headers["preset"].value if "preset" in headers else None,
                    headers["with"].value if "with" in headers else "")
    return begin(season, start)[0], []


def run_transcript(path: Path, library: Library, roundtrip: bool = False) -> Outcome:
    """Load a transcript and its story, start where it says, replay it."""
    steps, problems = read_steps(path)
    if problems:
        return Outcome(path, problems)
    headers, body, problems = split_headers(steps, str(path))
    if problems:
        return Outcome(path, problems)
    story, problems = load_story(path, headers, library)
    if story is None:
        return Outcome(path, problems)
    start, problems = starting_state(story, headers, str(path))
    if problems:
        return Outcome(path, problems)
    if not body:
        return Outcome(path, [_problem("VR141", "the transcript has no steps", str(path), 0,
                                       "add `choose:` lines and checks such as `trust: 55`")])
    played = replay_steps(story, body, roundtrip, start, str(path))
    return Outcome(path, played.problems, played.diff(path.name) if played.problems else "",
                   sum(1 for s in body if s.key not in STEPS),
                   sum(1 for s in body if s.key == "choose"),
                   1 + sum(1 for s in body if s.key == "next season"))


def find_transcripts(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.name.endswith(SUFFIXES))
        elif path.name.endswith(SUFFIXES):
            found.append(path)
        elif path.suffix in YAML_SUFFIXES:
            for folder in (path.parent, path.parent / "transcripts"):
                found += sorted(p for p in folder.glob(f"{path.stem}-*")
                                if p.name.endswith(SUFFIXES))
                found += [p for p in (folder / f"{path.stem}{s}" for s in SUFFIXES)
                          if p.is_file()]
    return found


# -- recording ----------------------------------------------------------------------------
Chooser = Callable[[Session, int], str | None]  # (session, choice number in season) -> id


def _gives(choice: Choice) -> int:
    effects = choice.effects
    return -sum(min(0, d) for _, d in effects.resources) if effects else 0


def _keeps(choice: Choice) -> int:
    effects = choice.effects
    return sum(d for _, d in effects.resources) if effects else 0


def _trust(choice: Choice) -> int:
    return choice.effects.trust if choice.effects else 0


def _best(session: Session, score: Callable[[Choice], tuple[int, ...]]) -> str | None:
    """The offered choice with the highest score; the first listed wins a tie."""
    offered = [v.choice for v in session.choices() if v.available]
    if not offered:
        return None
    best = offered[0]
    for choice in offered[1:]:
        if score(choice) > score(best):
            best = choice
    return best.id


def generous(session: Session, number: int) -> str | None:
    """Help wherever you can: a choice of aid first, then the most trust, the most given."""
    return _best(session, lambda c: (c.aid != "none", _trust(c), _gives(c)))


def self_protecting(session: Session, number: int) -> str | None:
    """Keep to your own household: no aid first, then the most kept, the least trust spent."""
    return _best(session, lambda c: (c.aid == "none", _keeps(c), _trust(c)))


def mixed(session: Session, number: int) -> str | None:
    """Generous at the first choice of a season, self-protecting at the next, and so on."""
    return (generous if number % 2 == 0 else self_protecting)(session, number)


WAY_CHOOSERS: Mapping[str, Chooser] = MappingProxyType({
    "generous": generous, "self-protecting": self_protecting, "mixed": mixed})


class _Listed:
    """Choices by id from a list, shared by the seasons that follow it."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        self.used = 0

    def __call__(self, session: Session, number: int) -> str | None:
        if self.used >= len(self.ids):
            return None
        self.used += 1
        return self.ids[self.used - 1]


def choosers(path: str, seasons: int) -> tuple[list[Chooser], str]:
    """One chooser per season from a path such as `generous`, `a,b,c`,
    `generous | mixed | self-protecting` or a path `explore --show-path` printed (its choice
    ids are kept); or a problem with the path."""
    if ">" in path:  # a path as `explore --show-path` prints it: `seed 3: a > x, b > y => end`
        path = re.sub(r"^\s*seed \d+:", "", path).split("=>")[0]
        path = ",".join(item.split(">")[-1].strip() for item in path.split(","))
    parts = [p.strip() for p in path.split("|")]
    if len(parts) > seasons:
        return [], f"the path has {len(parts)} parts for {seasons} season(s)"
    found: list[Chooser] = []
    for part in parts:
        if part in WAY_CHOOSERS:
            found.append(WAY_CHOOSERS[part])
        elif part == "ask":
            found.append(ask)
        elif "," not in part and did_you_mean(part, [*WAYS, "ask"]):
            return [], (f"`{part}` is not a way of playing "
                        f"({did_you_mean(part, [*WAYS, 'ask'])}); for one choice, write "
                        f"`{part},`")
        elif re.fullmatch(r"[A-Za-z0-9_]+(\s*,\s*[A-Za-z0-9_]+)*,?", part):
            found.append(_Listed(_names(part)))
        else:
            close = did_you_mean(part, [*WAYS, "ask"])
            return [], (f"`{part}` is not a way of playing ({close or ', '.join(WAYS)}) nor "
                        "choice ids separated by commas")
    while len(found) < seasons and (len(parts) == 1):
        found.append(found[0])
    return found, ""


def ask(session: Session, number: int) -> str | None:
    """Record from a terminal playthrough: show the scene, read a number or a choice id."""
    scene = session.scene
    assert scene is not None
    print(f"\n--- {scene.title or scene.id} ({scene.id}) ---")
    for text in session.text():
        print(text.strip())
    offered = [v for v in session.choices() if v.available]
    for n, view in enumerate(offered, 1):
        print(f"  {n}. {view.label} [{view.id}]")
    while True:
        try:
            answer = input("> ").strip()
        except EOFError:
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(offered):
            return offered[int(answer) - 1].id
        if answer in [v.id for v in offered]:
            return answer
        if answer in ("q", "quit"):
            return None
        print(f"Type a number from 1 to {len(offered)}, a choice's id, or q to stop here.")


def key_line(paragraph_text: str) -> str:
    """A short, telling piece of a paragraph: its first words, cut at a word (about 60
    characters), so a check survives edits further on in the text."""
    words = " ".join(paragraph_text.split())
    sentence = re.split(r"(?<=[.!?])\s", words, maxsplit=1)[0]
    if len(sentence) <= 60:
        return sentence.rstrip(".!?,;:")
    cut = sentence[:60].rsplit(" ", 1)[0]
    return cut.rstrip(".!?,;:")


def _key_text(paragraphs: tuple[Paragraph, ...]) -> str:
    """The first paragraph shown because of a condition: it depends on what was done."""
    for paragraph in paragraphs:
        if paragraph.cond is not None and key_line(paragraph.text):
            return key_line(paragraph.text)
    return ""


@dataclass
class Recording:
    """A transcript written by playing (empty if nothing could be played), and why it stopped
    early, if it did."""

    text: str
    problems: list[str]
    choices: int = 0
    seasons: int = 0


def _state_lines(game: _Game, before: GameState | None) -> list[str]:
    """Checks for what changed since `before` (everything, if None)."""
    state, season = game.session.state, game.season
    lines = []
    if before is None or state.trust != before.trust:
        lines.append(f"trust: {state.trust}")
    for name, spec in season.resources.items():
        now = state.resources.get(name, spec.start)
        if before is None or now != before.resources.get(name, spec.start):
            lines.append(f"{name}: {now}")
    lost = sorted(before.memories - state.memories) if before else []
    lines += [f"memory: {m}" for m in sorted(state.memories - (before.memories if before
                                                                  else frozenset()))]
    lines += [f"no memory: {m}" for m in lost]
    return lines


def record(story: Season | Campaign, path: str, start: GameState | None = None,
           headers: tuple[str, ...] = ()) -> Recording:
    """Play `story` along `path` and write the transcript of what the game showed."""
    game = _Game(story, start, roundtrip=False)
    seasons = game.campaign.seasons
    pick, problem = choosers(path, len(seasons))
    if problem:
        return Recording("", [problem])
    lines = [*headers]
    if len(seasons) > 1:
        lines.append(f"# Season 1: {game.season.title}")
    lines += [f"scene: {game.session.state.scene}", *_state_lines(game, None)]
    problems: list[str] = []
    count = index = 0
    while True:
        number = _play_season(game, pick[index], lines, problems)
        count += number
        if not game.session.ended:
            break
        _ending_lines(game, lines)
        if not game.play.has_next_season or index + 1 >= len(pick):
            break
        game.next_season()
        index += 1
        state = game.session.state
        lines += ["", f"# Season {index + 1}: {game.season.title}",
                  f"next season: {game.season.id}",
                  f"trust: {state.trust}  # carried from the season before",
                  *(f"memory: {m}  # carried" for m in sorted(state.memories)),
                  f"scene: {state.scene}",
                  *(f"{name}: {state.resources.get(name, spec.start)}"
                    for name, spec in game.season.resources.items())]
    return Recording("\n".join(lines) + "\n", problems, count, index + 1)


def _play_season(game: _Game, pick: Chooser, lines: list[str], problems: list[str]) -> int:
    """Choose until the season ends (or the path runs out); returns the choices made."""
    number = 0
    while not game.session.ended:
        if number >= MAX_STEPS:
            problems.append(f"season `{game.season.id}` did not end after {MAX_STEPS} "
                            "choices: the path goes round a loop")
            break
        choice_id = pick(game.session, number)
        if choice_id is None:
            if pick in WAY_CHOOSERS.values():
                problems.append(f"no choice is offered at scene `{game.session.state.scene}`: "
                                "players are stuck there (run `python -m game explore`)")
            break
        stop = _choose_problem(game, choice_id, "path", 0)
        if stop:
            problems.append(stop.removeprefix("path: "))
            break
        before = game.session.state
        scene = game.session.scene
        choice = scene.choice(choice_id) if scene else None
        assert choice is not None
        said = _key_text(visible_paragraphs(choice.outcome, before))
        game.choose(choice_id)
        number += 1
        lines.append(f"choose: {choice_id}")
        if pick is ask:  # a terminal playthrough shows what the choice did, and the ending
            for text in (*game.outcome, *(game.session.text() if game.session.ended else ())):
                print(text.strip())
        node = game.session.ending or game.session.scene
        said = said or (_key_text(visible_paragraphs(node.text, game.session.state))
                        if node else "")
        if said:
            lines.append(f"text: {said}")
        lines += _state_lines(game, before)
        if not game.session.ended:
            lines.append(f"scene: {game.session.state.scene}")
    return number


def _ending_lines(game: _Game, lines: list[str]) -> None:
    state = game.session.state
    lines.append(f"ending: {state.ending}")
    shown = game.session.text()
    if shown and key_line(shown[0]):
        lines.append(f"text: {key_line(shown[0])}")
    lines.append(f"band: {game.season.trust.band(state.trust).id}")


# -- the list of goldens ------------------------------------------------------------------
@dataclass(frozen=True)
class Golden:
    """One line of a goldens list: the transcript to write, its story and its path."""

    line: int
    transcript: str
    story: str
    path: str
    start: tuple[tuple[str, str], ...] = ()  # (header, value): preset, from, with


def read_goldens(list_path: Path) -> tuple[list[Golden], list[str]]:
    """`NAME STORY PATH [preset=ID] [from=SCENE] [with=...]`, one golden a line."""
    goldens: list[Golden] = []
    problems: list[str] = []
    try:
        text = list_path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return [], [_problem("VR149", f"cannot read the list: {err}", str(list_path))]
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #")[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        parts = line.split()
        extra = [p.partition("=") for p in parts[3:]]
        bad = [p for p, sep, _ in extra if not sep or p not in ("preset", "from", "with")]
        if len(parts) < 3 or not parts[0].endswith(SUFFIXES) or bad:
            problems.append(_problem(
                "VR149", f"expected `NAME.transcript STORY.yaml PATH`, got `{line}`",
                str(list_path), number, "PATH is generous, self-protecting, mixed, or choice "
                "ids with commas and without spaces; then optional preset=ID from=SCENE with=..."))
            continue
        goldens.append(Golden(number, parts[0], parts[1], parts[2],
                              tuple((k, v) for k, _, v in extra)))
    return goldens, problems


def record_file(story_path: Path, path: str, out: Path | None, library: Library,
                start: tuple[tuple[str, str], ...] = (), command: str = "") -> Recording:
    """Record a transcript of `story_path` along `path`; it names its story relative to
    `out` so it replays from where it is written."""
    result = library.load(story_path)
    model = result.model
    if not result.ok or not isinstance(model, Season | Campaign):
        errors = [d.one_line() for d in result.diagnostics if d.is_error][:1]
        return Recording("", [_problem("VR146", f"the story {story_path} has errors, so it "
                                       "cannot be recorded", str(story_path), 0,
                                       f"run `python -m game validate {story_path}`"),
                              *errors])
    key = "campaign" if isinstance(model, Campaign) else "season"
    where = Path(os.path.relpath(story_path.resolve(), (out or Path("x")).resolve().parent))
    headers = [f"# {command}" if command else "# Recorded by playing.",
               "# Regenerate rather than edit: see docs/transcripts.md.",
               f"{key}: {where.as_posix()}", *(f"{k}: {v}" for k, v in start)]
    state = None
    if start:
        fake = {k: Step(0, k, v) for k, v in start}
        state, problems = starting_state(model, fake, str(story_path))
        if problems:
            return Recording("", problems)
    return record(model, path, state, tuple(headers))


def record_golden(list_path: Path, golden: Golden, library: Library) -> tuple[Path, Recording]:
    """What `make goldens` writes for one line of the list (nothing is written here)."""
    out = list_path.parent / golden.transcript
    story = list_path.parent / golden.story
    if not story.is_file():
        return out, Recording("", [_problem(
            "VR140", f"no story file {golden.story}", str(list_path), golden.line,
            "the story's path is from the list's folder, e.g. `../famine.yaml`")])
    command = (f"Written by `make goldens` from {list_path.name}: {golden.story} "
               f"{golden.path}" + "".join(f" {k}={v}" for k, v in golden.start))
    recording = record_file(story, golden.path, out, library, golden.start, command)
    recording.problems = [p if p.startswith(str(list_path)) else
                          f"{list_path}:{golden.line}: {p}" for p in recording.problems]
    return out, recording


def regenerate(list_path: Path, library: Library) -> Iterator[tuple[Path, Recording]]:
    """Re-record every golden in the list, writing each beside the list."""
    goldens, problems = read_goldens(list_path)
    if problems:
        yield list_path, Recording("", problems)
        return
    for golden in goldens:
        out, recording = record_golden(list_path, golden, library)
        if not recording.problems:
            out.write_text(recording.text, "utf-8")
        yield out, recording
