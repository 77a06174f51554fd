"""libyaml's syntax errors reach teachers in plain words, with advice that fits the line."""

from __future__ import annotations

import pytest

from tests.helpers import load


@pytest.mark.parametrize(("text", "where", "message", "hint"), [
    ('format: 1\nseason:\n  title: "Fist": a label\n', (3, 16),
     "a colon followed by a space cannot appear here", "must also end with it"),
    ("format: 1\nseason:\n  title: Winter: hungry\n", (3, 16),
     "a colon followed by a space cannot appear here", "must be in quotes"),
    ("format: 1\nseason:\n\ttitle: x\n", (3, 1), "a tab character is not allowed here",
     "spaces, not tabs"),
    ('format: 1\nseason:\n  title: "never closed\n', (4, 1),
     "the file ends before a quote or bracket is closed", ""),
])
def test_syntax_errors_in_plain_words(write, text, where, message, hint):
    found = load(write("s.yaml", text)).diagnostics
    assert len(found) == 1 and found[0].code == "VR001"
    assert (found[0].line, found[0].col) == where
    assert found[0].message.startswith(message)
    assert hint in found[0].hint
