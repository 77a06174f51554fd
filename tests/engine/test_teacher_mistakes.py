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
    ("C6 a note for teachers among the content notes", "  sources:\n",
     '  content_notes:\n    - It names a flood.\n    - "For teachers: talk it over after."\n'
     "  sources:\n", "VR095", 11, 7,
     ["speaks to teachers", "shown to students", "`teacher_note:`", "guide"], []),
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


NYURA_CHOICES = BASE[BASE.index("    choices:\n      - id: fetch_nyura"):BASE.index("endings:")]
# Rows whose message was already enough (or was made clearer in passing): the message the
# teacher needs is there, at the right line, among any follow-on ones.
ALREADY = [
    ("1 a typo in a scene id", "        next: nyura\n      - id: keep_boat",
     "        next: nyuar\n      - id: keep_boat", "VR020", 48, 15, ["did you mean `nyura`?"]),
    ("2 next: End", "        next: end\n      - id: wait", "        next: End\n      - id: wait",
     "VR020", 64, 15, ["did you mean `end`?"]),
    ("5 a tab for indentation", "        aid: lend_tools\n", "\taid: lend_tools\n", "VR001", 40,
     1, ["tab", "spaces"]),
    ("6 a tab inside | text", "      Water covers", "\tWater covers", "VR001", 33, 1,
     ["tab", "spaces"]),
    ("7 a misspelt memory in an ending's if", "if: nyura_safe and lent_boat",
     "if: nyura_saf and lent_boat", "VR031", 71, 9, ["did you mean `nyura_safe`?"]),
    ("9 a memory never declared", "if: trust >= 50", "if: not own_ditch_done", "VR031", 58, 17,
     ["`own_ditch_done` is not declared", "under `memories:`"]),
    ("12 an unquoted colon in a label", "label: Keep the boat",
     "label: Keep it: the water rises", "VR001", 50, 23, ["colon", "in quotes"]),
    ("13 an unquoted colon in a title", "title: The boat\n", "title: April 1979: the boat\n",
     "VR001", 31, 22, ["colon", "in quotes"]),
    ("15 a choice with no next", "        next: nyura\n      - id: keep_boat",
     "      - id: keep_boat", "VR012", 38, 9, ["choice `lend_boat`", "missing `next`",
                                              "add `next:`: The next scene"]),
    ("17 a scene with no choices", NYURA_CHOICES, "", "VR022", 52, 5,
     ["scene `nyura` has no choices", "move it to `endings:`"]),
    ("18 a scene with choices: []", NYURA_CHOICES, "    choices: []\n", "VR015", 55, 14,
     ["needs at least 1 item", "nothing to do"]),
    ("22 aid: lend_tool", "aid: lend_tools", "aid: lend_tool", "VR015", 40, 14,
     ["did you mean `lend_tools`?"]),
    ("22 aid: lend tools", "aid: lend_tools", "aid: lend tools", "VR015", 40, 14,
     ["did you mean `lend_tools`?"]),
    ("23 a trust change without a reason", "          trust: +3\n          reason: The street "
     "saw you bring her in.\n", "          trust: +3\n", "VR041", 60, 18, ["add `reason:`"]),
    ("27 a memory compared with a number", "if: nyura_safe and lent_boat",
     "if: nyura_safe == 1", "VR032", 71, 20, ["compares a number with a memory"]),
    ("28 curly quotes round a condition", "if: trust >= 50", "if: \u201ctrust >= 50\u201d",
     "VR030", 58, 13, ["`\u201c` cannot be used"]),
    ("35 an ending id equal to a scene id", "  - id: street_held", "  - id: boat", "VR014", 69,
     9, ["already used by a scene", "its own id"]),
    ("36 a duplicate choice id", "      - id: keep_boat", "      - id: lend_boat", "VR014", 49,
     13, ["already used by a choice"]),
    ("44 about: someone not in neighbours", "    about: nyura", "    about: kolya", "VR082", 26,
     12, ["`kolya`", "add them under `neighbours:`"]),
    ("46 a picture with no alt", "    note:\n      text: The Sura", "    image:\n      file: "
     "images/river.png\n    note:\n      text: The Sura", "VR012", 35, 7, ["missing `alt`"]),
    ("47 an effect on a misspelt resource", "          potatoes: -1", "          potato: -1",
     "VR040", 62, 19, ["did you mean `potatoes`?"]),
    ("48 remember: a misspelt memory", "remember: nyura_safe", "remember: nyura_saf", "VR042",
     63, 21, ["did you mean `nyura_safe`?"]),
    ("49 a note citing a misspelt source", "      source: rasputin", "      source: raspoutine",
     "VR080", 36, 15, ["did you mean `rasputin`?"]),
    ("53 trust: \"+5\"", "          trust: +5", '          trust: "+5"', "VR010", 43, 18,
     ["without quotes"]),
    ("53 start: 50.5", "  start: 50\n", "  start: 50.5\n", "VR010", 13, 10,
     ["whole number"]),
    ("54 palette: spring", "  summary: The river", "  palette: spring\n  summary: The river",
     "VR015", 8, 12, ["use one of ochre"]),
    ("54 six reflection questions", "  summary: The river",
     "  reflection: [a, b, c, d, e, f]\n  summary: The river", "VR015", 8, 31,
     ["more than 5"]),
    ("54 an id with a space", "      - id: keep_boat", "      - id: keep boat", "VR015", 49, 13,
     ["`keep_boat`"]),
    ("55 translations:", "trust:\n  start", "translations: {}\ntrust:\n  start", "VR011", 12,
     1, ["unknown key `translations`"]),
    ("G a Windows backslash in a picture path", "    note:\n      text: The Sura",
     "    image: { file: images\\river.png, alt: A river }\n    note:\n      text: The Sura",
     "VR060", 34, 20, ["write `/`", "`images/river.png`"]),
]


