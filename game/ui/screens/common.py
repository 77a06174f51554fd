"""A page: a centred panel with a heading, paragraphs and buttons (menus, settings, notes).

A page that fits gets a panel just its size; a longer one docks its buttons under the text
(`panes.split`) when they all fit there, so they are in reach without scrolling. A page of
the season being played has a Menu button in its top corner, for mouse and touch (Esc and
a right click too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import Box, Flow, Target, wrap
from ..panes import Dock
from ..screen import Screen
from ..topbar import bar_buttons

if TYPE_CHECKING:
    from ..app import App
    from ..describe import Element
    from ..run import Run

Item = tuple[str, str, bool]  # (key, label, enabled)


class PageScreen(Screen):
    width = 820  # design pixels: about 75 characters of body text
    heading_style = "heading"
    centred = False  # with a short page: centre the panel rather than keep it at the top
    numbered = True  # buttons numbered for the digit keys (not a keypad of digits)

    def heading(self) -> str:
        return ""

    def paragraphs(self) -> list[tuple[str, str]]:
        """(text, style) pairs shown under the heading."""
        return []

    def items(self) -> list[Item]:
        return []

    def after_heading(self, flow: Flow) -> None:
        """Room for something between the heading and the paragraphs (a chart)."""

    def panel_width(self) -> int:
        """The panel's width in pixels: wider with larger text, so a line still holds a
        useful number of words (at 200 % it held 28 to 35 characters; window review 5)."""
        return self.app.metrics.px(self.width * widen(self.app.metrics.text_scale))

    def panel_box(self) -> Box:
        metrics = self.app.metrics
        margin = metrics.px(28)
        width = min(metrics.width - 2 * margin, self.panel_width())
        return Box((metrics.width - width) // 2, margin, width, metrics.height - 2 * margin)

    def build(self) -> None:
        self._lay_out(1)
        if self.flow is None or self._reach() == 0 or not self._columns_fit(2):
            return
        one = (self._reach(), self._content_height())
        self._again(2)  # a long list of short buttons: two side by side, if that shows more
        if (self._reach(), self._content_height()) >= one:
            self._again(1)

    def _reach(self) -> int:
        """How much is in view, best first: 0 everything; 1 every button, the text scrolling
        above them; 2 only some, the page scrolls."""
        return 0 if self._max_scroll() == 0 else 1 if self.fits() else 2

    def _again(self, columns: int) -> None:
        self.fixed, self.fixed_lines, self.dock = [], [], Dock(Box(0, 0, 0, 0))
        self._lay_out(columns)

    def offered(self) -> list[Item]:
        return [item for item in self.items() if self.app.profile.offers(item[0])]

    def fits(self) -> bool:
        """Every button in reach: the page fits its panel, or its buttons are docked."""
        assert self.flow is not None
        return self.dock.docked or self._max_scroll() == 0

    def _columns_fit(self, columns: int) -> bool:
        """Whether every button's label fits on two lines in a column `columns` wide."""
        items, fonts, m = self.offered(), self.app.fonts, self.app.metrics
        if len(items) < 4 or self.flow is None:
            return False
        width = (self.flow.width - m.px(12) * (columns - 1)) // columns - 2 * m.px(14)
        return all(len(wrap(f"{n}. {label}", width, "button", fonts)) <= 2
                   for n, (_, label, _) in enumerate(items, 1))

    def _lay_out(self, columns: int) -> None:
        flow = self.new_flow(self.panel_box())
        if self.heading():
            flow.text(self.heading(), self.heading_style)
            flow.gap(14)
        self.after_heading(flow)
        for text, style in self.paragraphs():
            flow.text(text, style)
            flow.gap(12)
        flow.gap(6)
        flow.dock_here()
        place(flow, self.offered(), columns, self.numbered)
        if not self.hug(flow):
            # the dock may hold only some of the buttons (with its cue) when the page is
            # mostly text; a page that is mostly buttons reads better as one column
            text = (flow.dock_top - self.viewport.y) if flow.dock_from is not None else 0
            self.dock_panes(partial=text > flow.y - flow.dock_top)

    def hug(self, flow: Flow) -> bool:
        """A short page gets a panel just big enough for it; False if it does not fit."""
        needed = flow.y + self.app.metrics.px(24) - self.viewport.y
        if needed < self.viewport.h:
            view = self.viewport
            top = view.y + (view.h - needed) // 2 if self.centred else view.y
            shift = top - view.y
            flow.y += shift
            flow.lines[:] = [line._replace(box=line.box._replace(y=line.box.y + shift))
                             for line in flow.lines]
            flow.targets[:] = [
                target._replace(box=target.box._replace(y=target.box.y + shift),
                                lines=tuple(line._replace(box=line.box._replace(
                                    y=line.box.y + shift)) for line in target.lines))
                for target in flow.targets]
            flow.pictures[:] = [picture._replace(box=picture.box._replace(
                y=picture.box.y + shift)) for picture in flow.pictures]
            self.viewport = view._replace(y=top, h=needed)
            return True
        return False


