"""Issue 13 item 8: a week of visitors on the injected clock. Visits that finish, visitors who
walk away, staff checking the counts, a second language: afterwards the counters add up to
what happened, nothing of a visitor is left on disk, and memory stays flat from day 2 to 7."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pygame

from game.engine.settings import Settings
from game.kiosk.config import KioskConfig
from game.kiosk.counters import Counters
from game.ui.app import App
from game.ui.kiosk.controller import Kiosk, kiosk_stories
from game.ui.kiosk.screens import AttractScreen, StaffScreen
from game.ui.profile import KIOSK
from game.ui.screens.play import PlayScreen
from tests.conftest import STORIES
from tests.helpers import load
from tests.ui.support import Clock
from tests.ui.support import click as click_now


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_a_week_of_visitors(tmp_path: Path):
    clock, rng = Clock(0.0), random.Random(13)
    day = [date(2026, 12, 1)]
    config = KioskConfig(idle_seconds=60, countdown_seconds=20, staff_pin="2468",
                         languages=("en", "ru"), show_other_visitors=True)
    stories = kiosk_stories(load(STORIES / "campaign.yaml").model, config)
    pygame.display.init()
    app = App(stories["en"], tmp_path, surface=pygame.Surface((800, 600)), settings=Settings(),
              profile=KIOSK, clock=clock)
    counters = Counters(tmp_path / "kiosk.sqlite")
    kiosk = Kiosk(app, config, stories, counters, today=lambda: day[0])
    kiosk.start()

    def click(key: str) -> None:
        clock.now += rng.uniform(3, 12)  # a visitor reads, then touches
        click_now(app, key)

    def idle(seconds: float, step: float = 1.0) -> None:
        while seconds > 0:
            clock.now += step
            app.step(step)
            seconds -= step

    visits = walked = decisions = 0
    sizes: list[int] = []
    for _ in range(7):
        for _ in range(rng.randint(6, 10)):
            assert isinstance(app.top, AttractScreen)
            click(f"begin:{rng.choice(config.languages)}")
            click("begin")
            leave_after = rng.choice((2, 5, 99))  # some walk away part-way
            while isinstance(app.top, PlayScreen):
                screen = app.top
                screen.revealed = float("inf")  # read
                screen.rebuild()  # (an outcome then shows its changes and Continue)
                keys = [t.key for t in screen.targets() if t.enabled and t.key.startswith(
                    ("choice:", "continue", "summary"))]
                if screen.mode == "scene" and leave_after == 0:
                    break
                key = rng.choice(keys)
                if key.startswith("choice:"):
                    decisions += 1
                    leave_after -= 1
                click(key)
            visits += 1
            if isinstance(app.top, PlayScreen):  # walked away: asked, then reset
                walked += 1
                idle(config.idle_seconds + config.countdown_seconds + 2)
            else:  # the summary: done (or on to the next season, then done)
                while not isinstance(app.top, AttractScreen):
                    done = next(t.key for t in app.top.targets() if t.key in ("done", "title"))
                    click(done)
            assert isinstance(app.top, AttractScreen)
            assert not (tmp_path / "kiosk-visit.json").exists()
            idle(rng.uniform(30, 300), step=15.0)  # nobody there
        if rng.random() < 0.5:  # staff check the counts
            for _ in range(5):
                pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(5, 5),
                                                     button=1, touch=False))
                pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(5, 5),
                                                     button=1, touch=False))
                app.step(0.1)
            for digit in "2468":
                click(f"digit:{digit}")
            click("ok")
            assert isinstance(app.top, StaffScreen)
            click("restart")
        clock.now += 14 * 3600  # the night
        day[0] += timedelta(days=1)
        app.step(0.5)
        sizes.append(rss_kb())
    print(f"a week: {visits} visits ({walked} walked away), {decisions} decisions; RSS "
          f"day 2 {sizes[1] / 1024:.1f} MB, day 7 {sizes[-1] / 1024:.1f} MB")  # pytest -s
    assert counters.total("visit") == visits and visits >= 42 and walked >= 5
    assert counters.total("choice") == decisions == counters.total("scene")
    assert counters.total("language") == visits
    assert len({c.day for c in counters.counts()}) == 7
    assert sizes[-1] - sizes[1] < 20_000, sizes  # KB: flat from day 2 to day 7
    counters.close()
    pygame.display.quit()