@pytest.mark.parametrize(("row", "old", "new", "code", "line", "col", "words"), ALREADY,
                         ids=[c[0] for c in ALREADY])
def test_a_mistake_whose_message_was_enough_still_gets_it(write, row, old, new, code, line,
                                                          col, words):
    found = load(mutated(write, old, new)).diagnostics
    hits = [d for d in found if (d.code, d.line, d.col) == (code, line, col)]
    assert hits, [d.one_line() for d in found]
    text = f"{hits[0].message} ({hits[0].hint})"
    assert all(word in text for word in words), text


@pytest.mark.parametrize(("condition", "col", "words"), [
    ("trust >= 120", 13, ["`trust >= 120` never holds", "between 0 and 100"]),  # table G
    ("potatoes >= 12", 13, ["`potatoes >= 12` never holds", "between 0 and 8", "`max:`"]),  # 21
    ("boat >= 0 or 12 <= potatoes", 32, ["`potatoes >= 12`", "between 0 and 8"]),
])
def test_a_comparison_beyond_the_range_is_reported_by_validate(write, condition, col, words):
    found = load(mutated(write, "if: trust >= 50", f"if: {condition}")).diagnostics
    assert [(d.code, d.line, d.col) for d in found] == [("VR104", 58, col)]
    text = f"{found[0].message} ({found[0].hint})"
    assert all(word in text for word in words), text
    assert not found[0].is_error  # a warning: the season still plays


def test_a_colon_inside_block_text_is_fine(write):  # row 14
    assert load(mutated(write, "Kolya asks for your boat.", "Kolya asks: your boat?")
                ).diagnostics == []


def test_bom_crlf_unquoted_years_and_yml_are_accepted(write):  # row 51
    text = "\ufeff" + BASE.replace('years: "1979"', "years: 1979").replace("\n", "\r\n")
    path = write("flood.yml", text.encode("utf-8"))
    assert load(path).diagnostics == []


def test_a_file_saved_as_windows_1251(write):  # row 50
    path = write("flood.yaml", BASE.replace("Kolya rows away.", "Коля уплывает.").encode("cp1251"))
    found = load(path).diagnostics
    assert [(d.code, d.line) for d in found] == [("VR002", 47)]
    assert "save the file as UTF-8" in found[0].hint


def test_a_picture_name_in_the_wrong_case(write):  # row 45
    from tests.pictures import png
    write("images/river_village.png", png(64, 48))
    path = mutated(write, "    note:\n      text: The Sura", "    image: { file: "
                   "images/River_Village.png, alt: A river }\n    note:\n      text: The Sura")
    found = load(path).diagnostics  # the same on a case-blind disk, which would open it
    assert [(d.code, d.line, d.col) for d in found] == [("VR060", 34, 20)]
    assert "named `river_village.png`" in found[0].hint and "capitals" in found[0].hint


