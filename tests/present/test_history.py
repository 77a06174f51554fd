"""The history listener: every page in the order it was shown, in words (never ids), bounded,
and afresh for each season with the interludes before it."""

from __future__ import annotations

from game.engine.campaign import CampaignSession, as_campaign
from game.lang.catalogue import ENGLISH_STRINGS
from game.present.history import History, before_current, seen, worded
from tests.conftest import FIXTURES, STORIES
from tests.helpers import load

RIVER = FIXTURES / "seasonformat"


def listening(path, size=None):  # type: ignore[no-untyped-def]
    play = CampaignSession(as_campaign(load(path).model))
    history = History(play) if size is None else History(play, size)
    play.subscribe(history)
    play.begin()
    return play, history


def text_of(play, history):  # type: ignore[no-untyped-def]
    return "\n".join(f"{page.heading}\n" + "\n".join(t for t, _ in page.lines)
                     for page in worded(ENGLISH_STRINGS, play.season, history.pages))


def test_pages_come_in_the_order_they_were_shown():
    play, history = listening(STORIES / "famine.yaml")
    first = play.session.scene
    label = first.choice("reap_for_anna").label
    play.choose("reap_for_anna")
    second = play.session.scene
    kinds = [(page.kind, page.title) for page in history.pages]
    assert kinds == [("scene", first.title), ("outcome", label), ("scene", second.title)]
    assert history.pages[-1].text == play.session.text()  # the scene as the screen shows it


def test_the_history_is_words_not_ids():
    play, history = listening(STORIES / "famine.yaml")
    label = play.session.scene.choice("reap_for_anna").label
    outcome = play.choose("reap_for_anna")
    text = text_of(play, history)
    assert f"You chose: {label}" in text
    assert outcome.text[0] in text  # what happened, in the season's words
    moved = [e for e in history.pages[1].changes if hasattr(e, "reason")]
    assert moved and f"Trust {moved[0].delta:+d} (now {moved[0].after}/100" in text
    assert moved[0].reason in text
    for an_id in ("reap_for_anna", "thin_harvest", "famine"):  # ids, not words
        assert an_id not in text


def test_arrival_changes_are_told_on_the_scene_they_happen_on():
    play, history = listening(STORIES / "famine.yaml")
    for choice in ("reap_for_anna", "stay_silent", "give_sack"):
        play.choose(choice)
        arrival = history.pages[-1].changes
        shown = worded(ENGLISH_STRINGS, play.season, [history.pages[-1]])[0]
        told = [t for t, _ in shown.lines if t.startswith("On arriving: ")]
        assert len(told) == len(arrival)  # one line each, and none for a scene without


def test_it_keeps_a_season_at_most():
    play, history = listening(RIVER / "river.yaml", size=3)
    for choice in ("keep", "help", "finish"):
        play.choose(choice)
    assert len(history.pages) == 3
    assert [(p.kind, p.title) for p in history.pages] == [  # the newest three, in order
        ("scene", "Harvest"), ("outcome", "Finish the year"),
        ("ending", play.session.ending.title)]


def test_a_new_season_starts_afresh_after_its_interlude_and_documents_are_kept():
    play, history = listening(RIVER / "campaign.yaml")
    history.read(play.season.documents["pen_pictures"])
    assert history.pages[-1].kind == "document"
    assert "You read: Pen Pictures" in text_of(play, history)
    assert "Source: Friends' Relief Committee" in text_of(play, history)
    for choice in ("keep", "help", "finish"):
        play.choose(choice)
    assert history.pages[-1].kind == "ending"
    play.next_season()
    assert [p.kind for p in history.pages] == ["interlude", "scene"]
    text = text_of(play, history)
    assert "1922-1941: the years between" in text and "1929-1933: collectivisation" in text
    assert "The river thaws." in text and "Finish the year" not in text


def test_after_continue_the_history_begins_at_the_scene_resumed():
    play, _ = listening(RIVER / "river.yaml")
    play.choose("share")
    resumed = CampaignSession(play.campaign, play.progress)
    history = History(resumed)
    resumed.subscribe(history)
    resumed.begin()
    assert [(p.kind, p.title) for p in history.pages] == [("scene", "Market day")]


def test_an_outcome_on_screen_has_not_shown_the_scene_it_leads_to():
    play, history = listening(RIVER / "river.yaml")
    play.choose("share")
    assert seen(history.pages, showing_outcome=True) == 2  # the well, what happened
    assert seen(history.pages, showing_outcome=False) == 3


def test_back_reads_every_page_seen_but_the_one_on_screen_in_reading_order():
    play, history = listening(RIVER / "river.yaml")
    play.choose("share")
    history.read(play.season.documents["kitchen_photo"])  # read at the market
    on_outcome = [(p.kind, p.title) for p in before_current(history.pages, True)]
    assert on_outcome == [("scene", "The well")]  # the market is not shown yet
    at_market = [(p.kind, p.title) for p in before_current(history.pages)]
    assert at_market == [("scene", "The well"), ("outcome", "Share the water"),
                         ("document", "A relief kitchen, 1922")]
