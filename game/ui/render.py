"""Drawing one screen to an image without opening a window (`python -m game render`).

Teachers use it for handouts and slides, the docs for screenshots, and the tests to look
at what students see. It draws with exactly the same screens as the window, and can also
write what the screen shows as data (`--describe`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pygame

from game.engine.campaign import CampaignState
from game.engine.model import Campaign
from game.engine.settings import Settings
from game.engine.state import GameState

from .app import App
from .profile import HOME, Profile
from .run import Run
from .screens import NAMES, REGISTRY

SCREENS = NAMES  # the names `render --screen` accepts


def show(campaign: Campaign, screen: str, size: tuple[int, int], settings: Settings,
         data_dir: Path, state: GameState | None = None, index: int = 0,
         choices: tuple[str, ...] = (), profile: Profile = HOME,
         retell: Callable[[str], Campaign] | None = None) -> App:
    """A headless app with the named screen on top, drawn once (tests look at it further)."""
    app = App(campaign, data_dir, surface=pygame.Surface(size), settings=settings,
              profile=profile)
    app.retell = retell
    app.keeps_hand_ins = False  # a drawing for a handout is not a student's hand-in
    progress = CampaignState(campaign.id, index, state) if state else None
    run = Run(campaign, data_dir / "render.json", progress) if progress else Run.new(
        campaign, data_dir / "render.json", index)
    if progress:
        run.play.begin()  # as the window does: the history begins at the scene shown
    for choice in choices[:-1] if screen == "outcome" else choices:
        run.choose(choice)
    app.replace(REGISTRY[screen](app, run, choices))
    app.draw()
    return app


def render(campaign: Campaign, screen: str, size: tuple[int, int], settings: Settings,
           state: GameState | None = None, index: int = 0, choices: tuple[str, ...] = (),
           data_dir: Path | None = None, describe: Path | None = None,
           retell: Callable[[str], Campaign] | None = None) -> pygame.Surface:
    """The chosen screen, drawn once onto a new image of `size`; with `describe`, what it
    shows is written there as JSON too. Without `data_dir`, a temporary folder is used
    and removed again."""
    with tempfile.TemporaryDirectory(prefix="vr-render-") as temporary:
        app = show(campaign, screen, size, settings, data_dir or Path(temporary), state,
                   index, choices, retell=retell)
        if describe is not None:
            app.describe().write(describe)
        return app.surface
