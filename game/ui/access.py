"""The screen-reader bridge: the screen description (`describe.py`) as an AccessKit tree.

A screen reader (Orca on Linux through AT-SPI, NVDA or Narrator on Windows through UI
Automation) sees the window, the passage, the choices as buttons with their numbers, the
meter as a progress bar and the top bar's Back and Menu; the focus ring is its focus; and
its "click" or "focus" on a button comes back as an `Aim` intent through the window's one
input path, so a choice activated from the screen reader plays exactly as a key would.

`accesskit` (PyPI, optional: `pip install 'village-resilience[access]'`) is imported only
here and only when a real window opens; without it the game runs as before and the log
says so in one line. The tree is rebuilt only when the description changed. AccessKit
calls back on its own thread: the callbacks only queue intents, and every one is guarded,
because a Python exception inside one panics AccessKit's Rust thread and poisons it for
good (ecosystem review §2): the first one is logged and stops the bridge, never the game.

Platforms: the Unix adapter (AT-SPI over D-Bus) under X11 or Wayland, tried here with
`pyatspi` under Xvfb (`tests/ui/test_access_atspi.py`); Windows' `SubclassingAdapter` on
the window's HWND, written from AccessKit's documentation and not tried; macOS not done.
"""

from __future__ import annotations

import queue
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from .describe import Description, Element, Rect
from .input import Aim

ROOT = 1  # the window's node; an element's node is its index + 2

# describe.py's roles as AccessKit's. Text goes in LABEL nodes with a label: a PARAGRAPH
# showed an empty name and no text to AT-SPI in the review's trial.
ROLES = MappingProxyType({
    "heading": "HEADING", "title": "HEADING", "paragraph": "LABEL", "note": "LABEL",
    "status": "LABEL", "image": "IMAGE", "meter": "PROGRESS_INDICATOR", "choice": "BUTTON",
    "button": "BUTTON"})
PRESSABLE = ("choice", "button")
REASON = re.compile(r"\(([^()]+)\)\s*$")  # a locked choice's reason, in its brackets
NUMBERS = re.compile(r"(\d+)\D+(\d+)")    # the meter's sentence: "trust: 50 out of 100"


@dataclass(frozen=True)
class Node:
    """One node of the tree, as plain data (AccessKit's own objects are made from it)."""

    id: int
    role: str                       # an `accesskit.Role` name
    label: str = ""
    description: str = ""
    value: tuple[float, float, float] | None = None  # now, least, most (the meter)
    actions: tuple[str, ...] = ()   # `accesskit.Action` names
    disabled: bool = False
    bounds: Rect | None = None
    children: tuple[int, ...] = ()
    key: str | None = None          # what pressing it does (`Element.key`)
    live: bool = False              # read out when it changes (the meter's note)


@dataclass(frozen=True)
class Tree:
    nodes: tuple[Node, ...]
    focus: int

    def node(self, node_id: int) -> Node | None:
        return next((node for node in self.nodes if node.id == node_id), None)

    def find(self, label: str) -> Node | None:
        return next((node for node in self.nodes if node.label == label), None)


def label_of(element: Element) -> str:
    """What a screen reader says for an element: a choice with its number, as on screen."""
    return f"{element.number}. {element.text}" if element.number else element.text


def node_for(node_id: int, element: Element) -> Node:
    role = ROLES.get(element.role, "LABEL")
    x, y, w, h = element.rect
    bounds = (x, y, w, h)
    if element.role in PRESSABLE:
        enabled = element.enabled is not False
        reason = REASON.search(element.text) if not enabled else None
        return Node(node_id, role, label_of(element), reason.group(1) if reason else "",
                    actions=("CLICK", "FOCUS") if enabled else (), disabled=not enabled,
                    bounds=bounds, key=element.key)
    value = None
    if element.role == "meter":
        found = NUMBERS.search(element.text)
        if found:
            value = (float(found.group(1)), 0.0, float(found.group(2)))
    return Node(node_id, role, element.text, value=value, bounds=bounds)


