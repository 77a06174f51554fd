"""Teacher guides render for every shipped season, with every section present and filled."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from game.analysis.guide import (
    build_campaign_guide,
    build_guide,
    campaign_to_html,
    campaign_to_markdown,
    to_html,
    to_markdown,
)
from game.analysis.svgmap import svg_map
from tests.conftest import ROOT, STORIES
from tests.helpers import load

SECTIONS = ["At a glance", "Synopsis", "Timeline", "Content notes", "Learning goals",
            "Vocabulary", "The neighbours", "The choices students face",
            "What each choice costs and gives", "How the season can end",
            "Memories that carry over", "Questions for discussion", "Sources", "Map of the season"]
# Sections a guide has only when the season has them (documents, cuts, teacher notes), in the
# order they come, after the memories.
OPTIONAL = ["Primary sources students can open", "Shorter versions (cuts)",
            "Notes for the teacher"]


def sections_of(season):  # type: ignore[no-untyped-def]
    """The guide's sections for this season: the fixed ones, and the optional ones it has."""
    has = {"Primary sources students can open": bool(season.documents),
           "Shorter versions (cuts)": bool(season.cuts) and not season.cut,
           "Notes for the teacher": bool(season.info.teacher_note) or any(
               s.teacher_note or any(c.teacher_note for c in s.choices)
               for s in season.scenes.values())
           or any(e.teacher_note for e in season.endings.values())}
    at = SECTIONS.index("Memories that carry over") + 1
    return SECTIONS[:at] + [t for t in OPTIONAL if has[t]] + SECTIONS[at:]


@pytest.fixture(scope="module")
def campaign():
    return load(STORIES / "campaign.yaml").model


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_section_is_present_and_filled(campaign, index):
    season = campaign.seasons[index]
    guide = build_guide(season, campaign)
    assert [s.title for s in guide.sections] == sections_of(season)
    assert [s.title for s in guide.sections if s.empty] == []
    memories = next(s for s in guide.sections if s.title == "Memories that carry over")
    assert len(memories.items) >= 3  # the campaign's memories are named, both ways
    markdown = to_markdown(guide)
    for title in sections_of(season):
        body = markdown.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
        assert body.strip(), title
    assert "```mermaid\nflowchart TD" in markdown


class Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.h2: list[str] = []
        self._in = False
        self.scripts = 0

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self._in = tag == "h2"
        self.scripts += tag == "script"

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in:
            self.h2.append(data)
            self._in = False


def test_html_guide_is_self_contained_with_a_drawn_map(campaign):
    season = campaign.seasons[0]
    page = to_html(build_guide(season, campaign), svg_map(season))
    parser = Headings()
    parser.feed(page)
    assert parser.h2 == sections_of(season) and parser.scripts == 0
    assert "http" not in re.sub(r"(https?://\S+\))|(\(https?://[^)]*\))", "", page).replace(
        'xmlns="http://www.w3.org/2000/svg"', "")  # nothing fetched: only cited URLs
    assert page.count("<rect") == len(season.scenes) + len(season.endings)


