"""Saves: a versioned JSON envelope, written atomically, that survives edits to its seasons.

    {"format": 1, "kind": "village-resilience-save", "campaign": "village",
     "seasons": {"famine": "<sha256 of famine.yaml>", ...}, "progress": {...}}

A save refers to seasons, scenes and memories by id, never by position. Loading never
raises: a damaged file, a save from an unknown campaign, or one whose scene no longer exists
becomes a `SaveProblem` message plus the safest place to resume (the start of the season it
was in, keeping trust and memories), so nobody loses more than they must.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .atomic import write_text_atomic
from .campaign import CampaignState, start_campaign
from .model import Campaign
from .session import start_state
from .state import StateError

SAVE_FORMAT = 1
KIND = "village-resilience-save"
# Older formats are upgraded step by step: MIGRATIONS[n] turns a format-n save into n + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass(frozen=True)
class Loaded:
    progress: CampaignState
    note: str = ""  # told to the player when something had to be adjusted


@dataclass(frozen=True)
class SaveProblem:
    message: str  # one line, naming the file and what happened


def envelope(campaign: Campaign, progress: CampaignState) -> dict[str, Any]:
    return {"format": SAVE_FORMAT, "kind": KIND, "campaign": campaign.id,
            "seasons": {s.id: s.digest for s in campaign.seasons},
            "progress": progress.to_json()}


def write_save(path: Path, campaign: Campaign, progress: CampaignState) -> None:
    """Temporary file, flush to disk, rename: a crash leaves the old save or the new one."""
    write_text_atomic(path, json.dumps(envelope(campaign, progress), ensure_ascii=False,
                                       indent=1) + "\n")


def read_save(path: Path, campaign: Campaign) -> Loaded | SaveProblem | None:
    """The saved progress (adjusted to today's seasons if they were edited), a problem, or
    None when there is no save."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        return SaveProblem(f"{path}: the save cannot be read ({err}); starting afresh")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return SaveProblem(f"{path}:{err.lineno}:{err.colno}: the save is damaged ({err.msg}); "
                           "starting afresh")
    return _from_envelope(path, data, campaign)


def _from_envelope(path: Path, data: Any, campaign: Campaign) -> Loaded | SaveProblem:
    if not isinstance(data, dict) or data.get("kind") != KIND:
        return SaveProblem(f"{path}: this is not a Village Resilience save; starting afresh")
    version = data.get("format")
    if not isinstance(version, int) or version > SAVE_FORMAT:
        return SaveProblem(f"{path}: the save comes from a newer version of the game; "
                           "starting afresh (update the game to continue it)")
    while version < SAVE_FORMAT:
        data, version = MIGRATIONS[version](data), version + 1
    if data.get("campaign") != campaign.id:
        return SaveProblem(f"{path}: the save belongs to another campaign "
                           f"(`{data.get('campaign')}`); starting afresh")
    try:
        progress = CampaignState.from_json(data.get("progress"))
    except StateError as err:
        return SaveProblem(f"{path}: the save is damaged ({err}); starting afresh")
    return fit(progress, campaign, data.get("seasons", {}))


def fit(progress: CampaignState, campaign: Campaign, digests: dict[str, str]
        ) -> Loaded | SaveProblem:
    """Adjust saved progress to the seasons as they are now."""
    if progress.index >= len(campaign.seasons):
        return SaveProblem("the saved season is no longer in the campaign; starting afresh")
    season = campaign.seasons[progress.index]
    state = progress.current
    if state.season != season.id:
        return SaveProblem(f"the saved season `{state.season}` is no longer part of the "
                           "campaign at that place; starting afresh")
    if digests.get(season.id) == season.digest:
        return Loaded(progress)
    resources = {r.id: state.resources.get(r.id, r.start) for r in season.resources.values()}
    state = state.but(resources=resources)
    if state.ended and state.ending in season.endings:
        return Loaded(replace(progress, current=state))
    if not state.ended and state.scene in season.scenes:
        return Loaded(replace(progress, current=state),
                      f"{season.title} has been changed since you saved; you continue where you "
                      "were")
    fresh, _ = start_state(season, trust=state.trust, memories=state.memories)
    return Loaded(replace(progress, current=fresh),
                  f"{season.title} has been changed since you saved and your place in it is "
                  "gone; you start the season again, and the village remembers what you did")


def new_progress(campaign: Campaign) -> CampaignState:
    return start_campaign(campaign)[0]
