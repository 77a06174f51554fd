"""The ledger: every change to trust this season, with its reason, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Item, SeasonPage

if TYPE_CHECKING:
    pass


class LedgerScreen(SeasonPage):

    def heading(self) -> str:
        return self.app.strings._("What the village remembers")

    def paragraphs(self) -> list[tuple[str, str]]:
        season, state = self.run.season, self.run.session.state
        lines = []
        for entry in state.ledger:
            if not entry.trust_delta and not entry.resources and not entry.remembered:
                continue
            scene = season.scenes.get(entry.scene)
            where = scene.title if scene and scene.title else entry.scene
            changes = ([self.app.strings._("Trust {delta:+d}", delta=entry.trust_delta)]
                       if entry.trust_delta else [])
            changes += [f"{season.resources[r].label} {d:+d}" for r, d in entry.resources
                        if r in season.resources]
            reason = f": {entry.reason}" if entry.reason else ""
            if changes:
                lines.append((f"{', '.join(changes)}{reason} ({where})", "body"))
            for name in entry.remembered:
                memory = season.memories.get(name)
                lines.append((self.app.strings._("Remembered: {what}",
                                              what=memory.label if memory else name), "small"))
        remembered = [season.memories[m].label for m in sorted(state.memories)
                      if m in season.memories and season.memories[m].from_season]
        if remembered:
            lines.append((self.app.strings._("From earlier seasons: {what}",
                                             what=" ".join(remembered)), "small"))
        return lines or [(self.app.strings._("Nothing has changed yet this season."), "body")]

    def items(self) -> list[Item]:
        return [("back", self.app.strings._("Back"), True)]

    def activate(self, key: str) -> None:
        self.back()
