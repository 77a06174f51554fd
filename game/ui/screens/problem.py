"""The friendly problem screen: what happened, in one or two sentences, and a way back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App


class ProblemScreen(PageScreen):
    def __init__(self, app: App, message: str, details: list[str] | None = None,
                 bug: bool = False) -> None:
        super().__init__(app)
        self.message = message
        self.details = details or []
        self.bug = bug

    def heading(self) -> str:
        return (self.app.strings._("Something needs fixing") if not self.bug
                else self.app.strings._("Sorry, something went wrong"))

    def paragraphs(self) -> list[tuple[str, str]]:
        lines = [(self.message, "body")]
        lines += [(detail, "small") for detail in self.details[:8]]
        if self.bug:
            lines.append((self.app.strings._("A note about it was written to problems.log in "
                                             "the game's data folder ({folder}).",
                                             folder=self.app.data_dir), "small"))
        return lines

    def items(self) -> list[Item]:
        return [("title", self.app.strings._("Back to the title"), self.app.campaign is not None),
                ("quit", self.app.strings._("Close the game"), True)]

    def activate(self, key: str) -> None:
        if key == "title":
            from .title import TitleScreen

            self.app.replace(TitleScreen(self.app))
        elif key == "quit" and self.app.profile.quit:
            self.app.quit()

    def back(self) -> None:
        self.activate("title" if self.app.campaign is not None else "quit")
