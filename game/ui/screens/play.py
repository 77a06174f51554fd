"""Playing: the scene, what happened after a choice, and the ending.

The top bar always shows the trust meter (and the household's resources). The panel shows,
in turn: the scene's text (revealed letter by letter unless the player prefers instant text;
any input shows it all at once), its "Learn more" note and the choices; then what the choice
led to and why trust moved; at the end of the season, the ending.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.events import ResourceChanged
from game.engine.model import Scene
from game.engine.session import visible
from game.present.history import before_current
from game.present.lines import change_lines, locked
from game.present.pages import offered, read_label, source_title

from ..damage import grow
from ..images import PICTURE_UNAVAILABLE, Placeholder
from ..input import Aim, Intent, Key, Up
from ..layout import Box, Flow, Line, column_width, wrap
from ..meter import MeterMotion, draw_meter, layout_meter, meter_height
from ..run import Run
from ..screen import Screen
from ..topbar import bar_buttons
from ..widgets import draw_lines

if TYPE_CHECKING:
    from ..app import App
    from ..describe import Description

SPEEDS = {"slow": 25.0, "normal": 50.0, "fast": 110.0}  # characters a second
# A picture goes beside the text only if the text keeps at least a line like this one.
ROOM_BESIDE = "the village remembers who helped whom in the hungry"  # not translated
SETTLE_SECONDS = 0.4  # a new page ignores presses this soon: a double press skipped pages


class PlayScreen(Screen):
    def __init__(self, app: App, run: Run) -> None:
        super().__init__(app)
        self.run = run
        self.palette = run.season.info.palette or None
        trust = run.session.state.trust
        self.motion = MeterMotion(float(trust), trust)
        self.mode = "ending" if run.session.ended else "scene"
        self.show_note = app.teacher  # a teacher sees every note open
        self.held = False  # an outcome's changes and Continue wait for its text
        self.arrival: list[str] = []
        if run.heard.started is not None and not run.session.ended:
            self._hear_arrival()  # the season's first scene may change things on arriving
        self.body: list[Line] = []
        self.revealed = 0.0
        self.track = Box(0, 0, 0, 0)
        self.note_lines: list[str] = []  # the meter's note, wrapped whole under it
        self.chosen_in: Scene | None = None  # the scene of the outcome being shown
        self.shown_at = app.clock()
        self.start_reveal()

    # -- layout ---------------------------------------------------------------------
    def start_reveal(self) -> None:
        speed = self.app.settings.text_speed
        instant = speed == "instant" or self.app.settings.reduced_motion
        self.revealed = float("inf") if instant else 0.0

    @property
    def revealing(self) -> bool:
        return self.revealed < sum(len(line.text) for line in self.body)

    def build(self) -> None:
        m, fonts, run = self.app.metrics, self.app.fonts, self.run
        pad = m.px(20)
        meter_h = meter_height(m, fonts)
        note_line = round(fonts.line_height("small") * 1.2)  # "+6: the Petrovs remember..."
        side = m.portrait or m.width < m.px(900)  # narrow: title above the meter
        meter_w = m.width - 2 * pad if side else min(m.width - 2 * pad,
                                                      max(m.px(430), m.width * 2 // 5))
        text_w = m.width - 2 * pad if side else m.width - 3 * pad - meter_w
        # Back and Menu in the top bar, for mouse and touch (keys have Backspace and Esc): the
        # ledger, settings and the title were out of reach during a season (window review,
        # defect 2), and a page once turned could not be read again.
        strings = self.app.strings
        self.fixed = bar_buttons(m, fonts, pad + text_w, pad, [
            ("reread", strings._("Back"),
             bool(before_current(run.history.pages, self.mode == "outcome"))),
            ("menu", strings._("Menu"), True)])
        flow = Flow(pad, self.fixed[0].box.x - 2 * pad, fonts, m, pad)
        self.title_lines = len(flow.text(run.season.title, "small"))
        resources = self._resources()
        if len(wrap(resources, flow.width, "small", fonts)) > 1:
            # large text: the resources go under the buttons, as wide as the meter allows,
            # rather than down a narrow column that made the bar most of the window
            flow.y, flow.width = max(flow.y, self.fixed[0].box.bottom + m.px(6)), text_w
        flow.text(resources, "small")
        self.bar_lines = flow.lines
        flow.y = max(flow.y, self.fixed[0].box.bottom)
        top = flow.y + pad // 2 if side else pad
        self.meter_box = Box(m.width - pad - meter_w, top, meter_w, meter_h)
        self.track = layout_meter(m, fonts, self.meter_box)[1]  # tests measure the fill here
        # the note whole, on as many lines as it takes (it was cut to one with "..."; window
        # review, defect 11); a line is kept for it even when there is none, so the page
        # does not jump when one comes
        self.note_lines = wrap(self.motion.note, meter_w, "small", fonts) if self.motion.note \
            else []
        self.note_box = Box(self.meter_box.x, self.meter_box.bottom + m.px(4),
                            self.meter_box.w, note_line * max(1, len(self.note_lines)))
        bar_h = max(self.note_box.bottom, flow.y) + pad // 2
        self.bar = Box(0, 0, m.width, bar_h)
        # The picture belongs to the page: an outcome shows the scene it happened in, not the
        # scene the session has already moved on to (window review, defect 7).
        node = (self.chosen_in if self.mode == "outcome" and self.chosen_in else
                run.session.ending or run.session.scene)
        image = node.image if node else None
        self.picture = image.path if image and image.path else None
        self.alt = image.alt if image else ""
        body = Box(pad, bar_h + pad // 2, m.width - 2 * pad, m.height - bar_h - pad - pad // 2)
        self.image_box = Box(0, 0, 0, 0)
        if self.picture is not None:
            large = self.app.settings.text_scale > 125
            if m.portrait:
                band = min(body.w * 9 // 16, body.h * (2 if large else 3) // 10)
                self.image_box = Box(body.x, body.y, body.w, band)
                body = Box(body.x, body.y + band + pad, body.w, body.h - band - pad)
            else:
                column = round(body.w * (0.28 if large else 0.36))
                if body.w - column - pad >= fonts.width(ROOM_BESIDE, "body"):
                    self.image_box = Box(body.x, body.y, column, min(body.h, column * 3 // 4))
                    body = Box(body.x + column + pad, body.y, body.w - column - pad, body.h)
                else:  # very large text: the words need the width more than the picture
                    self.picture = None
        flow = self.new_flow(body)
        flow.width = column_width(m, flow.width, fonts)
        getattr(self, f"_build_{self.mode}")(flow)
        self.dock_panes()  # the choices stay in reach under the text (defect 3)

    def _resources(self) -> str:
        """The household's resources as this page tells them: on an outcome, before the next
        scene's arrival changes, which that scene's page then shows with their reason (so the
        bar never contradicts the 'Grain -1 (now 2)' beside it; defect 8)."""
        state, season = self.run.session.state, self.run.season
        before_arrival: dict[str, int] = {}
        if self.mode == "outcome":
            for change in self.run.heard.arrival:
                if isinstance(change, ResourceChanged):
                    before_arrival.setdefault(change.resource, change.before)
        parts = []
        for spec in season.resources.values():
            value = before_arrival.get(spec.id, state.resources.get(spec.id, spec.start))
            parts.append(f"{spec.label} {value}")
        return " · ".join(parts)

    def _build_scene(self, flow) -> None:  # type: ignore[no-untyped-def]
        session, scene = self.run.session, self.run.session.scene
        assert scene is not None
        if self.run.problem:
            flow.text(self.app.strings._(
                "{file}: could not save ({why}); you can keep playing, but Continue will not "
                "find this game", file=self.run.save_path, why=self.run.problem), "small")
            flow.gap(8)
        for line in self.arrival:
            flow.text(line, "small")
        if self.arrival:
            flow.gap(10)
        flow.text(scene.title or self.run.season.title, "heading")
        flow.gap(10)
        self.body = []
        for paragraph in session.text():
            self.body += flow.text(paragraph, "body")
            flow.gap(12)
        self._note(flow, scene.note)
        if self.app.teacher:
            self._teacher(flow, scene)
        documents = offered(self.run.season, scene.id)
        for document in documents:  # buttons without numbers, like the note: not choices
            flow.target(f"document:{document.id}", read_label(self.app.strings, document),
                        style="small", look="aside")
        if documents:
            flow.gap(14)
        flow.dock_here()
        number = 0
        for view in session.choices():
            if view.available:
                number += 1
                flow.target(f"choice:{view.id}", view.label, True, number)
            else:
                flow.target(f"locked:{view.id}", locked(self.app.strings, view), False)

    def _teacher(self, flow, scene: Scene) -> None:  # type: ignore[no-untyped-def]
        """`play --teacher`: what each choice costs and gives and when it is offered, the
        notes for teachers, and a way to any scene (students never see this)."""
        from game.analysis.preview import choice_notes, scene_notes

        flow.text(self.app.strings._("For the teacher (students do not see this):"), "small")
        for line in scene_notes(scene):
            flow.text(line, "small")
        for choice in scene.choices:
            flow.text(f"\u201c{choice.label}\u201d: " + "; ".join(
                note[0].lower() + note[1:] for note in choice_notes(self.run.season, choice)),
                "small")
        flow.target("jump", self.app.strings._("Go to another scene"), look="aside")
        flow.gap(14)

    def _note(self, flow, note) -> None:  # type: ignore[no-untyped-def]
        """A scene's or an ending's "Learn more": an aside that opens in place."""
        if note is None:
            return
        flow.target("note", self.app.strings._("Hide the note") if self.show_note
                    else self.app.strings._("Learn more"), look="aside")
        if self.show_note:
            flow.text(note.text, "small")
            source = source_title(self.run.season.info.sources, note.source)
            if source:
                flow.text(self.app.strings._("Source: {title}", title=source), "small")
        flow.gap(14)

    def _build_outcome(self, flow) -> None:  # type: ignore[no-untyped-def]
        outcome = self.run.last
        assert outcome is not None
        flow.text(outcome.choice.label, "heading")
        flow.gap(10)
        self.body = []
        for paragraph in outcome.text:
            self.body += flow.text(paragraph, "body")
            flow.gap(12)
        # What the choice changed, and Continue, come once its story has been told: they
        # were drawn before the text had appeared (window review, defect 12).
        self.held = self.revealing
        if self.held:
            return
        for line in change_lines(self.app.strings, self.run.season, self.run.heard.changes):
            flow.text(line, "small")
        flow.gap(16)
        flow.dock_here()
        flow.target("continue", self.app.strings._("Continue"), True, 1)

    def _build_ending(self, flow) -> None:  # type: ignore[no-untyped-def]
        ending = self.run.session.ending
        assert ending is not None
        flow.text(self.app.strings._("Ending: {title}", title=ending.title), "heading")
        flow.gap(10)
        self.body = []
        for paragraph in visible(ending.text, self.run.session.state):
            self.body += flow.text(paragraph, "body")
            flow.gap(12)
        self._note(flow, ending.note)
        flow.gap(6)
        flow.dock_here()
        flow.target("summary", self.app.strings._("Look back on the season"), True, 1)

    # -- behaviour ------------------------------------------------------------------
    def handle(self, intent: Intent) -> None:
        activates = isinstance(intent, Up) or (
            isinstance(intent, Key) and (intent.name == "activate" or intent.name.isdigit())) or (
            isinstance(intent, Aim) and intent.press)
        if activates and self.app.clock() - self.shown_at < SETTLE_SECONDS:
            self.pressed = None  # a double Enter or tap must not skip the page unread
            return
        completes = isinstance(intent, Up) or (
            isinstance(intent, Key) and intent.name not in ("back", "fullscreen", "reread",
                                                            "history"))
        if self.revealing and completes:
            self.revealed = float("inf")  # any input shows the whole text first
            self.pressed = None
            self._told()
            return
        super().handle(intent)

    def update(self, dt: float) -> bool:
        """Advance the meter and the text; say which boxes that changed (`Screen.changed`):
        the meter and its note when they move, the lines a new letter appeared on."""
        shown, note = self.motion.shown, self.motion.note
        moving = self.motion.update(dt)
        self.changed = []
        if self.motion.shown != shown or self.motion.note != note:
            self.changed.append(grow(Box(self.meter_box.x, self.meter_box.y, self.meter_box.w,
                                         self.note_box.bottom - self.meter_box.y),
                                     self.app.metrics.px(4)))
        if self.revealing:
            before = int(self.revealed)
            self.revealed += SPEEDS.get(self.app.settings.text_speed, 50.0) * dt
            if not self.revealing:
                self._told()
                self.changed = None  # an outcome now shows what changed and Continue
            else:
                self.changed += self._revealed_lines(before, int(self.revealed))
            return True
        return moving

    def _revealed_lines(self, before: int, after: int) -> list[Box]:
        """The body lines on screen where letters `before` up to `after` appear, across the
        text panel (a letter's ink may reach a little past its line's box)."""
        boxes, start, ink = [], 0, self.app.metrics.px(4)
        for line in self.body:
            end = start + len(line.text)
            if before < after and start < after and end > before:
                box = line.box
                boxes.append(Box(self.viewport.x, box.y - self.scroll - ink, self.viewport.w,
                                 box.h + 2 * ink))
            start = end
        return [box for box in boxes if box.overlaps(self.viewport)]

    def _told(self) -> None:
        """The text is all there: an outcome now shows what changed, and Continue."""
        if self.held:
            self.rebuild()

    def activate(self, key: str) -> None:
        if key == "note":
            self.show_note = not self.show_note
            self.rebuild()
        elif key.startswith("document:"):
            document = self.run.season.documents.get(key.split(":", 1)[1])
            if document is not None:
                from .document import DocumentScreen

                self.run.history.read(document)
                self.app.push(DocumentScreen(self.app, self.run, document))
        elif key.startswith("choice:"):
            self._choose(key.split(":", 1)[1])
        elif key == "continue":
            self.mode = "ending" if self.run.session.ended else "scene"
            self._turn_page()
        elif key == "reread":
            self.reread()
        elif key == "jump" and self.app.teacher:
            from .jump import JumpScreen

            self.app.push(JumpScreen(self.app, self.run, self))
        elif key == "summary":
            from .summary import SummaryScreen

            self.app.replace(SummaryScreen(self.app, self.run))

    def _choose(self, choice_id: str) -> None:
        self.chosen_in = self.run.session.scene
        self.run.choose(choice_id)
        self._hear_arrival()
        self.mode = "outcome"
        self._turn_page()

    def _hear_arrival(self) -> None:
        """Take in what the session said of the last step: the meter's move and its reason,
        and what changed on arriving in the scene that follows."""
        heard = self.run.heard
        moves = heard.trust_moves()
        if moves:
            self.motion.change(moves[0].before, moves[-1].after,
                               moves[0].reason or moves[-1].reason,
                               self.app.settings.reduced_motion)
        else:
            self.motion.clear()  # the last choice's note does not belong to this one
        strings = self.app.strings
        self.arrival = [strings._("On arriving: {change}", change=line)
                        for line in change_lines(strings, self.run.season, heard.arrival)]

    def jumped(self) -> None:
        """The teacher's preview moved the run to another scene: show it afresh."""
        self.mode, self.arrival, self.chosen_in = "scene", [], None
        self.motion.clear()
        self._turn_page()

    def _turn_page(self) -> None:
        self.shown_at = self.app.clock()
        self.show_note = self.app.teacher  # a teacher sees every note open
        self.scroll = 0
        self.start_reveal()
        self.rebuild()
        if self.focus_visible:
            first = next((t.key for t in self.targets() if t.enabled), None)
            self.focus = first

    def back(self) -> None:
        self.menu()

    def menu(self) -> None:
        from .menu import MenuScreen

        self.app.push(MenuScreen(self.app, self.run))

    def reread(self) -> None:
        """Backspace or Back: the page before, read-only (not undo)."""
        from .history import ReadBackScreen, pages_before

        if pages_before(self.app, self.run):
            self.app.push(ReadBackScreen(self.app, self.run))

    def history(self) -> None:
        from .history import open_history

        open_history(self.app, self.run)

    # -- drawing --------------------------------------------------------------------
    def draw_behind(self, surface: pygame.Surface) -> None:
        theme, m, fonts = self.theme, self.app.metrics, self.app.fonts
        pygame.draw.rect(surface, theme.panel, pygame.Rect(*self.bar))
        pygame.draw.line(surface, theme.muted, (0, self.bar.bottom - 1),
                         (m.width, self.bar.bottom - 1), max(1, m.px(2)))
        draw_lines(surface, fonts, self.bar_lines[:self.title_lines], theme.accent)
        draw_lines(surface, fonts, self.bar_lines[self.title_lines:], theme.muted)
        draw_meter(surface, fonts, theme, m, self.meter_box, self.run.season.trust, self.motion,
                   self.app.strings)
        if self.motion.note:
            step = self.note_box.h // max(1, len(self.note_lines))
            for i, line in enumerate(self.note_lines):
                surface.blit(fonts.image(line, "small", theme.text),
                             (self.note_box.x, self.note_box.y + i * step))
        if self.picture is not None:
            placeholder = Placeholder(theme.panel, theme.muted, fonts.font("small"),
                                      self.app.strings._(PICTURE_UNAVAILABLE))
            picture = self.app.images.fitted(self.picture, self.image_box, placeholder=placeholder)
            if picture is not None:
                surface.blit(*picture)
                image, (x, y) = picture
                pygame.draw.rect(surface, theme.muted,
                                 pygame.Rect(x, y, image.get_width(), image.get_height()),
                                 max(1, m.px(2)))

    def draw_content(self, surface: pygame.Surface, dy: int) -> None:
        theme, fonts = self.theme, self.app.fonts
        body = set(map(id, self.body))
        colours = {"heading": theme.accent, "small": theme.muted}
        shown = int(min(self.revealed, 1e9))
        draw_lines(surface, fonts, self.body, theme.text, dy, self.viewport, chars=shown)
        others = [line for line in self.flow.lines if id(line) not in body] if self.flow else []
        for line in others:
            draw_lines(surface, fonts, [line], colours.get(line.style, theme.text), dy,
                       self.viewport)

    # -- what the screen shows, as data ------------------------------------------------
    def describe(self) -> Description:
        """The top bar, the meter (as a whole sentence), the picture, then the panel."""
        from dataclasses import replace

        from ..describe import Element, union
        from ..meter import meter_sentence

        bar = [(line.box.x, line.box.y, line.box.w, line.box.h) for line in self.bar_lines]
        value = round(self.motion.shown)
        top = [Element("title", self.run.season.title, union(bar[:self.title_lines])),
               Element("status", self._resources(), union(bar[self.title_lines:])),
               Element("meter", meter_sentence(self.run.season.trust, value, self.app.strings),
                       tuple(self.meter_box))]
        if self.motion.note:
            top.append(Element("note", self.motion.note, tuple(self.note_box)))
        shown = self.app.images.fitted(self.picture, self.image_box) if self.picture else None
        if shown is not None:
            image, (x, y) = shown
            top.append(Element("image", self.alt, (x, y, image.get_width(), image.get_height())))
        whole = super().describe()
        return replace(whole, screen=self.mode, elements=(*top, *whole.elements))
