"""Saves: a versioned JSON envelope, written atomically, that survives edits to its seasons.

    {"format": 2, "kind": "village-resilience-save", "campaign": "village",
     "seasons": {"famine": "<sha256 of famine.yaml>", ...}, "progress": {...}}

Format 2 keeps every finished season's ledger and the text key of every reason. Older
formats are upgraded step by step (`MIGRATIONS`); formats outside [OLDEST, SAVE_FORMAT] are
refused with a message, and the refused file is set aside rather than overwritten.

A save refers to seasons, scenes and memories by id, never by position. Loading never
raises: a damaged file, a save from an unknown campaign, or one whose scene no longer exists
becomes a `SaveProblem` message plus the safest place to resume (the start of the season it
was in, keeping trust and memories), so nobody loses more than they must.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import files, keys
from .atomic import write_text_atomic
from .campaign import CampaignState, start_campaign
from .model import Campaign
from .refit import GONE, refit
from .state import StateError

SAVE_FORMAT = 2
OLDEST = 1  # the oldest format this version can still upgrade
KIND = "village-resilience-save"


def _keyed(entry: Any) -> Any:
    """A format-1 ledger entry with the text key of its reason (derived from its ids)."""
    if not isinstance(entry, dict):
        return entry
    season, scene, choice = entry.get("season"), entry.get("scene"), entry.get("choice")
    if (entry.get("reason") and isinstance(season, str) and isinstance(scene, str)
            and (choice is None or isinstance(choice, str))):
        return {**entry, "key": keys.reason_key(season, scene, choice)}
    return entry


def _from_format_1(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 kept no ledger for finished seasons and no text keys. Finished seasons get an
    empty ledger (their history was not saved); every ledger entry gets its reason's key, so
    it reads in the player's language; the English it holds stays as the fallback."""
    progress = data.get("progress")
    if not isinstance(progress, dict):
        return {**data, "format": 2}
    current = progress.get("current")
    if isinstance(current, dict) and isinstance(current.get("ledger"), list):
        current = {**current, "ledger": [_keyed(e) for e in current["ledger"]]}
    finished = progress.get("finished", [])
    if isinstance(finished, list):
        finished = [{**r, "ledger": []} if isinstance(r, dict) else r for r in finished]
    return {**data, "format": 2,
            "progress": {**progress, "current": current, "finished": finished}}


# MIGRATIONS[n] turns a format-n save into format n + 1.
MIGRATIONS: Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]] = MappingProxyType(
    {1: _from_format_1})


@dataclass(frozen=True)
class Loaded:
    progress: CampaignState
    note: str = ""  # told to the player when something had to be adjusted
    recovered: bool = False  # the save was damaged and this is the one kept before it


@dataclass(frozen=True)
class SaveProblem:
    message: str  # one line, naming the file and what happened


def backup_of(path: Path) -> Path:
    """`autosave.json` keeps the save before the last one as `autosave.bak.json`."""
    return path.with_name(f"{path.stem}.bak{path.suffix}")


