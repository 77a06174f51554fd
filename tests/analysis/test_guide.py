"""Teacher guides render for every shipped season, with every section present and filled."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from game.analysis.guide import build_guide, to_html, to_markdown
from game.analysis.svgmap import svg_map
from tests.conftest import ROOT, STORIES
from tests.helpers import load

SECTIONS = ["At a glance", "Synopsis", "Timeline", "Content notes", "Learning goals",
            "Vocabulary", "The neighbours", "The choices students face",
            "How the season can end", "Memories that carry over", "Questions for discussion",
            "Sources", "Map of the season"]


@pytest.fixture(scope="module")
def campaign():
    return load(STORIES / "campaign.yaml").model


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_section_is_present_and_filled(campaign, index):
    season = campaign.seasons[index]
    guide = build_guide(season, campaign)
    assert [s.title for s in guide.sections] == SECTIONS
    assert [s.title for s in guide.sections if s.empty] == []
    memories = next(s for s in guide.sections if s.title == "Memories that carry over")
    assert len(memories.items) >= 3  # the campaign's memories are named, both ways
    markdown = to_markdown(guide)
    for title in SECTIONS:
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
    assert parser.h2 == SECTIONS and parser.scripts == 0
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
