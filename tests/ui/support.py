"""Driving the real window headless (SDL's dummy video driver) with real pygame events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from game.engine.settings import Settings
from game.ui.app import App
from game.ui.launch import as_campaign
from game.ui.layout import Target
from tests.helpers import load


class Unhurried:
    """A clock for tests that act as a person: each look at it is a second later than the
    last, so no action lands in the moment a new page refuses presses (a double press used
    to skip a page unread; `play.SETTLE_SECONDS`). Tests of that moment pass their own."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


class Clock:
    """A clock that stands still until a test moves `now` (idle timers, the moment a new
    page refuses presses)."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def open_app(story: Path, data: Path, size: tuple[int, int] = (1280, 720),
             settings: Settings | None = None, **options: Any) -> App:
    """The app in a (dummy) window; `options` go to `App` (profile, clock, on_input...)."""
    options.setdefault("clock", Unhurried())
    campaign = as_campaign(load(story).model)
    app = App(campaign, data, size=size, settings=settings or Settings(text_speed="instant"),
              **options)
    pygame.event.clear()
    return app


def pump(app: App, seconds: float = 0.0) -> None:
    """Process the queued events and let animations run for `seconds`."""
    app.step(0.0)
    while seconds > 0:
        app.step(min(seconds, 0.05))
        seconds -= 0.05


def target(app: App, key: str) -> Target:
    return next(t for t in app.top.targets() if t.key == key)


def centre(app: App, key: str) -> tuple[int, int]:
    """Where a target is on screen now, scrolling it into view first."""
    screen = app.top
    found = target(app, key)
    box = screen.screen_box(found)
    scrolled = found in (screen.flow.targets if screen.flow else [])
    if scrolled and (box.y < screen.viewport.y or box.bottom > screen.viewport.bottom):
        screen.scroll_by(box.y - screen.viewport.y - 10)
        box = screen.screen_box(found)
    return box.x + box.w // 2, box.y + box.h // 2


def click(app: App, key: str) -> None:
    x, y = centre(app, key)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1,
                                         touch=False))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=1,
                                         touch=False))
    pump(app)


def tap(app: App, key: str, with_mouse_copies: bool = True) -> None:
    """A finger tap, followed (as SDL does) by mouse events marked as copies of it."""
    x, y = centre(app, key)
    width, height = app.surface.get_size()
    for kind in (pygame.FINGERDOWN, pygame.FINGERUP):
        pygame.event.post(pygame.event.Event(kind, x=x / width, y=y / height, dx=0, dy=0,
                                             touch_id=1, finger_id=0, pressure=1.0))
    if with_mouse_copies:
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1,
                                             touch=True))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=1,
                                             touch=True))
    pump(app)


def press(app: App, key: int, mod: int = 0) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=""))
    pump(app)
