"""Buttons in a screen's top bar for mouse and touch (Back, Menu), laid out right to left.

Pure layout like `layout.py`: the keyboard has Backspace and Esc for the same actions, but a
finger or a mouse needs something to press (window review, defect 2).
"""

from __future__ import annotations

from collections.abc import Sequence

from .layout import Box, Line, Measure, Metrics, Target


def bar_buttons(m: Metrics, measure: Measure, right: int, top: int,
                items: Sequence[tuple[str, str, bool]]) -> list[Target]:
    """(key, label, enabled) as buttons ending at `right`, in the given order left to right,
    each at least a finger's height, with a gap between them."""
    inset, gap = m.px(16), m.px(12)
    line_h = measure.line_height("button")
    height = max(m.target, line_h + 2 * m.px(6))  # large text must not spill out
    widths = [measure.width(label, "button") + 2 * inset for _, label, _ in items]
    x = right - sum(widths) - gap * (len(items) - 1)
    targets = []
    for (key, label, enabled), width in zip(items, widths, strict=True):
        box = Box(x, top, width, height)
        line = Line(label, "button", Box(x + inset, top + (height - line_h) // 2,
                                         width - 2 * inset, line_h))
        targets.append(Target(key, (line,), box, enabled, None, label))
        x += width + gap
    return targets
