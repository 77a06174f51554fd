"""The teacher's preview: go to any scene of the season, with the household as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.analysis.preview import scene_menu
from game.engine.campaign import CampaignState
from game.engine.starting import jumped

from .common import Item, SeasonPage

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run
    from .play import PlayScreen


class JumpScreen(SeasonPage):
    def __init__(self, app: App, run: Run, play: PlayScreen) -> None:
        super().__init__(app, run)
        self.play = play

    def heading(self) -> str:
        return self.app.strings._("Go to which scene?")

    def corner(self) -> tuple[str, str] | None:
        """The way out in the corner, in reach however long the list of scenes grows."""
        return ("stay", self.app.strings._("Stay here"))

    def items(self) -> list[Item]:
        here = self.run.session.state.scene
        return [(f"scene:{scene_id}", title, scene_id != here)
                for scene_id, title in scene_menu(self.run.season)]

    def activate(self, key: str) -> None:
        if key.startswith("scene:"):
            play, progress = self.run.play, self.run.progress
            moved = jumped(self.run.season, play.state, key.split(":", 1)[1])
            play.replace(play.campaign, CampaignState(progress.campaign, progress.index, moved,
                                                      progress.finished, progress.cut))
            self.app.pop()
            self.play.jumped()
        elif key == "stay":
            self.app.pop()

    def back(self) -> None:
        self.app.pop()
