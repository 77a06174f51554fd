"""Looking back on a season: trust across it, the help given and received, and questions
to talk about. Then on to the next season, or back to the title."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

import pygame

from game.present.lines import looking_back, trust_points

from ..layout import Box, Flow
from .common import Item, SeasonPage

if TYPE_CHECKING:
    from ..app import App
    from ..run import Run

STYLES = MappingProxyType({"body": "body", "received": "small"})


class SummaryScreen(SeasonPage):
    chart = Box(0, 0, 0, 0)
    qr = Box(0, 0, 0, 0)

    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app, run)
        self.code, self.saved = self._hand_in()
        self._qr: pygame.Surface | None = None

    def _hand_in(self) -> tuple[str | None, str]:
        """The season's path code (issue 14), and the `.vrplay` file saved with it: a kiosk
        keeps no trace of a visitor, so it shows neither."""
        if self.app.profile.name == "kiosk":
            return None, ""
        from game.classroom.handin import documents_folder, save_vrplay, season_code

        code = season_code(self.run.campaign, self.run.progress)
        if code is None or not self.app.keeps_hand_ins:
            return code, ""
        try:
            path = save_vrplay(documents_folder(), code, self.run.campaign, self.run.progress,
                               nickname=self.app.player)  # only what the student typed
        except OSError as err:
            self.app.log(f"could not save the hand-in file: {err}")
            return code, ""
        return code, str(path)

    def heading(self) -> str:
        return self.app.strings._("{season}: looking back", season=self.run.season.title)

    def after_heading(self, flow: Flow) -> None:
        points = trust_points(self.run.session.state)
        alt = self.app.strings._("A chart of village trust across the season: from {start} to "
                                 "{end}, lowest {low}, highest {high}.", start=points[0],
                                 end=points[-1], low=min(points), high=max(points))
        bands = len(self.run.season.trust.bands)  # tall enough for every band's name
        high = round(bands * self.app.fonts.line_height("small") * 1.15) + self.app.metrics.px(12)
        self.chart = flow.block(max(self.app.metrics.px(150), high), alt)
        flow.gap(16)
        if self.code is None:
            return
        strings = self.app.strings
        flow.text(strings._("Your path code: {code}", code=self.code), "heading")
        flow.text(strings._("Copy it onto paper or read it to your teacher; the QR code below "
                            "holds the same letters.") + (" " + strings._(
                                "It is also saved in {file}.", file=self.saved)
                                if self.saved else ""), "small")
        side = self.app.metrics.px(140)
        self.qr = flow.block(side, strings._("A QR code of the path code {code}",
                                             code=self.code))
        flow.gap(16)

    def paragraphs(self) -> list[tuple[str, str]]:
        season = self.run.season
        lines = [(row.text, STYLES[row.kind])
                 for row in looking_back(self.app.strings, season, self.run.session.state)]
        if season.info.reflection:
            lines.append((self.app.strings._("To think about and talk over:"), "heading"))
            # Bullets, not numbers: the digit keys press the buttons below (pressing 2 for
            # question 2 started a new campaign; window review, defect 4).
            lines += [(f"• {q}", "body") for q in season.info.reflection]
        return lines

    def items(self) -> list[Item]:
        if self.run.has_next_season:
            following = self.run.campaign.seasons[self.run.progress.index + 1]
            first = ("next", self.app.strings._("Go on to the next season: {title}",
                                                title=following.title), True)
        else:
            first = ("done", self.app.strings._("The campaign is over: back to the title"), True)
        return [first, ("ledger", self.app.strings._("What the village remembers"), True),
                ("title", self.app.strings._("Back to the title"), True)]

    def activate(self, key: str) -> None:
        app = self.app
        if key == "next":
            from .intro import IntroScreen

            self.run.next_season()
            pages = self.run.take_interludes()
            if pages:
                from .interlude import InterludeScreen

                app.replace(InterludeScreen(app, self.run, pages))
            else:
                app.replace(IntroScreen(app, self.run))
        elif key == "ledger":
            from .ledger import LedgerScreen

            app.push(LedgerScreen(app, self.run))
        elif key in ("title", "done"):
            from .title import TitleScreen

            app.replace(TitleScreen(app))

    def back(self) -> None:
        self.activate("title")

    def draw_content(self, surface: pygame.Surface, dy: int) -> None:
        super().draw_content(surface, dy)
        draw_trust_chart(surface, self, dy)
        if self.code is not None and self.qr.h > 0:
            from ..qr import qr_surface

            if self._qr is None or self._qr.get_height() > self.qr.h:
                self._qr = qr_surface(self.code, self.qr.h)
            surface.blit(self._qr, (self.qr.x, self.qr.y + dy))


def label_places(names: list[tuple[pygame.Surface, int]], top: int, bottom: int
                 ) -> list[tuple[pygame.Surface, int]]:
    """The band names (lowest band first) moved apart just enough not to overlap, and kept
    inside the chart: a narrow band's name once sat on its neighbour's at large text."""
    placed: list[tuple[pygame.Surface, int]] = []
    floor = bottom
    for text, y in names:  # upwards from the lowest band
        y = min(y, floor - text.get_height())
        placed.append((text, y))
        floor = y
    lift = max(0, top - floor)  # pushed out of the top: move them all back down
    return [(text, y + lift) for text, y in placed]


def draw_trust_chart(surface: pygame.Surface, screen: SummaryScreen, dy: int) -> None:
    """A small line chart of trust across the season, with the bands as a scale."""
    if screen.flow is None:
        return
    m, theme, fonts = screen.app.metrics, screen.theme, screen.app.fonts
    box = screen.chart
    if box.h <= 0:
        return
    spec = screen.run.season.trust
    gutter = max(fonts.width(b.label, "small") for b in spec.bands) + m.px(16)
    pygame.draw.rect(surface, theme.background, pygame.Rect(box.x, box.y + dy, box.w, box.h))
    area = pygame.Rect(box.x + gutter, box.y + dy + m.px(6), box.w - gutter - m.px(12),
                       box.h - m.px(12))
    points = trust_points(screen.run.session.state)
    tops = [b.start for b in spec.bands[1:]] + [100]
    names = []
    for band, top in zip(spec.bands, tops, strict=True):  # each band's name, mid-band
        y_low = area.bottom - round(area.h * band.start / 100)
        y_high = area.bottom - round(area.h * top / 100)
        pygame.draw.line(surface, theme.muted, (area.x, y_low), (area.right, y_low), 1)
        text = fonts.image(band.label, "small", theme.muted)
        names.append((text, (y_low + y_high - text.get_height()) // 2))
    for text, y in label_places(names, box.y + dy, box.bottom + dy):
        surface.blit(text, (box.x + m.px(8), y))
    if len(points) > 1:
        step = area.w / (len(points) - 1)
        line = [(area.x + round(i * step), area.bottom - round(area.h * p / 100))
                for i, p in enumerate(points)]
        pygame.draw.lines(surface, theme.accent, False, line, max(2, m.px(3)))
        for x, y in line:
            pygame.draw.circle(surface, theme.accent, (x, y), max(3, m.px(4)))
    pygame.draw.rect(surface, theme.muted, area, 1)
