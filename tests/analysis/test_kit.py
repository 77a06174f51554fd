"""The lesson kit for every shipped season and the campaign: each part there, with real
content that matches the season (every citation, every glossary term, every scene), and
lesson plans whose timings add up to the period."""

from __future__ import annotations

import re
import subprocess
import sys
from html import escape

import pytest

from game.analysis.kit import (
    CLASSROOM,
    PERIOD,
    build_campaign_kit,
    build_season_kit,
    campaign_kit_html,
    guidance_for,
    kit_html,
    play_minutes,
    vocabulary,
)
from game.analysis.stats import season_stats
from game.engine.cuts import cut_of
from tests.conftest import ROOT, STORIES
from tests.helpers import load

SEASONS = ["famine", "war", "reconstruction"]
PARTS = ["Lesson plans", "Background for the teacher", "Discussion protocol and debrief",
         "Answer guidance", "Exit ticket rubric, vocabulary key and reading support",
         "Primary sources", "Note-catcher", "Vocabulary", "Exit ticket"]


@pytest.fixture(scope="module")
def kits():
    return {name: build_season_kit(load(STORIES / f"{name}.yaml").model) for name in SEASONS}


@pytest.mark.parametrize("name", SEASONS)
def test_each_season_has_its_lesson_file_and_no_problems(kits, name):
    kit = kits[name]
    assert kit.problems == []
    assert kit.lesson is not None and kit.lesson.season == name
    lesson = kit.lesson
    assert len(lesson.background) >= 3 and lesson.protocol_steps and lesson.debrief
    assert lesson.exit_prompt and len(lesson.rubric) >= 3
    assert lesson.leaves_out and lesson.reading_support
    assert lesson.break_after in kit.season.scenes
    assert set(lesson.document_questions) == set(kit.season.documents)  # a question each


@pytest.mark.parametrize("name", SEASONS)
def test_the_plans_fill_their_periods_from_the_reading_time(kits, name):
    kit = kits[name]
    for plan in (kit.one_period, *kit.two_periods):
        assert plan.minutes == PERIOD, plan
        assert all(step.minutes > 0 for step in plan.steps)
    version = cut_of(kit.season, CLASSROOM)
    stats = season_stats(version, walks=200)
    play = next(s for s in kit.one_period.steps if s.title == "Play")
    assert play.minutes == play_minutes(stats.reading_minutes[1], stats.decisions)
    assert f"{stats.reading_minutes[0]:.0f}-{stats.reading_minutes[1]:.0f} minutes" in play.detail
    assert kit.one_period.note == ""  # each classroom cut leaves time to talk
    whole = season_stats(kit.season, walks=200).reading_minutes[1]
    parts = [s.minutes for p in kit.two_periods for s in p.steps if s.title.startswith("Play")]
    assert len(parts) == 2 and sum(parts) >= whole  # the whole season is played


def test_play_minutes_are_the_slow_readers_time_and_the_decisions():
    assert play_minutes(15.4, 10.5) == 19  # 15.4 + 2.6, rounded up
    assert play_minutes(20.0, 0) == 20


