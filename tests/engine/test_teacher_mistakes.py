"""The mistakes a history teacher made on purpose in the authoring review
(`reviews/authoring-by-a-teacher.md`, section 2 and table G): each gets a message that names
its cause and its fix, at the right line.

Every case changes one thing in `tests/fixtures/mistakes/flood.yaml` (a small, clean season)
and asserts the code, the line (and column where it means something) and the hint's key
words. Review rows whose message was already enough are covered by the tests of their code
(`test_error_catalogue.py` and others); the table at the end of this file maps every row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.helpers import load

LABEL = "        label: Lend Kolya your boat\n"
BASE = (FIXTURES / "mistakes" / "flood.yaml").read_text("utf-8")


def mutated(write, old: str, new: str, name: str = "flood.yaml") -> Path:
    assert BASE.count(old) >= 1, old
    return write(name, BASE.replace(old, new, 1))


def test_the_base_season_is_clean(write):
    assert load(mutated(write, "", "")).diagnostics == []


# (review row, text replaced, replacement, code, line, column or None, words in the message
# and hint, words that must not appear)
CASES = [
    ("3 a key indented two spaces too far", "        aid: lend_tools\n",
     "          aid: lend_tools\n", "VR001", 40, 11,
     ["`aid:` is indented further than `label:`", "line it up", "8 spaces"], ["colon"]),
    ("4 a key indented two spaces too little", "        aid: lend_tools\n",
     "      aid: lend_tools\n", "VR001", 40, 7,
     ["`aid:` is indented less than `label:`", "line it up", "8 spaces"],
     ["missing `next`", "indicator"]),
    ("10 a key without its colon", LABEL, "        label Lend Kolya your boat\n", "VR001",
     39, 14, ["no `:` after `label`", "`label: Lend Kolya your boat`"], []),
    ("11 `- id` without its colon", "      - id: keep_boat\n", "      - id keep_boat\n",
     "VR001", 49, 11, ["no `:` after `id`", "`- id: keep_boat`"], ["should be a choice"]),
    ("31 a label that starts with a quotation", LABEL,
     '        label: "Take it," you say, and lend the boat\n', "VR001", 39, 27,
     ["closing quote", "starts with \"", "other kind of quotes"], ["line up"]),
    ("32 a line of `|` text indented less", "      Water covers the lower street. Kolya asks "
     "for your boat.\n", "      Water covers the lower street.\n    Kolya asks for your boat.\n",
     "VR001", 34, 5, ["belongs to the `|` text", "indent it 6 spaces", "line 33"],
     ["missing its"]),
    ("33 effects written on one line", "        effects:\n          trust: +5\n          "
     "reason: Kolya rowed three families out.\n          boat: -1\n          remember: "
     "lent_boat\n", "        effects: trust: +5, reason: Kolya rowed out\n", "VR001", 42, 18,
     ["two keys on one line", "`trust:`", "own line below `effects:`", "effects: {"],
     ["should be an effects section"]),
    ("16 next: left empty", "        next: nyura\n      - id: keep_boat",
     "        next:\n      - id: keep_boat", "VR010", 48, 14,
     ["`next`", "is empty", "cannot be left out"], ["remove the line"]),
    ("24 => instead of >=", "if: trust >= 50", "if: trust => 50", "VR030", 58, 19,
     ["`=>`", "wrong way round", "write `>=`"], ["=="]),
    ("24 =< instead of <=", "if: trust >= 50", "if: trust =< 50", "VR030", 58, 19,
     ["`=<`", "write `<=`"], ["=="]),
    ("25 && and ! together", "if: boat >= 1", "if: boat >= 1 && !nyura_safe", "VR030", 41, 23,
     ["`&`", "write `and`", "`!`", "write `not`"], []),
    ("26 AND NOT in capitals", "if: boat >= 1", "if: boat >= 1 AND NOT nyura_safe", "VR030",
     41, 23, ["`AND`", "lower case", "write `and`"], []),
    ("29 a non-breaking space in the indentation", LABEL,
     "\u00a0       label: Lend Kolya your boat\n", "VR017", 39, 1,
     ["column 1", "non-breaking space", "U+00A0", "word processor", "ordinary space"],
     ["missing"]),
    ("29 a non-breaking space before the key's colon", LABEL,
     "        label\u00a0: Lend Kolya your boat\n", "VR017", 39, 14,
     ["`label`", "non-breaking space", "U+00A0", "type it again"], []),
    ("29 a non-breaking space after the key's colon", LABEL,
     "        label:\u00a0Lend Kolya your boat\n", "VR017", 39, 15,
     ["column 15", "non-breaking space", "ordinary space"], ["missing its"]),
    ("29 a zero-width space before a key", LABEL,
     "        \u200blabel: Lend Kolya your boat\n", "VR017", 39, 9,
     ["column 9", "zero-width space", "U+200B"], []),
    ("29 a zero-width no-break space (U+FEFF) in the indentation", LABEL,
     "    \ufeff   label: Lend Kolya your boat\n", "VR017", 39, 5,
     ["column 5", "U+FEFF"], []),
    ("29 curly quotes round a key", LABEL,
     "        \u201clabel\u201d: Lend Kolya your boat\n", "VR011", 39, 9,
     ["`label`", "curly quote", "no quotes"], []),
    ("29 a line separator (U+2028) inside a label", LABEL,
     "        label: Lend Kolya\u2028 your boat\n", "VR017", 39, 26,
     ["column 26", "line separator", "U+2028", "press Enter"], []),
    ("52 ` #` inside a label", "label: Keep the boat", "label: Keep boat #1 and #2", "VR018",
     50, 26, ["cut off before `#1 and #2`", "comment", 'quote the whole text: `label: "Keep boat '
     '#1 and #2"`'], []),
    ("52 ` #` inside a title", "title: The boat\n", "title: School #5\n", "VR018", 31, 19,
     ["`title`", '`title: "School #5"`'], []),
    ("52 ` #` in text with a quote in it", "label: Keep the boat",
     'label: Keep the "good" boat #2', "VR018", 50, 37, ["'Keep the \"good\" boat #2'"], []),
    ("30 the `- ` before a choice forgotten", "      - id: keep_boat\n",
     "        id: keep_boat\n", "VR013", 49, 9,
     ["`id` appears twice", "`- `", "missing", "start this line with `- `"],
     ["delete or rename"]),
    ("34 remember: a, b", "remember: nyura_safe", "remember: nyura_safe, lent_boat", "VR015",
     63, 21, ["several names", "write a list", "`remember: [nyura_safe, lent_boat]`"],
     ["nyura_safe_lent_boat"]),
    ("G image: given as a file name", "    note:\n      text: The Sura",
     "    image: images/river.png\n    note:\n      text: The Sura", "VR010", 34, 12,
     ["an image section", "`file:` and `alt:`"], ["a image"]),
]


def test_a_comment_after_text_and_a_hash_inside_quotes_or_blocks_are_fine(write):
    text = BASE.replace("label: Keep the boat", "label: Keep the boat  # a comment")
    text = text.replace("title: The boat", 'title: "School #5"')
    text = text.replace("Kolya asks for your boat.", "Kolya asks for boat #2.")
    assert load(write("flood.yaml", text)).diagnostics == []


def test_a_non_breaking_space_inside_a_sentence_is_fine(write):
    text = BASE.replace("Kolya asks for", "Kolya\u00a0asks for").replace(
        "Keep the boat", "Keep\u00a0the boat")
    assert load(write("flood.yaml", text)).diagnostics == []


@pytest.mark.parametrize(("row", "old", "new", "code", "line", "col", "words", "unwanted"),
                         CASES, ids=[c[0] for c in CASES])
def test_a_teacher_mistake_gets_its_cause_and_fix(write, row, old, new, code, line, col, words,
                                                  unwanted):
    found = load(mutated(write, old, new)).diagnostics
    assert len(found) == 1, [d.one_line() for d in found]  # one mistake, one message
    d = found[0]
    assert (d.code, d.line) == (code, line), d.one_line()
    if col is not None:
        assert d.col == col, d.one_line()
    text = f"{d.message} ({d.hint})"
    for word in words:
        assert word in text, (word, d.one_line())
    for word in unwanted:
        assert word not in text, (word, d.one_line())


def _folder(write, *, campaign: bool, flood: bool = True, source: str = "flood") -> Path:
    """flood.yaml (if wanted), nineties.yaml reading `from: <source>`, and the campaign."""
    mistakes = FIXTURES / "mistakes"
    if flood:
        write("flood.yaml", BASE)
    if campaign:
        write("campaign.yaml", (mistakes / "campaign.yaml").read_text("utf-8"))
    text = (mistakes / "nineties.yaml").read_text("utf-8")
    return write("nineties.yaml", text.replace("from: flood", f"from: {source}"))


@pytest.mark.parametrize("campaign", [True, False], ids=["with a campaign", "alone"])
def test_a_season_reading_an_earlier_one_is_clean(write, campaign):
    assert load(_folder(write, campaign=campaign)).diagnostics == []


@pytest.mark.parametrize(("campaign", "words"), [
    (True, ["`flod`", "not earlier in the campaign", "did you mean `from: flood`?"]),  # row 37
    (False, ["`flod`", "not among the season files beside this one",  # row 38
             "did you mean `from: flood`?"]),
], ids=["37 with a campaign", "38 without a campaign"])
def test_from_naming_a_season_that_is_not_there(write, campaign, words):
    found = load(_folder(write, campaign=campaign, source="flod")).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("VR050", 10, 5)]
    text = f"{found[0].message} ({found[0].hint})"
    assert all(word in text for word in words), text


def test_from_without_a_campaign_or_the_season_beside_it(write):
    found = load(_folder(write, campaign=False, flood=False)).diagnostics
    assert [(d.code, d.line) for d in found] == [("VR050", 10)]
    assert "not among the season files beside" in found[0].message
    assert "put that season's file in this folder" in found[0].hint


def test_from_without_a_campaign_checks_that_the_season_beside_sets_it(write):
    write("flood.yaml", BASE.replace("remember: lent_boat", "remember: nyura_safe"))
    found = load(_folder(write, campaign=False, flood=False)).diagnostics
    assert ("VR050", 10) in [(d.code, d.line) for d in found]
    assert any("which never sets it" in d.message and "flood.yaml" in d.hint for d in found)
