"""Documents, cuts and interludes: loaded, validated, played, saved and translated.

The fixture campaign (`tests/fixtures/seasonformat/`) is a two-season campaign with three
document cards, two cuts of the first season and an interlude between the seasons.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from game.engine import keys
from game.engine.campaign import CampaignSession, CampaignState, as_campaign
from game.engine.cuts import UnknownCut, check_cuts, cut_campaign, cut_of
from game.engine.events import InterludeShown, SeasonFinished, SeasonStarted
from game.engine.model import Campaign, Season
from game.engine.saves import read_save, write_save
from game.engine.schema import json_schema
from game.engine.session import Session
from game.lang.story import campaign_texts, localise, localise_campaign, season_texts
from tests.conftest import FIXTURES
from tests.helpers import TINY, codes, load

FOLDER = FIXTURES / "seasonformat"


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    result = load(FOLDER / "campaign.yaml")
    assert result.ok and result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    return result.model


@pytest.fixture(scope="module")
def river(campaign: Campaign) -> Season:
    return campaign.seasons[0]


# -- documents ------------------------------------------------------------------------

def test_documents_are_loaded_with_every_field_and_offered_by_scenes(river: Season):
    pen = river.documents["pen_pictures"]
    assert pen.kind == "quotation" and pen.source == "friends_pen"
    assert pen.citation.endswith("p. 7") and pen.archive.startswith("Library of the Society")
    assert pen.text.split("\n\n")[1] == "A second paragraph of the passage."
    assert river.documents["kitchen_photo"].kind == "photograph"
    assert river.documents["decree"].kind == "paraphrase"
    assert river.scenes["well"].documents == ("pen_pictures",)
    assert river.scenes["market"].documents == ("kitchen_photo", "decree")
    assert river.scenes["mill"].documents == ()


def _season(write, documents: str, offer: str = "[pen]", sources: str = "") -> list:
    text = TINY + sources + "  documents:\n" + documents + f"""scenes:
  - id: start
    text: Snow.
    documents: {offer}
    choices:
      - {{ id: on, label: Go on, next: spring }}
endings:
  - {{ id: spring, title: Spring, text: Thaw. }}
"""
    return load(write("docs.yaml", text)).diagnostics


PEN = """    - id: pen
      title: Pen Pictures
      kind: quotation
      text: Words.
      citation: Friends, 1922, p. 7
"""


def test_a_clean_document_gives_no_diagnostic_and_a_single_id_needs_no_list(write):
    assert _season(write, PEN) == []
    assert _season(write, PEN, offer="pen") == []


def test_a_document_citing_an_unknown_source_is_vr080_at_its_source(write):
    found = _season(write, PEN + "      source: fisher\n",
                    sources="  sources:\n    - { id: fischer, title: Fisher 1927 }\n")
    assert [(d.code, d.line) for d in found] == [("VR080", 16)]
    assert "did you mean `fischer`" in found[0].hint


def test_a_document_kind_outside_the_three_is_refused(write):
    found = _season(write, PEN.replace("kind: quotation", "kind: quote"))
    assert "VR015" in {d.code for d in found}


def test_a_document_without_a_citation_is_refused(write):
    found = _season(write, PEN.replace("      citation: Friends, 1922, p. 7\n", ""))
    assert "VR012" in {d.code for d in found}
    assert "VR121" in {d.code for d in _season(write, PEN.replace(
        "citation: Friends, 1922, p. 7", "citation: '  '"))}


def test_a_repeated_document_id_is_vr014(write):
    found = _season(write, PEN + PEN)
    assert [d.code for d in found] == ["VR014"]


# -- cuts -----------------------------------------------------------------------------

def test_cut_of_keeps_the_id_marks_the_cut_and_follows_skips_and_jumps(river: Season):
    museum = cut_of(river, "museum")
    assert museum.id == river.id and museum.cut == "museum" and river.cut == ""
    assert museum.digest == river.digest and museum.start == river.start
    assert list(museum.scenes) == ["well", "harvest"]
    assert [c.next for c in museum.scenes["well"].choices] == ["harvest", "end"]
    classroom = cut_of(river, "classroom")
    assert [c.id for c in classroom.scenes["market"].choices] == ["go_home"]  # haggle skipped
    assert [c.next for c in classroom.scenes["well"].choices] == ["market", "harvest"]
    assert set(classroom.endings) == set(river.endings)
    assert check_cuts(river) == []


def test_a_cut_plays_to_an_ending_through_its_jumps(river: Season):
    session = Session(cut_of(river, "museum"))
    session.choose("keep")  # led to the dropped `mill`; the jump says `end`
    assert session.ending is not None and session.ending.id == "apart"


def test_an_unknown_cut_is_refused_with_the_cuts_there_are(river: Season, campaign: Campaign):
    with pytest.raises(UnknownCut, match="classroom, museum"):
        cut_of(river, "museum2")
    with pytest.raises(UnknownCut):
        cut_campaign(campaign, "nope")


def test_a_campaign_cut_cuts_the_seasons_that_have_it_and_plays_the_others_whole(
        campaign: Campaign):
    museum = cut_campaign(campaign, "museum")
    assert museum.cut == "museum" and [s.cut for s in museum.seasons] == ["museum", ""]
    assert museum.seasons[1] is campaign.seasons[1]


CUT_BASE = TINY + """  cuts:
    - id: museum
      title: For a museum visit
{cut}scenes:
  - id: start
    text: Snow.
    choices:
      - {{ id: wait, label: Wait, next: river }}
      - {{ id: leave, label: Leave, next: spring }}
  - id: river
    text: Ice.
    choices:
      - {{ id: cross, label: Cross, next: mill }}
  - id: mill
    text: Rye.
    choices:
      - {{ id: grind, label: Grind, next: spring }}
