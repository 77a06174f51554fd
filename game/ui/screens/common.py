"""A page: a centred panel with a heading, paragraphs and buttons (menus, settings, notes).

A page that fits gets a panel just its size; a longer one docks its buttons under the text
(`panes.split`) when they all fit there, so they are in reach without scrolling. A page of
the season being played has a Menu button in its top corner, for mouse and touch (Esc and
a right click too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import TIGHT, Box, Flow, Target, wrap
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
    tight = False  # buttons packed closer (`build`), set per layout
    _columns = 1

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

    def corner(self) -> tuple[str, str] | None:
        """(key, label) of a button in the window's top right corner (a season's pages:
        Menu), clear of the panel and read after the page; None for none."""
        return None

    def corner_target(self) -> Target | None:
        corner = self.corner()
        if corner is None:
            return None
        m = self.app.metrics
        return bar_buttons(m, self.app.fonts, m.width - m.px(16), m.px(16),
                           [(*corner, True)])[0]

    def panel_box(self) -> Box:
        """The page's panel, centred; beside the corner button if narrowing it to make
        room leaves it no narrower than its design, else below the button."""
        metrics = self.app.metrics
        margin = metrics.px(28)
        width = min(metrics.width - 2 * margin, self.panel_width())
        box = Box((metrics.width - width) // 2, margin, width, metrics.height - 2 * margin)
        button = self.corner_target()
        if button is None or button.box.x >= box.right or button.box.bottom <= box.y:
            return box
        narrower = 2 * (button.box.x - metrics.px(12)) - metrics.width  # clear of it
        if narrower >= metrics.px(self.width):
            return Box((metrics.width - narrower) // 2, box.y, narrower, box.h)
        top = button.box.bottom + metrics.px(12)
        return Box(box.x, top, box.w, box.bottom - top)

    def describe_fixed(self) -> list[Element]:
        corner = self.corner()
        return [e for e in super().describe_fixed() if corner is None or e.key != corner[0]]

    def describe_dock(self) -> list[Element]:
        """The corner button is read last: the page comes first, then a way out of it."""
        corner = self.corner()
        last = [e for e in super().describe_fixed() if corner and e.key == corner[0]]
        return super().describe_dock() + last

    def build(self) -> None:
        self._build()
        button = self.corner_target()
        if button is not None:
            self.fixed.append(button)

    def _build(self) -> None:
        """Lay the page out the plainest way that keeps its buttons in reach: one column;
        a long list of short buttons two side by side, if that shows more; and only when
        some buttons would still need a scroll (Settings at 200 %, window review 5), the
        buttons packed tighter (`layout.TIGHT`), in one column, two or (a class's
        nicknames) three."""
        self.tight = False
        self._lay_out(1)
        if self.flow is None or self._reach() == 0:
            return
        best, chosen = (self._reach(), self._content_height()), (False, 1)
        fit = {n: self._columns_fit(n) for n in (2, 3)}
        for tight, columns in ((False, 2), (True, 1), (True, 2), (True, 3)):
            if (columns > 1 and not fit[columns]) or (tight and best[0] < 2):
                continue
            self.tight = tight
            self._again(columns)
            score = (self._reach(), self._content_height())
            if score < best:
                best, chosen = score, (tight, columns)
            if best[0] == 0:
                break
        if (self.tight, self._columns) != chosen:
            self.tight = chosen[0]
            self._again(chosen[1])

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
        """Every button in reach: the page fits its panel, or all its buttons are docked
        (a dock with the "more below" cue holds only some)."""
        assert self.flow is not None
        return (self.dock.docked and not self.dock.cue) or self._max_scroll() == 0

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
        flow.tight, self._columns = self.tight, columns
        if self.heading():
            flow.text(self.heading(), self.heading_style)
            flow.gap(TIGHT.heading_gap if self.tight else 14)
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
        flow.y = bottom + m.px(flow.after_target)
    flow.x, flow.width = x, width


class SeasonPage(PageScreen):
    """A page about the season being played, in that season's colours, with a Menu button
    (mouse and touch had no way to the menu during a season; window review, defect 2)."""

    menu_button = True  # the menu itself has none: it is the menu

    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app)
        self.run = run
        self.palette = run.season.info.palette or None

    def corner(self) -> tuple[str, str] | None:
        if not self.menu_button:
            return None
        return "menu", self.app.strings._("Menu")

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
