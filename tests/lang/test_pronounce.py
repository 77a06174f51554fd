"""Pronunciation tables for self-voicing (`stories/speech/<season>.yaml`): read safely with
file:line problems, applied to whole words, phonemes only for espeak-ng; the shipped Russian
tables load, list words the Russian seasons use, and espeak-ng here really says them with
another stress than it would (the stress mark U+0301 it ignores: checked too)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.engine.library import story_files
from game.lang.pronounce import (
    PHONEMES,
    Problem,
    Pronunciations,
    load_pronunciations,
    parse_pronunciations,
    table_path,
)
from tests.conftest import STORIES

SHIPPED = sorted((STORIES / "speech").glob("*.yaml"))
ESPEAK = shutil.which("espeak-ng")


def test_a_table_maps_words_per_language():
    table = parse_pronunciations("ru:\n  Мука: \"[[muk'A]]\"\nen:\n  skhod: skhode\n", "t")
    assert isinstance(table, Pronunciations)
    assert dict(table.words("ru")) == {"мука": "[[muk'A]]"}
    assert table.apply("The skhod met.", "en", phonemes=False) == "The skhode met."
    assert table.apply("Мука́ и мука", "ru", phonemes=True) == "Мука́ и [[muk'A]]"


@pytest.mark.parametrize(("text", "line", "says"), [
    ("ru: [мука]\n", 1, "should list `word: how to say it`"),
    ("- ru\n", 1, "should be languages"),
    ("russian:\n  мука: x\n", 1, "should be a language code"),
    ("ru:\n  мука: x\n  two words: y\n", 3, "should be one word"),
    ("ru:\n  мука: \"[[muk'A\"\n", 2, "espeak-ng phonemes in [[...]]"),
    ("ru:\n  мука: x\n  Мука: y\n", 3, "is listed twice"),
    ("ru:\n  мука: &a x\n  муки: *a\n", 2, "anchors and aliases"),
    ("ru:\n  мука: [x\n", 3, "not readable as YAML"),
])
def test_a_broken_table_is_one_line_with_its_file_and_line(text, line, says):
    problem = parse_pronunciations(text, "stories/speech/famine.yaml")
    assert isinstance(problem, Problem)
    assert problem.line == line, str(problem)
    assert str(problem).startswith(f"stories/speech/famine.yaml:{line}: ")
    assert says in str(problem)


def test_no_table_is_no_problem_and_a_directory_is_one(tmp_path):
    assert load_pronunciations(tmp_path / "none.yaml") is None
    (tmp_path / "dir.yaml").mkdir()
    assert isinstance(load_pronunciations(tmp_path / "dir.yaml"), Problem)


def test_the_speech_folder_holds_no_seasons(tmp_path):
    assert SHIPPED
    found = story_files([STORIES], [])
    assert not [p for p in found if "speech" in p.parts]
    assert table_path(STORIES / "famine.yaml", "famine") == STORIES / "speech" / "famine.yaml"


def russian_words(season: str) -> set[str]:
    text = (STORIES / "locale" / "ru" / f"{season}.po").read_text("utf-8")
    shown = "\n".join(line for line in text.splitlines() if line.startswith(("msgstr", '"')))
    return {word.lower() for word in re.findall(r"[А-Яа-яЁё]+", shown)}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_table_loads_and_lists_words_its_season_says(path: Path):
    table = load_pronunciations(path)
    assert isinstance(table, Pronunciations), str(table)
    words = table.words("ru")
    assert "мука" in words or "муки" in words  # flour: мукá, never мýка (torment)
    assert set(words) <= russian_words(path.stem)  # only words the season uses
    assert all(PHONEMES.match(say) for say in words.values())
    english = table.words("en")
    season = (STORIES / f"{path.stem}.yaml").read_text("utf-8").lower()
    assert english and all(re.search(rf"\b{word}\b", season) for word in english)


def phonemes(text: str, voice: str = "ru") -> str:
    assert ESPEAK is not None
    done = subprocess.run([ESPEAK, "-v", voice, "-q", "-x", "-b", "1", "--stdin"],
                          input=text.encode(), capture_output=True, timeout=30, check=True)
    return done.stdout.decode().strip()


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_espeak_ng_here_reads_phonemes_but_ignores_the_stress_mark():
    """Why the tables use [[...]]: espeak-ng 1.51 keeps мýка with U+0301 on the а."""
    assert phonemes("мука").startswith("m'u")  # stressed on the first syllable: wrong
    assert phonemes("мука\u0301").startswith("m'u")  # the mark changes nothing of that
    assert phonemes("[[muk'A]]") == "muk'A"


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_espeak_ng_says_every_shipped_word_with_the_tables_stress(path: Path):
    table = load_pronunciations(path)
    assert isinstance(table, Pronunciations)
    for word, say in table.words("ru").items():
        said, wrong = phonemes(say), phonemes(word)
        assert said != wrong, word
        assert said.index("'") > wrong.index("'"), f"{word}: {wrong} -> {said}"  # stress later


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_espeak_ng_says_the_english_tables_russian_names_as_written_for_it(path: Path):
    table = load_pronunciations(path)
    assert isinstance(table, Pronunciations)
    for word, say in table.words("en").items():
        assert phonemes(say, "en-gb") == say.strip("[]"), word  # read as given
        assert phonemes(word, "en-gb") != say.strip("[]"), word  # and not what it guessed
