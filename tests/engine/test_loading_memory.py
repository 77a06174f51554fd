"""Loading has no process-wide side effects: watch mode and a kiosk reload for days.

The loader pauses the cyclic collector for a load and re-enables it (no `gc.freeze`), so
every load's garbage is freed and cycles made elsewhere in the process are still collected.
"""

from __future__ import annotations

import gc
import shutil
import sys
import weakref
from pathlib import Path

import pytest

from game.engine.library import Library
from tests.conftest import STORIES

CAMPAIGN = STORIES / "campaign.yaml"
LOADS = 100
BOUND = 2_000  # memory blocks; one kept campaign model is tens of thousands


def load(path: Path = CAMPAIGN) -> object:
    result = Library().load(path)
    assert result.ok
    return result.model


def growth(loads: int, keep: list[object] | None = None) -> tuple[int, int]:
    """(memory blocks, objects tracked by the collector) gained over `loads` loads."""
    gc.collect()
    blocks, objects = sys.getallocatedblocks(), len(gc.get_objects())
    for _ in range(loads):
        model = load()
        if keep is not None:
            keep.append(model)
    del model  # the last model is not a leak
    gc.collect()
    return sys.getallocatedblocks() - blocks, len(gc.get_objects()) - objects


@pytest.mark.slow
def test_loading_the_campaign_100_times_keeps_memory_flat():
    for _ in range(5):  # warm-up: imports, compiled patterns, interned names
        load()
    blocks, objects = growth(LOADS)
    assert blocks < BOUND and objects < BOUND, (blocks, objects)
    assert gc.get_freeze_count() == 0


def test_the_measure_sees_a_model_that_is_kept():
    """The bound above can fail: keeping two models grows memory far past it."""
    load()
    kept: list[object] = []
    blocks, objects = growth(2, kept)
    assert blocks > BOUND and objects > BOUND


class Node:
    def __init__(self) -> None:
        self.me = self


def test_a_cycle_made_before_a_load_is_collected_after_it():
    gc.collect()
    cycle = Node()
    alive = weakref.ref(cycle)
    del cycle  # unreachable now, and only the cyclic collector can free it
    load()
    gc.collect()
    assert alive() is None
    assert gc.get_freeze_count() == 0


def test_a_load_leaves_the_collector_as_it_found_it():
    assert gc.isenabled()
    load()
    assert gc.isenabled()
    gc.disable()
    try:
        load()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.slow
def test_100_watch_mode_reloads_keep_memory_flat(tmp_path):
    """Watch mode reloads the season every time it is saved: 100 saves, flat memory."""
    from game.engine.reload import Reloaded, Reloader

    season = tmp_path / "famine.yaml"
    text = (STORIES / "famine.yaml").read_text("utf-8")
    season.write_text(text, "utf-8")
    shutil.copytree(STORIES / "images" / "famine", tmp_path / "images" / "famine")
    reloader = Reloader(season)

    def reload_once(n: int) -> None:
        season.write_text(text + f"\n# saved {n}\n", "utf-8")  # a new size: a new stamp
        assert isinstance(reloader.check(), Reloaded)

    for n in range(5):
        reload_once(n)
    gc.collect()
    blocks, objects = sys.getallocatedblocks(), len(gc.get_objects())
    for n in range(LOADS):
        reload_once(1000 + n)
    gc.collect()
    grown = sys.getallocatedblocks() - blocks, len(gc.get_objects()) - objects
    assert grown[0] < BOUND and grown[1] < BOUND, grown
