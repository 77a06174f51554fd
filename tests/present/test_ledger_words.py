"""The ledger reads in the player's language from its keys, and an old save's English still
shows where its scene or choice has gone (format-1 saves kept only the English)."""

from __future__ import annotations

from game.engine.campaign import CampaignSession, as_campaign
from game.engine.state import LedgerEntry
from game.lang.catalogue import ENGLISH_STRINGS
from game.lang.story import localise
from game.present.lines import ledger_rows
from tests.conftest import FIXTURES
from tests.helpers import load

STARTER = FIXTURES / "golden" / "starter.yaml"


def played():
    season = load(STARTER).model
    play = CampaignSession(as_campaign(season))
    play.choose("help_petrova")
    return season, play.state


def test_a_reason_is_said_in_the_language_of_the_season_shown():
    season, state = played()
    russian = localise(season, lambda key, english: "Анна видела вас на поле."
                       if key == "starter/dry_summer/choices/help_petrova/reason" else english)
    rows = [r.text for r in ledger_rows(ENGLISH_STRINGS, russian, state) if r.kind == "change"]
    assert rows == ["Trust +5: Анна видела вас на поле. (A thin harvest)"]


def test_an_old_entry_whose_scene_is_gone_shows_the_english_it_saved():
    season, state = played()
    old = LedgerEntry("starter", "a_scene_since_deleted", "gone", "share_grain", 50, 3,
                      "The neighbours remember the bread.", key="")
    rows = ledger_rows(ENGLISH_STRINGS, season, state.but(ledger=(old,)))
    assert [r.text for r in rows] == [
        "Trust +3: The neighbours remember the bread. (The Seed Grain)"]  # never its id
