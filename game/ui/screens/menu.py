"""The pause menu (Esc): resume, the ledger, settings, or back to the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..run import Run
from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App


class MenuScreen(PageScreen):
    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app)
        self.run = run
        self.palette = run.season.info.palette or None

    def heading(self) -> str:
        return "Paused"

    def paragraphs(self) -> list[tuple[str, str]]:
        return [("Your game is saved after every choice.", "small")]

    def items(self) -> list[Item]:
        return [("resume", "Resume", True), ("ledger", "What the village remembers", True),
                ("settings", "Settings", True), ("title", "Back to the title", True),
                ("quit", "Quit", True)]

    def activate(self, key: str) -> None:
        app = self.app
        if key == "resume":
            self.back()
        elif key == "ledger":
            from .ledger import LedgerScreen

            app.push(LedgerScreen(app, self.run))
        elif key == "settings":
            from .settings import SettingsScreen

            app.push(SettingsScreen(app))
        elif key == "title":
            from .title import TitleScreen

            app.replace(TitleScreen(app))
        elif key == "quit":
            app.quit()
