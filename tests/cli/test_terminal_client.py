"""The terminal client, driven as a person (or a script) would: piped lines in, text out."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from game.engine.campaign import CampaignSession, as_campaign
from game.text.terminal import Console, play
from tests.conftest import FIXTURES, ROOT
from tests.helpers import load

STARTER = FIXTURES / "golden" / "starter.yaml"


def run_text(path, lines: str, *flags: str, data: Path | None = None
             ) -> subprocess.CompletedProcess[str]:
    """One terminal game; each with a data folder of its own unless `data` is shared."""
    folder = data or Path(tempfile.mkdtemp(prefix="vr-data-"))
    return subprocess.run([sys.executable, "-m", "game", "play", "--text", str(path), *flags],
                          input=lines, capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "VR_DATA_DIR": str(folder)})


def test_piped_playthrough_shows_meter_reasons_resources_and_ending():
    result = run_text(STARTER, "1\n1\n1\n1\n2\n1\n")
    out = result.stdout
    assert result.returncode == 0 and result.stderr == ""
    assert "Village trust: 50/100, Hopeful [##########----------]" in out
    assert "Trust +5 (now 55/100, Hopeful): Anna Petrova saw you in her field at dawn." in out
    assert "Grain -2 (now 2)" in out
    assert "The village will remember: You lent the Petrovs seed grain." in out
    assert "Grain: 4 sacks. Tools: 2. Room at home: 1" in out
    assert "   1. Take your sickle to Petrova's strip\n" in out  # no tag names the kind of
    assert "(lending a hand or tools)" not in out  # aid: it labelled the "right" one (S16)
    assert "=== Ending: The village holds together ===" in out
    assert "Questions to think about:" in out


def test_plain_mode_drops_the_bar_for_screen_readers():
    out = run_text(STARTER, "", "--plain").stdout
    assert "Village trust: 50/100, Hopeful\n" in out and "[#" not in out


def test_locked_choices_are_listed_but_not_numbered():
    out = run_text(STARTER, "2\n2\n1\n2\n").stdout  # keep everything, then take in Misha
    assert "Not possible now: Lend her seed" not in out  # grain 5: open
    out = run_text(STARTER, "1\n1\n1\n").stdout
    assert "Take him in" not in out  # room was still free when asked


def test_bad_input_reprompts_and_help_and_ledger_work():
    out = run_text(STARTER, "9\nabc\nh\n1\nl\n").stdout
    assert out.count("Please type a number from 1 to 2.") == 2
    assert "Type the number of a choice" in out
    assert "What the village remembers of you:" in out
    assert "Trust +5: Anna Petrova saw you in her field at dawn. (A thin harvest)" in out


def test_end_of_input_says_goodbye_and_exits_cleanly():
    result = run_text(STARTER, "1\n")
    assert result.returncode == 0 and result.stdout.rstrip().endswith("Goodbye.")


def test_choices_can_be_typed_by_id():
    out = run_text(STARTER, "own_strip\n").stdout
    assert "Your family needs every ear." in out


def test_console_is_usable_without_a_terminal():
    lines = iter(["1\n", "q\n"])
    out = io.StringIO()
    season = load(STARTER).model
    assert play(Console(out, lambda: next(lines, "")), CampaignSession(as_campaign(season))) == 0
    assert "A thin harvest" in out.getvalue() and "The assembly" in out.getvalue()


def test_a_broken_season_is_refused_with_one_line_messages(write):
    broken = write("broken.yaml", STARTER.read_text("utf-8").replace("next: assembly",
                                                                      "next: asembly"))
    result = run_text(broken, "")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error[VR020]" in result.stderr and "did you mean `assembly`?" in result.stderr
    assert "cannot be used until" in result.stderr


def test_a_first_scene_that_changes_things_on_arriving_says_so_before_the_first_choice(write):
    arriving = STARTER.read_text("utf-8").replace(
        "  - id: dry_summer\n",
        "  - id: dry_summer\n    effects: { trust: -4, reason: Rumours of requisitions. }\n", 1)
    assert arriving != STARTER.read_text("utf-8")
    out = run_text(write("arriving.yaml", arriving), "").stdout
    first_prompt = out.index("Choose 1-")
    told = out.index("On arriving here:\n  Trust -4 (now 46/100")
    assert told < first_prompt and "Rumours of requisitions." in out[told:first_prompt]


def test_locked_choices_are_shown_greyed_with_their_reason():
    out = run_text(STARTER, "1\n", "--with", "grain=1").stdout  # too little seed to lend
    lines = out.splitlines()
    locked = lines.index("      Not possible now: Lend her seed (you do not have two sacks "
                         "to spare)")
    assert lines[locked + 1] == "        Grain: 1 sack now, 2 sacks needed."  # from its `if:`
    assert lines[locked + 2] == "   1. Say nothing and keep your seed"


def test_hostile_lines_reprompt_and_never_crash():
    lines = ["²", "¹", "⑴", "١", "9" * 5000, "\x1b[2J", "\x00", "x" * 1_000_000, "", " ", "-1"]
    result = run_text(STARTER, "\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Please type a number from 1 to 2.") == len(lines)
    assert "\x1b" not in result.stdout and "x" * 201 not in result.stdout
    assert result.stdout.rstrip().endswith("Goodbye.")


def test_any_console_encoding_works(tmp_path):
    for encoding in ("cp1251", "cp437", "ascii"):
        result = subprocess.run([sys.executable, "-m", "game", "play", "--text",
                                 str(ROOT / "stories" / "famine.yaml")], input=b"1\n1\n",
                                capture_output=True, timeout=60, cwd=ROOT,
                                env={**os.environ, "PYTHONIOENCODING": encoding,
                                     "VR_DATA_DIR": str(tmp_path / encoding)})
        assert result.returncode == 0, (encoding, result.stderr[-300:])
        assert b"Village trust" in result.stdout and b"internal error" not in result.stderr


def test_no_screen_says_so_in_one_line_and_how_to_play_in_the_terminal(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    result = subprocess.run([sys.executable, "-m", "game", "play", str(STARTER)],
                            capture_output=True, text=True, timeout=30, cwd=ROOT,
                            env={**env, "VR_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "No screen was found to open the game window on. To play in this terminal instead: "
        "python -m game play --text"]


def test_the_terminal_saves_and_offers_to_continue_like_the_window(tmp_path):
    first = run_text(STARTER, "1\n", data=tmp_path)  # reap Petrova's strip, then stop
    assert first.returncode == 0
    assert (tmp_path / "autosave-starter.json").is_file()
    again = run_text(STARTER, "c\nl\n", data=tmp_path)
    out = again.stdout
    assert "A saved game was found: The Seed Grain, The assembly." in out
    assert out.index("--- The assembly ---") < out.index("What the village remembers of you:")
    assert "Anna Petrova saw you in her field at dawn." in out  # the ledger came back too
    fresh = run_text(STARTER, "n\n", data=tmp_path)
    assert "--- A thin harvest ---" in fresh.stdout


def test_a_damaged_terminal_save_is_said_and_set_aside(tmp_path):
    (tmp_path / "autosave-starter.json").write_text("{ damaged", "utf-8")
    result = run_text(STARTER, "", data=tmp_path)
    assert result.returncode == 0
    assert "the save cannot be used" in result.stdout and "refused-1.json" in result.stdout
    assert (tmp_path / "autosave-starter.refused-1.json").read_text("utf-8") == "{ damaged"


def test_trying_a_scene_saves_nothing_over_a_students_game(tmp_path):
    run_text(STARTER, "1\n", "--from", "winter", data=tmp_path)
    assert not list(tmp_path.glob("autosave-*.json"))
