"""The ledger: every change to trust this season, with its reason, in order."""

from __future__ import annotations

from types import MappingProxyType

from game.present.lines import ledger_rows

from .common import Item, SeasonPage

STYLES = MappingProxyType({"change": "body", "memory": "small", "earlier": "small"})


class LedgerScreen(SeasonPage):

    def heading(self) -> str:
        return self.app.strings._("What the village remembers")

    def paragraphs(self) -> list[tuple[str, str]]:
        strings = self.app.strings
        rows = ledger_rows(strings, self.run.season, self.run.session.state)
        return ([(row.text, STYLES[row.kind]) for row in rows]
                or [(strings._("Nothing has changed yet this season."), "body")])

    def items(self) -> list[Item]:
        return [("back", self.app.strings._("Back"), True)]

    def activate(self, key: str) -> None:
        self.back()