endings:
  - {{ id: spring, title: Spring, text: Thaw. }}
"""


@pytest.mark.parametrize(("cut", "expected"), [
    ("      scenes: [start, river, mill]\n", []),
    ("      scenes: [start, river, mill, rivr]\n", [("VR123", 11, 36)]),
    ("      scenes: [start, spring]\n      jumps: {river: spring}\n", [("VR123", 11, 23)]),
    ("      scenes: [start, river, mill]\n      skip: [river]\n", [("VR123", 12, 14)]),
    ("      scenes: [start, river, mill]\n      skip: [rivr/cross]\n", [("VR123", 12, 14)]),
    ("      scenes: [river, mill]\n", [("VR124", 11, 15), ("VR128", 11, 16)]),
    ("      scenes: [start]\n", [("VR125", 11, 16)]),
    ("      scenes: [start]\n      jumps: {river: end}\n", []),
    ("      scenes: [start]\n      jumps: {start: end, river: end}\n", [("VR126", 12, 22)]),
    ("      scenes: [start]\n      jumps: {river: mill}\n", [("VR126", 12, 22)]),
    ("      scenes: [start]\n      jumps: {rivr: end}\n", [("VR123", 12, 21), ("VR125", 11, 16)]),
    ("      scenes: [start, river, mill]\n      skip: [river/cross]\n",
     [("VR127", 11, 23), ("VR128", 11, 30)]),
])
def test_each_cut_is_checked_as_a_season_of_its_own_at_the_right_line(write, cut, expected):
    found = load(write("cut.yaml", CUT_BASE.format(cut=cut))).diagnostics
    assert codes(found) == expected, [d.one_line() for d in found]
    assert all(d.message.startswith("cut `museum`: ") for d in found)


def test_a_broken_link_names_the_choice_and_its_line(write):
    found = load(write("cut.yaml", CUT_BASE.format(cut="      scenes: [start]\n"))).diagnostics
    assert "choice `wait` in scene `start` (line 16) leads to `river`" in found[0].message
    assert "river: <kept scene>" in found[0].hint


def test_a_repeated_cut_id_is_vr014(write):
    cut = "      scenes: [start, river, mill]\n    - id: museum\n      title: Again\n" \
          "      scenes: [start, river, mill]\n"
    assert [d.code for d in load(write("cut.yaml", CUT_BASE.format(cut=cut))).diagnostics] == [
        "VR014"]


# -- interludes -----------------------------------------------------------------------

def test_an_interlude_is_loaded_between_the_seasons_it_joins(campaign: Campaign):
    (interlude,) = campaign.interludes
    assert interlude.id == "years_between" and interlude.before == 1
    assert interlude.text.split("\n\n") == ["Twenty years pass between the two seasons.",
                                            "The village changes."]
    assert interlude.timeline[0].startswith("1921-1928") and interlude.note.source == "davies"
    assert interlude.sources[0].id == "davies"
    assert campaign.interludes_before(1) == (interlude,) and campaign.interludes_before(0) == ()
    assert campaign.interlude("years_between") is interlude
    assert [s.id for s in campaign.seasons] == ["river", "spring"]


def test_next_season_shows_the_interlude_just_before_the_next_season_starts(
        campaign: Campaign):
    session = CampaignSession(campaign)
    heard: list = []
    session.subscribe(heard.append)
    session.begin()
    session.choose("keep")
    session.choose("help")
    session.choose("finish")
    assert isinstance(heard[-1], SeasonFinished)
    heard.clear()
    session.next_season()
    assert isinstance(heard[0], InterludeShown) and isinstance(heard[1], SeasonStarted)
    assert heard[0] == InterludeShown("years_between", "1922-1941: the years between", 1,
                                      "riverside/interludes/years_between/title")


def _campaign_file(write, items: str) -> list:
    write("one.yaml", (FOLDER / "spring.yaml").read_text("utf-8").replace(
        "id: spring\n  title", "id: one\n  title"))
    write("two.yaml", (FOLDER / "spring.yaml").read_text("utf-8"))
    path = write("campaign.yaml", "format: 1\ncampaign:\n  id: c\n  title: C\n  seasons:\n"
                 + items)
    return load(path).diagnostics


PAGE = "    - interlude:\n        id: {id}\n        title: T\n        text: Years pass.\n"


def test_an_interlude_must_sit_between_two_seasons(write):
    assert _campaign_file(write, "    - one.yaml\n" + PAGE.format(id="a") + "    - two.yaml\n"
                          ) == []
    first = _campaign_file(write, PAGE.format(id="a") + "    - one.yaml\n    - two.yaml\n")
    last = _campaign_file(write, "    - one.yaml\n    - two.yaml\n" + PAGE.format(id="a"))
    assert codes(first) == [("VR129", 7, 9)] and "before the first" in first[0].message
    assert codes(last) == [("VR129", 9, 9)] and "after the last" in last[0].message


def test_interlude_ids_are_unique_and_its_note_cites_its_own_sources(write):
    two = PAGE.format(id="a") + PAGE.format(id="a")
    assert [d.code for d in _campaign_file(write, "    - one.yaml\n" + two + "    - two.yaml\n")
            ] == ["VR014"]
    noted = PAGE.format(id="a") + ("        note: {text: More., source: davis}\n"
                                   "        sources: [{id: davies, title: Davies 2004}]\n")
    found = _campaign_file(write, "    - one.yaml\n" + noted + "    - two.yaml\n")
    assert codes(found) == [("VR080", 11, 37)] and "`davies`" in found[0].hint


# -- saves ----------------------------------------------------------------------------

def test_progress_records_the_cut_and_a_save_without_one_reads_as_the_whole(
        campaign: Campaign):
    museum = cut_campaign(campaign, "museum")
    progress = CampaignSession(museum).progress
    assert progress.cut == "museum" and progress.to_json()["cut"] == "museum"
    assert CampaignState.from_json(progress.to_json()) == progress
    whole = CampaignSession(campaign).progress.to_json()
    assert "cut" not in whole  # a save of the whole season looks as it always did
    assert CampaignState.from_json(whole).cut == ""


def test_a_save_made_in_a_cut_resumes_in_it_and_is_fitted_to_another(
        campaign: Campaign, tmp_path: Path):
    museum = cut_campaign(campaign, "museum")
    session = CampaignSession(museum)
    session.choose("share")  # now at `harvest`, in the museum cut and the whole season alike
    path = tmp_path / "save.json"
    write_save(path, museum, session.progress)
    assert json.loads(path.read_text("utf-8"))["progress"]["cut"] == "museum"
    again = read_save(path, museum)
    assert again.note == "" and again.progress == session.progress
    whole = read_save(path, campaign)
    assert whole.progress.cut == "" and whole.progress.current.scene == "harvest"
    assert "another version of the season" in whole.note


def test_a_save_whose_place_the_cut_drops_starts_the_season_again(
        campaign: Campaign, tmp_path: Path):
    session = CampaignSession(campaign)
    session.choose("keep")  # at `mill`, which the museum cut drops
    path = tmp_path / "save.json"
    write_save(path, campaign, session.progress)
    loaded = read_save(path, cut_campaign(campaign, "museum"))
    assert loaded.progress.current.scene == "well" and loaded.progress.cut == "museum"
    assert "start it again" in loaded.note


def test_a_format_2_save_from_before_cuts_loads_as_the_full_season(campaign: Campaign,
                                                                    tmp_path: Path):
    path = tmp_path / "save.json"
    session = CampaignSession(campaign)
    write_save(path, campaign, session.progress)
    data = json.loads(path.read_text("utf-8"))
    assert "cut" not in data["progress"] and data["format"] == 2
    assert read_save(path, campaign).progress.cut == ""


# -- texts and translations -----------------------------------------------------------

def test_documents_cut_titles_and_interludes_are_in_the_catalogue(river: Season,
                                                                  campaign: Campaign):
    texts = {e.key: e.text for e in season_texts(river)}
    assert texts[keys.document_key("river", "pen_pictures", "citation")].endswith("p. 7")
    assert keys.document_key("river", "kitchen_photo", "archive") not in texts  # none written
    assert texts["river/documents/decree/title"] == "The decree, in other words"
    assert texts["river/cuts/museum/title"] == "For a museum visit"
    own = {e.key: e.text for e in campaign_texts(campaign)}
    for field in ("title", "text", "timeline/2", "note", "sources/davies/title"):
        assert f"riverside/interludes/years_between/{field}" in own


def test_localise_swaps_document_and_interlude_texts(river: Season, campaign: Campaign):
    def shout(key: str, text: str) -> str:
        return text.upper()

    shown = localise(river, shout)
    assert shown.documents["pen_pictures"].citation.startswith("FRIENDS'")
    assert shown.cuts["museum"].title == "FOR A MUSEUM VISIT"
    assert shown.documents["pen_pictures"].kind == "quotation"  # ids and kinds stay
    page = localise_campaign(campaign, shout, campaign.seasons).interludes[0]
    assert page.title.startswith("1922-1941: THE") and page.note.text.isupper()
    assert page.before == 1


def test_the_json_schema_accepts_documents_cuts_and_interludes():
    schema = json_schema()
    for name in ("river.yaml", "campaign.yaml"):
        jsonschema.validate(yaml.safe_load((FOLDER / name).read_text("utf-8")), schema)
    data = yaml.safe_load((FOLDER / "river.yaml").read_text("utf-8"))
    data["season"]["documents"][0]["kind"] = "quote"
    assert list(jsonschema.Draft7Validator(schema).iter_errors(data))


def test_a_single_season_played_alone_carries_its_cut_into_the_campaign_of_one(
        river: Season):
    assert as_campaign(cut_of(river, "museum")).cut == "museum"


ROUTED = TINY + """  cuts:
    - id: short
      title: Short
      scenes: [start]
      jumps: {{river: {target}}}
