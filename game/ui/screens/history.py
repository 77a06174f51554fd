"""The history (H, or the menu): everything read this season, newest at the bottom; and
reading back (Backspace, or Back in the top bar): the pages before, one at a time.

Both only read `Run.history` (`game.present.history`); nothing here changes the game, so a
student can look back as often as they like and return to exactly where they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.present.history import Shown, seen, shown, worded

from .common import Item, SeasonPage

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run


def pages_seen(app: App, run: Run) -> int:
    """How many of the history's pages are on screen or behind: an outcome being shown has
    not shown the scene it leads to yet."""
    from .play import PlayScreen

    play = next((s for s in reversed(app.stack) if isinstance(s, PlayScreen)), None)
    return seen(run.history.pages, play is not None and play.mode == "outcome")


def open_history(app: App, run: Run) -> None:
    app.push(HistoryScreen(app, run))


def lines_of(page: Shown) -> list[tuple[str, str]]:
    return [(page.heading, "heading"), *page.lines]


class HistoryScreen(SeasonPage):
    name = "history"

    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app, run)
        self.count = pages_seen(app, run)
        self._to_end = True  # it opens at the newest page, like a chat

    def heading(self) -> str:
        return self.app.strings._("History")

    def paragraphs(self) -> list[tuple[str, str]]:
        strings = self.app.strings
        pages = list(self.run.history.pages)[:self.count]
        if not pages:
            return [(strings._("Nothing has been read yet this season."), "body")]
        lines = [(strings._("Everything you have read this season, the newest at the bottom."),
                  "small")]
        for page in worded(strings, self.run.season, pages):
            lines += lines_of(page)
        return lines

    def items(self) -> list[Item]:
        return [("back", self.app.strings._("Back"), True)]

    def rebuild(self) -> None:
        super().rebuild()
        if self._to_end:
            self.scroll, self._to_end = self._max_scroll(), False

    def activate(self, key: str) -> None:
        self.back()

    def history(self) -> None:
        self.back()  # H again closes it


class ReadBackScreen(SeasonPage):
    """One earlier page, read-only: Earlier (Backspace, Left), Later (Right), Esc returns."""

    name = "reread"

    def __init__(self, app: App, run: Run, index: int | None = None) -> None:
        super().__init__(app, run)
        self.count = pages_seen(app, run)  # the last of them is the page on screen
        self.index = max(0, self.count - 2) if index is None else index

    def heading(self) -> str:
        return self._page().heading if self.count else self.app.strings._("History")

    def _page(self) -> Shown:
        return shown(self.app.strings, self.run.season, self.run.history.pages[self.index])

    def paragraphs(self) -> list[tuple[str, str]]:
        strings = self.app.strings
        if not self.count:
            return [(strings._("Nothing has been read yet this season."), "body")]
        return [(strings._("Reading back: page {page} of {count}. Nothing changes here.",
                           page=self.index + 1, count=self.count), "small"), *self._page().lines]

    def items(self) -> list[Item]:
        _ = self.app.strings._
        return [("earlier", _("Earlier page"), self.index > 0),
                ("later", _("Later page"), True),
                ("return", _("Back to the game"), True)]

    def activate(self, key: str) -> None:
        if key == "earlier":
            self.earlier()
        elif key == "later":
            self.later()
        elif key == "return":
            self.back()

    def earlier(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._turn()

    def later(self) -> None:
        if self.index + 2 >= self.count:
            self.back()  # the next page is the one the game is on: return to it
        else:
            self.index += 1
            self._turn()

    def _turn(self) -> None:
        self.scroll = 0
        self.rebuild()
        self.scroll = 0

    def key(self, name: str) -> None:
        if name in ("left", "reread"):
            self.earlier()
        elif name == "right":
            self.later()
        else:
            super().key(name)
