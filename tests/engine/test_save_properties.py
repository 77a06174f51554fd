"""Property tests: reading a save or the settings never raises, whatever the file holds.

A kiosk runs for weeks and restarts by itself; a save or settings file damaged by a crash, a
full disk or a curious student must give a message and a fresh start, never a game that
cannot start. Hypothesis feeds arbitrary JSON values, arbitrary bytes and valid saves with
one field replaced; the named hostile shapes from the reliability review (format 0, a
non-object `seasons`, Infinity, a 5,000-digit integer, nesting 100,000 deep) are explicit
examples. Derandomized, so every CI run tries the same inputs.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from game.engine import saves
from game.engine.campaign import CampaignSession
from game.engine.model import Campaign
from game.engine.saves import Loaded, SaveProblem, envelope, new_progress, read_save
from game.engine.settings import TEXT_SCALES, TEXT_SPEEDS, Settings, load_settings, repair
from tests.conftest import STORIES
from tests.helpers import load

PROPERTY = settings(derandomize=True, database=None, deadline=None, max_examples=120,
                    suppress_health_check=[HealthCheck.too_slow])
CAMPAIGN: Campaign = load(STORIES / "campaign.yaml").model
FOLDER = Path(tempfile.mkdtemp(prefix="vr-props-"))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-10**30, max_value=10**30)
    | st.floats() | st.text(max_size=20)
    | st.sampled_from(["village", "famine", "war", "thin_harvest", "village-resilience-save"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.text(max_size=8) | st.sampled_from(["format", "kind", "campaign", "seasons",
                                               "progress", "index", "current", "finished"]),
        inner, max_size=4),
    max_leaves=25)

DEEP = ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
        "[" * 100_000]
HUGE = "1" * 5_000


def _played(steps: int) -> dict[str, Any]:
    """A real save after `steps` choices (first available each time), seasons crossed."""
    session = CampaignSession(CAMPAIGN)
    for _ in range(steps):
        if session.ended:
            if not session.has_next_season:
                break
            session.next_season()
            continue
        session.choose(next(v.id for v in session.choices() if v.available))
    return envelope(CAMPAIGN, session.progress)


VALID = [envelope(CAMPAIGN, new_progress(CAMPAIGN)), _played(8), _played(30)]


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*here, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*here, i))
    return found


PATHS = [(n, p) for n, save in enumerate(VALID) for p in _paths(save) if p]


def _signed(save: Any) -> Any:
    """The save with its checksum made to match again: a file that is sound on the surface
    but odd inside (the review's "digest intact" cases), so the checks behind it are tried."""
    if isinstance(save, dict) and "checksum" in save:
        return {**save, "checksum": saves._checksum(save)}
    return save


def _replaced(save: dict[str, Any], path: tuple[Any, ...], value: Any, drop: bool,
              sign: bool = True) -> Any:
    copy = json.loads(json.dumps(save))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return _signed(copy) if sign else copy


def _write(text: str | bytes, name: str) -> Path:
    path = FOLDER / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    return path


def check_save(path: Path) -> None:
    """read_save returned normally; a Loaded progress points only at what exists."""
    result = read_save(path, CAMPAIGN)
    assert result is None or isinstance(result, Loaded | SaveProblem), result
    if isinstance(result, SaveProblem):
        assert isinstance(result.message, str) and result.message
    if not isinstance(result, Loaded):
        return
    progress = result.progress
    assert progress.campaign == CAMPAIGN.id
    assert 0 <= progress.index < len(CAMPAIGN.seasons)
    season = CAMPAIGN.seasons[progress.index]
    state = progress.current
    assert state.season == season.id and 0 <= state.trust <= 100
    if state.ended:
        assert state.ending in season.endings
    else:
        assert state.scene in season.scenes
    assert set(season.resources) <= set(state.resources)
    assert len(progress.finished) <= progress.index
    for record, earlier in zip(progress.finished, CAMPAIGN.seasons, strict=False):
        assert record.season == earlier.id and record.ending in earlier.endings
        assert 0 <= record.trust <= 100


def check_settings(path: Path) -> None:
    found, messages = load_settings(path)
    assert isinstance(found, Settings)
    assert found.text_scale in TEXT_SCALES and found.text_speed in TEXT_SPEEDS
    defaults = Settings()
    for item in fields(Settings):  # every field keeps its type (a bool stays a bool)
        assert type(getattr(found, item.name)) is type(getattr(defaults, item.name)), item.name
    assert isinstance(messages, list) and all(isinstance(m, str) for m in messages)


@PROPERTY
@given(json_values)
@example({"format": 0, "kind": "village-resilience-save", "campaign": "village"})
@example(_signed({**VALID[0], "format": 0}))
@example({"format": -1, "kind": "village-resilience-save", "campaign": "village"})
@example(_signed({**VALID[0], "seasons": []}))
@example(_signed({**VALID[0], "seasons": "famine"}))
@example(_signed({**VALID[0], "seasons": None}))
@example(_signed({**VALID[0], "format": 1.0}))
@example(_signed({**VALID[0], "format": True}))
@example(_replaced(VALID[2], ("progress", "finished"),
                   [{"season": "famine", "ending": "x", "trust": float("inf")}], False))
@example(_replaced(VALID[0], ("progress", "current", "trust"), float("nan"), False))
@example(_replaced(VALID[0], ("progress", "current", "scene"), "no_such_scene", False))
@example(_replaced(VALID[2], ("progress", "current", "ending"), "no_such_ending", False))
@example(_replaced(VALID[0], ("progress", "current", "resources"), {}, False))
def test_any_json_value_as_a_save(value: Any):
    check_save(_write(json.dumps(value), "autosave-village.json"))


@PROPERTY
@given(st.binary(max_size=3000))
@example(b"")
@example(b"\x00" * 1024)
@example(b"\xef\xbb\xbf" + json.dumps(VALID[1]).encode())
@example(json.dumps(VALID[1]).encode("utf-16"))
@example(b'{"format": ' + HUGE.encode() + b"}")
@example(b'{"format": 2, "kind": "village-resilience-save", "x": ' + HUGE.encode() + b"}")
@example(DEEP[0].encode())
@example(DEEP[1].encode())
@example(DEEP[2].encode())
def test_any_bytes_as_a_save(data: bytes):
    check_save(_write(data, "autosave-village.json"))


@PROPERTY
@given(st.sampled_from(PATHS), json_values, st.booleans(), st.booleans())
def test_a_valid_save_with_one_field_replaced(where: tuple[int, tuple[Any, ...]], value: Any,
                                              drop: bool, sign: bool):
    number, path = where
    check_save(_write(json.dumps(_replaced(VALID[number], path, value, drop, sign)),
                      "autosave-village.json"))


@pytest.mark.parametrize("number", range(len(VALID)))
def test_the_valid_saves_load_as_saved(number: int):
    """The base of the replacement test: unchanged, each save loads as written."""
    result = read_save(_write(json.dumps(VALID[number]), "autosave-village.json"), CAMPAIGN)
    assert isinstance(result, Loaded) and not result.note
    assert envelope(CAMPAIGN, result.progress) == VALID[number]


@PROPERTY
@given(json_values)
@example({"text_scale": float("inf")})
@example({"text_scale": 150.0, "text_speed": 5, "high_contrast": 1, "fullscreen": "true"})
def test_any_json_value_as_settings(value: Any):
    check_settings(_write(json.dumps(value), "settings.json"))
    found, messages = repair(value)
    assert isinstance(found, Settings) and isinstance(messages, list)


@PROPERTY
@given(st.binary(max_size=2000))
@example(b'{"text_scale": ' + HUGE.encode() + b"}")
@example(DEEP[0].encode())
@example(DEEP[1].encode())
@example(b"\xff\xfe")
def test_any_bytes_as_settings(data: bytes):
    check_settings(_write(data, "settings.json"))


@PROPERTY
@given(st.sampled_from(list(Settings.__dataclass_fields__)), json_values)
def test_valid_settings_with_one_field_replaced(name: str, value: Any):
    check_settings(_write(json.dumps({"text_scale": 125, "text_speed": "fast", name: value}),
                          "settings.json"))
