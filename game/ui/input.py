"""The one input path: pygame events become a few intents that every screen understands.

Mouse, touch and keyboard all end up here, so they behave the same everywhere, and a later
kiosk idle timer only has to watch one stream. Touch: SDL also sends a mouse event for each
finger event; those copies carry `touch=True` and are dropped, so a tap counts once.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame


@dataclass(frozen=True)
class Down:
    x: float
    y: float


@dataclass(frozen=True)
class Up:
    x: float
    y: float


@dataclass(frozen=True)
class Drag:
    """A pressed pointer (the left mouse button or a finger) moved by `dy`, now at `y`."""

    dy: float
    y: float | None = None


@dataclass(frozen=True)
class Scroll:
    lines: int  # positive: down


@dataclass(frozen=True)
class Key:
    """A keyboard command: next, previous (also `left`/`right`, which a screen may read as
    earlier/later), activate, back, page_up, page_down, home, end, fullscreen, mute,
    history (H), reread (Backspace: the page before), menu, or a digit ("1".."9"); and for
    self-voicing (`voicing.py`): voice (V: on and off), replay (R: the page again), hush
    (Ctrl: stop speaking)."""

    name: str


@dataclass(frozen=True)
class Resized:
    width: int
    height: int


@dataclass(frozen=True)
class Close:
    pass


@dataclass(frozen=True)
class Text:
    """Letters typed (a nickname): only screens that take text read it."""

    text: str


@dataclass(frozen=True)
class Aim:
    """A screen reader aimed at a target by its key (`access.py`): the focus ring moves to
    it, and with `press` it is pressed, as a click or its digit would."""

    key: str
    press: bool = False


Intent = Down | Up | Drag | Scroll | Key | Resized | Close | Text | Aim

KEYS = {
    pygame.K_TAB: "next", pygame.K_DOWN: "next", pygame.K_RIGHT: "right",
    pygame.K_UP: "previous", pygame.K_LEFT: "left",
    pygame.K_RETURN: "activate", pygame.K_KP_ENTER: "activate", pygame.K_SPACE: "activate",
    pygame.K_ESCAPE: "back", pygame.K_BACKSPACE: "reread",
    pygame.K_PAGEDOWN: "page_down", pygame.K_PAGEUP: "page_up",
    pygame.K_HOME: "home", pygame.K_END: "end", pygame.K_F11: "fullscreen",
    pygame.K_m: "mute", pygame.K_h: "history",
    pygame.K_v: "voice", pygame.K_r: "replay", pygame.K_LCTRL: "hush", pygame.K_RCTRL: "hush",
}
DIGITS = {getattr(pygame, f"K_{n}"): str(n) for n in range(1, 10)}
DIGITS.update({getattr(pygame, f"K_KP{n}"): str(n) for n in range(1, 10)})


class Translator:
    """Turns pygame events into intents; remembers the window size for finger positions."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size
        self._finger_y: dict[int, float] = {}

    def translate(self, event: pygame.event.Event) -> Intent | None:
        kind = event.type
        if kind == pygame.QUIT:
            return Close()
        if kind in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            width, height = (event.w, event.h) if kind == pygame.VIDEORESIZE else (
                event.x, event.y)
            self.size = (width, height)
            return Resized(width, height)
        if kind == pygame.TEXTINPUT:
            return Text(event.text)
        if kind == pygame.KEYDOWN:
            if event.key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT:
                return Key("previous")
            name = KEYS.get(event.key) or DIGITS.get(event.key)
            return Key(name) if name else None
        if kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            if getattr(event, "touch", False):
                return None  # a copy of a finger event
            if event.button == 3 and kind == pygame.MOUSEBUTTONUP:
                return Key("menu")  # a right click opens the menu, as in most games
            if event.button != 1:
                return None  # the middle button, or the press of a right click
            x, y = event.pos
            return Down(x, y) if kind == pygame.MOUSEBUTTONDOWN else Up(x, y)
        if kind == pygame.MOUSEMOTION:
            held = getattr(event, "buttons", (0,))
            if getattr(event, "touch", False) or not held or not held[0]:
                return None  # a copy of a finger, or a pointer just passing over
            return Drag(event.rel[1], event.pos[1])  # a mouse without a wheel drags too
        if kind == pygame.MOUSEWHEEL:
            return Scroll(-event.y * 3)
        if kind in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
            width, height = self.size  # finger positions are 0..1 across the window
            x, y = event.x * width, event.y * height
            if kind == pygame.FINGERDOWN:
                self._finger_y[event.finger_id] = y
                return Down(x, y)
            if kind == pygame.FINGERUP:
                self._finger_y.pop(event.finger_id, None)
                return Up(x, y)
            last = self._finger_y.get(event.finger_id)
            if last is not None:
                self._finger_y[event.finger_id] = y
                return Drag(y - last, y)
        return None
