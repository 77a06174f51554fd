"""What every screen type shows at 1280x720, as reviewed text snapshots, and the promises
every description keeps (one heading per scene, its paragraphs, the meter in words, every
choice including the locked ones, the picture's alt text, the focus ring, scrolling).

After an intended change: review the diff, then `pytest tests/ui/test_snapshots.py
--snapshot-update` and commit tests/ui/__snapshots__ (see docs/architecture.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.engine.model import Campaign
from game.engine.session import visible
from game.engine.settings import Settings
from game.engine.starting import begin, plan
from game.engine.state import GameState
from game.ui.app import App
from game.ui.describe import Description
from game.ui.render import show
from game.ui.screens import NAMES
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen
from tests.conftest import FIXTURES, ROOT, STORIES
from tests.ui.snapshots import HOW_TO_UPDATE, compare
from tests.ui.support import click, open_app, press

SIZE = (1280, 720)
FAMINE = ("reap_for_anna", "stay_silent", "give_sack", "to_buzuluk", "bring_misha_home",
          "tell_zuev", "shelter_schmidts", "keep_zorka", "work_kitchen", "sow_all",
          "plough_own", "keep_harvest")  # the mixed golden's path (stories/transcripts)
# snapshot name: (story, screen, scene, --with, choices)
CASES: dict[str, tuple[str, str, str | None, str, tuple[str, ...]]] = {
    "title": ("campaign.yaml", "title", None, "", ()),
    "choose": ("campaign.yaml", "choose", None, "", ()),
    "intro": ("campaign.yaml", "intro", None, "", ()),
    "scene": ("famine.yaml", "scene", "misha_door", "", ()),
    "scene-locked": ("famine.yaml", "scene", "skhod", "grain=1", ()),
    "outcome": ("famine.yaml", "outcome", None, "", ("reap_for_anna",)),
    "ending": ("famine.yaml", "ending", None, "", FAMINE),
    "summary": ("famine.yaml", "summary", None, "", FAMINE),
    "ledger": ("famine.yaml", "ledger", None, "", FAMINE),
    "menu": ("famine.yaml", "menu", None, "", ()),
    "settings": ("famine.yaml", "settings", None, "", ()),
    "sound": ("famine.yaml", "sound", None, "", ()),
    "problem": ("famine.yaml", "problem", None, "", ()),
    "scene-documents": ("seasonformat/river.yaml", "scene", "market", "", ()),
    "document": ("seasonformat/river.yaml", "document", "well", "", ()),
    "interlude": ("seasonformat/campaign.yaml", "interlude", None, "", ()),
    "history": ("famine.yaml", "history", None, "", FAMINE[:3]),
    "reread": ("famine.yaml", "reread", None, "", FAMINE[:2]),
    "players": ("campaign.yaml", "players", None, "", ()),
    "player-name": ("campaign.yaml", "player-name", None, "", ()),
    "confirm": ("famine.yaml", "confirm", None, "", FAMINE[:2]),
    "jump": ("famine.yaml", "jump", None, "", ()),
}


def shown(stories: dict[str, Campaign], case: str, tmp: Path) -> App:
    story, screen, scene, overrides, choices = CASES[case]
    campaign = stories[story]
    state: GameState | None = None
    if scene or overrides:
        start, problems = plan(campaign.seasons[0], scene, None, overrides)
        assert not problems
        state = begin(campaign.seasons[0], start)[0]
    return show(campaign, screen, SIZE, Settings(text_speed="instant"), tmp, state, 0, choices)


def test_descriptions_profiles_and_screen_names_need_no_pygame():
    """Speech, a screen-reader bridge and the command-line parser can use them cheaply."""
    code = ("import sys, game.ui.describe, game.ui.profile, game.ui.screens\n"
            "sys.exit(1 if 'pygame' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_every_registered_screen_has_a_snapshot_case():
    assert {screen for _, screen, *_ in CASES.values()} == set(NAMES)


@pytest.mark.parametrize("case", CASES)
def test_screen_snapshot(stories, case, tmp_path, snapshot):
    description = shown(stories, case, tmp_path).top.describe()
    assert description.screen == CASES[case][1]
    snapshot(case, description.snapshot())


def test_scrolled_panel_snapshot(stories, tmp_path, snapshot):
    """Scrolled to the end with the focus ring on the last choice: the heading is hidden."""
    app = shown(stories, "scene-locked", tmp_path)  # the assembly: longer than a screen
    screen = app.top
    screen.key("end")
    screen.move_focus(-1)
    description = screen.describe()
    assert [e.visible for e in description.roles("heading")] == [False]
    focused = [e for e in description.elements if e.focused]
    assert [e.key for e in focused] == [screen.focus] and focused[0].visible
    snapshot("scene-scrolled", description.snapshot())


def check_scene(description: Description, screen: PlayScreen) -> None:
    """What a scene must show, whatever its wording: the promises the snapshots rely on."""
    session, season = screen.run.session, screen.run.season
    scene = session.scene
    assert scene is not None
    headings = description.roles("heading")
    assert [h.text for h in headings] == [scene.title or season.title]
    paragraphs = [e.text for e in description.roles("paragraph")]
    assert paragraphs == list(session.text()) and paragraphs
    meter = description.roles("meter")
    band = season.trust.bands[0].label
    for candidate in season.trust.bands:
        if session.state.trust >= candidate.start:
            band = candidate.label
    assert [m.text for m in meter] == [f"{season.trust.label}: {session.state.trust} out of "
                                       f"100, {band}"]
    choices = [(e.key, e.enabled) for e in description.roles("choice")]
    assert choices == [(f"{'choice' if v.available else 'locked'}:{v.id}", v.available)
                       for v in session.choices()]
    labels = [e.text for e in description.roles("choice")]
    assert all(view.label in label for view, label in zip(session.choices(), labels,
                                                          strict=True))
    if scene.image is not None and scene.image.path is not None:
        assert [i.text for i in description.roles("image")] == [scene.image.alt]
    assert [e.text for e in description.roles("title")] == [season.title]


def test_every_scene_of_every_season_is_described_whole(stories, tmp_path):
    campaign = stories["campaign.yaml"]
    for index, season in enumerate(campaign.seasons):
        for scene_id in season.scenes:
            start, _ = plan(season, scene_id)
            app = show(campaign, "scene", SIZE, Settings(text_speed="instant"), tmp_path,
                       begin(season, start)[0], index)
            assert isinstance(app.top, PlayScreen)
            check_scene(app.top.describe(), app.top)
            note = app.top.run.session.scene.note if app.top.run.session.scene else None
            if note is not None:  # "Learn more" opens the note: it is described whole too
                app.top.activate("note")
                assert note.text in [e.text for e in app.top.describe().roles("note")]


def test_a_locked_choice_is_described_as_a_disabled_choice(stories, tmp_path):
    app = shown(stories, "scene-locked", tmp_path)
    description = app.top.describe()
    check_scene(description, app.top)
    locked = [e for e in description.roles("choice") if e.enabled is False]
    assert [e.key for e in locked] == ["locked:lend_two"] and locked[0].number is None
    assert "you do not have two" in locked[0].text


def test_the_ending_and_outcome_are_described_whole(stories, tmp_path):
    ending = shown(stories, "ending", tmp_path).top
    assert isinstance(ending, PlayScreen) and ending.run.session.ending is not None
    described = ending.describe()
    assert [h.text for h in described.roles("heading")] == [
        f"Ending: {ending.run.session.ending.title}"]
    assert [p.text for p in described.roles("paragraph")] == list(
        visible(ending.run.session.ending.text, ending.run.session.state))
    outcome = shown(stories, "outcome", tmp_path).top.describe()
    assert [b.key for b in outcome.roles("choice") + outcome.roles("button")] == [
        "reread", "menu", "continue"]  # Back and Menu in the top bar, then the page's button
    assert outcome.roles("meter") and "out of 100" in outcome.roles("meter")[0].text


def test_the_meter_label_is_drawn_where_it_is_described(stories, tmp_path):
    """A pixel probe: the meter's words are painted (not only described)."""
    app = shown(stories, "scene", tmp_path)
    x, y, w, _ = app.top.describe().roles("meter")[0].rect
    ink = app.theme(app.top.palette).meter_text
    line = app.fonts.line_height("small")
    painted = sum(app.surface.get_at((px, py))[:3] == ink
                  for px in range(x, x + w // 2) for py in range(y, y + line))
    assert painted > 50


def test_snapshot_compare_shows_a_diff_and_how_to_update(tmp_path):
    assert compare("a", "heading | One\n", update=True, folder=tmp_path) is None
    assert compare("a", "heading | One\n", update=False, folder=tmp_path) is None
    problem = compare("a", "paragraph | One\n", update=False, folder=tmp_path)
    assert problem and "-heading | One" in problem and "+paragraph | One" in problem
    assert HOW_TO_UPDATE in problem and "--snapshot-update" in problem
    assert "No snapshot" in (compare("b", "x\n", update=False, folder=tmp_path) or "")


def test_render_describe_writes_json_and_leaves_no_temporary_folder(tmp_path):
    out = tmp_path / "shot.png"
    described = tmp_path / "shot.json"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    result = subprocess.run([sys.executable, "-m", "game", "render",
                             str(STORIES / "famine.yaml"), "--scene", "skhod", "--with",
                             "grain=1", "-o", str(out), "--describe", str(described)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    data = json.loads(described.read_text("utf-8"))
    assert data["screen"] == "scene" and data["size"] == [1280, 720]
    roles = [e["role"] for e in data["elements"]]
    assert roles.count("heading") == 1 and "meter" in roles and "image" in roles
    for element in data["elements"]:
        assert set(element) >= {"role", "text", "rect", "visible", "focused"}
    assert any(e["role"] == "choice" and e.get("enabled") is False for e in data["elements"])
    assert out.exists() and list((tmp_path / "tmp").iterdir()) == []


def test_the_trust_change_note_and_the_focus_ring_are_described(tmp_path):
    app = open_app(FIXTURES / "golden" / "starter.yaml", tmp_path)
    app.replace(TitleScreen(app))
    press(app, pygame.K_TAB)  # the focus ring appears on the first button one can press
    assert [e.key for e in app.top.describe().elements if e.focused] == ["new"]
    click(app, "new")
    click(app, "begin")
    click(app, "choice:help_petrova")
    screen = app.top
    assert isinstance(screen, PlayScreen)
    notes = [e.text for e in screen.describe().roles("note") if e.rect == tuple(screen.note_box)]
    assert notes == [screen.motion.note] and notes[0].startswith("+")