def widen(scale: float) -> float:
    """How much wider than its design a page's panel may be at this text size: as much as
    the text is larger, so a line holds as many words."""
    return max(1.0, scale)


def place(flow: Flow, items: list[Item], columns: int = 1, numbered: bool = True) -> None:
    """The page's buttons, numbered (unless they are a keypad of digits), in `columns` side
    by side (a row as tall as its tallest, its labels centred in it)."""
    m = flow.metrics
    gap = m.px(12)
    x, width = flow.x, flow.width
    cell = (width - gap * (columns - 1)) // columns
    for start in range(0, len(items), columns):
        top, placed = flow.y, []
        for i, (key, label, enabled) in enumerate(items[start:start + columns]):
            number = start + i + 1
            flow.x, flow.width, flow.y = x + i * (cell + gap), cell if columns > 1 else width, top
            placed.append(flow.target(key, label, enabled,
                                      number if number <= 9 and numbered else None))
        bottom = max(t.box.bottom for t in placed)
        for target in placed:  # one height a row, each label kept in the middle
            index = flow.targets.index(target)
            lift = (bottom - target.box.bottom) // 2
            flow.targets[index] = target._replace(
                box=target.box._replace(h=bottom - target.box.y),
                lines=tuple(line._replace(box=line.box._replace(y=line.box.y + lift))
                            for line in target.lines))
        flow.y = bottom + m.px(10)
    flow.x, flow.width = x, width


class SeasonPage(PageScreen):
    """A page about the season being played, in that season's colours, with a Menu button
    (mouse and touch had no way to the menu during a season; window review, defect 2)."""

    menu_button = True  # the menu itself has none: it is the menu

    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app)
        self.run = run
        self.palette = run.season.info.palette or None

    def menu_target(self) -> Target | None:
        if not self.menu_button:
            return None
        m = self.app.metrics
        return bar_buttons(m, self.app.fonts, m.width - m.px(16), m.px(16),
                           [("menu", self.app.strings._("Menu"), True)])[0]

    def panel_box(self) -> Box:
        """The page's panel: beside the Menu button if narrowing it to make room leaves it
        no narrower than its design, else below the button."""
        box, button = super().panel_box(), self.menu_target()
        if button is None or button.box.x >= box.right or button.box.bottom <= box.y:
            return box
        m = self.app.metrics
        narrower = 2 * (button.box.x - m.px(12)) - m.width  # centred, clear of the button
        if narrower >= m.px(self.width):
            return Box((m.width - narrower) // 2, box.y, narrower, box.h)
        top = button.box.bottom + m.px(12)
        return Box(box.x, top, box.w, box.bottom - top)

    def build(self) -> None:
        super().build()
        button = self.menu_target()
        if button is not None:
            self.fixed.append(button)

    def describe_fixed(self) -> list[Element]:
        return [e for e in super().describe_fixed() if e.key != "menu"]

    def describe_dock(self) -> list[Element]:
        """The Menu button is read last: the page comes first, then a way out of it."""
        menu = [e for e in super().describe_fixed() if e.key == "menu"]
        return super().describe_dock() + menu

    def menu(self) -> None:
        """Open the menu, or go back to it when this page was opened from it."""
        from .menu import MenuScreen

        if any(isinstance(screen, MenuScreen) for screen in self.app.stack):
            while not isinstance(self.app.top, MenuScreen):
                self.app.pop()
        else:
            self.app.push(MenuScreen(self.app, self.run))

    def history(self) -> None:
        from .history import open_history

        open_history(self.app, self.run)
