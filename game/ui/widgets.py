"""Drawing: text lines, buttons with a focus ring, panels. `draw` functions never change
any state; they paint what the layout and the screen's view say."""

from __future__ import annotations

from collections.abc import Iterable

import pygame

from .fonts import FontBook
from .layout import Box, Line, Metrics, Target
from .theme import RGB, Theme


def rect(box: Box, dy: int = 0) -> pygame.Rect:
    return pygame.Rect(box.x, box.y + dy, box.w, box.h)


def draw_lines(surface: pygame.Surface, fonts: FontBook, lines: Iterable[Line], colour: RGB,
               dy: int = 0, clip: Box | None = None, chars: int | None = None) -> int:
    """Draw lines shifted by `dy`; with `chars`, only that many characters (text reveal).
    Returns how many characters were drawn."""
    drawn = 0
    painting = surface.get_clip()  # a partial repaint: lines outside it are not rendered
    for line in lines:
        box = line.box
        top, bottom = box.y + dy - box.h // 2, box.y + dy + box.h + box.h // 2  # with the ink
        hidden = clip is not None and (box.y + dy + box.h <= clip.y or box.y + dy >= clip.bottom)
        if hidden or bottom <= painting.y or top >= painting.bottom \
                or box.x - box.h >= painting.right:
            drawn += len(line.text)
            continue
        shown = len(line.text)
        if chars is not None:
            if drawn >= chars:
                break
            shown = min(shown, max(chars - drawn, 0))
        drawn += len(line.text)
        if shown:
            # the whole line is drawn once and kept; a reveal shows it up to where the next
            # letter would begin, so revealing costs no rendering and moves no letter
            image = fonts.image(line.text, line.style, colour)
            part = image.get_width() if shown == len(line.text) else fonts.upto(
                line.text, line.style, shown)
            surface.blit(image, (box.x, box.y + dy + (box.h - image.get_height()) // 2),
                         pygame.Rect(0, 0, part, image.get_height()))
    return drawn


def draw_target(surface: pygame.Surface, fonts: FontBook, theme: Theme, metrics: Metrics,
                target: Target, focused: bool, pressed: bool = False, dy: int = 0) -> None:
    """A button: filled, outlined, its label, and a thick focus ring when focused. An aside
    ("Learn more") is drawn as something to read rather than to choose: no fill, a thin
    outline and a thick bar down its left side, so it is never taken for a choice."""
    area = rect(target.box, dy)
    if not area.inflate(metrics.px(12), metrics.px(12)).colliderect(surface.get_clip()):
        return  # outside a partial repaint (the ring reaches a little past the button)
    radius = metrics.px(10)
    if target.look == "aside":
        outline = theme.muted if target.enabled else theme.disabled_text
        pygame.draw.rect(surface, outline, area, max(1, metrics.px(1)), border_radius=radius)
        bar = pygame.Rect(area.x, area.y, max(3, metrics.px(6)), area.h)
        pygame.draw.rect(surface, theme.focus, bar, border_top_left_radius=radius,
                         border_bottom_left_radius=radius)
        draw_lines(surface, fonts, target.lines, theme.text, dy)
        if focused:
            ring = area.inflate(metrics.px(8), metrics.px(8))
            pygame.draw.rect(surface, theme.focus, ring, max(3, metrics.px(4)),
                             border_radius=radius + metrics.px(4))
        return
    fill = theme.button if target.enabled else theme.panel
    if pressed and target.enabled:
        fill = tuple(max(c - 24, 0) for c in fill)  # type: ignore[assignment]
    pygame.draw.rect(surface, fill, area, border_radius=radius)
    outline = theme.muted if target.enabled else theme.disabled_text
    pygame.draw.rect(surface, outline, area, max(1, metrics.px(theme.outline) // 2),
                     border_radius=radius)
    colour = theme.button_text if target.enabled else theme.disabled_text
    draw_lines(surface, fonts, target.lines, colour, dy)
    if focused:
        ring = area.inflate(metrics.px(8), metrics.px(8))
        pygame.draw.rect(surface, theme.focus, ring, max(3, metrics.px(4)),
                         border_radius=radius + metrics.px(4))


def draw_panel(surface: pygame.Surface, theme: Theme, metrics: Metrics, box: Box) -> None:
    pygame.draw.rect(surface, theme.panel, rect(box), border_radius=metrics.px(14))


def draw_scrollbar(surface: pygame.Surface, theme: Theme, viewport: Box, thumb: Box) -> None:
    """The bar showing there is more to read and where you are in it (`panes.bar_thumb`):
    a faint track the length of the pane, and a thumb wide enough to see and to grab."""
    if not thumb.h:
        return
    track = pygame.Rect(thumb.x, viewport.y, thumb.w, viewport.h)
    pygame.draw.rect(surface, theme.background, track, border_radius=thumb.w // 2)
    pygame.draw.rect(surface, theme.muted, rect(thumb), border_radius=thumb.w // 2)
