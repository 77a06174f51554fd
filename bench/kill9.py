"""kill -9 while saving: the save loads as the old state or the new one, never damaged, and
start-up leaves no temporary file behind.

    python bench/kill9.py                 # 300 kills; prints the figures
    python bench/kill9.py --kills 1000 --seed 7

A forked child writes saves (the real `write_save`) and settings (the real `save_settings`)
in a loop into one data folder, appending each completed index to an O_APPEND log, which
survives SIGKILL. The parent SIGKILLs it at a random moment, then "starts" as the game does:
`clean_stale` on the data folder, then `read_save` and `load_settings` with the real readers.
The save must hold the last logged state or the one in flight; the settings likewise. The
folder is kept from one kill to the next, as a kiosk's is, so damage would accumulate.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.engine import atomic
from game.engine.campaign import CampaignSession, CampaignState
from game.engine.library import Library
from game.engine.model import Campaign
from game.engine.saves import Loaded, read_save, write_save
from game.engine.settings import TEXT_SCALES, TEXT_SPEEDS, Settings, load_settings, save_settings

STORIES = Path(__file__).resolve().parents[1] / "stories"
SAVE, SETTINGS, LOG = "autosave-village.json", "settings.json", "completed.log"
VARIANTS = [Settings(text_scale=scale, text_speed=speed, high_contrast=(i % 2 == 1))
            for i, (scale, speed) in enumerate(
                (s, p) for s in TEXT_SCALES for p in TEXT_SPEEDS)]
COMMAND = "python bench/kill9.py"


@dataclass
class Figures:
    kills: int = 0
    saves_completed: int = 0
    settings_completed: int = 0
    loads_old: int = 0  # the last completed state
    loads_new: int = 0  # the state being written when the child died
    loads_none: int = 0  # killed before the first save ever completed, and no file
    damaged: int = 0  # anything else: a problem, a recovery from the backup, another state
    settings_old: int = 0
    settings_new: int = 0
    settings_damaged: int = 0
    temp_found: int = 0  # `.tmp` files the kills left, found at start
    temp_removed: int = 0  # what clean_stale removed
    temp_left: int = 0  # after start-up: must be 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"kill -9 while saving ({COMMAND}):",
            f"  kills                       {self.kills}",
            f"  saves completed             {self.saves_completed}",
            f"  settings completed          {self.settings_completed}",
            f"  save loads: old / new       {self.loads_old} / {self.loads_new}"
            f" (no save yet: {self.loads_none})",
            f"  save loads damaged          {self.damaged}",
            f"  settings: old / new         {self.settings_old} / {self.settings_new}",
            f"  settings damaged            {self.settings_damaged}",
            f"  temp files left by kills    {self.temp_found} (clean_stale removed "
            f"{self.temp_removed})",
            f"  temp files after start-up   {self.temp_left}",
            f"  time                        {self.seconds:.1f} s"]


def states(campaign: Campaign, count: int, seed: int) -> list[CampaignState]:
    """`count` different consecutive progress states from seeded random play."""
    rnd = random.Random(seed)
    found: list[CampaignState] = []
    session = CampaignSession(campaign)
    while len(found) < count:
        if session.ended and session.has_next_season:
            session.next_season()
        elif session.ended:
            session = CampaignSession(campaign)
        else:
            session.choose(rnd.choice([v.id for v in session.choices() if v.available]))
        found.append(session.progress)
    return found


def _child(folder: Path, campaign: Campaign, plan: list[CampaignState], start: int) -> None:
    """Write, log, repeat, until killed. Never returns."""
    try:
        log = os.open(folder / LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        k = start
        while True:
            write_save(folder / SAVE, campaign, plan[k % len(plan)])
            os.write(log, f"save {k}\n".encode())
            save_settings(folder / SETTINGS, VARIANTS[k % len(VARIANTS)])
            os.write(log, f"settings {k}\n".encode())
            k += 1
    finally:
        os._exit(1)  # never run the parent's code (pytest) in the child


def _last(folder: Path) -> tuple[int, int, int, int]:
    """Last completed save and settings index, and how many of each the log holds."""
    save = settings = -1
    saves = settings_done = 0
    path = folder / LOG
    if path.exists():
        for line in path.read_text().splitlines():
            kind, _, number = line.partition(" ")
            if not number.isdigit():
                continue  # a line cut by the kill (O_APPEND writes of a few bytes are whole)
            if kind == "save":
                save, saves = int(number), saves + 1
            elif kind == "settings":
                settings, settings_done = int(number), settings_done + 1
    return save, settings, saves, settings_done


def _temps(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if p.name.endswith(".tmp"))


def run(kills: int, seed: int = 0, folder: Path | None = None, campaign: Campaign | None = None,
        max_delay: float = 0.03) -> Figures:
    """`kills` kill-and-start rounds in `folder` (a new temporary folder by default)."""
    campaign = campaign or Library().load(STORIES / "campaign.yaml").model
    plan = states(campaign, 400, seed)
    rnd = random.Random(seed)
    folder = folder or Path(tempfile.mkdtemp(prefix="vr-kill9-"))
    figures = Figures()
    began = time.perf_counter()
    clean_stale: Any = getattr(atomic, "clean_stale", None)
    for _ in range(kills):
        start = _last(folder)[0] + 1  # rewrite the one that may be in flight, then go on
        pid = os.fork()
        if pid == 0:
            _child(folder, campaign, plan, start)
        time.sleep(rnd.uniform(0.0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        figures.kills += 1
        _check(folder, campaign, plan, figures, clean_stale)
    figures.saves_completed, figures.settings_completed = _last(folder)[2:]
    figures.seconds = time.perf_counter() - began
    return figures


def _check(folder: Path, campaign: Campaign, plan: list[CampaignState], figures: Figures,
           clean_stale: Any) -> None:
    """Start as the game does: clean up, then read the save and the settings."""
    figures.temp_found += _temps(folder)
    if clean_stale is not None:
        figures.temp_removed += clean_stale(folder)
    figures.temp_left += _temps(folder)
    last, last_settings, _, _ = _last(folder)
    result = read_save(folder / SAVE, campaign)
    if result is None and last == -1:
        figures.loads_none += 1
    elif isinstance(result, Loaded) and not result.recovered and not result.note:
        saved = result.progress.to_json()
        if last >= 0 and saved == plan[last % len(plan)].to_json():
            figures.loads_old += 1
        elif saved == plan[(last + 1) % len(plan)].to_json():
            figures.loads_new += 1
        else:
            figures.damaged += 1
    else:
        figures.damaged += 1
    found, messages = load_settings(folder / SETTINGS)
    # Settings k is written after save k; a child starts again at the save after the last
    # logged one, so anything from the last logged settings to the save in flight is sound.
    sound = {i: VARIANTS[i % len(VARIANTS)] for i in range(max(last_settings, 0), last + 2)}
    if messages:
        figures.settings_damaged += 1
    elif last_settings >= 0 and found == sound.get(last_settings):
        figures.settings_old += 1
    elif found in sound.values() or (last_settings == -1 and found == Settings()):
        figures.settings_new += 1
    else:
        figures.settings_damaged += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    figures = run(args.kills, args.seed)
    print("\n".join(figures.lines()))
    sound = (figures.damaged == 0 and figures.settings_damaged == 0
             and figures.temp_left == 0)
    return 0 if sound else 1


if __name__ == "__main__":
    sys.exit(main())
