"""Drawing one screen to an image without opening a window (`python -m game render`).

Teachers use it for handouts and slides, the docs for screenshots, and the tests to look
at what students see. It draws with exactly the same screens as the window.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pygame

from game.engine.campaign import CampaignState
from game.engine.model import Campaign
from game.engine.settings import Settings
from game.engine.state import GameState

from .app import App
from .run import Run

SCREENS = ("title", "intro", "scene", "outcome", "ending", "summary", "settings", "ledger",
           "menu", "problem", "choose")


def render(campaign: Campaign, screen: str, size: tuple[int, int], settings: Settings,
           state: GameState | None = None, index: int = 0, choices: tuple[str, ...] = (),
           data_dir: Path | None = None) -> pygame.Surface:
    """The chosen screen, drawn once onto a new image of `size`."""
    surface = pygame.Surface(size)
    folder = data_dir or Path(tempfile.mkdtemp(prefix="vr-render-"))
    app = App(campaign, folder, surface=surface, settings=settings)
    progress = CampaignState(campaign.id, index, state) if state else None
    run = Run(campaign, folder / "render.json", progress) if progress else Run.new(
        campaign, folder / "render.json", index)
    for choice in choices[:-1] if screen == "outcome" else choices:
        run.choose(choice)
    app.replace(_screen(app, run, screen, choices))
    app.draw()
    return surface


def _screen(app: App, run: Run, name: str, choices: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from .screens.intro import IntroScreen
    from .screens.ledger import LedgerScreen
    from .screens.menu import MenuScreen
    from .screens.picker import PickerScreen
    from .screens.play import PlayScreen
    from .screens.problem import ProblemScreen
    from .screens.settings import SettingsScreen
    from .screens.summary import SummaryScreen
    from .screens.title import TitleScreen

    simple = {"title": TitleScreen, "settings": SettingsScreen, "choose": PickerScreen}
    if name in simple:
        return simple[name](app)
    if name == "intro":
        return IntroScreen(app, run)
    if name == "ledger":
        return LedgerScreen(app, run)
    if name == "menu":
        return MenuScreen(app, run)
    if name == "summary":
        return SummaryScreen(app, run)
    if name == "problem":
        return ProblemScreen(app, app.strings._("{file} has a problem and cannot be played "
                             "until it is fixed.", file="stories/famine.yaml"),
                             ["stories/famine.yaml:88:15: error[VR020]: "  # not translated
                             "choice `share` leads to `wintr`, which does not exist (did you "
                             "mean `winter`?)"])
    screen = PlayScreen(app, run)
    if name == "outcome":
        if choices:
            screen._choose(choices[-1])
        else:
            first = next(v.id for v in run.session.choices() if v.available)
            screen._choose(first)
        screen.motion.update(60.0)
    screen.revealed = float("inf")
    return screen