def tree_for(description: Description, window: str) -> Tree:
    """The window as the root, then every element of the description in reading order;
    the focus is the element the focus ring is on, else the window."""
    width, height = description.size
    children = [node_for(index + 2, element)
                for index, element in enumerate(description.elements)]
    for index, element in enumerate(description.elements):
        if element.role == "note" and index and description.elements[index - 1].role == "meter":
            # the meter's note ("+4: Anna saw you...") is announced as it appears, after the
            # meter's name ("Village trust: 54 out of 100" gives "Village trust +4: ...")
            name = description.elements[index - 1].text.partition(":")[0]
            children[index] = replace(children[index], live=True,
                                      label=f"{name} {element.text}".strip())
    root = Node(ROOT, "WINDOW", window, bounds=(0, 0, width, height),
                children=tuple(node.id for node in children))
    focused = next((index + 2 for index, element in enumerate(description.elements)
                    if element.focused), ROOT)
    return Tree((root, *children), focused)


def intent_for(tree: Tree, node_id: int, action: str) -> Aim | None:
    """A screen reader's action on a node as the window's intent: "click" (its default
    action) presses the button, "focus" moves the focus ring to it; None for anything else
    (a node that cannot be pressed, a locked choice, an action the game has no use for)."""
    node = tree.node(node_id)
    if node is None or node.key is None or node.disabled or action not in node.actions:
        return None
    return Aim(node.key, press=action == "CLICK")


def to_accesskit(tree: Tree, accesskit: Any) -> Any:
    """The tree as an `accesskit.TreeUpdate` (the module is passed in: it is optional)."""
    nodes = []
    for data in tree.nodes:
        node = accesskit.Node(getattr(accesskit.Role, data.role))
        if data.label:
            node.set_label(data.label)
        if data.description:
            node.set_description(data.description)
        if data.value is not None:
            now, least, most = data.value
            node.set_numeric_value(now)
            node.set_min_numeric_value(least)
            node.set_max_numeric_value(most)
        if data.disabled:
            node.set_disabled()
        if data.live:
            node.set_live(accesskit.Live.POLITE)
        for action in data.actions:
            node.add_action(getattr(accesskit.Action, action))
        if data.bounds is not None:
            x, y, w, h = data.bounds
            node.set_bounds(accesskit.Rect(x, y, x + w, y + h))
        if data.children:
            node.set_children(list(data.children))
        nodes.append((data.id, node))
    update = accesskit.TreeUpdate(tree.focus)
    update.nodes = nodes
    update.tree = accesskit.Tree(ROOT)
    return update