def _campaign(write, nineties: str = "", order: str = "") -> dict[str, Path]:
    """The two seasons and the campaign, with nineties.yaml changed by `nineties` edits."""
    mistakes = FIXTURES / "mistakes"
    text = (mistakes / "nineties.yaml").read_text("utf-8")
    for old, new in (pair.split(" => ") for pair in nineties.split(" ;; ") if pair):
        assert old.replace("\\n", "\n") in text, old
        text = text.replace(old.replace("\\n", "\n"), new.replace("\\n", "\n"))
    campaign = (mistakes / "campaign.yaml").read_text("utf-8")
    if order:
        campaign = campaign.replace("    - flood.yaml\n    - nineties.yaml\n", order)
    return {"flood": write("flood.yaml", BASE), "nineties": write("nineties.yaml", text),
            "campaign": write("campaign.yaml", campaign)}


@pytest.mark.parametrize(("row", "nineties", "order", "file", "code", "line", "words"), [
    ("8 a misspelt cross-season memory in a choice's if", "if: lent_boat => if: lent_bot", "",
     "nineties", "VR031", 20, ["`lent_bot` is not declared", "did you mean `lent_boat`?"]),
    ("39 from: forgotten on a season-1 memory", "    from: flood\\n => ", "", "nineties",
     "VR050", 10, ["nothing sets it", "`from: <season id>`"]),
    ("40 a season-1 memory not declared in season 2", "memories:\\n  - id: lent_boat\\n    "
     "label: You lent Kolya your boat in the flood.\\n    from: flood\\n => ", "", "nineties",
     "VR031", 16, ["`lent_boat` is not declared", "`memories:` with `from:"]),
    ("41 from: flood, but the id misspelt in both places", "lent_boat => lent_our_boat", "",
     "nineties", "VR050", 10, ["`lent_our_boat`", "which never sets it"]),
    ("42 campaign seasons in the wrong order", "", "    - nineties.yaml\n    - flood.yaml\n",
     "nineties", "VR050", 10, ["not earlier in the campaign", "campaign order"]),
    ("43 a typo in the campaign's file name", "", "    - flood.yaml\n    - ninetees.yaml\n",
     "campaign", "VR070", 7, ["does not exist", "did you mean `nineties.yaml`?"]),
], ids=lambda v: v if isinstance(v, str) and v[:1].isdigit() else "")
def test_a_campaign_mistake(write, row, nineties, order, file, code, line, words):
    paths = _campaign(write, nineties, order)
    found = load(paths["campaign"]).diagnostics + load(paths["nineties"]).diagnostics
    hits = [d for d in found if (d.code, d.line) == (code, line)
            and Path(d.file).name == paths[file].name]
    assert hits, [d.one_line() for d in found]
    text = f"{hits[0].message} ({hits[0].hint})"
    assert all(word in text for word in words), text


@pytest.mark.parametrize(("row", "old", "new", "code", "line", "words"), [
    ("19 a threshold nobody reaches", "if: trust >= 50", "if: trust >= 98", "VR103", 58,
     ["never holds here", "trust here is"]),
    ("20 an ending nobody reaches", "if: nyura_safe and lent_boat", "if: trust > 90", "VR102",
     69, ["can never be reached", "endings listed before it"]),
    ("21 a resource threshold above its max", "if: trust >= 50", "if: potatoes >= 12", "VR103",
     58, ["`potatoes >= 12` never holds here"]),
], ids=lambda v: v if isinstance(v, str) and v[:1].isdigit() else "")
def test_an_explored_mistake(write, row, old, new, code, line, words):
    from game.analysis.explore import explore
    from game.analysis.findings import diagnostics

    result = load(mutated(write, old, new))
    assert result.ok, [d.one_line() for d in result.diagnostics]
    found = [d for d in diagnostics(explore([result.model])) if (d.code, d.line) == (code, line)]
    assert found, row
    text = f"{found[0].message} ({found[0].hint})"
    assert all(word in text for word in words), text


