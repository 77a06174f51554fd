"""Asking before anything is lost: starting a new game over a saved one (window review,
defect 4: "New campaign" silently overwrote the only save)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run


class ConfirmScreen(PageScreen):
    centred = True
    width = 620

    def __init__(self, app: App, question: str, detail: str, yes: str, no: str,
                 then: Callable[[], None]) -> None:
        super().__init__(app)
        self.question, self.detail, self.yes, self.no, self.then = question, detail, yes, no, then

    def heading(self) -> str:
        return self.question

    def paragraphs(self) -> list[tuple[str, str]]:
        return [(self.detail, "body")]

    def items(self) -> list[Item]:
        # "Keep" first: the safe answer is the one a stray Enter or 1 presses
        return [("no", self.no, True), ("yes", self.yes, True)]

    def activate(self, key: str) -> None:
        self.app.pop()
        if key == "yes":
            self.then()

    def back(self) -> None:
        self.app.pop()


def unless_saved(app: App, saved: Run | None, start: Callable[[], None]) -> None:
    """Start a new game at once when there is no saved one; otherwise ask first, naming
    what would be replaced."""
    if saved is None or (saved.session.state.steps == 0 and saved.progress.index == 0):
        start()
        return
    app.push(start_again(app, saved, start))


def start_again(app: App, saved: Run, start: Callable[[], None]) -> ConfirmScreen:
    """The question before a new game replaces `saved`, naming where that game is."""
    node = saved.session.scene or saved.session.ending
    where = getattr(node, "title", "") or saved.season.title
    _ = app.strings._
    return ConfirmScreen(
        app, _("Start again?"),
        _("Your saved game ({season}: {place}) will be replaced. It cannot be brought back.",
          season=saved.season.title, place=where),
        _("Start a new game"), _("Keep my saved game"), start)
