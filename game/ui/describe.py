"""What a screen shows, as data: for tests, speech and a screen-reader bridge. No pygame.

Each screen builds its description from the same layout it draws (`Screen.describe`), so
the two cannot disagree. An element has a role (`heading`, `paragraph`, `note`, `choice`,
`button`, `meter`, `image`, `title`, `status`), its whole text (a paragraph unwrapped, a
choice's full label, the meter's unabridged sentence, a picture's alt text), where it is on
screen now, whether it is on screen at all (not scrolled away), and whether the focus ring
is on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

ROLES = ("heading", "paragraph", "note", "choice", "button", "meter", "image", "title",
         "status")
ROLE_OF_STYLE = MappingProxyType({"title": "heading", "heading": "heading",
                                  "body": "paragraph", "small": "note", "button": "button"})

Rect = tuple[int, int, int, int]


@dataclass(frozen=True)
class Element:
    role: str
    text: str
    rect: Rect                  # x, y, width, height in window pixels, as on screen now
    visible: bool = True        # on screen now (not scrolled out of its panel)
    focused: bool = False       # the focus ring is on it
    enabled: bool | None = None  # choices and buttons: can it be pressed?
    number: int | None = None   # choices and buttons: the digit key that presses it
    key: str | None = None      # choices and buttons: what pressing it does

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"role": self.role, "text": self.text, "rect": list(self.rect),
                                "visible": self.visible, "focused": self.focused}
        for name in ("enabled", "number", "key"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data


@dataclass(frozen=True)
class Description:
    screen: str
    size: tuple[int, int]
    elements: tuple[Element, ...]

    def as_json(self) -> dict[str, Any]:
        return {"screen": self.screen, "size": list(self.size),
                "elements": [element.as_json() for element in self.elements]}

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.json(), encoding="utf-8")

    def json(self) -> str:
        """The JSON, one element a line (easy to read and to diff)."""
        head = {"screen": self.screen, "size": list(self.size)}
        rows = ",\n".join("    " + json.dumps(e.as_json(), ensure_ascii=False)
                          for e in self.elements)
        return (json.dumps(head, ensure_ascii=False)[:-1] + ',\n  "elements": [\n' + rows
                + "\n  ]\n}\n")

    def roles(self, role: str) -> list[Element]:
        return [element for element in self.elements if element.role == role]

    def snapshot(self) -> str:
        """A stable, reviewable text: one element a line (line breaks in a text shown as
        `\\n`), so a change shows as a diff."""
        lines = [f"screen: {self.screen}  size: {self.size[0]}x{self.size[1]}"]
        for e in self.elements:
            flags = ["shown" if e.visible else "hidden"]
            if e.focused:
                flags.append("focused")
            if e.enabled is False:
                flags.append("disabled")
            if e.number is not None:
                flags.append(f"key {e.number}")
            x, y, w, h = e.rect
            lines.append(f"{e.role:<9} [{x:>4} {y:>4} {w:>4} {h:>4}] {' '.join(flags):<22}"
                         f" | {e.text}".replace("\n", "\\n").rstrip())
        return "\n".join(lines) + "\n"


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def union(rects: list[Rect]) -> Rect:
    """The smallest rectangle around all of `rects` (a paragraph's wrapped lines)."""
    if not rects:
        return (0, 0, 0, 0)
    left = min(r[0] for r in rects)
    top = min(r[1] for r in rects)
    right = max(r[0] + r[2] for r in rects)
    bottom = max(r[1] + r[3] for r in rects)
    return (left, top, right - left, bottom - top)
