"""Diagnostics: every problem an author (or a save, or a settings file) can cause.

Author mistakes never raise. Loaders and checks return `Diagnostic` values, all of them in
one pass, and front ends render them: one line for terminals and CI, a snippet with a caret
for people, JSON for editors. Each code is stable and documented in `docs/errors.md`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    """A catalogue entry: stable id, short name, default severity and a standing hint."""

    id: str
    name: str
    severity: Severity
    summary: str


def _e(id: str, name: str, summary: str) -> Code:
    return Code(id, name, Severity.ERROR, summary)


def _w(id: str, name: str, summary: str) -> Code:
    return Code(id, name, Severity.WARNING, summary)


CATALOGUE: tuple[Code, ...] = (
    # Reading the file.
    _e("VR001", "yaml-syntax", "The file is not valid YAML."),
    _e("VR002", "not-utf8", "The file is not UTF-8 text."),
    _e("VR003", "file-too-large", "The file is larger than a season can be."),
    _e("VR004", "too-deep", "Lists or sections are nested far deeper than any season needs."),
    _e("VR005", "too-many-aliases", "YAML aliases (*name) are repeated too often."),
    _e("VR006", "unsafe-tag", "A YAML tag such as !!python/object is not allowed."),
    _e("VR007", "unreadable", "The file or folder cannot be read."),
    _e("VR008", "control-character", "The text holds an invisible control character."),
    _e("VR009", "internal", "The game could not read this file because of a bug of its own."),
    # Shape of the data.
    _e("VR010", "wrong-type", "A value has the wrong type (text, number, list, section)."),
    _e("VR011", "unknown-key", "A key that the season format does not know."),
    _e("VR012", "missing-field", "A required field is missing."),
    _e("VR013", "duplicate-key", "The same key appears twice in one section."),
    _e("VR014", "duplicate-id", "Two things of the same kind share an id."),
    _e("VR015", "bad-value", "A value is outside what is allowed."),
    _e("VR016", "format-version", "The file says it uses a format version this game cannot read."),
    _e("VR017", "invisible-character", "A character from a word processor, such as a "
       "non-breaking space, where it breaks the file's layout."),
    _e("VR018", "text-cut-by-comment", "Unquoted text holds ` #`, which starts a comment: the "
       "rest of the text is lost."),
    # Links between scenes and endings.
    _e("VR020", "unknown-scene", "A link points to a scene or ending that does not exist."),
    _w("VR021", "orphan-scene", "No choice leads to this scene."),
    _e("VR022", "dead-end", "A scene that is not an ending has no choices."),
    _w("VR024", "orphan-ending", "No choice leads to this ending."),
    _e("VR025", "no-fallback-ending", "`next: end` is used but every ending has a condition."),
    _w("VR026", "ending-never-chosen", "An ending can never be chosen by `next: end`."),
    # Conditions.
    _e("VR030", "condition-syntax", "A condition cannot be read."),
    _e("VR031", "unknown-name", "A condition uses a name that is not declared."),
    _e("VR032", "condition-type", "A condition mixes numbers and yes/no memories."),
    # Effects.
    _e("VR040", "unknown-resource", "An effect changes a resource that is not declared."),
    _e("VR041", "trust-without-reason", "A trust change has no reason for the player to read."),
    _e("VR042", "unknown-memory", "An effect remembers or forgets a memory that is not declared."),
    # Memories across the campaign.
    _e("VR050", "memory-never-set", "A memory is tested but nothing in the campaign sets it."),
    _w("VR051", "memory-never-tested", "A memory is set but nothing in the campaign tests it."),
    # Files the season points at.
    _e("VR060", "missing-file", "An image or other file the season names does not exist."),
    _e("VR061", "path-outside-story", "A path leaves the story folder."),
    _e("VR062", "picture-too-large", "A picture is too large, or too narrow or wide, to show "
       "safely."),
    _e("VR063", "picture-unreadable", "A picture file is not a PNG or JPEG the game can read."),
    # Campaign and notes.
    _e("VR070", "campaign-season", "A campaign names a season that cannot be used."),
    _e("VR080", "unknown-source", "A note or a document cites a source that the season (or "
       "the interlude) does not list."),
    _e("VR082", "unknown-neighbour", "A memory is `about` someone not in `neighbours`."),
    # What teachers wanted to express: conditional next, locked choices, labels, aid words.
    _e("VR090", "next-without-default", "A conditional `next` list has no last item without "
       "`if`, so sometimes no item fits."),
    _w("VR091", "next-item-never-used", "Items of a conditional `next` come after the default "
       "and are never used."),
    _w("VR092", "locked-without-if", "A choice has `locked:` but no `if:`, so the locked text "
       "is never shown."),
    _w("VR093", "label-too-long", "A choice's label is too long to read as a button."),
    _e("VR094", "unknown-aid-word", "`aid_words` names something that is not a kind of aid."),
    _w("VR095", "teachers-note-shown-to-students", "A content note speaks to teachers, but "
       "content notes are shown to students before they play."),
    # Found by `python -m game explore`, which plays every possible path.
    _e("VR101", "unreachable-scene", "No sequence of choices reaches this scene."),
    _e("VR102", "unreachable-ending", "No sequence of choices reaches this ending."),
    _w("VR103", "choice-never-offered", "A choice's condition never holds in its scene."),
    _w("VR104", "condition-never-true", "A paragraph's condition, or part of a condition, "
       "never holds."),
    _e("VR105", "no-way-out", "Players can get stuck: no choice, or only a loop with no exit."),
    # Documents, cuts and interludes (seasonformat).
    _e("VR120", "unknown-document", "A scene offers a document the season does not list."),
    _e("VR121", "empty-citation", "A document has no citation: students must see where it "
       "comes from."),
    _w("VR122", "unused-document", "No scene offers this document, so no student can open it."),
    _e("VR123", "cut-unknown-name", "A cut names a scene or choice that does not exist."),
    _e("VR124", "cut-without-start", "A cut does not keep the season's start scene."),
    _e("VR125", "cut-broken-link", "In a cut, a kept choice leads to a dropped scene and no "
       "jump says where to go instead."),
    _e("VR126", "cut-bad-jump", "A cut's jump starts at a kept scene, or leads to a scene the "
       "cut drops."),
    _e("VR127", "cut-dead-end", "In a cut, a kept scene has every one of its choices skipped."),
    _w("VR128", "cut-orphan-scene", "In a cut, no kept choice leads to this kept scene."),
    _e("VR129", "interlude-place", "An interlude is not between two seasons."),
    _e("VR130", "skip-in-unknown-cut", "`skip_in` names a cut the season does not declare."),
    # Golden transcripts (`python -m game test`): problems with a transcript file itself.
    _e("VR140", "transcript-story", "A transcript's season or campaign file cannot be found."),
    _e("VR141", "transcript-syntax", "A transcript line is not `key: value`, or a YAML "
       "transcript cannot be read."),
    _e("VR142", "transcript-unknown-key", "A transcript line's key is not a step, a check or a "
       "resource."),
    _e("VR143", "transcript-no-such-choice", "`choose:` names a choice the scene does not have."),
    _e("VR144", "transcript-choice-locked", "`choose:` names a choice that is not offered now."),
    _e("VR145", "transcript-start", "`season:`, `preset:`, `from:` or `with:` is misplaced, "
       "repeated or names something the season does not have."),
    _e("VR146", "transcript-story-broken", "A transcript's season has errors, so it cannot be "
       "played."),
    _e("VR147", "transcript-next-season", "`next season:` where no next season can start."),
    _e("VR148", "transcript-bad-value", "A check's value is missing or of the wrong kind."),
    _e("VR149", "golden-list", "A line of a goldens list cannot be read."),
    # Balance findings of `explore` (`game/analysis/balance.py`): the season plays, but a
    # choice or an ending may not teach what it should. `acknowledge:` marks one as meant.
    _w("VR110", "free-trust", "A choice raises trust and costs nothing: no resource spent, "
       "no memory lost."),
    _w("VR111", "dominated-choice", "Another choice in the same scene is at least as good in "
       "every way and better in one."),
    _w("VR112", "best-ending-free", "The season's best ending can be reached while keeping "
       "every resource the player started with."),
    _w("VR113", "trust-at-bound", "On some path trust sits at 0 or 100 for several scenes in a "
       "row, so its changes there show nothing."),
    _w("VR114", "rare-ending", "Random play almost never reaches this ending (under 1 % of "
       "walks)."),
    _e("VR117", "unknown-best-ending", "`best_ending` names something that is not an ending "
       "of the season."),
    _e("VR118", "unknown-acknowledgement", "`acknowledge` names a code that is not a balance "
       "finding."),
    _e("VR119", "acknowledgement-without-reason", "`acknowledge` gives a code without a "
       "reason."),
)

CODES: dict[str, Code] = {code.id: code for code in CATALOGUE}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem, located as precisely as we can (1-based line and column; 0 = unknown)."""

    code: str
    message: str
    file: str
    line: int = 0
    col: int = 0
    hint: str = ""
    severity: Severity | None = None

    @property
    def level(self) -> Severity:
        return self.severity or CODES[self.code].severity

    @property
    def is_error(self) -> bool:
        return self.level is Severity.ERROR

    def one_line(self) -> str:
        """`path:line:col: error[VR020]: message (hint)` — the form editors and CI parse."""
        where = self.file
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.level.value}[{self.code}]: {self.message}{hint}"

    def snippet(self, source: str | None) -> str:
        """The one-line form plus the offending source line and a caret under the column."""
        head = self.one_line()
        if not source or not self.line:
            return head
        lines = source.splitlines()
        if self.line > len(lines):
            return head
        text = lines[self.line - 1].expandtabs(1)
        gutter = f"{self.line:>5} | "
        caret = " " * (len(gutter) + max(self.col - 1, 0)) + "^"
        return f"{head}\n{gutter}{text}\n{caret}"

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": CODES[self.code].name,
            "severity": self.level.value,
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "message": self.message,
            "hint": self.hint,
        }


def closest(word: str, choices: Iterable[str]) -> str:
    """The known word nearest to `word`, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else ""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A hint naming the closest known word, or an empty string."""
    close = closest(word, choices)
    return f"did you mean `{close}`?" if close else ""


def count_errors(diagnostics: Iterable[Diagnostic]) -> int:
    return sum(1 for d in diagnostics if d.is_error)


def sort_key(d: Diagnostic) -> tuple[str, int, int, str]:
    return (d.file, d.line, d.col, d.code)


def as_json(diagnostics: Iterable[Diagnostic]) -> str:
    return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2)
