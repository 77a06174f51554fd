"""Russian text measured as Russian: exact syllables, Oborneva's weights, words in Cyrillic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.analysis.readability import measure, syllables_ru, word_count
from game.analysis.stats import season_stats
from game.engine.library import Library
from game.lang.translate import season_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("word", "count"), [("молоко", 3), ("в", 0), ("Ёлка", 2),
                                             ("хлеб", 1), ("соседи", 3)])
def test_a_russian_syllable_is_a_vowel_letter(word: str, count: int) -> None:
    assert syllables_ru(word) == count


def test_words_in_cyrillic_are_counted_and_a_hyphenated_word_is_one() -> None:
    assert word_count("Кто-то принёс зерно.", "ru") == 3
    assert word_count("Кто-то принёс зерно.") == 0  # English counting sees no words here


def test_the_ease_is_oborneva_formula_over_whole_sentences() -> None:
    text = "Мама дала хлеб. Соседи пришли вечером… «Спасибо!»"
    reading = measure([text], "ru")
    assert (reading.words, reading.sentences) == (7, 3)
    assert reading.syllables == 2 + 2 + 1 + 3 + 2 + 3 + 3
    expected = 206.835 - 1.3 * 7 / 3 - 60.1 * 16 / 7
    assert reading.ease == pytest.approx(expected)
    assert "Oborneva" in reading.level() and "fairly easy" not in measure(
        ["Административно-территориальное переустройство сельскохозяйственных "
         "производственных кооперативов осуществлялось принудительно."], "ru").level()


def test_longer_sentences_and_words_read_harder() -> None:
    easy = measure(["Мы ели хлеб. Было тихо."], "ru").ease
    hard = measure(["Продовольственные затруднения усиливались вследствие "
                    "принудительных хлебозаготовок."], "ru").ease
    assert easy > hard


def test_the_shipped_russian_famine_is_measured_in_russian() -> None:
    season = Library().load(ROOT / "stories/famine.yaml").model
    russian, notices = season_in(season, "ru")
    assert notices == []
    english, translated = season_stats(season, walks=5), season_stats(russian, walks=5)
    assert translated.body.language == "ru" and english.body.language == "en"
    assert translated.body.words != english.body.words
    assert 40 < translated.body.ease < 100  # plain to easy for a 13-year-old
    assert translated.longest_screen[0] > 0  # Cyrillic words are counted on each screen


def test_stats_takes_a_language() -> None:
    done = subprocess.run([sys.executable, "-m", "game", "stats", "stories/famine.yaml",
                           "--lang", "ru", "--walks", "3", "--cut", "museum"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Flesch reading ease for Russian (Oborneva)" in done.stdout
    assert "Для музея" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "game", "stats", "stories/famine.yaml",
                          "--lang", "r u"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2 and "language code" in bad.stdout
