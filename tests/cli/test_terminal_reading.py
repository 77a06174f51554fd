"""What a child reads in the terminal (issue 12, item 9), by playing with scripted input: what
arriving in a scene changed comes before that scene's choices, closed choices are listed as
closed with their reason, no internal id or Python value is ever printed, odd input and
Ctrl-C end or re-ask politely, and `make play-text` prints only the game."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import sys

import pytest

from game.engine.campaign import CampaignSession, as_campaign
from game.engine.model import Season
from game.engine.session import ChoiceView
from game.lang.catalogue import ENGLISH_STRINGS
from game.present import lines
from game.text import render
from game.text.terminal import Console, play
from tests.cli.test_terminal_client import STARTER, run_text
from tests.conftest import ROOT
from tests.helpers import load

FAMINE = ROOT / "stories" / "famine.yaml"
CAMPAIGN = ROOT / "stories" / "campaign.yaml"


@pytest.fixture(scope="module")
def famine_by_ones() -> str:
    """The famine played to its ending choosing 1 every time (that path closes doors)."""
    result = run_text(FAMINE, "1\n" * 40, "--plain")
    assert result.returncode == 0 and result.stderr == ""
    assert "Ending: The village holds" in result.stdout
    return result.stdout


def scene_block(out: str, title: str) -> str:
    """One scene as printed: from its heading line to its first prompt."""
    start = out.index("\n" + title + "\n")
    return out[start:out.index(" (h for help): ", start)]


def test_arriving_changes_come_before_the_choices_and_agree_with_the_household(
        famine_by_ones):
    block = scene_block(famine_by_ones, "The last sheaf")  # arriving brings a sack: +1
    told = block.index("On arriving here:\n  Grain +1 (now 3)\n")
    household = block.index("Grain: 3 sacks.")
    first_choice = block.index("   1. Put a sack on the feast table")
    assert told < household < first_choice
    # the choice made before is said in its own block, not mixed with the arrival
    before = famine_by_ones[:famine_by_ones.index("\nThe last sheaf\n")]
    assert "On arriving here:" not in before.rsplit("(h for help): ", 1)[1]


def test_arriving_changes_are_said_again_when_the_scene_is_shown_again():
    out = run_text(FAMINE, "1\n" * 11 + "b\n", "--plain").stdout  # back, at the last sheaf
    again = out.rsplit("(h for help): b\n", 1)[1]
    scene = again[again.index("\nThe last sheaf\n"):]
    assert scene.index("On arriving here:\n  Grain +1 (now 3)") < scene.index("   1. Put a sack")


def test_closed_choices_are_listed_unnumbered_with_their_reason(famine_by_ones):
    block = scene_block(famine_by_ones, "Across the ice")
    listed = block.splitlines()[-7:]
    assert listed == [  # the author's reason, then the numbers from the condition
        "      Not possible now: Give flour (you have none to spare)",
        "        Grain: 0 sacks now, 1 sack needed.",
        "      Not possible now: Keep them through the storm (no grain or strength to spare)",
        "        Grain: 0 sacks now, 1 sack needed.",
        "   1. Give Lena and Otto your own supper",
        "   2. Tell her your family has nothing to spare",
        "Choose 1-2",
    ]


def test_a_closed_choice_is_worded_as_the_window_words_it():
    season = load(STARTER).model
    closed = season.scenes["assembly"].choice("lend_seed")
    assert closed is not None and closed.locked
    view = ChoiceView(closed, available=False)
    line = render.choice_line(None, view, ENGLISH_STRINGS, season.info.aid_words)
    assert line == "      " + lines.locked(ENGLISH_STRINGS, view)
    assert line.strip() == "Not possible now: Lend her seed (you do not have two sacks to spare)"


def test_one_way_on_asks_for_1_and_not_a_range(famine_by_ones):
    assert "Choose 1-1" not in famine_by_ones
    block = famine_by_ones[famine_by_ones.index("\nTyphus\n"):]
    assert block.index("Type 1 to go on (h for help): 1") < block.index("\nAcross the ice\n")
    out = run_text(FAMINE, "1\n" * 4 + "2\n").stdout  # typhus: one way on, "2" is wrong
    assert "Type 1 to go on (h for help): 2\nPlease type 1 to go on." in out


def internal_ids(season: Season) -> set[str]:
    """Ids a player must never see. Only those with an underscore: a plain-word id such
    as `assembly` is also an ordinary word of the story."""
    ids = set(season.scenes) | set(season.endings) | set(season.memories)
    ids |= {c.id for s in season.scenes.values() for c in s.choices}
    return {i for i in ids if "_" in i}


REPR = re.compile(r"\b(?:None|True|False)\b|\w+\(\w+=|<[\w.]+ object at|Traceback|\{'")


def test_no_internal_id_or_python_value_is_printed_in_a_whole_campaign():
    campaign = load(CAMPAIGN).model
    ids = set().union(*(internal_ids(s) for s in campaign.seasons))
    assert "reap_for_anna" in ids  # the check looks for the ids it means to
    # at every prompt: the ledger, the history, help, the document, then choice 1
    result = run_text(CAMPAIGN, "l\nb\nh\nd\n\n1\n" * 60)
    out = result.stdout
    assert result.returncode == 0 and result.stderr == ""
    assert "The campaign is over." in out
    words = set(re.findall(r"[\w]+", out))
    assert sorted(ids & words) == []
    assert REPR.findall(out) == []


def test_a_scene_with_nothing_to_choose_says_so_and_ends(write):
    stuck = STARTER.read_text("utf-8").replace(
        "      - id: own_strip\n        label: Reap your own strip first\n",
        "      - id: own_strip\n        label: Reap your own strip first\n"
        "        if: grain > 50\n", 1)
    stuck = stuck.replace("        aid: lend_tools\n        effects:\n          trust: +5\n",
                          "        aid: lend_tools\n        if: grain > 50\n        effects:\n"
                          "          trust: +5\n", 1)
    assert stuck.count("if: grain > 50") == 2
    result = run_text(write("stuck.yaml", stuck), "1\n" * 5)
    assert result.returncode == 0, result.stderr
    assert "Nothing can be chosen here, so the season cannot go on." in result.stdout
    assert "Choose 1-0" not in result.stdout
    assert result.stdout.rstrip().endswith("Goodbye.")


@pytest.mark.parametrize("answers", ["", "1\n", "1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n"])
def test_end_of_input_anywhere_in_the_campaign_says_goodbye(answers):
    result = run_text(CAMPAIGN, answers)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.rstrip().endswith("Goodbye.")


def test_odd_lines_are_asked_again_without_echoing_them_whole():
    odd = ["", "   ", "😀", "ж", "٣", "1" * 5000, "é" * 300, "\t", "1 2", "one"]
    result = run_text(FAMINE, "\n".join(odd) + "\n")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.count("Please type a number from 1 to 3.") == len(odd)
    assert "1" * 201 not in result.stdout


@pytest.mark.parametrize("flags", [(), ("--watch",)])
def test_ctrl_c_at_a_choice_says_goodbye_and_exits_cleanly(tmp_path, flags):
    game = subprocess.Popen([sys.executable, "-m", "game", "play", "--text", *flags,
                             str(FAMINE)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "VR_DATA_DIR": str(tmp_path)})
    assert game.stdout is not None
    seen = ""
    while "(h for help): " not in seen:  # wait for the first question, however slow
        seen += game.stdout.read(1) or ""
        if game.poll() is not None:
            break
    game.send_signal(signal.SIGINT)
    out, err = game.communicate(timeout=60)
    assert game.returncode == 0 and err == ""
    assert (seen + out).endswith("(h for help): \nGoodbye.\n")


def test_ctrl_c_in_process_is_a_goodbye_too():
    def interrupted() -> str:
        raise KeyboardInterrupt

    out = io.StringIO()
    session = CampaignSession(as_campaign(load(STARTER).model))
    assert play(Console(out, interrupted), session) == 0
    assert out.getvalue().endswith("(h for help): \nGoodbye.\n")


def test_plain_mode_has_no_rules_or_bars_to_read_aloud(famine_by_ones):
    for decoration in ("---", "===", "== ", "[#", "***"):
        assert decoration not in famine_by_ones
    assert "\nEnding: The village holds\n" in famine_by_ones


def test_make_play_text_prints_the_game_and_nothing_of_make(tmp_path):
    recipe = re.search(r"^play-text:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text("utf-8"),
                       re.M)
    assert recipe is not None
    commands = recipe.group(1).splitlines()
    assert all(c.startswith("\t@") for c in commands)  # make echoes none of them
    assert "--text --plain" in recipe.group(1)
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # STAMP= skips the venv step; PY= this interpreter
    result = subprocess.run(["make", "--no-print-directory", "play-text", "STAMP=",
                             f"PY={sys.executable}"], input="", capture_output=True,
                            text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "VR_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("The Hungry Year\n")
    assert "-m game" not in result.stdout and "make:" not in result.stdout
    assert result.stdout.rstrip().endswith("Goodbye.")



def test_the_choice_made_is_said_in_words_before_what_it_did(famine_by_ones):
    chosen = famine_by_ones.index("(h for help): 1\n\nYou chose: Reap Anna's strip; yours must "
                                  "wait\n\nYou reap Anna's strip")
    assert chosen < famine_by_ones.index("Trust +4 (now 54/100, Hopeful)")


def test_the_ending_looks_back_on_the_season_as_the_window_summary_does(famine_by_ones):
    ending = famine_by_ones[famine_by_ones.index("\nEnding: The village holds\n"):]
    back = ending.index("The Hungry Year: looking back\n  Village trust went from 50 to 75.\n"
                        "  Help you gave: Share food 4 times, Lend a hand twice, and Take "
                        "someone in\n  once.\n")
    assert "    What came your way (The last sheaf): Grain +1\n" in ending[back:]
    assert back < ending.index("Questions to think about:")


def test_r_reads_the_scene_again_with_its_choices():
    out = run_text(FAMINE, "r\n", "--plain").stdout
    again = out.split("(h for help): r\n", 1)[1]
    assert again.startswith("\nA thin harvest\n\nAugust 1921")
    assert again.index("   3. Reap your own strip first") < again.index("(h for help): ")
