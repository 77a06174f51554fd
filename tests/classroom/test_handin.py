"""The hand-in at a season's end: the code the front ends show, and the .vrplay file."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from game.classroom.handin import documents_folder, save_vrplay, season_code
from game.classroom.pathcode import replay, stories_of
from game.classroom.report import build_report, read_entries
from game.engine.campaign import CampaignSession, as_campaign
from game.engine.cuts import cut_campaign
from tests.conftest import STORIES
from tests.helpers import load


@pytest.fixture(scope="module")
def campaign():
    return load(STORIES / "campaign.yaml").model


def finish(cursor: CampaignSession, rng: random.Random) -> None:
    while not cursor.ended:
        cursor.choose(rng.choice([v for v in cursor.choices() if v.available]).id)


def test_each_season_of_a_campaign_gives_a_code_that_replays_to_it(campaign):
    stories, rng = stories_of(campaign), random.Random(5)
    for played in (campaign, cut_campaign(campaign, "museum")):
        cursor = CampaignSession(played)
        cursor.begin()
        for _ in range(3):
            assert season_code(played, cursor.progress) is None  # not ended yet
            finish(cursor, rng)
            code = season_code(played, cursor.progress)
            assert code is not None
            back = replay(code, stories)
            assert [p.path for p in back.seasons] == [r.path for r in cursor.progress.history()]
            assert back.last.ending == cursor.state.ending
            if cursor.has_next_season:
                cursor.next_season()


def test_a_season_played_alone_and_an_old_save(campaign):
    season = campaign.seasons[2]
    alone = as_campaign(season)
    cursor = CampaignSession(alone)
    finish(cursor, random.Random(2))
    code = season_code(alone, cursor.progress)
    assert code is not None and code.startswith("REC-")
    assert replay(code, stories_of(campaign)).last.path == cursor.state.path
    older = cursor.progress.__class__(cursor.progress.campaign, 0,
                                      cursor.state.but(path=()))
    assert season_code(alone, older) is None  # a save from before path codes: no code


def test_the_vrplay_file_is_read_by_the_class_report(campaign, tmp_path):
    cursor = CampaignSession(campaign)
    finish(cursor, random.Random(9))
    code = season_code(campaign, cursor.progress)
    assert code is not None
    folder = documents_folder(tmp_path)
    assert folder == tmp_path / "Village Resilience"  # no Documents folder: the home
    (tmp_path / "Documents").mkdir()
    folder = documents_folder(tmp_path)
    path = save_vrplay(folder, code, campaign, cursor.progress, today=date(2026, 12, 2))
    assert path.parent == tmp_path / "Documents" / "Village Resilience"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["code"] == code and data["season"] == "famine" and "nickname" not in data
    assert data["finished"] == "2026-12-02" and data["ending_title"]
    report = build_report(read_entries([str(folder)], []), stories_of(campaign))
    assert report.students == 1 and report.groups[0].played[0].path == cursor.state.path
