"""A document card: a primary source a student opens from a scene.

It says first what kind of document it is (a quotation, a photograph described, or the
source in other words), then the words, then exactly where they come from and where the
original is kept. Back returns to the scene as it was: reading is never a choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.model import Document
from game.present.pages import card

from .common import Item, SeasonPage

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run


class DocumentScreen(SeasonPage):
    name = "document"

    def __init__(self, app: App, run: Run, document: Document) -> None:
        super().__init__(app, run)
        self.document = document

    def heading(self) -> str:
        return self.document.title

    def paragraphs(self) -> list[tuple[str, str]]:
        shown = card(self.app.strings, self.document)
        lines = [(shown.kind, "small"), *((p, "body") for p in shown.paragraphs),
                 (shown.citation, "small")]
        if shown.archive:
            lines.append((shown.archive, "small"))
        return lines

    def items(self) -> list[Item]:
        return [("back", self.app.strings._("Back to the scene"), True)]

    def activate(self, key: str) -> None:
        self.back()

    def back(self) -> None:
        if len(self.app.stack) > 1:
            self.app.pop()
        else:  # opened on its own (`render --screen document`): the scene it belongs to
            from .play import PlayScreen

            self.app.replace(PlayScreen(self.app, self.run))