class Bridge:
    """Keeps the adapter's tree in step with the screen, and turns its actions into intents.

    `make_adapter(bridge)` builds the platform's adapter with the bridge's callbacks;
    `build(tree)` makes what the adapter is given (`to_accesskit` in the game, anything in
    tests). `updates` counts the trees sent, so a test can see an unchanged screen costs
    none."""

    def __init__(self, window: str, log: Callable[[str], None],
                 make_adapter: Callable[[Bridge], Any] | None = None,
                 build: Callable[[Tree], Any] = lambda tree: tree,
                 rect: Callable[[Rect], Any] = lambda area: area) -> None:
        self.window, self.log, self.build, self.rect = window, log, build, rect
        self.tree = Tree((Node(ROOT, "WINDOW", window),), ROOT)
        self.last: Description | None = None
        self.updates = 0
        self.active = make_adapter is None  # without an adapter (tests): always listening
        self.stale = True   # the screen reader has not seen the screen as it is now
        self.stopped = False
        self._intents: queue.SimpleQueue[Aim] = queue.SimpleQueue()
        self.adapter: Any = None
        if make_adapter is not None:
            self.adapter = self.guard(make_adapter, self)

    # -- guarding -------------------------------------------------------------------
    def guard(self, action: Callable[..., Any], *args: Any) -> Any:
        """Run one piece of the bridge; the first failure is logged and stops it."""
        if self.stopped:
            return None
        try:
            return action(*args)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as err:  # AccessKit's PanicException is a BaseException
            self.log(f"screen-reader bridge stopped: {type(err).__name__}: {err}")
            self.stop()
            return None

    def stop(self) -> None:
        """Drop the adapter for good: a broken bridge must not break the game."""
        self.stopped, self.active, self.adapter = True, False, None

    # -- AccessKit's callbacks (on its thread) ----------------------------------------
    def on_activate(self) -> Any:
        return self.guard(self._activate)

    def _activate(self) -> Any:
        self.active, self.stale = True, True
        return self.build(self.tree)

    def on_action(self, request: Any) -> None:
        self.guard(self._action, request)

    def _action(self, request: Any) -> None:
        intent = intent_for(self.tree, int(request.target), str(request.action).split(".")[-1])
        if intent is not None:
            self._intents.put(intent)

    def on_deactivate(self) -> None:
        self.guard(self._deactivate)

    def _deactivate(self) -> None:
        self.active = False

    # -- the window's side (its loop's thread) ------------------------------------------
    def intents(self) -> list[Aim]:
        """The actions the screen reader asked for since the last call."""
        taken = []
        while not self._intents.empty():
            taken.append(self._intents.get_nowait())
        return taken

    def refresh(self, describe: Callable[[], Description], drew: bool) -> None:
        """After a frame: if a screen reader listens and the screen may have changed,
        describe it and send the tree when the description is not the one last sent."""
        if self.stopped or not self.active or not (drew or self.stale):
            return
        self.stale = False
        description = self.guard(describe)
        if description is not None:
            self.guard(self.offer, description)

    def offer(self, description: Description) -> bool:
        """Send the tree for `description` unless it is the one last sent. True if sent."""
        if description == self.last:
            return False
        self.last = description
        self.tree = tree_for(description, self.window)
        self.updates += 1
        if self.adapter is not None:
            events = self.adapter.update_if_active(lambda: self.build(self.tree))
            if events is not None:  # Windows: the events to raise, outside its lock
                events.raise_events()
        return True

    def window_moved(self, x: int, y: int, width: int, height: int) -> None:
        """Where the window is on the desktop (Unix adapter only), so a screen reader's
        mouse review and magnifiers find each element where it is drawn. SDL gives the
        client area only, so it is both the outer and the inner bounds."""
        if self.adapter is not None and hasattr(self.adapter, "set_root_window_bounds"):
            area = self.rect((x, y, width, height))
            self.guard(self.adapter.set_root_window_bounds, area, area)

    def focus_changed(self, focused: bool) -> None:
        """The window gained or lost the keyboard focus (Unix adapter only)."""
        if self.adapter is not None and hasattr(self.adapter, "update_window_focus_state"):
            self.guard(self.adapter.update_window_focus_state, focused)


def start(window: str, driver: str, log: Callable[[str], None],
          wm_info: Callable[[], dict[str, Any]], platform: str = sys.platform
          ) -> Bridge | None:
    """The bridge for a window opened with SDL's `driver`, or None (no real window, no
    accesskit, or a platform without an adapter here), with one line in the log why."""
    if driver not in ("x11", "wayland", "windows"):
        return None  # the dummy or offscreen driver (tests, drawings): nobody to tell
    try:
        import accesskit  # type: ignore[import-not-found]
    except ImportError:
        log("screen-reader bridge off: accesskit is not installed "
            "(pip install 'village-resilience[access]')")
        return None

    def build(tree: Tree) -> Any:
        return to_accesskit(tree, accesskit)

    if platform == "win32":
        hwnd = wm_info().get("window")

        def make(bridge: Bridge) -> Any:
            return accesskit.windows.SubclassingAdapter(hwnd, bridge.on_activate,
                                                        bridge.on_action)
    elif platform == "darwin":
        log("screen-reader bridge off: not written for macOS yet")
        return None
    else:
        def make(bridge: Bridge) -> Any:
            return accesskit.unix.Adapter(bridge.on_activate, bridge.on_action,
                                          bridge.on_deactivate)
    def rect(area: Rect) -> Any:
        x, y, w, h = area
        return accesskit.Rect(x, y, x + w, y + h)

    bridge = Bridge(window, log, make, build, rect)
    bridge.focus_changed(True)
    return None if bridge.stopped else bridge
