"""Opening the window for `python -m game play`: the title screen, or (for testing and
watch mode) straight into a season at a chosen state."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from game.analysis.live import LiveExplore, Report
from game.engine.atomic import clean_stale
from game.engine.campaign import CampaignState, as_campaign
from game.engine.model import Campaign, Season
from game.engine.reload import Broken, Reloaded, Reloader, carry
from game.engine.state import GameState

WATCH_EVERY = 0.5  # seconds between looks at the season file in watch mode


def play_window(story: Season | Campaign, state: GameState | None = None, watch: bool = False,
                size: tuple[int, int] = (1280, 720), teacher: bool = False,
                retell: Callable[[str], Campaign] | None = None) -> int:
    """The window on `story`; `retell` puts it into another language (the title's picker)."""
    os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")  # sharp text
    import pygame

    from .app import App
    from .paths import data_dir
    from .run import Run
    from .screens.play import PlayScreen

    campaign = as_campaign(story)
    if not has_screen(pygame):
        print("No screen was found to open the game window on. To play in this terminal "
              "instead: python -m game play --text", file=sys.stderr)
        return 1
    try:
        app = App(campaign, data_dir(), size=size)
    except pygame.error as err:
        print(f"The game window cannot open here ({err}). To play in this terminal instead: "
              "python -m game play --text", file=sys.stderr)
        return 1
    app.retell = retell
    clean_stale(app.data_dir)  # temporary files of a save cut short by a crash or a kill
    if teacher:  # the preview saves beside, never over, a student's game
        app.teacher = True
        app.keeps_hand_ins = False
        app.save_path = app.save_path.with_name("teacher-preview.json")
    if state is not None or watch or teacher:
        if state is not None:
            run = Run(campaign, app.save_path, CampaignState(campaign.id, 0, state),
                      listeners=app.listeners())
            run.play.begin()
        else:
            run = Run.new(campaign, app.save_path, listeners=app.listeners())
        app.replace(PlayScreen(app, run))
    else:  # reading the save happens here: inside the guard, so no file can stop the start
        app.guarded(lambda: app.replace(first_screen(app)))
    if watch and isinstance(story, Season):
        app.every(WATCH_EVERY, watcher(app, story.path))
    return app.run()


def first_screen(app):  # type: ignore[no-untyped-def]
    """Who is playing? when students have played on this computer under their names (the
    shared folder's game is one of the choices); the title straight away before that."""
    from game.engine.players import players

    from .screens.players import PlayersScreen
    from .screens.title import TitleScreen

    return PlayersScreen(app) if players(app.root_dir) else TitleScreen(app)


def has_screen(pygame) -> bool:  # type: ignore[no-untyped-def]
    """Whether SDL found a real screen. With no display it quietly falls back to its
    invisible `offscreen` driver, and an unseen game would run forever; a driver the user
    asked for by name (tests ask for `dummy`) is taken as meant."""
    if os.environ.get("SDL_VIDEODRIVER"):
        return True
    with quiet_stderr():  # SDL's probing prints lines such as "XDG_RUNTIME_DIR is invalid"
        try:
            pygame.display.init()
        except pygame.error:
            return False
    return pygame.display.get_driver() not in ("offscreen", "dummy")


@contextlib.contextmanager
def quiet_stderr() -> Iterator[None]:
    """Silence what C libraries write straight to the error stream, for a moment."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            sys.stderr.flush()
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def watcher(app, path: Path, live: LiveExplore | None = None):  # type: ignore[no-untyped-def]
    """Reload the season when it is saved; keep the last good version if it is broken.
    Each version is explored in the background (`live`): problems go into the app's
    notices and a panel the next key or click closes; a clean report joins the banner."""
    reloader = Reloader(path)
    live = live or LiveExplore(app.strings)
    if app.campaign is not None and app.campaign.seasons:
        live.start(app.campaign.seasons[0])

    def look() -> None:
        report = live.take()
        if report is not None:
            show_report(app, report)
        change = reloader.check()
        if isinstance(change, Broken):
            first = change.diagnostics[0].one_line() if change.diagnostics else ""
            app.show_banner(app.strings._("{file} has problems; still playing the last good "
                                          "version. {problem}", file=path.name, problem=first))
        elif isinstance(change, Reloaded):
            from game.lang.translate import season_in

            season, _ = season_in(change.season, app.strings.language)  # as it was shown
            app.campaign = as_campaign(season)
            for screen in app.stack:
                run = getattr(screen, "run", None)
                if run is None:
                    continue
                state, note = carry(run.session.state, season)
                run.play.replace(app.campaign, CampaignState(app.campaign.id, 0, state))
                screen.palette = season.info.palette or None
            app.top.rebuild()
            app.show_banner(app.strings._("Reloaded {file}: {note}", file=path.name, note=note)
                            if note else app.strings._("Reloaded {file}", file=path.name))
            live.start(change.season)

    return look


def show_report(app, report: Report) -> None:  # type: ignore[no-untyped-def]
    """What explore found about the version being played: findings in a panel (through
    the notices queue, told again after every save), or one line beside the banner."""
    if not report.findings:
        line = " ".join(report.lines)
        app.show_banner(f"{app.banner} {line}" if app.banner else line)
        return
    for line in report.lines:
        app.notices.append(line, again=True)
    app.show_notices()
