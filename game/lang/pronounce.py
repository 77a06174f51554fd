"""How self-voicing says words a speech engine gets wrong: a season's pronunciation table.

`stories/speech/<season-id>.yaml`, beside the season like its lesson file, one mapping per
language of word -> what to say instead:

    ru:
      мука: "[[mu'ka]]"     # flour, мукá; espeak-ng says мýка (torment)
      семена: семена́        # a respelling: any engine reads it

A replacement in `[[...]]` is espeak-ng's phoneme input (the only way to move the stress
that espeak-ng 1.51 honours: it ignores the stress mark U+0301, docs/self-voicing.md); it is
used only with espeak-ng, and other engines read the word as written. A word matches whole,
whatever its case. The table changes only what is spoken, never what is shown.

The file is read through the engine's guarded reader and checked node by node with line
numbers, like a lesson file: a problem is a one-line `file:line: what is wrong`, and the
game speaks without the table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from game.engine import files

FOLDER = "speech"  # beside the season files: stories/speech/famine.yaml
PHONEMES = re.compile(r"^\[\[[^\[\]]+\]\]$")  # espeak-ng's phoneme input
WORD = re.compile(r"^[^\W\d_][\w\u0301'-]*$")  # one word (a stress mark may follow a vowel)

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


Problem = files.LineProblem  # a pronunciation table that cannot be used, as one line


@dataclass(frozen=True)
class Pronunciations:
    """word (lower case) -> replacement, for each language."""

    table: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))

    def words(self, language: str) -> Mapping[str, str]:
        return self.table.get(language.split("_")[0], MappingProxyType({}))

    def apply(self, text: str, language: str, phonemes: bool) -> str:
        """`text` as it should be spoken: each listed word replaced, keeping what is around
        it; `[[phonemes]]` only when the engine reads them (`phonemes`)."""
        words = {w: r for w, r in self.words(language).items()
                 if phonemes or not PHONEMES.match(r)}
        if not words:
            return text
        pattern = re.compile(r"(?<![\w\u0301])(" + "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w\u0301])",
            re.IGNORECASE)
        return pattern.sub(lambda m: words[m.group(1).lower()], text)


NONE = Pronunciations()


def table_path(season_path: Path, season_id: str) -> Path:
    return season_path.parent / FOLDER / f"{season_id}.yaml"


def load_pronunciations(path: Path) -> Pronunciations | Problem | None:
    """The table in `path`; None when there is none (a season need not have one)."""
    text = files.read_text(path, "speech")
    if isinstance(text, files.FileProblem):
        return None if text.missing else Problem(str(path), 0, text.reason)
    return parse_pronunciations(text, str(path))


def parse_pronunciations(text: str, name: str) -> Pronunciations | Problem:
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return Problem(name, event.start_mark.line + 1,
                               "anchors and aliases (&name, *name) are not allowed here")
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        return Problem(name, mark.line + 1 if mark is not None else 0,
                       f"not readable as YAML: {reason}")
    if root is None:
        return NONE
    if not isinstance(root, yaml.MappingNode):
        return Problem(name, root.start_mark.line + 1,
                       "should be languages (such as `ru:`), each with `word: how to say it`")
    table: dict[str, Mapping[str, str]] = {}
    for key, value in root.value:
        line = key.start_mark.line + 1
        language = key.value if isinstance(key, yaml.ScalarNode) else ""
        if not re.fullmatch(r"[a-z]{2,3}", language):
            return Problem(name, line, f"`{language}` should be a language code such as ru")
        if isinstance(value, yaml.ScalarNode) and value.value in ("", "null", "~"):
            continue
        if not isinstance(value, yaml.MappingNode):
            return Problem(name, line, f"`{language}:` should list `word: how to say it`")
        words: dict[str, str] = {}
        for word_node, say_node in value.value:
            line = word_node.start_mark.line + 1
            if not (isinstance(word_node, yaml.ScalarNode) and isinstance(say_node,
                                                                           yaml.ScalarNode)):
                return Problem(name, line, "each entry should be `word: how to say it`")
            word, say = word_node.value.strip(), say_node.value.strip()
            if not WORD.match(word):
                return Problem(name, line, f"`{word}` should be one word")
            if not say or ("[[" in say and not PHONEMES.match(say)):
                return Problem(name, line, f"`{word}`: say it as a word or as espeak-ng "
                               "phonemes in [[...]], such as \"[[mu'ka]]\"")
            if word.lower() in words:
                return Problem(name, line, f"`{word}` is listed twice")
            words[word.lower()] = say
        table[language] = MappingProxyType(words)
    return Pronunciations(MappingProxyType(table))
