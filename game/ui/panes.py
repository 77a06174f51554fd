"""A page as two panes: text that scrolls, above a docked area of choices that does not.

The window review found the choices below the fold at every window size, with a thin bar as
the only cue (`window-and-kiosk-ux.md`, defect 3). A screen lays its page out as one `Flow`
and marks where its choices begin (`Flow.dock_here`); `split` then takes those targets out
of the scrolling column and docks them at the bottom of the page, in window coordinates, so
they are on screen whatever the scroll. When they do not all fit (large text on a small
window) the dock keeps as many as fit, at least the first, and a cue says more follow; the
rest stay at the end of the text, reached by scrolling.

Also here, as pure geometry: the scroll bar, wide enough to see and to grab. No pygame.
"""

from __future__ import annotations

from typing import NamedTuple

from .layout import Box, Flow, Line, Measure, Metrics, Target, pitch, wrap

TEXT_LINES = 3        # the text pane keeps at least this many lines of body text
BAR_WIDTH = 12        # the scroll bar is drawn at least this wide (pixels)
BAR_REACH = 24        # a mouse grabs it this far from the window's edge of the pane
TOUCH_REACH = 76      # a finger, on a touch profile
EMPTY = Box(0, 0, 0, 0)


class Dock(NamedTuple):
    """The two panes of a page: `viewport` scrolls, `box` holds `targets` still."""

    viewport: Box
    box: Box = EMPTY
    targets: tuple[Target, ...] = ()
    cue: tuple[Line, ...] = ()  # "More choices below", when some did not fit
    at: int = 0                 # where in the flow's targets the docked ones were

    @property
    def docked(self) -> bool:
        return bool(self.targets)


def shifted(target: Target, dy: int) -> Target:
    """The same target `dy` pixels lower."""
    return target._replace(box=target.box._replace(y=target.box.y + dy),
                           lines=tuple(line._replace(box=line.box._replace(y=line.box.y + dy))
                                       for line in target.lines))


def text_room(metrics: Metrics, measure: Measure) -> int:
    """The least height the text pane keeps: a few lines of body text and its padding."""
    lines = round(measure.line_height("body") * 1.3 * TEXT_LINES)
    if metrics.spacing:
        lines = max(lines, pitch(metrics, measure, "body") * TEXT_LINES)
    return lines + metrics.px(24)


def split(flow: Flow, area: Box, metrics: Metrics, measure: Measure, cue: str,
          partial: bool = True) -> Dock:
    """Dock the flow's targets from its `dock_here` mark at the bottom of `area`.

    The flow is changed in place: the docked targets leave it, and the rest (if any) move
    up to where the first was, so the text pane scrolls over only what it shows. Without
    `partial`, all of them are docked or none (a page that is mostly buttons, such as the
    settings, reads better as one column than as a sliver of it above a dock)."""
    start = flow.dock_from
    if start is None or start >= len(flow.targets):
        return Dock(area)
    waiting = flow.targets[start:]
    pad, gap = metrics.px(14), metrics.px(10)
    room = area.h - gap - text_room(metrics, measure)
    top = waiting[0].box.y

    def span(count: int) -> int:
        return waiting[count - 1].box.bottom - top

    count = len(waiting)
    cue_lines: list[str] = []
    if 2 * pad + span(count) > room and not partial:
        return Dock(area)
    if 2 * pad + span(count) > room:
        cue_lines = wrap(cue, flow.width, "small", measure)
        cue_h = pitch(metrics, measure, "small") * len(cue_lines) + gap
        count = 1
        while count < len(waiting) and 2 * pad + span(count + 1) + cue_h <= room:
            count += 1
        height = 2 * pad + span(count) + cue_h
    else:
        height = 2 * pad + span(count)
    height = min(height, area.h)
    box = Box(area.x, area.bottom - height, area.w, height)
    docked = tuple(shifted(t, box.y + pad - top) for t in waiting[:count])
    rest = waiting[count:]
    if rest:  # the ones that did not fit close up under the text
        lift = rest[0].box.y - top
        flow.targets[start:] = [shifted(t, -lift) for t in rest]
        flow.y -= lift
    else:
        del flow.targets[start:]
        flow.y = flow.dock_top
    line_h = pitch(metrics, measure, "small")
    below = docked[-1].box.bottom + gap
    lines = tuple(Line(text, "small", Box(flow.x, below + i * line_h,
                                          measure.width(text, "small"), line_h))
                  for i, text in enumerate(cue_lines))
    viewport = Box(area.x, area.y, area.w, max(0, box.y - gap - area.y))
    return Dock(viewport, box, docked, lines, start)


def bar_track(viewport: Box, metrics: Metrics) -> Box:
    """Where the scroll bar runs: down the pane's right edge, at least `BAR_WIDTH` wide."""
    width = max(BAR_WIDTH, metrics.px(12))
    return Box(viewport.right - width - metrics.px(4), viewport.y, width, viewport.h)


def bar_thumb(viewport: Box, metrics: Metrics, content: int, offset: int) -> Box:
    """The part of the bar that shows where the reader is; empty when nothing scrolls."""
    if content <= viewport.h:
        return EMPTY
    track = bar_track(viewport, metrics)
    size = min(track.h, max(metrics.px(48), viewport.h * viewport.h // content))
    top = track.y + (track.h - size) * offset // max(content - viewport.h, 1)
    return Box(track.x, top, track.w, size)


def bar_reach(viewport: Box, metrics: Metrics, touch: bool) -> Box:
    """Where a press takes hold of the bar: wider than it is drawn, most of all for a
    finger (76 px on a touch profile)."""
    track = bar_track(viewport, metrics)
    reach = max(TOUCH_REACH if touch else BAR_REACH, track.w)
    return Box(viewport.right - reach, viewport.y, reach, viewport.h)


def scroll_for(viewport: Box, metrics: Metrics, content: int, thumb_top: float) -> int:
    """The scroll that puts the bar's thumb at `thumb_top` (as the pointer drags it)."""
    most = max(content - viewport.h, 0)
    thumb = bar_thumb(viewport, metrics, content, 0)
    free = viewport.h - thumb.h
    if not most or free <= 0:
        return 0
    fraction = min(max((thumb_top - viewport.y) / free, 0.0), 1.0)
    return round(fraction * most)
