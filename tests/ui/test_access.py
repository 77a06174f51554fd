"""The screen-reader bridge (`game/ui/access.py`, issue 15 item 2), without AccessKit: the
tree built from a scene's description (roles, labels with their numbers, a locked choice
disabled with its reason, the meter's value, Back and Menu, the focus ring as the focus),
a screen reader's actions as the window's intents (a click on a choice plays it), nothing
sent while the screen is unchanged, and a failing callback stops the bridge, not the game.
With `accesskit` installed, the same tree as real `accesskit.TreeUpdate` objects."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pygame
import pytest

from game.engine.campaign import CampaignState
from game.engine.starting import begin, plan
from game.ui import access
from game.ui.access import Bridge, intent_for, to_accesskit, tree_for
from game.ui.app import App
from game.ui.input import Aim
from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from tests.conftest import STORIES
from tests.ui.support import open_app, press, pump

LOCKED = "Not possible now: Lend two sacks (you do not have two)"


def scene(tmp: Path, scene_id: str = "skhod", overrides: str = "grain=1") -> App:
    """The famine season's assembly with one sack: a locked choice and two open ones."""
    app = open_app(STORIES / "famine.yaml", tmp / "data")
    campaign = app.campaign
    start, problems = plan(campaign.seasons[0], scene_id, None, overrides)
    assert not problems
    state = begin(campaign.seasons[0], start)[0]
    run = Run(campaign, tmp / "save.json", CampaignState(campaign.id, 0, state))
    run.play.begin()
    app.replace(PlayScreen(app, run))
    pump(app)
    return app


def request(target: int, action: str) -> SimpleNamespace:
    return SimpleNamespace(target=target, action=f"Action.{action}")  # as accesskit's print


def test_scene_tree_roles_labels_and_actions(tmp_path):
    tree = tree_for(scene(tmp_path).top.describe(), "Village Resilience")
    root = tree.nodes[0]
    assert (root.id, root.role, root.label) == (access.ROOT, "WINDOW", "Village Resilience")
    assert root.children == tuple(node.id for node in tree.nodes[1:])
    assert tree.focus == access.ROOT  # no focus ring yet: the window has the focus
    buttons = {node.label: node for node in tree.nodes if node.role == "BUTTON"}
    one = buttons["1. Whisper to your mother; one sack, if others add one"]
    assert one.actions == ("CLICK", "FOCUS") and not one.disabled
    assert one.key is not None and one.key.startswith("choice:")
    assert "2. Say nothing; keep your seed" in buttons
    closed = buttons[LOCKED]
    assert closed.disabled and closed.actions == () and closed.description == "you do not have two"
    assert buttons["Back"].disabled and buttons["Menu"].actions == ("CLICK", "FOCUS")
    meter = next(node for node in tree.nodes if node.role == "PROGRESS_INDICATOR")
    assert meter.label == "Village trust: 50 out of 100, Hopeful"
    assert meter.value == (50.0, 0.0, 100.0)
    heading = next(node for node in tree.nodes if node.role == "HEADING" and
                   node.label == "The assembly")
    passage = [node.label for node in tree.nodes if node.role == "LABEL"]
    assert heading and any(text.startswith("In September the skhod") for text in passage)
    assert all(node.bounds for node in tree.nodes)


def test_focus_ring_is_the_screen_readers_focus(tmp_path):
    app = scene(tmp_path)
    app.top.key("next")  # Tab
    description = app.top.describe()
    focused = next(e for e in description.elements if e.focused)
    tree = tree_for(description, "w")
    assert tree.node(tree.focus).key == focused.key and tree.focus != access.ROOT


