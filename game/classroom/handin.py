"""What a student hands in at the end of a season: the path code, and a small `.vrplay` file
with the same code saved where they keep their work.

Both front ends call `season_code` when a season ends, show the code, and may `save_vrplay`.
The file holds the code and what it says in words (season, cut, ending), never a name unless
the student chose a nickname: the code alone is enough for the class report.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from game.engine.atomic import write_text_atomic
from game.engine.campaign import CampaignState
from game.engine.model import Campaign

from .pathcode import Story, code_for

FOLDER_NAME = "Village Resilience"


def season_code(campaign: Campaign, progress: CampaignState) -> str | None:
    """The code for the season just finished, or None when it cannot be given (a game
    continued from a save older than path codes, or a campaign begun part-way through two
    or more seasons ago). Inside a campaign the code carries every season played so far,
    since the next season starts from how the last one ended."""
    records = progress.history()
    index = progress.index
    if not records or records[-1].season != campaign.seasons[index].id:
        return None  # the current season has not ended
    if len(records) == index + 1:  # played from the campaign's first season
        story = Story(campaign.seasons[:index + 1], campaign.trust_carry, campaign.id)
        return code_for(story, [r.path for r in records])
    if len(records) == 1:  # began at this season, fresh: a code for the season alone
        return code_for(Story((campaign.seasons[index],)), [records[0].path])
    return None


def documents_folder(home: Path | None = None) -> Path:
    """Where a student keeps their work: Documents/Village Resilience (the same on Windows,
    macOS and Linux desktops), or the home folder itself when there is no Documents.
    `VR_HANDIN_DIR` chooses another (a class's shared drive; tests)."""
    chosen = os.environ.get("VR_HANDIN_DIR")
    if chosen and home is None:
        return Path(chosen)
    home = home or Path(os.environ.get("USERPROFILE") or Path.home())
    documents = home / "Documents"
    return (documents if documents.is_dir() else home) / FOLDER_NAME


def save_vrplay(folder: Path, code: str, campaign: Campaign, progress: CampaignState,
                nickname: str = "", today: date | None = None) -> Path:
    """Write `<season>-<code>.vrplay` in `folder` (made if missing), atomically; OSError
    when the folder cannot be written (a locked-down computer): the code is still shown."""
    season = campaign.seasons[progress.index]
    ending = progress.current.ending or ""
    data = {"vrplay": 1, "code": code, "season": season.id, "title": season.title,
            "cut": season.cut, "campaign": campaign.id if len(campaign.seasons) > 1 else "",
            "ending": ending, "ending_title": season.endings[ending].title if ending else "",
            "finished": (today or date.today()).isoformat()}
    if nickname:
        data["nickname"] = nickname
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{season.id}-{code}.vrplay"
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path