def _checksum(data: dict[str, Any]) -> str:
    body = {k: v for k, v in data.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def envelope(campaign: Campaign, progress: CampaignState) -> dict[str, Any]:
    data = {"format": SAVE_FORMAT, "kind": KIND, "campaign": campaign.id,
            "seasons": {s.id: s.digest for s in campaign.seasons},
            "progress": progress.to_json()}
    data["checksum"] = _checksum(data)  # a damaged save is noticed, never read as another
    return data


def write_save(path: Path, campaign: Campaign, progress: CampaignState) -> None:
    """Temporary file, flush to disk, rename: a crash leaves the old save or the new one.
    The save being replaced is kept first as the backup, if it is sound."""
    text = json.dumps(envelope(campaign, progress), ensure_ascii=False, indent=1) + "\n"
    current = files.read_json(path, "save")
    if isinstance(current, dict) and current.get("checksum") == _checksum(current):
        write_text_atomic(backup_of(path), json.dumps(current, ensure_ascii=False, indent=1)
                          + "\n")
    write_text_atomic(path, text)


def read_save(path: Path, campaign: Campaign) -> Loaded | SaveProblem | None:
    """The saved progress (adjusted to today's seasons if they were edited), a problem, or
    None when there is no save. A damaged save falls back to the backup kept before it."""
    main = _read_one(path, campaign)
    if not isinstance(main, SaveProblem):
        return main
    backup = _read_one(backup_of(path), campaign)
    if isinstance(backup, Loaded):
        note = (f"{path.name} was damaged; you continue from the save before it, one step "
                "back" + (f". {backup.note}" if backup.note else ""))
        return Loaded(backup.progress, note, recovered=True)
    return main


def _read_one(path: Path, campaign: Campaign) -> Loaded | SaveProblem | None:
    data = files.read_json(path, "save")
    if isinstance(data, files.FileProblem):
        if data.missing:
            return None
        return SaveProblem(f"{path}: the save cannot be used ({data.reason}); starting afresh")
    return _from_envelope(path, data, campaign)


def _from_envelope(path: Path, data: Any, campaign: Campaign) -> Loaded | SaveProblem:
    if not isinstance(data, dict) or data.get("kind") != KIND:
        return SaveProblem(f"{path}: this is not a Village Resilience save; starting afresh")
    version = data.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        return SaveProblem(f"{path}: the save does not say which format it is; starting afresh")
    if version > SAVE_FORMAT:
        return SaveProblem(f"{path}: the save comes from a newer version of the game; "
                           "starting afresh (update the game to continue it)")
    if version < OLDEST:
        return SaveProblem(f"{path}: the save is in format {version}, older than this game "
                           f"can read (format {OLDEST} or later); starting afresh")
    if version >= 2 and data.get("checksum") != _checksum(data):
        return SaveProblem(f"{path}: the save is damaged (its contents do not match its "
                           "checksum); starting afresh")
    while version < SAVE_FORMAT:
        data, version = MIGRATIONS[version](data), version + 1
    if data.get("campaign") != campaign.id:
        return SaveProblem(f"{path}: the save belongs to another campaign "
                           f"(`{data.get('campaign')}`); starting afresh")
    digests = data.get("seasons", {})
    if not isinstance(digests, dict):
        return SaveProblem(f"{path}: the save is damaged (`seasons` should be an object); "
                           "starting afresh")
    try:
        progress = CampaignState.from_json(data.get("progress"))
    except StateError as err:
        return SaveProblem(f"{path}: the save is damaged ({err}); starting afresh")
    return fit(progress, campaign, digests)


def set_aside(path: Path) -> Path | None:
    """Move a save that cannot be used out of the way, so starting afresh overwrites
    nothing: `autosave.json` becomes `autosave.refused-1.json` (the next free number)."""
    for n in range(1, 1000):
        target = path.with_name(f"{path.stem}.refused-{n}{path.suffix}")
        if not target.exists():
            try:
                path.replace(target)
            except OSError:
                return None
            return target
    return None


def fit(progress: CampaignState, campaign: Campaign, digests: Mapping[str, Any]
        ) -> Loaded | SaveProblem:
    """Adjust saved progress to the seasons as they are now."""
    if progress.index >= len(campaign.seasons):
        return SaveProblem("the saved season is no longer in the campaign; starting afresh")
    season = campaign.seasons[progress.index]
    state = progress.current
    if state.season != season.id:
        return SaveProblem(f"the saved season `{state.season}` is no longer part of the "
                           "campaign at that place; starting afresh")
    fitted = refit(state, season)
    other_cut = progress.cut != campaign.cut  # saved in one cut, played now in another
    progress = replace(progress, current=fitted.state, cut=campaign.cut)
    if other_cut and fitted.place != GONE:
        return Loaded(progress, f"{season.title}: this save was made in another version of "
                      "the season (a cut); you continue where you were")
    if other_cut:
        return Loaded(progress, f"{season.title}: your place in the save is not in this "
                      "version of the season; you start it again, and the village remembers "
                      "what you did")
    if digests.get(season.id) == season.digest:
        if fitted.place == GONE:  # sound JSON, right digest, but it points at nothing
            return Loaded(progress, f"{season.title}: the saved place could not be found; you "
                          "start the season again, and the village remembers what you did")
        return Loaded(progress)
    if fitted.place == GONE:
        return Loaded(progress, f"{season.title} has been changed since you saved and your "
                      "place in it is gone; you start the season again, and the village "
                      "remembers what you did")
    if state.ended:
        return Loaded(progress)
    return Loaded(progress, f"{season.title} has been changed since you saved; you continue "
                  "where you were")


def new_progress(campaign: Campaign, index: int = 0) -> CampaignState:
    return start_campaign(campaign, index)[0]
