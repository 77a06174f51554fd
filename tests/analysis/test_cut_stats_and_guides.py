"""Statistics per cut (reading time at 120-150 words a minute, decisions, the longest
screen) and guides that list documents, cuts and interludes."""

from __future__ import annotations

import random

import pytest

from game.analysis.guide import (
    build_campaign_guide,
    build_guide,
    campaign_to_html,
    campaign_to_markdown,
    to_markdown,
)
from game.analysis.stats import (
    MUSEUM,
    READING_SPEEDS,
    VisitLimits,
    museum_misfits,
    season_stats,
    walk_words,
)
from game.analysis.svgmap import svg_map
from game.engine.cuts import cut_of
from game.engine.model import Campaign, Season
from tests.cli.test_commands import game
from tests.conftest import FIXTURES
from tests.helpers import load

FOLDER = FIXTURES / "seasonformat"


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    return load(FOLDER / "campaign.yaml").model


@pytest.fixture(scope="module")
def river(campaign: Campaign) -> Season:
    return campaign.seasons[0]


def test_reading_time_is_a_range_at_120_to_150_words_a_minute(river: Season):
    stats = season_stats(river, walks=50)
    quick, slow = stats.reading_minutes
    words = sum(stats.path_words) / len(stats.path_words)
    assert READING_SPEEDS == (120, 150)
    assert quick == pytest.approx(words / 150) and slow == pytest.approx(words / 120)
    assert "at 150-120 words/min" in stats.summary()


def test_a_walk_counts_its_decisions_and_its_longest_screen(river: Season):
    walk = walk_words(cut_of(river, "museum"), random.Random(3))
    assert walk.ending in ("together", "apart") and walk.decisions in (1, 2)
    # the well: 6 words of text and two labels of 3 and 6 words
    assert walk.longest == (15, "well")


def test_stats_per_cut_name_the_cut_and_measure_only_what_it_keeps(river: Season):
    whole, museum = season_stats(river, walks=50), season_stats(cut_of(river, "museum"), 50)
    assert museum.cut == "museum" and museum.scenes == 2 and whole.scenes == 4
    assert museum.decisions < whole.decisions and max(museum.path_decisions) == 2
    assert museum.summary().startswith("river, cut `museum` (For a museum visit): 2 scenes")


def test_museum_misfits_names_each_limit_a_cut_breaks(river: Season):
    """Limits set just under what the river's museum cut measures are each broken, and the
    kiosk's limits (5 minutes at 120 words a minute = 600 words) are met by this tiny cut."""
    stats = season_stats(cut_of(river, "museum"), walks=50)
    assert MUSEUM.words == 600 and museum_misfits(stats) == []
    tight = VisitLimits(minutes=(stats.typical_words - 1) / READING_SPEEDS[0],
                        decisions=max(stats.path_decisions) - 1,
                        screen_words=stats.longest_screen[0] - 1,
                        grade=min(stats.body.grade, stats.notes.grade) - 0.1)
    found = museum_misfits(stats, tight)
    assert len(found) == 5, found
    assert f"screen `{stats.longest_screen[1]}` has {stats.longest_screen[0]} words" in found[2]


def test_the_stats_command_lists_the_whole_season_then_every_cut():
    out = game("stats", "--walks", "20", str(FOLDER / "river.yaml")).stdout
    heads = [line for line in out.splitlines() if not line.startswith(" ")]
    assert heads == ["river: 4 scenes, 2 endings",
                     "river, cut `classroom` (For one lesson): 3 scenes, 2 endings",
                     "river, cut `museum` (For a museum visit): 2 scenes, 2 endings"]
    one = game("stats", "--walks", "20", "--cut", "classroom", str(FOLDER / "river.yaml"))
    assert one.returncode == 0 and one.stdout.startswith("river, cut `classroom`")
    assert "decisions (max 3); longest screen" in one.stdout


def test_the_guide_lists_each_document_with_its_kind_scene_and_citation(river: Season):
    text = to_markdown(build_guide(river))
    section = text.split("## Primary sources students can open", 1)[1].split("\n## ", 1)[0]
    assert ("- Pen Pictures of Russian Village Life (1922) (Quotation; in The well). "
            "Citation: Friends' Relief Committee, Pen Pictures, London, 1922, p. 7. Kept at: "
            "Library of the Society of Friends, London") in section
    assert "(In other words (not the exact words); in Market day)" in section


def test_the_guide_has_a_section_per_cut_and_a_cut_guide_says_which_it_is(river: Season):
    text = to_markdown(build_guide(river))
    cuts = text.split("## Shorter versions (cuts)", 1)[1].split("\n## ", 1)[0]
    assert "- For a museum visit (`--cut museum`): 2 of 4 scenes (The well, Harvest)" in cuts
    assert "For one lesson (`--cut classroom`): 3 of 4 scenes" in cuts
    museum = to_markdown(build_guide(cut_of(river, "museum")))
    assert "| This version | the cut \u201cFor a museum visit\u201d (`--cut museum`), 2 of the " \
           "season's scenes |" in museum
    assert "Shorter versions" not in museum and "Market day" not in museum


def test_a_season_without_documents_or_cuts_gets_no_empty_sections(campaign: Campaign):
    text = to_markdown(build_guide(campaign.seasons[1], campaign))
    assert "Primary sources" not in text and "Shorter versions" not in text


def test_the_campaign_guide_prints_the_interlude_before_the_season_it_leads_to(
        campaign: Campaign):
    guide = build_campaign_guide(campaign)
    text = campaign_to_markdown(guide)
    page = text.index("## Between the seasons: 1922-1941: the years between")
    assert text.index("## Season 1: The River Year") < page < text.index(
        "## Season 2: The Spring After")
    assert "- 1922-1941: the years between (before The Spring After)" in text
    body = text[page:]
    assert "Twenty years pass between the two seasons." in body
    assert "- 1929-1933: collectivisation" in body
    assert "Learn more: Historians still argue about the numbers. (Source: R. W. Davies" in body
    html = campaign_to_html(guide, [svg_map(s) for s in campaign.seasons])
    assert "<h2>Between the seasons: 1922-1941: the years between</h2>" in html


def test_exploring_the_campaign_passes_over_the_interlude(campaign: Campaign):
    from game.analysis.explore import explore

    result = explore(list(campaign.seasons), len(campaign.seasons) - 1)
    assert [r.season.id for r in result.seasons] == ["river", "spring"]
    assert all(p.reachable for r in result.seasons for p in (*r.scenes.values(),
                                                              *r.endings.values()))