def test_guide_command_writes_both_formats(tmp_path):
    for name in ("guide.html", "guide.md"):
        out = tmp_path / name
        result = subprocess.run([sys.executable, "-m", "game", "guide",
                                 str(STORIES / "war.yaml"), "-o", str(out)],
                                capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert "Teacher guide: The Home Front" in out.read_text("utf-8")


NINETIES = """format: 1
season: { id: nineties, title: Wages in Saucepans, place: Penza, years: 1992, summary: Hard. }
resources:
  - { id: grain, label: Grain, unit: sacks, start: 4, max: 8 }
  - { id: tools, label: Tools, start: 2 }
memories:
  - { id: joined_garden, label: You joined the block's garden. }
scenes:
  - id: wages
    title: Wages in saucepans
    text:
      - "September 1992."
      - Your family has lived on the fourth floor for eleven years, and this month the factory
        pays its workers in saucepans instead of roubles.
      - { if: joined_garden, text: The garden helps. }
    choices:
      - { id: share, label: Share the potatoes, aid: share_grain,
          effects: { grain: -2, trust: +6, reason: Thanks., remember: joined_garden },
          next: end }
      - { id: lend, label: Lend the spade, aid: lend_tools, if: tools >= 1,
          effects: { tools: -1, trust: -3, reason: Grumbles. }, next: end }
      - { id: keep, label: Keep everything, next: end }
endings:
  - { id: garden, title: A garden for the block, text: Good., if: trust >= 70 and grain >= 3 }
  - { id: alone, title: Alone, text: Cold., if: trust < 35 or not joined_garden }
  - { id: by, title: Getting by, text: Fine. }
"""


def test_the_synopsis_keeps_whole_paragraphs_not_a_date_line(write):
    season = load(write("nineties.yaml", NINETIES)).model
    synopsis = next(s for s in build_guide(season).sections if s.title == "Synopsis")
    assert synopsis.items == ["Wages in saucepans: September 1992. Your family has lived on the "
                              "fourth floor for eleven years, and this month the factory pays "
                              "its workers in saucepans instead of roubles."]


def test_endings_and_choices_read_as_plain_words(write):
    season = load(write("nineties.yaml", NINETIES)).model
    sections = {s.title: s for s in build_guide(season).sections}
    assert sections["How the season can end"].items == [
        "A garden for the block: if the village trusts you a lot (trust 70 or more) and you "
        "have at least 3 sacks of grain",
        "Alone: if the village hardly trusts you (trust 34 or less) or the village does not "
        "remember that you joined the block's garden",
        "Getting by: otherwise (when none of the endings above fits)"]
    assert sections["What each choice costs and gives"].items == [
        "Wages in saucepans, \u201cShare the potatoes\u201d: costs 2 sacks of grain; gives 6 "
        "points of trust; the village remembers that you joined the block's garden.",
        "Wages in saucepans, \u201cLend the spade\u201d: costs 3 points of trust and 1 tool; "
        "offered only if you have at least 1 tool.",
        "Wages in saucepans, \u201cKeep everything\u201d: costs and gives nothing."]
    markdown = to_markdown(build_guide(season))
    assert ">=" not in markdown.split("## Map of the season")[0]
    assert sections["Memories that carry over"].items == [
        "Set and recalled in this season: You joined the block's garden. (joined_garden)"]


def test_a_campaign_has_one_guide_season_by_season(campaign):
    whole = build_campaign_guide(campaign)
    markdown = campaign_to_markdown(whole)
    assert markdown.startswith("# Teacher guide: Village Resilience\n")
    assert [line for line in markdown.splitlines() if line.startswith("## Season")] == [
        "## Season 1: The Hungry Year", "## Season 2: The Home Front",
        "## Season 3: Raising the Frame"]
    assert markdown.count("### How the season can end") == 3
    page = campaign_to_html(whole, [svg_map(s) for s in campaign.seasons])
    parser = Headings()
    parser.feed(page)
    assert parser.scripts == 0 and page.count("<svg") == 3


def test_guide_command_takes_a_campaign_refuses_other_suffixes_and_writes_readable_files(
        tmp_path):
    out = tmp_path / "unit.html"
    result = subprocess.run([sys.executable, "-c", "import os, runpy, sys; os.umask(0o022); "
                             "sys.argv = ['game', 'guide', sys.argv[1], '-o', sys.argv[2]]; "
                             "runpy.run_module('game', run_name='__main__')",
                             str(STORIES / "campaign.yaml"), str(out)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Season 3: Raising the Frame" in out.read_text("utf-8")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o644  # colleagues on a shared drive can read it
    wrong = subprocess.run([sys.executable, "-m", "game", "guide", str(STORIES / "war.yaml"),
                            "-o", str(tmp_path / "guide.txt")],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert wrong.returncode == 1 and ".html" in wrong.stderr
    assert not (tmp_path / "guide.txt").exists()
