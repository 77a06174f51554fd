"""The title screen: the campaign's own cover, title and summary, and where to go from here.

A teacher's campaign is theirs: its `title`, `summary` and `image` replace the game's name,
tagline and village picture, which remain only for a campaign that names none of them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import assets
from game.engine.model import Campaign
from game.lang.catalogue import available_languages, language_label
from game.lang.marks import N_
from game.lang.pseudo import PSEUDO

from ..describe import Element
from ..layout import Box, Target
from ..run import Run
from ..topbar import bar_buttons
from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App

TITLE_ART = assets.art() / "title.png"
TITLE_ALT = N_("A village of log houses and a white church across a lake at dusk, birches "
             "in the foreground")
GAME_NAME = "Village Resilience"  # a name, the same in every language


def cover_of(campaign: Campaign | None) -> tuple[Path | None, str | None]:
    """The title screen's picture and its alt text (None: the game's own, translated by the
    caller). A cover the validator refused has no path, and then no picture is drawn."""
    if campaign is not None and campaign.image is not None:
        return campaign.image.path, campaign.image.alt
    return (TITLE_ART if TITLE_ART.exists() else None), None


def caption_of(campaign: Campaign | None) -> str:
    """The window's caption: the campaign's title, as on the title screen."""
    return " ".join(campaign.title.split()) if campaign and campaign.title.strip() else GAME_NAME


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
        self.kept = False  # a game kept in a slot, to carry on
        if self.app.campaign is None:
            return
        from .slots import SLOTS, slot_words

        self.kept = any(slot_words(self.app, n)[1] for n in range(1, SLOTS + 1))
        self.saved, note = Run.resume(self.app.campaign, self.app.save_path, self.app.strings,
                                      self.app.listeners())
        if note:
            self.app.notices.append(note)

    def heading(self) -> str:
        return caption_of(self.app.campaign)

    def paragraphs(self) -> list[tuple[str, str]]:
        campaign = self.app.campaign
        if campaign is None:
            lines = [(self.app.strings._("One village through famine, war and the years after: "
                                         "what you share, lend and open comes back to you."),
                      "body")]
        else:  # the teacher's words, one line per paragraph as they wrote them
            lines = [(" ".join(part.split()), "small")
                     for part in campaign.summary.split("\n\n") if part.strip()]
        if self.app.player:
            lines.append((self.app.strings._("Playing as {name}.", name=self.app.player),
                          "small"))
        lines += [(notice, "small") for notice in self.notes]
        return lines

    def items(self) -> list[Item]:
        campaign = self.app.campaign is not None
        return [("continue", self._continue_label(), self.saved is not None),
                ("new", self.app.strings._("New campaign"), campaign),
                ("choose", self.app.strings._("Choose a season"), campaign),
                *([("slots", self.app.strings._("Carry on a kept game"), True)]
                  if campaign and self.kept else []),  # only once a game is kept
                ("settings", self.app.strings._("Settings"), True),
                ("players", self.app.strings._("Who is playing?"), True),
                ("quit", self.app.strings._("Quit"), True)]

    def _language_items(self) -> list[Item]:
        """The other languages, each named in itself ("Русский" on the English title), so a
        student who cannot read this one finds theirs; one button that steps through them
        when there are more than two others."""
        if self.app.retell is None:
            return []
        shown = self.app.strings.language
        others = [code for code in available_languages() if code not in (shown, PSEUDO)]
        if len(others) <= 2:
            return [("language:" + code, language_label(code), True)
                    for code in others]
        return [("language:" + others[0], self.app.strings._(
            "Language: {language}", language=language_label(shown)), True)]

    def language_targets(self) -> list[Target]:
        """The language buttons in the window's top-right corner, over the picture, where a
        visitor who cannot read this language looks first; off the menu's grid, so it keeps
        its size at 200 % text."""
        items = self._language_items()
        if not items:
            return []
        m = self.app.metrics
        return bar_buttons(m, self.app.fonts, m.width - m.px(16), m.px(16), items)

    def build(self) -> None:
        self.notes += self.app.notices.take()  # shown on this screen, and not again
        super().build()
        self.fixed += self.language_targets()

    def _continue_label(self) -> str:
        if self.saved is None:
            return self.app.strings._("Continue")
        return self.app.strings._("Continue: {season}", season=self.saved.season.title)

    def panel_box(self) -> Box:
        metrics = self.app.metrics
        margin = metrics.px(32)
        if metrics.portrait:  # the art above; less of it when the text is large
            top = metrics.height * (2 if metrics.text_scale <= 1.25 else 1) // 5
            return Box(margin, top, metrics.width - 2 * margin, metrics.height - top - margin)
        width = min(metrics.width - 2 * margin, self.panel_width())
        box = Box(margin, margin, width, metrics.height - 2 * margin)
        corner = self.language_targets()
        if not corner or corner[0].box.x >= box.right:
            return box
        beside = corner[0].box.x - metrics.px(12) - margin  # narrower, clear of the buttons
        if beside >= metrics.px(self.width):
            return box._replace(w=beside)
        top = corner[0].box.bottom + metrics.px(12)
        return Box(margin, top, width, metrics.height - top - margin)

    def draw_behind(self, surface: pygame.Surface) -> None:
        picture = self.app.images.fitted(cover_of(self.app.campaign)[0],
                                         Box(0, 0, *surface.get_size()), cover=True)
        if picture is not None:
            surface.blit(*picture)

    def activate(self, key: str) -> None:
        app = self.app
        if key == "continue" and self.saved is not None:
            from .play import PlayScreen

            app.replace(PlayScreen(app, self.saved))
        elif key == "new" and app.campaign is not None:
            from .confirm import unless_saved
            from .intro import IntroScreen

            campaign = app.campaign
            unless_saved(app, self.saved, lambda: app.replace(IntroScreen(app, Run.new(
                campaign, app.save_path, listeners=app.listeners()))))
        elif key == "choose":
            from .picker import PickerScreen

            app.push(PickerScreen(app, self.saved))
        elif key == "settings":
            from .settings import SettingsScreen

            app.push(SettingsScreen(app))
        elif key == "slots":
            from .slots import SlotsScreen

            app.push(SlotsScreen(app, "load"))
        elif key == "players":
            from .players import PlayersScreen

            app.replace(PlayersScreen(app))
        elif key.startswith("language:") and app.change_language(key.split(":", 1)[1]):
            app.replace(TitleScreen(app))  # every word on it again, in the new language
        elif key == "quit" and app.profile.quit:
            app.quit()

    def back(self) -> None:
        """Esc on the title does nothing: quitting needs the Quit button."""

    def describe_fixed(self) -> list[Element]:
        width, height = self.app.surface.get_size()
        path, alt = cover_of(self.app.campaign)
        shown = self.app.images.fitted(path, Box(0, 0, width, height), cover=True)
        words = alt if alt is not None else self.app.strings._(TITLE_ALT)
        art = [Element("image", words, (0, 0, width, height))] if shown else []
        return art + super().describe_fixed()
