"""A season's first screen: where and when, what it is about, what it shows, what to watch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Item, SeasonPage

if TYPE_CHECKING:
    pass


class IntroScreen(SeasonPage):

    def heading(self) -> str:
        return self.run.season.title

    def paragraphs(self) -> list[tuple[str, str]]:
        info = self.run.season.info
        lines = [(self.app.strings._("{place}, {years}", place=info.place, years=info.years),
                  "small"), (info.summary, "body")]
        if info.content_notes:
            lines.append((self.app.strings._("Before you start: {notes}",
                                              notes=" ".join(info.content_notes)), "small"))
        if info.watch_for:
            lines.append((self.app.strings._("Watch for: {what}", what=info.watch_for), "body"))
        if self.run.progress.index and self.run.session.state.memories:
            lines.append((self.app.strings._("The village remembers what you did in the seasons "
                                              "before."), "small"))
        return lines

    def items(self) -> list[Item]:
        strings = self.app.strings
        return [("begin", strings._("Begin"), True),
                ("title", strings._("Back to the title"), True)]

    def activate(self, key: str) -> None:
        from .play import PlayScreen
        from .title import TitleScreen

        if key == "begin":
            self.app.replace(PlayScreen(self.app, self.run))
        elif key == "title":
            self.app.replace(TitleScreen(self.app))

    def back(self) -> None:
        self.activate("title")
