"""The ledger: every change to trust this season, with its reason, in order."""

from __future__ import annotations

from game.present.lines import ledger_rows
from game.present.words import PLAIN

from .common import Item, SeasonPage

STYLES = {"change": "body", "memory": "small", "earlier": "small"}


class LedgerScreen(SeasonPage):

    def heading(self) -> str:
        return "What the village remembers"

    def paragraphs(self) -> list[tuple[str, str]]:
        rows = ledger_rows(PLAIN, self.run.season, self.run.session.state)
        return ([(row.text, STYLES[row.kind]) for row in rows]
                or [("Nothing has changed yet this season.", "body")])

    def items(self) -> list[Item]:
        return [("back", "Back", True)]

    def activate(self, key: str) -> None:
        self.back()