def test_actions_become_intents(tmp_path):
    tree = tree_for(scene(tmp_path).top.describe(), "w")
    by_label = {node.label: node for node in tree.nodes}
    choice = by_label["2. Say nothing; keep your seed"]
    assert intent_for(tree, choice.id, "CLICK") == Aim(choice.key, press=True)
    assert intent_for(tree, choice.id, "FOCUS") == Aim(choice.key, press=False)
    assert intent_for(tree, choice.id, "SCROLL_DOWN") is None
    assert intent_for(tree, by_label[LOCKED].id, "CLICK") is None  # a locked choice
    heading = next(node for node in tree.nodes if node.role == "HEADING")
    assert intent_for(tree, heading.id, "CLICK") is None
    assert intent_for(tree, 999, "CLICK") is None


def bridged(tmp_path) -> tuple[App, Bridge]:
    app = scene(tmp_path)
    app.access = bridge = Bridge("Village Resilience", app.log)  # no adapter: always listening
    app.dirty = True
    pump(app)
    return app, bridge


def test_a_click_from_the_screen_reader_plays_the_choice(tmp_path):
    app, bridge = bridged(tmp_path)
    choice = bridge.tree.find("2. Say nothing; keep your seed")
    bridge.on_action(request(choice.id, "CLICK"))
    pump(app)
    assert app.top.mode == "outcome"
    assert app.top.run.session.state.path[-1:] == (choice.key.split(":", 1)[1],)
    assert bridge.tree.find("2. Say nothing; keep your seed") is None  # the tree followed


def test_focus_from_the_screen_reader_moves_the_ring(tmp_path):
    app, bridge = bridged(tmp_path)
    choice = bridge.tree.find("1. Whisper to your mother; one sack, if others add one")
    bridge.on_action(request(choice.id, "FOCUS"))
    pump(app)
    assert app.top.mode == "scene" and app.top.focus == choice.key and app.top.focus_visible
    assert bridge.tree.focus == choice.id


def test_a_locked_choice_cannot_be_clicked(tmp_path):
    app, bridge = bridged(tmp_path)
    closed = bridge.tree.find(LOCKED)
    bridge.on_action(request(closed.id, "CLICK"))
    app.step(0.0)
    assert app.top.mode == "scene"
    app.top.aim(closed.key, True)  # even asked directly, a locked target does nothing
    assert app.top.mode == "scene"


def test_unchanged_screen_sends_nothing(tmp_path):
    app, bridge = bridged(tmp_path)
    assert bridge.updates == 1
    for _ in range(5):
        app.dirty = True  # repainted, but nothing changed
        pump(app)
    assert bridge.updates == 1
    press(app, pygame.K_TAB)  # the ring moved: one new tree

    assert bridge.updates == 2
    assert not bridge.offer(app.top.describe())


def test_a_screen_reader_that_is_not_listening_costs_no_description(tmp_path):
    app = scene(tmp_path)
    calls = []
    bridge = Bridge("w", app.log, make_adapter=lambda bridge: object())
    bridge.refresh(lambda: calls.append(1) or app.top.describe(), drew=True)
    assert calls == [] and bridge.updates == 0  # not activated yet
    bridge.on_activate()
    bridge.refresh(lambda: calls.append(1) or app.top.describe(), drew=False)  # stale: once
    bridge.refresh(lambda: calls.append(1) or app.top.describe(), drew=False)
    assert calls == [1] and bridge.updates == 1


class Exploding:
    def __init__(self) -> None:
        self.updates = 0

    def update_if_active(self, build):  # type: ignore[no-untyped-def]
        self.updates += 1
        raise RuntimeError("poisoned")


def test_a_failing_callback_stops_the_bridge_not_the_game(tmp_path):
    app = scene(tmp_path)
    lines: list[str] = []
    bridge = Bridge("w", lines.append, make_adapter=lambda bridge: Exploding())
    app.access = bridge
    bridge.on_activate()
    adapter = bridge.adapter
    app.dirty = True
    pump(app)
    assert bridge.stopped and bridge.adapter is None and adapter.updates == 1
    assert lines == ["screen-reader bridge stopped: RuntimeError: poisoned"]
    bridge.on_action(request(2, "CLICK"))  # later callbacks do nothing, and say nothing
    bridge.on_activate()
    app.dirty = True
    pump(app)
    assert len(lines) == 1 and adapter.updates == 1 and bridge.intents() == []
    assert app.top.mode == "scene" and app.running  # the game goes on


