"""Opening the kiosk: checks first (the configuration, that each season fits a visit), then
the window full screen on the desktop's size, the cursor hidden, the screensaver held off,
and the attract loop."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game.engine.model import Campaign, Season
from game.kiosk.config import KioskConfig
from game.kiosk.counters import Counters
from game.kiosk.lint import museum_problems


def lead_problems_home(kiosk) -> None:  # type: ignore[no-untyped-def]
    """A problem inside the game (already logged by the loop's guard) shows no message to a
    visitor: the kiosk counts it and starts again at the attract loop."""
    from ..screens.problem import ProblemScreen
    from .screens import AttractScreen

    follow = kiosk.app.redirect

    def redirect(screen):  # type: ignore[no-untyped-def]
        if isinstance(screen, ProblemScreen):
            kiosk.problems += 1
            kiosk.defaults()  # the visit is over: counted, its save deleted, defaults back
            return AttractScreen(kiosk.app, kiosk)
        return follow(screen)

    kiosk.app.redirect = redirect


def run_kiosk(story: Season | Campaign, config: KioskConfig, counters_path: Path,
              data: Path | None = None) -> int:
    """0 when staff close it; 1 when the window cannot go on (the supervisor restarts it);
    2 when the stories or the configuration are not fit for a kiosk."""
    from .controller import Kiosk, kiosk_stories

    stories = kiosk_stories(story, config)
    problems = museum_problems(stories[config.languages[0]])
    if problems:
        print("The kiosk did not start: a museum visit must fit in about 5 minutes, 8 "
              "decisions and 90 words a screen.", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 2
    os.environ.setdefault("SDL_VIDEO_ALLOW_SCREENSAVER", "0")  # the gallery's screen stays on
    # SIGTERM (the supervisor stopping the kiosk) must end it; without this SDL turns it into
    # a window-close request, which a kiosk ignores.
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
    import pygame

    from game.engine.settings import Settings
    from game.present.places import data_dir

    from ..app import App
    from ..profile import KIOSK

    pygame.display.init()
    sizes = pygame.display.get_desktop_sizes() or [(1920, 1080)]
    try:
        app = App(stories[config.languages[0]], data or data_dir(), size=sizes[0],
                  settings=Settings(language=config.languages[0], fullscreen=True),
                  profile=KIOSK)
    except pygame.error as err:
        print(f"The kiosk window cannot open here ({err}).", file=sys.stderr)
        return 1
    pygame.mouse.set_visible(False)  # touch: no arrow left where the last finger was
    kiosk = Kiosk(app, config, stories, Counters(counters_path))
    lead_problems_home(kiosk)
    kiosk.start()
    try:
        app.run()
    except pygame.error as err:  # the display went away: let the supervisor restart us
        app.log(f"kiosk: the window failed: {err}")
        return 1
    finally:
        kiosk.counters.close()
    return 0
