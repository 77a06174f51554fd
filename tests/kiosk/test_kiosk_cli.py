"""`python -m game kiosk report` for museum staff, and a bad kiosk.yaml stopping the kiosk with
its file and line (exit 2, so a supervisor's log says why) before any window opens."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from game.kiosk.counters import Counters
from tests.conftest import ROOT


def run(*args: str, data) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", "kiosk", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "VR_DATA_DIR": str(data)})


def test_the_report_prints_the_counts_and_writes_csv(tmp_path):
    counters = Counters(tmp_path / "kiosk.sqlite")
    counters.visit(date(2026, 11, 30), 200, "war/lida", "ru")
    counters.visit(date(2026, 12, 2), 40, "war/evacuees", "en")
    counters.decision(date(2026, 12, 2), "war", "evacuees", "share_stove")
    counters.close()
    result = run("report", "--since", "2026-12-01", "--csv", str(tmp_path / "c.csv"),
                 data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Visits: 1" in result.stdout and "war/evacuees/share_stove" in result.stdout
    assert "ru" not in result.stdout.split("Languages")[1]  # 30 November is before --since
    rows = (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "day,kind,key,count" and len(rows) == 1 + 6
    bad = run("report", "--since", "yesterday", data=tmp_path)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_a_broken_kiosk_yaml_stops_the_kiosk_with_its_line(tmp_path):
    config = tmp_path / "kiosk.yaml"
    config.write_text("idle_seconds: 60\nstaff_pin: 12\n", encoding="utf-8")
    result = run("--config", str(config), data=tmp_path)
    assert result.returncode == 2
    assert f"{config}:2:" in result.stderr and "quotes" in result.stderr
    assert "Traceback" not in result.stderr