def test_a_callback_that_raises_is_logged_once(tmp_path):
    lines: list[str] = []
    bridge = Bridge("w", lines.append)
    bridge.tree = None  # type: ignore[assignment]  # intent_for will fail on it
    bridge.on_action(request(2, "CLICK"))
    bridge.on_action(request(2, "CLICK"))
    assert bridge.stopped and len(lines) == 1 and "AttributeError" in lines[0]


def test_off_without_a_real_window_or_without_accesskit(monkeypatch):
    lines: list[str] = []
    assert access.start("w", "dummy", lines.append, dict) is None and lines == []
    monkeypatch.setitem(__import__("sys").modules, "accesskit", None)  # not installed
    assert access.start("w", "x11", lines.append, dict) is None
    assert len(lines) == 1 and "accesskit is not installed" in lines[0]


def test_window_tests_open_no_bridge(tmp_path):
    assert scene(tmp_path).access is None  # the dummy driver: nobody to tell


def test_real_accesskit_tree_update(tmp_path):
    accesskit = pytest.importorskip("accesskit", reason="accesskit is not installed "
                                    "(pip install 'village-resilience[access]')")
    app = scene(tmp_path)
    app.top.key("next")
    tree = tree_for(app.top.describe(), "Village Resilience")
    update = to_accesskit(tree, accesskit)
    assert isinstance(update, accesskit.TreeUpdate)
    assert update.focus == tree.focus and update.tree.root == access.ROOT
    ids = [node_id for node_id, _ in update.nodes]
    assert ids == [node.id for node in tree.nodes]
    made = dict(update.nodes)
    for data in tree.nodes:
        node = made[data.id]
        assert node.role == getattr(accesskit.Role, data.role)
        assert (node.label or "") == data.label
        assert node.is_disabled == data.disabled
        assert node.supports_action(accesskit.Action.CLICK) == ("CLICK" in data.actions)
    root = made[access.ROOT]
    assert list(root.children) == list(tree.nodes[0].children)
    assert all(made[n.id].live is None for n in tree.nodes if not n.live)
    meter = next(made[n.id] for n in tree.nodes if n.role == "PROGRESS_INDICATOR")
    assert (meter.numeric_value, meter.max_numeric_value) == (50.0, 100.0)


def test_the_meters_note_is_a_live_region(tmp_path):
    app = scene(tmp_path, "thin_harvest", "")
    press(app, pygame.K_1)  # reap Anna's strip: trust moves, and the note says why
    pump(app, 0.2)
    description = app.top.describe()
    notes = [e for e in description.elements if e.role == "note"]
    assert notes, description.snapshot()
    tree = tree_for(description, "w")
    live = [node for node in tree.nodes if node.live]
    assert [node.label for node in live] == [f"Village trust {notes[0].text}"]


class Placed:
    """An adapter that records where it was told the window is."""

    def __init__(self) -> None:
        self.bounds: list[tuple[object, object]] = []

    def update_if_active(self, build):  # type: ignore[no-untyped-def]
        return None

    def set_root_window_bounds(self, outer, inner) -> None:  # type: ignore[no-untyped-def]
        self.bounds.append((outer, inner))


def test_the_screen_reader_is_told_where_the_window_is_when_it_moves(tmp_path):
    app = scene(tmp_path)
    bridge = Bridge("w", app.log, make_adapter=lambda bridge: Placed())
    app.access = bridge
    pygame.event.post(pygame.event.Event(pygame.WINDOWMOVED, x=40, y=30))
    pump(app)
    width, height = pygame.display.get_window_size()
    x, y = pygame.display.get_window_position()
    assert bridge.adapter.bounds == [((x, y, width, height), (x, y, width, height))]
    pump(app)  # nothing moved: nothing told
    assert len(bridge.adapter.bounds) == 1
