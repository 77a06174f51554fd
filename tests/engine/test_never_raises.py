"""The validator never raises, whatever the bytes: one regression test for each root cause
the reliability review found (reviews/reliability-and-fuzzing.md, §1), each now a located
diagnostic with a hint, and never a reason to stop checking the other files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.engine import library
from game.engine.diagnostics import CODES
from tests.conftest import ROOT
from tests.helpers import TINY, load

SCENES = """scenes:
  - id: start
    text: Snow falls on the village.
    choices:
      - id: wait
        label: Wait for spring
        if: {cond}
        next: spring
      - {{ id: leave, label: Leave, next: spring }}
endings: [{{ id: spring, title: Spring comes, text: The snow melts. }}]
"""


def season(cond: str = "trust > 1") -> str:
    return TINY + SCENES.format(cond=cond)


def found(path: Path) -> list[tuple[str, int, int]]:
    result = load(path)
    for d in result.diagnostics:  # every diagnostic is located and catalogued
        assert d.code in CODES and d.file == str(path) and d.line >= 1, d.one_line()
    return [(d.code, d.line, d.col) for d in result.diagnostics]


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f", "\x9b", "\ufffe", "\uffff"])
def test_a_raw_control_character_is_located(write, char):
    path = write("s.yaml", season().replace("Snow falls", f"Snow{char} falls"))
    assert found(path) == [("VR008", 10, 15)]


@pytest.mark.parametrize("escape", ["\\0", "\\e[2J", "\\x1b", "\\x00"])
def test_an_escaped_control_character_is_located(write, escape):
    path = write("s.yaml", season().replace("text: Snow falls on the village.",
                                            f'text: "Snow{escape} falls"'))
    assert found(path) == [("VR008", 10, 11)]


@pytest.mark.parametrize("cond", ["(" * 162 + "trust > 1" + ")" * 162, "not " * 970 + "trust > 1",
                                  "not (" * 139 + "trust > 1" + ")" * 139])
def test_conditions_nested_too_deep_are_a_located_error(write, cond):
    codes = found(write("s.yaml", season(f'"{cond}"')))
    assert [c for c, *_ in codes] == ["VR030"] and codes[0][1] == 14


@pytest.mark.parametrize(("value", "code"), [
    ("1" * 4301, "VR015"), ("9" * 20, "VR015"), ("0x_", "VR015"), ("0o_", "VR015"),
    ("0x" + "f" * 200, "VR015")])
def test_numbers_too_long_to_mean_anything_are_refused(write, value, code):
    summary = "summary: The smallest season that works."
    text = season().replace(summary, f"{summary}\ntrust: {{ start: {value} }}")
    assert [c for c, *_ in found(write("s.yaml", text))] == [code]
    assert [c for c, *_ in found(write("f.yaml", season().replace("format: 1",
                                                                     f"format: {value}")))
            ] in ([code], ["VR016"])


def test_a_long_number_in_a_condition_is_refused(write):
    assert [c for c, *_ in found(write("s.yaml", season("trust > " + "9" * 40)))] == ["VR030"]


@pytest.mark.parametrize(("name", "code"), [("a" * 256 + ".yaml", "VR070"),
                                            ("x\\0.yaml", "VR008"), ("loop.yaml", "VR070")])
def test_odd_campaign_paths_are_located_problems(write, tmp_path, name, code):
    write("good.yaml", season())
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    campaign = write("campaign.yaml", f'format: 1\ncampaign: {{ id: c, title: C, seasons: '
                     f'[good.yaml, "{name}"] }}\n')
    codes = found(campaign)
    assert [(c, line) for c, line, _ in codes] == [(code, 2)]
    assert load(tmp_path / "good.yaml").ok  # the good season beside it still plays


def test_a_broken_campaign_beside_a_good_season_does_not_stop_it(write, tmp_path):
    good = write("good.yaml", season())
    write("campaign.yaml", "format: 1\ncampaign: { id: c, title: C\x01, seasons: [good.yaml] }\n")
    result = load(good)
    assert result.ok, [d.one_line() for d in result.diagnostics]


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "good.yaml").write_text(season(), "utf-8")
    code = ("import sys; from pathlib import Path; from game.engine.library import Library\n"
            f"lib = Library(); r = lib.load(Path({str(tmp_path / 'pipe.yaml')!r}))\n"
            f"g = lib.load(Path({str(tmp_path / 'good.yaml')!r}))\n"
            "print([d.code for d in r.diagnostics], g.ok)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=30, cwd=ROOT)
    assert done.stdout.strip() == "['VR007'] True", done.stderr


def test_a_bug_in_one_file_is_reported_on_it_and_the_rest_are_still_checked(
        write, tmp_path, monkeypatch):
    write("a.yaml", season())
    write("b.yaml", season().replace("id: tiny", "id: other"))
    real = library.build_season

    def crash_on_a(reader, raw, path, text, check_pictures=True):
        if path.name == "a.yaml":
            raise RecursionError("deep")
        return real(reader, raw, path, text, check_pictures)

    monkeypatch.setattr(library, "build_season", crash_on_a)
    lib = library.Library()
    broken, good = lib.load(tmp_path / "a.yaml"), lib.load(tmp_path / "b.yaml")
    assert [(d.code, d.file) for d in broken.diagnostics] == [("VR009", str(tmp_path / "a.yaml"))]
    assert "RecursionError" in broken.diagnostics[0].message
    assert good.ok


def test_validate_reports_every_file_of_a_folder_even_with_a_strange_one(write, tmp_path):
    write("good.yaml", season())
    write("bad.yaml", season().replace("Snow falls", "Snow\x01 falls"))
    write("worse.yaml", season().replace("format: 1", "format: " + "1" * 5000))
    done = subprocess.run([sys.executable, "-m", "game", "validate", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 1 and "internal error" not in done.stderr + done.stdout
    out = done.stdout + done.stderr
    assert "bad.yaml:10:15: error[VR008]" in out and "worse.yaml:1:9: error[VR015]" in out
    assert "Checked 3 files" in out
