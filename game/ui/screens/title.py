"""The title screen: the village at dusk, the game's name, and where to go from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import assets
from game.lang.marks import N_

from ..describe import Element
from ..layout import Box
from ..run import Run
from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App

TITLE_ART = assets.art() / "title.png"
TITLE_ALT = N_("A village of log houses and a white church across a lake at dusk, birches "
             "in the foreground")


class TitleScreen(PageScreen):
    palette = "dusk"
    width = 560
    heading_style = "title"
    centred = True

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.saved: Run | None = None
        self.notes: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        if self.app.campaign is None:
            return
        self.saved, note = Run.resume(self.app.campaign, self.app.save_path, self.app.strings)
        if note:
            self.app.notices.append(note)

    def build(self) -> None:
        self.notes += self.app.notices.take()  # shown on this screen, and not again
        super().build()

    def heading(self) -> str:
        return "Village Resilience"

    def paragraphs(self) -> list[tuple[str, str]]:
        lines = [(self.app.strings._("One village through famine, war and the years after: "
                                     "what you share, lend and open comes back to you."), "body")]
        lines += [(notice, "small") for notice in self.notes]
        return lines

    def items(self) -> list[Item]:
        campaign = self.app.campaign is not None
        return [("continue", self._continue_label(), self.saved is not None),
                ("new", self.app.strings._("New campaign"), campaign),
                ("choose", self.app.strings._("Choose a season"), campaign),
                ("settings", self.app.strings._("Settings"), True),
                ("quit", self.app.strings._("Quit"), True)]

    def _continue_label(self) -> str:
        if self.saved is None:
            return self.app.strings._("Continue")
        return self.app.strings._("Continue: {season}", season=self.saved.season.title)

    def panel_box(self) -> Box:
        metrics = self.app.metrics
        margin = metrics.px(32)
        if metrics.portrait:
            top = metrics.height * 2 // 5
            return Box(margin, top, metrics.width - 2 * margin, metrics.height - top - margin)
        width = min(metrics.width - 2 * margin, metrics.px(self.width))
        return Box(margin, margin, width, metrics.height - 2 * margin)

    def draw_behind(self, surface: pygame.Surface) -> None:
        picture = self.app.images.fitted(TITLE_ART if TITLE_ART.exists() else None,
                                         Box(0, 0, *surface.get_size()), cover=True)
        if picture is not None:
            surface.blit(*picture)

    def activate(self, key: str) -> None:
        app = self.app
        if key == "continue" and self.saved is not None:
            from .play import PlayScreen

            app.replace(PlayScreen(app, self.saved))
        elif key == "new" and app.campaign is not None:
            from .intro import IntroScreen

            app.replace(IntroScreen(app, Run.new(app.campaign, app.save_path)))
        elif key == "choose":
            from .picker import PickerScreen

            app.push(PickerScreen(app))
        elif key == "settings":
            from .settings import SettingsScreen

            app.push(SettingsScreen(app))
        elif key == "quit" and app.profile.quit:
            app.quit()

    def back(self) -> None:
        """Esc on the title does nothing: quitting needs the Quit button."""

    def describe_fixed(self) -> list[Element]:
        width, height = self.app.surface.get_size()
        shown = self.app.images.fitted(TITLE_ART if TITLE_ART.exists() else None,
                                       Box(0, 0, width, height), cover=True)
        art = ([Element("image", self.app.strings._(TITLE_ALT), (0, 0, width, height))]
               if shown else [])
        return art + super().describe_fixed()
