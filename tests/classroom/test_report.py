"""The class report (issue 14 item 3): from 30 generated codes the counts and percentages are
the class's real ones, unreadable codes are listed with their line, nothing touches the
network, and the CSV, slides and folders of .vrplay files work."""

from __future__ import annotations

import csv
import json
import random
import socket
from collections import Counter

import pytest

from game.classroom.pages import report_html, slides_html
from game.classroom.pathcode import make_code, season_story, stories_of
from game.classroom.report import build_report, csv_rows, read_entries
from game.cli.main import main
from game.engine.cuts import cut_of
from game.engine.model import Season
from game.engine.session import Session
from tests.conftest import STORIES
from tests.helpers import load


def class_of(season: Season, n: int = 30, seed: int = 30) -> list[tuple[str, ...]]:
    """n students' paths: a third choose at random, the rest lean towards helping."""
    rng, paths = random.Random(seed), []
    for i in range(n):
        session = Session(season)
        while not session.ended:
            open_ = [v for v in session.choices() if v.available]
            helping = [v for v in open_ if v.choice.aid != "none"]
            pool = helping if i % 3 and helping and rng.random() < 0.7 else open_
            session.choose(rng.choice(pool).id)
        paths.append(session.state.path)
    return paths


@pytest.fixture(scope="module")
def campaign():
    return load(STORIES / "campaign.yaml").model


@pytest.fixture(scope="module")
def famine(campaign):
    return cut_of(campaign.seasons[0], "classroom")


@pytest.fixture(scope="module")
def handed_in(famine, tmp_path_factory):
    paths = class_of(famine)
    folder = tmp_path_factory.mktemp("class")
    lines = [f"{make_code(season_story(famine), [p])}\tseat {i + 1}" for i, p in enumerate(paths)]
    lines.insert(5, "# the second row")
    lines.append("FAM-XXXX-1234-5")  # copied wrongly
    (folder / "codes.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, paths


def test_thirty_codes_give_the_class_s_real_counts(campaign, famine, handed_in):
    folder, paths = handed_in
    problems: list[str] = []
    report = build_report(read_entries([str(folder / "codes.txt")], problems), stories_of(campaign))
    assert problems == [] and report.students == 30
    assert [(r.where, r.why.split(" ")[0]) for r in report.refused] == [("codes.txt:32", "a")]
    assert len(report.groups) == 1
    expected = Counter(pair for p in paths for pair in
                       zip(_scenes(famine, p), p, strict=True))
    reached = Counter(s for p in paths for s in set(_scenes(famine, p)))
    rows = {(r[2], r[3]): (int(r[5]), float(r[6])) for r in csv_rows(report)[1:]}
    for (scene, choice), count in expected.items():
        assert rows[(scene, choice)] == (count, round(100 * count / reached[scene], 1))
    start = famine.start
    assert sum(c for (s, _), (c, _) in rows.items() if s == start) == 30
    assert sum(p for (s, _), (_, p) in rows.items() if s == start) == pytest.approx(100, abs=0.3)
    endings = Counter(Session(famine, _end(famine, p)).state.ending for p in paths)
    for ending, count in endings.items():
        assert rows[("(ending)", ending)][0] == count


def _scenes(season: Season, path: tuple[str, ...]) -> list[str]:
    session, scenes = Session(season), []
    for choice in path:
        scenes.append(session.state.scene)
        session.choose(choice)
    return scenes


def _end(season: Season, path: tuple[str, ...]):
    session = Session(season)
    for choice in path:
        session.choose(choice)
    return session.state


def test_the_report_runs_with_the_network_disabled(handed_in, tmp_path, monkeypatch):
    folder, _ = handed_in

    def refuse(*args, **kwargs):
        raise AssertionError("the class report tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    out, table, slides = tmp_path / "r.html", tmp_path / "r.csv", tmp_path / "s.html"
    code = main(["class", "report", str(folder / "codes.txt"), "-o", str(out), "--csv",
                 str(table), "--slides", str(slides)])
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert "30 path codes read; 1 could not be read" in html and "<svg" in html
    assert "seat 3" not in html  # anonymous unless asked
    assert "http" not in html.replace("http-equiv", "")  # nothing fetched from anywhere
    header = next(csv.reader(table.open(encoding="utf-8")))
    assert header[:3] == ["season", "cut", "scene"] and "percent" in header
    deck = slides.read_text(encoding="utf-8")
    assert deck.count("<section") > 5 and "Source:" in deck


def test_names_only_when_asked_and_vrplay_folders(campaign, famine, handed_in, tmp_path):
    folder, paths = handed_in
    problems: list[str] = []
    report = build_report(read_entries([str(folder / "codes.txt")], problems), stories_of(campaign))
    assert "seat 3" in report_html(report, names=True)
    hand = tmp_path / "handins"
    hand.mkdir()
    for i, path in enumerate(paths[:4]):
        (hand / f"{i}.vrplay").write_text(json.dumps(
            {"vrplay": 1, "code": make_code(season_story(famine), [path])}), encoding="utf-8")
    (hand / "broken.vrplay").write_text("{not json", encoding="utf-8")
    problems = []
    report = build_report(read_entries([str(hand)], problems), stories_of(campaign))
    assert report.students == 4 and len(problems) == 1 and "broken.vrplay" in problems[0]


def test_codes_of_two_seasons_are_reported_apart(campaign):
    war = cut_of(campaign.seasons[1], "museum")
    famine = cut_of(campaign.seasons[0], "museum")
    codes = [make_code(season_story(s), [p]) for s in (famine, war) for p in class_of(s, 5)]
    report = build_report(read_entries(codes, []), stories_of(campaign))
    assert [len(g.played) for g in report.groups] == [5, 5]
    assert [g.season.id for g in report.groups] == ["famine", "war"]
    assert "The Home Front" in slides_html(report)
