"""Choose a season to play on its own (the campaign carries on from there)."""

from __future__ import annotations

from ..run import Run
from .common import Item, PageScreen


class PickerScreen(PageScreen):
    palette = "dusk"
    name = "choose"

    def heading(self) -> str:
        return self.app.strings._("Choose a season")

    def paragraphs(self) -> list[tuple[str, str]]:
        return [(self.app.strings._("Each season can be played on its own in one class period. "
                                    "Starting later in the campaign, the village has no "
                                    "memories of you yet."), "small")]

    def items(self) -> list[Item]:
        campaign = self.app.campaign
        seasons = campaign.seasons if campaign else ()
        items = [(f"season:{i}", self.app.strings._("{title} ({years}): {place}", title=s.title,
                                                    years=s.info.years, place=s.info.place), True)
                 for i, s in enumerate(seasons)]
        return [*items, ("back", self.app.strings._("Back"), True)]

    def activate(self, key: str) -> None:
        app = self.app
        if key.startswith("season:") and app.campaign is not None:
            from .intro import IntroScreen

            run = Run.new(app.campaign, app.save_path, int(key.split(":")[1]),
                          listeners=app.listeners())
            app.replace(IntroScreen(app, run))
        elif key == "back":
            self.back()