scenes:
  - id: start
    text: Snow.
    choices:
      - id: wait
        label: Wait
        effects: {{trust: 5, reason: Patience.}}
        next:
          - if: trust >= 55
            next: river
          - next: spring
  - id: river
    text: Ice.
    choices:
      - {{ id: cross, label: Cross, next: spring }}
endings:
  - {{ id: spring, title: Spring, text: Thaw. }}
"""


def test_a_cut_sends_conditional_routes_through_its_jumps_too(write):
    result = load(write("routed.yaml", ROUTED.format(target="end")))
    assert result.ok and result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    short = cut_of(result.model, "short")
    (choice,) = short.scenes["start"].choices
    assert [r.next for r in choice.routes] == ["end"] and choice.next == "spring"
    session = Session(short)
    session.choose("wait")  # trust 55: the route that led to the dropped `river` now ends
    assert session.ending is not None and session.ending.id == "spring"
    broken = load(write("routed.yaml", ROUTED.format(target="end").replace(
        "      jumps: {river: end}\n", ""))).diagnostics
    assert [d.code for d in broken] == ["VR125"] and "leads to `river`" in broken[0].message


def test_a_cut_leaves_out_the_paragraphs_and_notes_marked_skip_in(tmp_path):
    """Issue 11 item 5: a museum visit reads less in the scenes it keeps; the whole season
    and other cuts read everything."""
    from game.engine.cuts import cut_of
    from tests.helpers import load

    path = tmp_path / "short.yaml"
    path.write_text("""\
