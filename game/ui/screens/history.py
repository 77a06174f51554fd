"""The history (H, or the menu): everything read this season, newest at the bottom; and
reading back (Backspace, or Back in the top bar): the pages before, one at a time.

Both only read `Run.history` (`game.present.history`); nothing here changes the game, so a
student can look back as often as they like and return to exactly where they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.present.history import Page, Shown, before_current, seen, shown, worded

from .common import Item, SeasonPage

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run


def showing_outcome(app: App) -> bool:
    """An outcome on screen has not shown the scene it leads to, though it is heard."""
    from .play import PlayScreen

    play = next((s for s in reversed(app.stack) if isinstance(s, PlayScreen)), None)
    return play is not None and play.mode == "outcome"


def pages_seen(app: App, run: Run) -> int:
    return seen(run.history.pages, showing_outcome(app))


def pages_before(app: App, run: Run) -> list[Page]:
    """What Back reads, oldest first: every page seen but the one on screen."""
    return before_current(run.history.pages, showing_outcome(app))


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
    """One earlier page, read-only: Earlier (Backspace, Left), Later (Right), Esc returns.
    Later from the newest of them returns to the page the game is on."""

    name = "reread"

    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app, run)
        self.pages = pages_before(app, run)  # fixed while reading: nothing is played here
        self.index = len(self.pages) - 1

    def _page(self) -> Shown | None:
        if not self.pages:
            return None
        return shown(self.app.strings, self.run.season, self.pages[self.index])

    def heading(self) -> str:
        page = self._page()
        return page.heading if page else self.app.strings._("History")

    def paragraphs(self) -> list[tuple[str, str]]:
        strings, page = self.app.strings, self._page()
        if page is None:
            return [(strings._("Nothing has been read yet this season."), "body")]
        return [(strings._("Reading back: page {page} of {count}. Nothing changes here.",
                           page=self.index + 1, count=len(self.pages) + 1), "small"),
                *page.lines]

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
        if self.index + 1 >= len(self.pages):
            self.back()  # the next page is the one the game is on: return to it
        else:
            self.index += 1
            self._turn()

    def _turn(self) -> None:
        self.rebuild()
        self.scroll = 0

    def key(self, name: str) -> None:
        if name in ("left", "reread"):
            self.earlier()
        elif name == "right":
            self.later()
        else:
            super().key(name)
