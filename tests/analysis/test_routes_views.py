"""Every view of a season follows a conditional next: the graph, the drawn map and the
guide; and the campaign guide says how much trust carries."""

from __future__ import annotations

from game.analysis.graph import dot, mermaid
from game.analysis.guide import build_campaign_guide, choice_lines
from game.analysis.svgmap import svg_map
from game.lang.story import localise
from tests.conftest import FIXTURES
from tests.engine.test_campaign import FIRST, SECOND
from tests.helpers import load

PLOUGH = FIXTURES / "teacher" / "plough.yaml"


def test_the_graph_draws_an_arrow_for_each_route_with_its_condition():
    season = load(PLOUGH).model
    text = mermaid(season)
    assert "s_summer -->" in text and "s_plough_back" in text
    assert "then if lent_plough" in text and "then otherwise" in text
    assert "(Lend a hand)" in text  # the season's words for its aid
    graph = dot(season)
    assert '"summer" -> "plough_back"' in graph and '"summer" -> "harvest"' in graph


def test_the_map_reaches_a_scene_only_a_route_leads_to():
    season = load(PLOUGH).model
    drawn = svg_map(season)
    assert "The plough comes home" in drawn
    assert drawn.count("then if lent_plough") == 1


def test_the_guide_says_where_a_route_leads_in_plain_words():
    season = load(PLOUGH).model
    line = next(x for x in choice_lines(season) if "Wait for the harvest" in x)
    assert "then goes to The plough comes home if" in line
    assert line.endswith("otherwise to Harvest.")


def test_the_campaign_guide_says_how_much_trust_carries(write):
    write("first.yaml", FIRST)
    write("second.yaml", SECOND)
    for carry, words in ((None, "Village trust and every memory carry"),
                         (50, "village trust carries 50 %"), (0, "starts afresh")):
        setting = "" if carry is None else f"trust_carry: {carry}, "
        campaign = load(write(f"c{carry}.yaml", "format: 1\ncampaign: { id: both, title: "
                              f"Both, {setting}seasons: [first.yaml, second.yaml] }}\n")).model
        overview = build_campaign_guide(campaign).overview[1].paragraphs[0]
        assert words in overview, overview


def test_a_translation_swaps_teacher_notes_and_aid_words():
    season = localise(load(PLOUGH).model, lambda key, text: f"[{text}]")
    assert season.info.aid_words["lend_tools"] == "[Lend a hand]"
    assert season.info.teacher_note.startswith("[SECRET-SEASON-NOTE")
    assert season.scenes["spring"].choice("lend").teacher_note.startswith("[SECRET-CHOICE")
    assert season.endings["good_neighbours"].teacher_note.startswith("[SECRET-ENDING")
    assert season.scenes["summer"].choice("wait").routes  # routes are kept as they are
