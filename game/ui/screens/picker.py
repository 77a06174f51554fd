"""Choose a season to play on its own (the campaign carries on from there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..run import Run
from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App


class PickerScreen(PageScreen):
    palette = "dusk"
    name = "choose"

    def __init__(self, app: App, saved: Run | None = None) -> None:
        super().__init__(app)
        self.saved = saved  # the game a new start would replace (asked about first)

    def heading(self) -> str:
        return self.app.strings._("Choose a season")

    def paragraphs(self) -> list[tuple[str, str]]:
        return [(self.app.strings._("Each season can be played on its own in one class period. "
                                    "Starting later in the campaign, the village has no "
                                    "memories of you yet."), "small")]

    def items(self) -> list[Item]:
        campaign = self.app.campaign
        seasons = campaign.seasons if campaign else ()
        _ = self.app.strings._
        # packed tight (large text), a season is its title and years: its place is the
        # first thing its introduction says
        items = [(f"season:{i}", _("{title} ({years})", title=s.title, years=s.info.years)
                  if self.tight else _("{title} ({years}): {place}", title=s.title,
                                       years=s.info.years, place=s.info.place), True)
                 for i, s in enumerate(seasons)]
        return [*items, ("back", self.app.strings._("Back"), True)]

    def activate(self, key: str) -> None:
        app = self.app
        if key.startswith("season:") and app.campaign is not None:
            from .confirm import unless_saved
            from .intro import IntroScreen

            campaign, index = app.campaign, int(key.split(":")[1])
            unless_saved(app, self.saved, lambda: app.replace(IntroScreen(app, Run.new(
                campaign, app.save_path, index, listeners=app.listeners()))))
        elif key == "back":
            self.back()