# The review's rows (section 2, then table G) and where each stands. good: the message
# was already enough and a test keeps it so; fixed: a new or changed message, tested here.
#
#  1 scene id typo: good, ALREADY "1"
#  2 next: End: good, ALREADY "2"
#  3 key 2 spaces too deep: fixed, CASES "3"
#  4 key 2 spaces too shallow: fixed, CASES "4" (the false "missing next" is gone)
#  5 tab indentation: good, ALREADY "5"
#  6 tab inside | text: good, ALREADY "6"
#  7 misspelt memory in an if: good, ALREADY "7"
#  8 misspelt cross-season memory: good, test_a_campaign_mistake "8"
#  9 undeclared memory: good, ALREADY "9"
# 10 missing colon: fixed, CASES "10" (now at the line without it)
# 11 `- id` without colon: fixed, CASES "11"
# 12 colon in a label: good, ALREADY "12"
# 13 colon in a title: good, ALREADY "13"
# 14 colon inside | text: good (no error), test_a_colon_inside_block_text_is_fine
# 15 choice with no next: good, ALREADY "15"
# 16 next: left empty: fixed, CASES "16"
# 17 scene with no choices: good, ALREADY "17"
# 18 choices: []: good (VR015, fixed before this work), ALREADY "18"
# 19 unreachable threshold: good, test_an_explored_mistake "19"
# 20 unreachable ending: partly, test_an_explored_mistake "20"; no trust range or campaign
#    hint yet (explore.py belongs to another engineer)
# 21 resource threshold above its max: fixed at validate time (VR104 names the resource's
#    own range), test_a_comparison_beyond_the_range...; explore's VR103 still names trust
#    (explore.py belongs to another engineer)
# 22 aid: lend_tool / lend tools: good, ALREADY "22"
# 23 trust change without reason: good, ALREADY "23"
# 24 => and =<: fixed, CASES "24"
# 25 && with !: fixed, CASES "25" (both mended at once)
# 26 AND NOT: fixed, CASES "26"
# 27 memory == 1: good, ALREADY "27"
# 28 curly quotes round a condition: good, ALREADY "28"
# 29 invisible characters: fixed, CASES "29 ..." (VR017: NBSP, ZWSP, U+FEFF, U+2028, curly
#    quotes in a key)
# 30 forgotten `- `: fixed, CASES "30"
# 31 label starting with a quote: fixed, CASES "31"
# 32 short line in | text: fixed, CASES "32"
# 33 effects on one line: fixed, CASES "33"
# 34 remember: a, b: fixed, CASES "34" (and no follow-on VR050)
# 35 ending id = scene id: good, ALREADY "35"
# 36 duplicate choice id: good, ALREADY "36"
# 37 from: flod with a campaign: fixed (did you mean), test_from_naming_a_season... "37"
# 38 from: flod without a campaign: fixed, "38" and test_from_without_a_campaign_*
# 39 forgot from:: good, test_a_campaign_mistake "39"
# 40 memory not declared in season 2: fixed (hint names `from:`), "40"
# 41 id misspelt in both places: good, "41"
# 42 campaign in the wrong order: good, "42"
# 43 campaign file name typo: good, "43"
# 44 about: not a neighbour: good, ALREADY "44"
# 45 picture name in the wrong case: fixed (names the real file, on any disk),
#    test_a_picture_name_in_the_wrong_case
# 46 picture without alt: good, ALREADY "46"
# 47 misspelt resource: good, ALREADY "47"
# 48 remember: a misspelt memory: good, ALREADY "48"
# 49 misspelt source: good, ALREADY "49"
# 50 Windows-1251: good, test_a_file_saved_as_windows_1251
# 51 BOM, CRLF, years: 1979, .yml: good, test_bom_crlf_unquoted_years_and_yml_are_accepted
# 52 ` #` in unquoted text: fixed, CASES "52" (VR018)
# 53 "+5", 50.5: good, ALREADY "53"
# 54 palette, six questions, id with a space: good, ALREADY "54"
# 55 translations:: good, ALREADY "55" (the feature itself is out of scope)
# G  `=>` (24), remember (34), next: empty (16): fixed. `images\x.png`: fixed, ALREADY "G".
#    `image: x.png`: fixed, CASES "G". Missing next and tab: hints without brackets inside
#    brackets. `if: trust >= 120`: fixed (VR104 from validate). `locked:` without `if:`, a
#    20-word label: not done (each needs a warning code of its own).
