"""The pause menu (Esc): resume, the ledger, the history, settings, or back to the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Item, SeasonPage

if TYPE_CHECKING:
    pass


class MenuScreen(SeasonPage):
    menu_button = False

    def menu(self) -> None:
        self.back()  # a right click, or Menu pressed again, closes it

    def heading(self) -> str:
        return self.app.strings._("Paused")

    def paragraphs(self) -> list[tuple[str, str]]:
        if self.app.settings.text_scale > 150:  # every button on screen at the largest sizes
            return []
        return [(self.app.strings._("Your game is saved after every choice."), "small")]

    def items(self) -> list[Item]:
        _ = self.app.strings._
        return [("resume", _("Resume"), True), ("ledger", _("The village's memory"), True),
                ("history", _("History (H)"), True), ("slots", _("Keep in a slot"), True),
                ("settings", _("Settings"), True),
                ("title", _("Back to the title"), True), ("quit", _("Quit"), True)]

    def activate(self, key: str) -> None:
        app = self.app
        if key == "resume":
            self.back()
        elif key == "ledger":
            from .ledger import LedgerScreen

            app.push(LedgerScreen(app, self.run))
        elif key == "history":
            self.history()
        elif key == "slots":
            from .slots import SlotsScreen

            app.push(SlotsScreen(app, "save", self.run))
        elif key == "settings":
            from .settings import SettingsScreen

            app.push(SettingsScreen(app))
        elif key == "title":
            from .title import TitleScreen

            app.replace(TitleScreen(app))
        elif key == "quit" and app.profile.quit:
            app.quit()
