"""A page: a centred panel with a heading, paragraphs and buttons (menus, settings, notes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import Box, Flow
from ..screen import Screen

if TYPE_CHECKING:
    from ..app import App
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
        offered = [item for item in self.items() if self.app.profile.offers(item[0])]
        for number, (key, label, enabled) in enumerate(offered, 1):
            flow.target(key, label, enabled, number if number <= 9 else None)
        self.hug(flow)

    def hug(self, flow: Flow) -> None:
        """A short page gets a panel just big enough for it (the rest scrolls)."""
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


class SeasonPage(PageScreen):
    """A page about the season being played, in that season's colours."""

    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app)
        self.run = run
        self.palette = run.season.info.palette or None

    def history(self) -> None:
        from .history import open_history

        open_history(self.app, self.run)
