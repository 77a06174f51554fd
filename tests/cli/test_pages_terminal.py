"""The terminal shows document cards from their scene and interludes between seasons."""

from __future__ import annotations

import io

from game.engine.campaign import CampaignSession
from game.engine.cuts import cut_campaign
from game.text.terminal import Console, play
from tests.cli.test_terminal_client import run_text
from tests.conftest import FIXTURES
from tests.helpers import load

CAMPAIGN = FIXTURES / "seasonformat" / "campaign.yaml"


def played(lines: str, cut: str = "") -> str:
    campaign = load(CAMPAIGN).model
    if cut:
        campaign = cut_campaign(campaign, cut)
    out = io.StringIO()
    answers = iter(lines.splitlines(keepends=True))
    play(Console(out, lambda: next(answers, "")), CampaignSession(campaign))
    return out.getvalue()


def test_a_scene_offers_its_document_and_reading_it_returns_to_the_same_scene():
    out = played("d\n\n1\n")
    assert "   d. Read the document: Pen Pictures of Russian Village Life (1922)" in out
    card = out.split("Choose 1-2 (h for help): d\n", 1)[1]
    assert card.startswith("\n[Quotation]\n*** Pen Pictures of Russian Village Life (1922) ***")
    assert "The words of the relief worker, quoted exactly.\n\nA second paragraph" in card
    assert "Source: Friends' Relief Committee, Pen Pictures, London, 1922, p. 7" in card
    assert "Kept at: Library of the Society of Friends, London" in card
    back = card.split("Press Enter to go back to the scene: \n", 1)[1]
    assert back.lstrip().startswith("--- The well ---")  # the same scene, nothing chosen
    assert "Trust +5" in back and back.index("Trust +5") > back.index("1. Share the water")


def test_several_documents_are_numbered_and_each_kind_is_labelled():
    out = played("1\nd2\n\nd1\n\nd\n\n")
    assert "  d1. Read the document: A relief kitchen, 1922" in out
    assert "  d2. Read the document: The decree, in other words" in out
    assert "[In other words (not the exact words)]\n*** The decree, in other words ***" in out
    assert out.count("[A photograph, described]") == 2  # `d` opens the first of several
    assert "Please type a number" not in out


def test_a_scene_without_documents_takes_d_as_a_wrong_answer():
    out = played("2\nd\n")  # at the mill: no documents
    assert "--- The mill ---" in out and "Please type 1 to go on." in out


def test_the_interlude_is_a_page_between_the_seasons_with_continue():
    out = played("2\n1\n1\n\n\n")
    page = out.split("== 1922-1941: the years between ==", 1)[1]
    assert out.index("Ending: Apart") < out.index("the years between")
    assert page.index("Press Enter to continue (q to stop): ") < page.index("== The Spring After")
    assert "Twenty years pass between the two seasons.\n\nThe village changes." in page
    assert "  1921-1928: the New Economic Policy\n  1929-1933: collectivisation" in page
    assert "Learn more: Historians still argue about the numbers. (Source: R. W. Davies" in page


def test_the_museum_cut_in_the_terminal_skips_the_dropped_scenes():
    out = played("1\n1\n", cut="museum")
    assert "Market day" not in out and "--- Harvest ---" in out


def test_a_document_read_through_the_command_line():
    result = run_text(FIXTURES / "seasonformat" / "river.yaml", "d\n\n2\n")
    assert result.returncode == 0 and "[Quotation]" in result.stdout
