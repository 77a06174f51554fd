"""The kiosk's pure parts (issue 13 items 1, 5, 6): its configuration read like a season,
the anonymous counters (and what a SIGKILL leaves of them), the status file and the report."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from game.kiosk.config import DEFAULT_PIN, load_config
from game.kiosk.counters import Counters, length_bucket
from game.kiosk.report import csv_rows, summary
from game.kiosk.status import Status, write_status

DAY = date(2026, 12, 2)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_configuration_and_no_configuration(tmp_path):
    config, problems = load_config(write(tmp_path, (
        "season: stories/war.yaml\nidle_seconds: 45\ncountdown_seconds: 15\n"
        'staff_pin: "0042"\nlanguages: [en, ru]\nshow_other_visitors: on\n')), ("en", "ru"))
    assert problems == [] and config is not None
    assert (config.idle_seconds, config.countdown_seconds, config.staff_pin) == (45, 15, "0042")
    assert config.languages == ("en", "ru") and config.show_other_visitors
    assert config.season == tmp_path / "stories/war.yaml" and config.cut == "museum"
    default, problems = load_config(None)
    assert problems == [] and default is not None and default.staff_pin == DEFAULT_PIN
    assert "staff PIN is 0000" in default.warnings[0]


def test_each_mistake_names_its_line_and_what_to_do(tmp_path):
    cases = {
        "idle_secnds: 60\n": ("VR011", 1, "idle_seconds"),
        "idle_seconds: 5\n": ("VR015", 1, "10"),
        "staff_pin: 12\n": ("VR015", 1, "quotes"),
        "languages: [en, fr]\n": ("VR015", 1, "en"),
        "show_other_visitors: maybe\n": ("VR015", 1, "on"),
        "season: a.yaml\n  idle_seconds: 60\n": (None, 0, ""),
    }
    for text, (code, line, hint) in cases.items():
        config, problems = load_config(write(tmp_path, "# kiosk\n" + text), ("en", "ru"))
        assert config is None and problems, text
        first = problems[0]
        if code:
            assert first.code == code and first.line == line + 1, (text, first.one_line())
            assert hint in first.one_line(), (text, first.one_line())
        assert str(tmp_path / "kiosk.yaml") in first.one_line()


def test_counters_count_by_day_and_share_only_with_enough_visitors(tmp_path):
    counters = Counters(tmp_path / "k.sqlite")
    for i in range(8):
        counters.decision(DAY, "war", "evacuees", "share_stove" if i < 5 else "send_food")
    assert counters.share(DAY, "war", "evacuees", "share_stove") == 5 / 8
    assert counters.share(DAY, "war", "lida", "take_lida") is None  # nobody yet
    counters.visit(DAY, 250, "war/going_home", "ru")
    counters.ending(DAY, "war", "held_on")
    assert counters.total("visit") == 1 and counters.total("scene", DAY) == 8
    lines = summary(counters.counts())
    assert "Visits: 1" in lines and any("ru" in line for line in lines)
    assert csv_rows(counters.counts())[0] == ["day", "kind", "key", "count"]
    assert length_bucket(250) == "under 5 min" and length_bucket(4000) == "10 min or more"
    counters.close()


WRITER = """
import sys
from datetime import date
from game.kiosk.counters import Counters
counters = Counters(__import__("pathlib").Path(sys.argv[1]))
print("ready", flush=True)
i = 0
while True:
    counters.decision(date(2026, 12, 2), "war", "evacuees", "c%d" % (i % 3))
    i += 1
"""


def test_a_kill_9_mid_write_leaves_a_sound_database_with_whole_decisions(tmp_path):
    path = tmp_path / "k.sqlite"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counters = Counters(path)
    scenes = counters.total("scene")
    assert scenes > 0 and counters.total("choice") == scenes  # never half a decision
    counters.decision(DAY, "war", "evacuees", "c0")
    assert counters.total("scene") == scenes + 1
    counters.close()


def test_a_damaged_database_is_put_aside_and_counting_goes_on(tmp_path):
    path = tmp_path / "k.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    counters = Counters(path)
    counters.visit(DAY, 30, "famine/thin_harvest", "en")
    assert counters.total("visit") == 1 and (tmp_path / "k.sqlite.damaged").exists()
    counters.close()


def test_the_status_file_is_whole_json(tmp_path):
    path = write_status(tmp_path, Status("attract", 3, 3600.4, 12.34, 0, "2026-12-02T14:00:00"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"screen": "attract", "visits": 3, "uptime_s": 3600, "last_input_s": 12.3,
                    "problems": 0, "updated": "2026-12-02T14:00:00"}


def test_the_example_kiosk_yaml_in_deploy_reads_clean():
    from tests.conftest import ROOT

    config, problems = load_config(ROOT / "deploy" / "kiosk.yaml", ("en", "ru"))
    assert problems == [] and config is not None
    assert config.season is not None and config.season.resolve().exists()
    assert config.screen_inches == 32 and config.languages == ("en", "ru")


def test_the_watchdog_speaks_sd_notify_over_a_local_socket(tmp_path):
    import socket

    from game.kiosk.watchdog import notify

    assert notify("WATCHDOG=1", {}) is False  # no systemd: nothing sent, nothing fails
    path = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        assert notify("READY=1", {"NOTIFY_SOCKET": path})
        assert server.recv(64) == b"READY=1"
    assert notify("WATCHDOG=1", {"NOTIFY_SOCKET": path}) is False  # gone: the kiosk goes on
