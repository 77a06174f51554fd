"""A screen of the stack: a scrolling panel of text and targets, plus fixed parts.

Every screen gets the same behaviour for free: press and release on the same target to
activate it (mouse or finger), Tab and arrows move a visible focus ring, Enter or Space
activates, digits pick numbered choices, the wheel, a drag of the text (mouse or finger),
the scroll bar (grabbed, or pressed above or below its thumb) or Page Up/Down/Home/End
scroll, Esc goes back. A press becomes a drag only after `TAP_SLOP` pixels, so a tap with a
shaky finger still presses what it is on. A screen may dock its choices under the text
(`dock_panes`, `panes.py`) so they never scroll away. Screens describe *what* is on them
in `build`; `draw` only paints.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

import pygame

from game.lang.marks import N_

from .damage import grow
from .describe import ROLE_OF_STYLE, Description, Element, overlaps, union
from .input import Aim, Down, Drag, Intent, Key, Scroll, Up
from .layout import Box, Flow, Line, Target
from .panes import Dock, bar_reach, bar_thumb, scroll_for, split
from .theme import Theme
from .widgets import draw_lines, draw_panel, draw_scrollbar, draw_target, rect

if TYPE_CHECKING:
    from .app import App

TAP_SLOP = 12  # pixels a finger or mouse may move and still count as a tap
MORE_CHOICES = N_("More choices below: scroll down")
ARROWS = MappingProxyType({"left": "previous", "right": "next"})


class Screen:
    palette: str | None = None
    name = ""  # the screen registry's name, if not the class's (TitleScreen: "title")
    takes_text = False  # a screen one types a name into: letter keys are not shortcuts there

    def __init__(self, app: App) -> None:
        self.app = app
        self.fixed: list[Target] = []       # targets in window coordinates
        self.fixed_lines: list[Line] = []
        self.flow: Flow | None = None       # the scrolling panel's content
        self.viewport = Box(0, 0, 0, 0)
        self.scroll = 0
        self.focus: str | None = None
        self.focus_visible = False
        self.pressed: str | None = None
        self.dock = Dock(Box(0, 0, 0, 0))  # choices docked under the text (`dock_panes`)
        self._drag = 0.0          # how far the pointer has moved since it was pressed
        self._dragging = False    # past the slop: the press scrolls instead of tapping
        self._scrolls = False     # the press began on the text or the bar
        self._grab: float | None = None  # pressed on the bar: where on its thumb
        # What the last key or animation step changed, when the screen knows (the focus ring
        # moved; a letter appeared): the window repaints only these boxes. None, as the
        # window sets it before each, means anything may have changed (`damage.py`).
        self.changed: list[Box] | None = None

    # -- for subclasses -------------------------------------------------------------
    def build(self) -> None:
        """Lay the screen out for the current window, settings and content."""

    def activate(self, key: str) -> None:
        """A target was pressed."""

    def press_target(self, key: str) -> None:
        """A target was pressed: a Menu button opens the menu wherever it is, else the
        screen's own `activate`."""
        if key == "menu":
            self.menu()
        else:
            self.activate(key)

    def back(self) -> None:
        self.app.pop()

    def menu(self) -> None:
        """A right click: screens in a season open their menu; elsewhere it does nothing."""

    def history(self) -> None:
        """H: screens in a season open the history; elsewhere it does nothing."""

    def reread(self) -> None:
        """Backspace: the play screen shows the page before; elsewhere it goes back."""
        self.back()

    def update(self, dt: float) -> bool:
        """Advance animations; True while something moves."""
        return False

    def draw_behind(self, surface: pygame.Surface) -> None:
        """Anything drawn before the panel (pictures, the meter)."""

    # -- shared behaviour -----------------------------------------------------------
    @property
    def theme(self) -> Theme:
        return self.app.theme(self.palette)

    def new_flow(self, area: Box) -> Flow:
        self.viewport = area
        pad = self.app.metrics.px(24)
        self.flow = Flow(area.x + pad, area.w - 2 * pad, self.app.fonts, self.app.metrics,
                         area.y + pad)
        return self.flow

    def dock_panes(self, partial: bool = True) -> None:
        """Dock the targets placed after `Flow.dock_here` under the text (`panes.split`)."""
        if self.flow is not None:
            self.dock = split(self.flow, self.viewport, self.app.metrics, self.app.fonts,
                              self.app.strings._(MORE_CHOICES), partial)
            self.viewport = self.dock.viewport

    def rebuild(self) -> None:
        focus, fraction = self.focus, self._scroll_fraction()
        self.fixed, self.fixed_lines, self.flow = [], [], None
        self.dock = Dock(Box(0, 0, 0, 0))
        self.build()
        self.scroll = round(fraction * self._max_scroll())
        keys = [t.key for t in self.targets() if t.enabled]
        self.focus = focus if focus in keys else None

    def targets(self) -> list[Target]:
        """In the order Tab visits them: the text's, the docked choices, the rest of the
        choices (when the dock could not hold them all), then the fixed buttons."""
        flowing = self.flow.targets if self.flow else []
        at = self.dock.at if self.dock.docked else len(flowing)
        return flowing[:at] + list(self.dock.targets) + flowing[at:] + self.fixed

    def _content_height(self) -> int:
        """Everything in the panel, with the bottom padding."""
        return (self.flow.y + self.app.metrics.px(24) - self.viewport.y) if self.flow else 0

    def _max_scroll(self) -> int:
        return max(0, self._content_height() - self.viewport.h)

    def _scroll_fraction(self) -> float:
        most = self._max_scroll()
        return self.scroll / most if most else 0.0

    def scroll_by(self, pixels: float) -> None:
        self.scroll = round(max(0, min(self._max_scroll(), self.scroll + pixels)))

    def screen_box(self, target: Target) -> Box:
        if self.flow is not None and target in self.flow.targets:
            return Box(target.box.x, target.box.y - self.scroll, target.box.w, target.box.h)
        return target.box

    def target_at(self, x: float, y: float) -> Target | None:
        for target in self.targets():
            box = self.screen_box(target)
            held = target in self.fixed or target in self.dock.targets
            in_view = held or self.viewport.contains(x, y)
            if in_view and box.contains(x, y):
                return target
        return None

    def thumb(self) -> Box:
        """The scroll bar's thumb on screen now (empty when the text fits)."""
        return bar_thumb(self.viewport, self.app.metrics, self._content_height(), self.scroll)

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Down):
            self.press(intent.x, intent.y)
        elif isinstance(intent, Up):
            self.release(intent.x, intent.y)
        elif isinstance(intent, Drag):
            self.drag(intent.dy, intent.y)
        elif isinstance(intent, Scroll):
            self.scroll_by(intent.lines * self.app.fonts.line_height("body"))
        elif isinstance(intent, Key):
            self.key(intent.name)
        elif isinstance(intent, Aim):
            self.aim(intent.key, intent.press)

    def aim(self, key: str, press: bool) -> None:
        """A screen reader's focus or click on a target (a locked one does nothing)."""
        target = next((t for t in self.targets() if t.key == key and t.enabled), None)
        if target is None:
            return
        self.focus, self.focus_visible = key, True
        self._reveal(key)
        if press:
            self.press_target(key)

    def press(self, x: float, y: float) -> None:
        self.focus_visible = False
        target = self.target_at(x, y)
        self.pressed = target.key if target and target.enabled else None
        self._drag, self._dragging, self._grab = 0.0, False, None
        thumb = self.thumb()
        touch = self.app.profile.touch
        if thumb.h and bar_reach(self.viewport, self.app.metrics, touch).contains(x, y):
            # on the thumb: hold it where it was taken; beside it: it jumps to the pointer
            self._grab = y - thumb.y if thumb.y <= y < thumb.bottom else thumb.h / 2
        self._scrolls = self._grab is not None or self.viewport.contains(x, y)

    def release(self, x: float, y: float) -> None:
        target = self.target_at(x, y)
        pressed, self.pressed = self.pressed, None
        if self._dragging:
            pass
        elif target and target.key == pressed:
            now = self.app.clock()
            if now - self.app.last_tap >= self.app.profile.debounce:  # a kiosk ignores a
                self.app.last_tap = now  # second tap within 500 ms of one taken (B-7)
                self.focus = target.key
                self.press_target(target.key)
        elif self._grab is not None:  # a click on the bar's track pages towards it
            thumb = self.thumb()
            if y < thumb.y:
                self.key("page_up")
            elif y >= thumb.bottom:
                self.key("page_down")
        self._dragging, self._grab, self._scrolls = False, None, False

    def drag(self, dy: float, y: float | None) -> None:
        """The pointer moved while pressed: past the slop, the text (or the bar) follows."""
        self._drag += dy
        if not self._dragging:
            if abs(self._drag) < TAP_SLOP:
                return
            self._dragging, self.pressed = True, None
            dy = self._drag  # the slop's movement counts once the drag is sure
        if not self._scrolls:
            return
        if self._grab is not None and y is not None:
            self.scroll = scroll_for(self.viewport, self.app.metrics, self._content_height(),
                                     y - self._grab)
        elif self._grab is not None:  # no position: move as far as the thumb would
            self.scroll_by(dy * self._content_height() / max(self.viewport.h, 1))
        else:
            self.scroll_by(-dy)

    def key(self, name: str) -> None:
        page = max(self.viewport.h - self.app.metrics.px(60), 40)
        name = ARROWS.get(name, name)  # left and right move the focus unless a screen says
        if name in ("next", "previous"):
            scroll, ring = self.scroll, self._ring()
            self.move_focus(1 if name == "next" else -1)
            if self.scroll == scroll:  # nothing moved but the ring: repaint where it was and is
                self.changed = [box for box in (ring, self._ring()) if box is not None]
        elif name == "activate":
            if self.focus is not None and self.focus_visible:
                self.press_target(self.focus)
            else:  # nothing chosen yet: show where the keyboard is, then Enter again
                self.focus = None
                self.move_focus(1)
        elif name == "back":
            self.back()
        elif name == "menu":
            self.menu()
        elif name == "history":
            self.history()
        elif name == "reread":
            self.reread()
        elif name.isdigit():
            numbered = {str(t.number): t for t in self.targets() if t.number and t.enabled}
            if name in numbered:
                self.focus = numbered[name].key
                self.press_target(numbered[name].key)
        elif name in ("page_down", "page_up"):
            self.scroll_by(page if name == "page_down" else -page)
        elif name in ("home", "end"):
            self.scroll = 0 if name == "home" else self._max_scroll()

    def move_focus(self, step: int) -> None:
        keys = [t.key for t in self.targets() if t.enabled]
        if not keys:
            return
        self.focus_visible = True
        index = keys.index(self.focus) + step if self.focus in keys else (0 if step > 0 else -1)
        self.focus = keys[index % len(keys)]
        self._reveal(self.focus)

    def _ring(self) -> Box | None:
        """Where the focus ring is drawn now (with a margin), if it is drawn."""
        if not self.focus_visible or self.focus is None:
            return None
        target = next((t for t in self.targets() if t.key == self.focus), None)
        return None if target is None else grow(self.screen_box(target),
                                                self.app.metrics.px(8) + 2)

    def _reveal(self, key: str) -> None:
        """Scroll so the focused target is in view."""
        target = next(t for t in self.targets() if t.key == key)
        if self.flow is None or target not in self.flow.targets:
            return
        box = self.screen_box(target)
        margin = self.app.metrics.px(16)
        if box.y < self.viewport.y:
            self.scroll_by(box.y - self.viewport.y - margin)
        elif box.bottom > self.viewport.bottom:
            self.scroll_by(box.bottom - self.viewport.bottom + margin)

    def draw(self, surface: pygame.Surface) -> None:
        theme, metrics, fonts = self.theme, self.app.metrics, self.app.fonts
        surface.fill(theme.background)
        self.draw_behind(surface)
        if self.flow is not None:
            draw_panel(surface, theme, metrics, self.viewport)
            clip = surface.get_clip()
            surface.set_clip(rect(self.viewport).clip(clip))  # (a partial repaint's clip too)
            self.draw_content(surface, -self.scroll)
            for target in self.flow.targets:
                draw_target(surface, fonts, theme, metrics, target,
                            self.focus_visible and self.focus == target.key,
                            self.pressed == target.key, -self.scroll)
            surface.set_clip(clip)
            draw_scrollbar(surface, theme, self.viewport, self.thumb())
        if self.dock.docked:
            draw_panel(surface, theme, metrics, self.dock.box)
            draw_lines(surface, fonts, self.dock.cue, theme.accent)
        draw_lines(surface, fonts, self.fixed_lines, theme.text)
        for target in (*self.dock.targets, *self.fixed):
            draw_target(surface, fonts, theme, metrics, target,
                        self.focus_visible and self.focus == target.key,
                        self.pressed == target.key)

    def draw_content(self, surface: pygame.Surface, dy: int) -> None:
        """The panel's lines; screens with styled or revealed text override this."""
        if self.flow is not None:
            colours = {"heading": self.theme.accent, "title": self.theme.accent,
                       "small": self.theme.muted}
            for line in self.flow.lines:
                draw_lines(surface, self.app.fonts, [line],
                           colours.get(line.style, self.theme.text), dy, self.viewport)

    # -- what the screen shows, as data ------------------------------------------------
    def describe(self) -> Description:
        """What is on screen now, built from the same layout `draw` paints."""
        size = self.app.surface.get_size()
        name = self.name or type(self).__name__.removesuffix("Screen").lower()  # not translated
        return Description(name, (size[0], size[1]), tuple(
            self.describe_fixed() + self.describe_panel() + self.describe_dock()))

    def describe_fixed(self) -> list[Element]:
        """The parts outside the panel (screens with a top bar or a picture add theirs)."""
        elements = [Element(ROLE_OF_STYLE.get(line.style, "paragraph"), line.text,
                            tuple(line.box)) for line in self.fixed_lines]
        return elements + [self._describe_target(t, t.box, True) for t in self.fixed]

    def describe_panel(self) -> list[Element]:
        """The scrolling panel's paragraphs, pictures and targets, in reading order."""
        if self.flow is None:
            return []
        view, dy = tuple(self.viewport), -self.scroll
        found: list[tuple[int, Element]] = []
        for part in self.flow.paragraphs:
            lines = self.flow.lines[part.first:part.first + part.count]
            if not lines:
                continue
            box = union([(b.x, b.y + dy, b.w, b.h) for b in (line.box for line in lines)])
            found.append((box[1], Element(ROLE_OF_STYLE.get(part.style, "paragraph"),
                                          part.text, box, overlaps(box, view))))
        for picture in self.flow.pictures:
            b = picture.box
            box = (b.x, b.y + dy, b.w, b.h)
            found.append((box[1], Element("image", picture.alt, box, overlaps(box, view))))
        for target in self.flow.targets:
            box = self.screen_box(target)
            found.append((box.y, self._describe_target(target, box,
                                                       overlaps(tuple(box), view))))
        return [element for _, element in sorted(found, key=lambda pair: pair[0])]

    def describe_dock(self) -> list[Element]:
        """The docked choices, then the cue that more follow in the text, if any."""
        elements = [self._describe_target(t, t.box, True) for t in self.dock.targets]
        if self.dock.cue:
            box = union([tuple(line.box) for line in self.dock.cue])
            elements.append(Element("status", self.app.strings._(MORE_CHOICES), box))
        return elements

    def target_role(self, target: Target) -> str:
        """Choices of a scene are `choice`; everything else one can press is a `button`."""
        return "choice" if target.key.startswith(("choice:", "locked:")) else "button"

    def _describe_target(self, target: Target, box: Box, visible: bool) -> Element:
        label = target.label or " ".join(line.text for line in target.lines)
        return Element(self.target_role(target), label, tuple(box), visible,
                       self.focus_visible and self.focus == target.key, target.enabled,
                       target.number, target.key)