format: 1
season:
  id: short
  title: Short
  place: Here
  years: "1921"
  summary: A short season.
  cuts:
    - { id: museum, title: For a museum visit, scenes: [start] }
    - { id: classroom, title: For a lesson, scenes: [start] }
scenes:
  - id: start
    text:
      - Snow falls on the village.
      - text: The river has frozen hard.
        skip_in: [museum]
    note: { text: Winters were long., skip_in: [museum] }
    choices:
      - id: wait
        label: Wait for spring
        outcome:
          - Spring comes late.
          - { text: The ice breaks in April., skip_in: museum }
        next: spring
endings:
  - id: spring
    title: Spring
    text:
      - The snow melts.
      - { text: The fields turn green., skip_in: [museum] }
""", "utf-8")
    result = load(path)
    assert result.ok, [d.one_line() for d in result.diagnostics]
    whole = result.model
    museum, classroom = cut_of(whole, "museum"), cut_of(whole, "classroom")
    texts = lambda s: [p.text.strip() for p in s.scenes["start"].text]  # noqa: E731
    assert texts(whole) == texts(classroom) == ["Snow falls on the village.",
                                                "The river has frozen hard."]
    assert texts(museum) == ["Snow falls on the village."]
    assert museum.scenes["start"].note is None and classroom.scenes["start"].note is not None
    assert [p.text for p in museum.scenes["start"].choices[0].outcome] == ["Spring comes late."]
    assert len(museum.endings["spring"].text) == 1 and len(whole.endings["spring"].text) == 2