def text_of(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


@pytest.mark.parametrize("name", SEASONS)
def test_every_part_is_printed_on_pages_of_its_own(kits, name):
    page = kit_html(kits[name])
    titles = re.findall(r"<h2>([^<:]+)", page)
    assert titles[1:] == PARTS
    assert page.count('<section class="part') == len(PARTS) + 1  # and the cover
    assert ".part { break-before: page" in page and "<script" not in page
    assert "Not written yet" not in page


@pytest.mark.parametrize("name", SEASONS)
def test_the_source_packet_prints_every_card_in_full(kits, name):
    season = kits[name].season
    page = kit_html(kits[name])
    packet = page.split("<h2>Primary sources")[1].split("<h2>Note-catcher")[0]
    for document in season.documents.values():
        assert escape(document.citation) in packet
        if document.archive:
            assert escape(document.archive) in packet
        last = document.text.split("\n\n")[-1]
        assert escape(" ".join(last.split())) in packet  # to the end, not an excerpt
        assert escape(kits[name].lesson.document_questions[document.id]) in packet
    paraphrases = [d for d in season.documents.values() if d.kind == "paraphrase"]
    assert packet.count('class="document paraphrase"') == len(paraphrases)
    assert packet.count("In other words (not the exact words)") == len(paraphrases)


@pytest.mark.parametrize("name", SEASONS)
def test_the_note_catcher_lists_the_scenes_in_order(kits, name):
    season = kits[name].season
    page = kit_html(kits[name])
    catcher = page.split("<h2>Note-catcher")[1].split("<h2>Vocabulary")[0]
    found = re.findall(r"<th>\d+\. ([^<]+)", catcher)
    assert found == [escape(s.title) for s in season.scenes.values()]
    for heading in ("What did you choose?", "Why?", "What did it cost?"):
        assert heading in catcher
    skipped = len(season.scenes) - len(cut_of(season, CLASSROOM).scenes)
    assert catcher.count("not in the one-lesson version") == skipped


@pytest.mark.parametrize("name", SEASONS)
def test_the_vocabulary_activity_has_every_term_and_a_right_key(kits, name):
    season = kits[name].season
    terms, meanings, key = vocabulary(season)
    page = kit_html(kits[name])
    activity = page.split("<h2>Vocabulary")[1].split("<h2>Exit ticket")[0]
    for number, term in enumerate(season.info.glossary):
        assert f"____ {escape(term.term)}</li>" in activity
        letter = key[number]
        assert f"<b>{letter}.</b> {escape(term.meaning)}</li>" in activity  # the key is right
    assert sorted(meanings) == sorted(t.meaning for t in season.info.glossary)
    assert meanings != [t.meaning for t in season.info.glossary]  # shuffled
    teacher = page.split("Vocabulary activity: answer key")[1]
    assert all(f"{n + 1}&nbsp;{key[n]}" in teacher for n in range(len(terms)))


@pytest.mark.parametrize("name", SEASONS)
def test_every_reflection_question_has_guidance_and_the_ticket_its_rubric(kits, name):
    kit = kits[name]
    page = kit_html(kit)
    for question in kit.season.info.reflection:
        guidance = guidance_for(kit.lesson, question)
        assert guidance and escape(guidance[0]) in page
    assert page.count(escape(kit.lesson.exit_prompt)) == 3  # the rubric's and two slips
    for level in kit.lesson.rubric:
        assert escape(level.shows) in page
    assert "was it measuring trust" in text_of(page).lower()


def test_the_campaign_kit_has_every_season_and_the_years_between():
    campaign = load(STORIES / "campaign.yaml").model
    kit = build_campaign_kit(campaign)
    assert kit.problems == []
    page = campaign_kit_html(kit)
    for season in campaign.seasons:
        assert f"Note-catcher: {escape(season.info.title)}" in page
        assert f"Exit ticket: {escape(season.info.title)}" in page
    assert page.count('<section class="part') == 1 + 3 * (len(PARTS) + 1) + 1
    assert "Between the seasons: 1922-1941" in page and "Holodomor" in page
    assert re.search(r"Read \u201c1922-1941: the years between\u201d with the class before "
                     r"The Home Front \(about \d+ minutes", page)
    assert page.index("The Hungry Year") < page.index("Between the seasons") < page.index(
        "Lesson kit: The home front")


def test_the_command_writes_the_campaign_kit_and_refuses_markdown(tmp_path):
    out = tmp_path / "kit.html"
    result = subprocess.run([sys.executable, "-m", "game", "guide",
                             str(STORIES / "campaign.yaml"), "--kit", "-o", str(out)],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Lesson kit: Village Resilience" in out.read_text("utf-8")
    result = subprocess.run([sys.executable, "-m", "game", "guide", str(STORIES / "war.yaml"),
                             "--kit", "-o", str(tmp_path / "kit.md")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1 and "write it to .html" in result.stderr
