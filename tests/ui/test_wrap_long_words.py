"""Wrapping stays fast for any word length: a word too long for a line is split with a
binary search per line, so the work grows linearly with the word (counted, not timed)."""

from __future__ import annotations

import pytest

from game.ui.layout import MAX_CHARS, wrap


class Counting:
    """Every character 9 px wide; counts the measurements and the characters measured."""

    def __init__(self) -> None:
        self.calls = 0
        self.chars = 0

    def width(self, text: str, style: str) -> int:
        self.calls += 1
        self.chars += len(text)
        return 9 * len(text)


@pytest.mark.parametrize("n", [1_000, 20_000, 200_000])
def test_a_long_word_is_split_into_full_lines_with_linear_work(n):
    measure = Counting()
    lines = wrap("x" * n, 600, "body", measure)
    per_line = min(600 // 9, MAX_CHARS)
    assert "".join(lines) == "x" * n
    assert all(len(line) == per_line for line in lines[:-1])
    assert measure.calls <= 10 * len(lines) + 5  # a few measurements a line, never one a char
    assert measure.chars <= 12 * n  # no measuring of the whole rest of the word again and again


def test_ordinary_text_wraps_as_before():
    measure = Counting()
    text = "the village remembers who helped whom " * 5
    lines = wrap(text, 180, "body", measure)
    assert all(len(line) * 9 <= 180 for line in lines)
    assert " ".join(lines) == text.strip()
