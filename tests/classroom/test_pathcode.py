"""Path codes (issue 14 item 2): every path round-trips through the engine, a mistyped code
is caught, a code from another version is named as such, and a save keeps the path."""

from __future__ import annotations

import random

import pytest

from game.classroom.pathcode import (
    ALPHABET,
    CodeError,
    campaign_story,
    make_code,
    normalise,
    replay,
    season_story,
    stories_of,
)
from game.engine.campaign import CampaignSession, CampaignState
from game.engine.cuts import cut_of
from game.engine.model import Season
from game.engine.session import Session, start_state, step
from game.engine.state import GameState
from tests.conftest import STORIES
from tests.helpers import load


@pytest.fixture(scope="module")
def campaign():
    return load(STORIES / "campaign.yaml").model


@pytest.fixture(scope="module")
def stories(campaign):
    return stories_of(campaign)


def every_path(season: Season) -> list[tuple[str, ...]]:
    """Every way through a season, by depth-first search over the choices open each time."""
    found, stack = [], [start_state(season)[0]]
    while stack:
        state = stack.pop()
        if state.ending is not None:
            found.append(state.path)
            continue
        for choice in season.scenes[state.scene].choices:
            if choice.cond is None or choice.cond.holds(state.values(), state.memories):
                stack.append(step(season, state, choice.id).state)
    return found


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_path_of_each_museum_cut_round_trips(campaign, stories, index):
    season = cut_of(campaign.seasons[index], "museum")
    paths = every_path(season)
    codes = {make_code(season_story(season), [path]): path for path in paths}
    assert len(paths) > 40 and len(codes) == len(paths)  # no two paths share a code
    for code, path in codes.items():
        back = replay(code, stories)
        assert back.last.path == path and back.last.season.cut == "museum"
        assert back.last.ending == Session(season, _ended(season, path)).state.ending


@pytest.mark.parametrize("name", ["golden/starter.yaml", "teacher/plough.yaml"])
def test_every_path_of_a_whole_season_round_trips(name):
    """Exhaustive on whole seasons: the starter (54 paths) and the teacher's plough season
    with its conditional next (11). The shipped seasons have 100,000 to 340,000 paths each,
    so they are sampled below, and their museum cuts are exhaustive above."""
    from tests.conftest import FIXTURES

    season = load(FIXTURES / name).model
    paths = every_path(season)
    story = season_story(season)
    codes = {make_code(story, [path]) for path in paths}
    assert len(codes) == len(paths) > 10
    assert sorted(replay(code, [story]).last.path for code in codes) == sorted(paths)


def _ended(season: Season, path: tuple[str, ...]) -> GameState:
    state = start_state(season)[0]
    for choice in path:
        state = step(season, state, choice).state
    return state


def test_sampled_paths_of_whole_seasons_and_the_campaign_round_trip(campaign, stories):
    rng = random.Random(14)
    for season in campaign.seasons:
        for _ in range(60):
            session = Session(season)
            while not session.ended:
                session.choose(rng.choice([v for v in session.choices() if v.available]).id)
            code = make_code(season_story(season), [session.state.path])
            assert replay(code, stories).last.path == session.state.path
    for _ in range(40):
        cursor, paths = CampaignSession(campaign), []
        cursor.begin()
        for index in range(len(campaign.seasons)):
            while not cursor.ended:
                cursor.choose(rng.choice([v for v in cursor.choices() if v.available]).id)
            paths.append(cursor.state.path)
            back = replay(make_code(campaign_story(campaign, index), paths), stories)
            assert [p.path for p in back.seasons] == paths
            assert back.last.trust[-1] == cursor.state.trust  # trust carried as the game did
            assert back.last.ending == cursor.state.ending
            if cursor.has_next_season:
                cursor.next_season()


def test_every_single_mistyped_character_and_swapped_pair_is_caught(campaign, stories):
    season = campaign.seasons[0]
    code = make_code(season_story(season), [_some_path(season)])
    text = normalise(code)
    wrong = 0
    for i in range(3, len(text)):
        for char in ALPHABET:
            if char != text[i]:
                with pytest.raises(CodeError):
                    replay(text[:i] + char + text[i + 1:], stories)
                wrong += 1
        if i + 1 < len(text) and text[i] != text[i + 1]:
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2:]
            with pytest.raises(CodeError):
                replay(swapped, stories)
    assert wrong == 31 * (len(text) - 3)


def test_a_code_is_read_as_a_person_would_write_it(campaign, stories):
    season = campaign.seasons[1]
    path = every_path(cut_of(season, "museum"))[3]
    code = make_code(season_story(cut_of(season, "museum")), [path])
    assert code.startswith("WAR-") and all(len(g) <= 4 for g in code.split("-"))
    scribbled = " ".join(code.lower().split("-")).replace("0", "o").replace("1", "l")
    assert replay(scribbled, stories).last.path == path


def test_a_code_from_another_version_says_so(campaign, stories):
    season = campaign.seasons[0]
    code = make_code(season_story(season), [_some_path(season)])
    scene = season.scenes[season.start]
    effects = scene.choices[0].effects
    assert effects is not None
    changed_choice = scene.choices[0]._replace(effects=effects._replace(trust=effects.trust + 1))
    edited = season._replace(scenes={**season.scenes, scene.id: scene._replace(
        choices=(changed_choice, *scene.choices[1:]))})
    with pytest.raises(CodeError, match="another version of The Hungry Year"):
        replay(code, [season_story(edited)])
    retitled = season._replace(info=season.info._replace(title="Golodny god"))
    assert replay(code, [season_story(retitled)]).last.path  # words alone keep codes good
    with pytest.raises(CodeError, match="no season here"):
        replay("ZZZ-" + normalise(code)[3:], stories)


def _some_path(season: Season) -> tuple[str, ...]:
    session, rng = Session(season), random.Random(3)
    while not session.ended:
        session.choose(rng.choice([v for v in session.choices() if v.available]).id)
    return session.state.path


def test_a_code_that_goes_on_after_the_ending_is_refused(campaign, stories):
    season = cut_of(campaign.seasons[2], "museum")
    code = make_code(season_story(season), [every_path(season)[0]])
    prefix, body = code.split("-", 1)
    from game.classroom import pathcode

    data = normalise(body)[:-2] + "ZZZZ"
    check = pathcode._chars(pathcode._crc(data), 2)
    with pytest.raises(CodeError, match="after the season's end"):
        replay(f"{prefix}-{data}{check}", stories)


def test_a_path_that_is_not_a_path_gives_no_code(campaign):
    season = campaign.seasons[0]
    with pytest.raises(ValueError, match="not open"):
        make_code(season_story(season), [("no_such_choice",)])
    from game.classroom.pathcode import code_for

    assert code_for(season_story(season), [()]) is None  # an older save kept no path


def test_the_path_is_kept_in_saves_and_old_saves_still_load(campaign):
    season = campaign.seasons[0]
    state = _ended(season, _some_path(season))
    assert state.path and GameState.from_json(state.to_json()) == state
    old = state.to_json()
    del old["path"]
    assert GameState.from_json(old).path == ()
    progress = CampaignState(campaign.id, 0, state)
    record = CampaignState.from_json(
        CampaignState(campaign.id, 1, start_state(campaign.seasons[1])[0],
                      progress.history()).to_json()).finished[0]
    assert record.path == state.path
