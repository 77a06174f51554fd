"""Save slots: besides the game that saves itself after every choice, three places a player
keeps a game on purpose (before trying the other choice, or to come back to a season). Each
player has their own (they live in the player's folder); overwriting one asks first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.engine.saves import Loaded, read_save, write_save

from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run

SLOTS = 3


def slot_path(app: App, number: int) -> Path:
    campaign = app.campaign.id if app.campaign else "none"
    return app.data_dir / f"slot{number}-{campaign}.json"


def slot_words(app: App, number: int) -> tuple[str, bool]:
    """`Slot 1: The Hungry Year, A knock at dusk`, and whether a game is kept there."""
    _ = app.strings._
    loaded = read_save(slot_path(app, number), app.campaign) if app.campaign else None
    if not isinstance(loaded, Loaded):
        return _("Slot {n}: empty", n=number), False
    progress = loaded.progress
    season = app.campaign.seasons[progress.index] if app.campaign else None
    node = season.scenes.get(progress.current.scene) if season else None
    where = getattr(node, "title", "") or (season.title if season else "")
    return _("Slot {n}: {season}, {place}", n=number,
             season=season.title if season else "", place=where), True


class SlotsScreen(PageScreen):
    """`save`: keep the game being played in a slot; `load`: carry on from one."""

    centred = True

    def __init__(self, app: App, mode: str, run: Run | None = None) -> None:
        super().__init__(app)
        self.mode, self.run = mode, run
        self.saved_to = 0

    def heading(self) -> str:
        _ = self.app.strings._
        return _("Keep this game in a slot") if self.mode == "save" else _("Carry on a kept game")

    def paragraphs(self) -> list[tuple[str, str]]:
        if self.saved_to:
            return [(self.app.strings._("Kept in slot {n}.", n=self.saved_to), "body")]
        return []

    def items(self) -> list[Item]:
        found = [slot_words(self.app, n) for n in range(1, SLOTS + 1)]
        return [*((f"slot:{n}", words, kept or self.mode == "save")
                  for n, (words, kept) in enumerate(found, 1)),
                ("back", self.app.strings._("Back"), True)]

    def activate(self, key: str) -> None:
        if key == "back":
            self.app.pop()
            return
        number = int(key.split(":", 1)[1])
        if self.mode == "save":
            self._save(number)
        else:
            self._load(number)

    def _save(self, number: int) -> None:
        from .confirm import ConfirmScreen

        assert self.run is not None
        run, app = self.run, self.app

        def keep() -> None:
            try:
                write_save(slot_path(app, number), run.campaign, run.progress)
            except OSError as err:
                app.notices.append(app.strings._("The game could not be kept ({why}).",
                                                 why=err.strerror or err))
                return
            self.saved_to = number
            self.rebuild()

        words, kept = slot_words(app, number)
        if not kept:
            keep()
            return
        _ = app.strings._
        app.push(ConfirmScreen(app, _("Replace what is kept there?"),
                               _("{slot} will be replaced by this game.", slot=words),
                               _("Replace it"), _("Keep it"), keep))

    def _load(self, number: int) -> None:
        from ..run import Run
        from .confirm import unless_saved
        from .play import PlayScreen

        app = self.app
        if app.campaign is None:
            return
        saved, _ = Run.resume(app.campaign, app.save_path, app.strings, app.listeners())

        def carry_on() -> None:
            loaded = read_save(slot_path(app, number), app.campaign)
            if not isinstance(loaded, Loaded):
                return
            write_save(app.save_path, app.campaign, loaded.progress)  # play on from here
            run, _note = Run.resume(app.campaign, app.save_path, app.strings, app.listeners())
            if run is not None:
                app.replace(PlayScreen(app, run))

        unless_saved(app, saved, carry_on)

    def back(self) -> None:
        self.app.pop()
