"""A page: a centred panel with a heading, paragraphs and buttons (menus, settings, notes).

A page that fits gets a panel just its size; a longer one docks its buttons under the text
(`panes.split`) when they all fit there, so they are in reach without scrolling. A page of
the season being played has a Menu button in its top corner, for mouse and touch (Esc and
a right click too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import Box, Flow, Target
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

    def heading(self) -> str:
        return ""

    def paragraphs(self) -> list[tuple[str, str]]:
        """(text, style) pairs shown under the heading."""
        return []

    def items(self) -> list[Item]:
        return []

    def after_heading(self, flow: Flow) -> None:
        """Room for something between the heading and the paragraphs (a chart)."""

    def panel_box(self) -> Box:
        metrics = self.app.metrics
        margin = metrics.px(28)
        width = min(metrics.width - 2 * margin, metrics.px(self.width))
        return Box((metrics.width - width) // 2, margin, width, metrics.height - 2 * margin)

    def build(self) -> None:
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
        offered = [item for item in self.items() if self.app.profile.offers(item[0])]
        for number, (key, label, enabled) in enumerate(offered, 1):
            flow.target(key, label, enabled, number if number <= 9 else None)
        if not self.hug(flow):
            self.dock_panes(partial=False)

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
        """The page's panel, below the Menu button if they would meet."""
        box, button = super().panel_box(), self.menu_target()
        if button is None or button.box.x >= box.right or button.box.bottom <= box.y:
            return box
        top = button.box.bottom + self.app.metrics.px(12)
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
