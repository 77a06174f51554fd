"""An interlude: a page between two seasons (the years between), then the next season.

The campaign session sends `InterludeShown` as the next season begins; the run keeps the
ones it heard, and the summary screen shows them here, one after another, before the next
season's introduction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.model import Interlude
from game.present.pages import interlude_page

from .common import Item, SeasonPage

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run


class InterludeScreen(SeasonPage):
    name = "interlude"

    def __init__(self, app: App, run: Run, interludes: tuple[Interlude, ...]) -> None:
        super().__init__(app, run)
        self.interlude, self.rest = interludes[0], interludes[1:]

    def heading(self) -> str:
        return self.interlude.title

    def paragraphs(self) -> list[tuple[str, str]]:
        page = interlude_page(self.app.strings, self.interlude)
        lines = [(p, "body") for p in page.paragraphs]
        lines += [(line, "small") for line in page.timeline]
        if page.note:
            lines.append((page.note, "small"))
        return lines

    def items(self) -> list[Item]:
        strings = self.app.strings
        return [("continue", strings._("Continue"), True),
                ("title", strings._("Back to the title"), True)]

    def activate(self, key: str) -> None:
        from .intro import IntroScreen
        from .title import TitleScreen

        if key == "continue":
            self.app.replace(InterludeScreen(self.app, self.run, self.rest) if self.rest
                             else IntroScreen(self.app, self.run))
        elif key == "title":
            self.app.replace(TitleScreen(self.app))

    def back(self) -> None:
        self.activate("title")
