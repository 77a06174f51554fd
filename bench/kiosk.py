"""The kiosk over time, in real time: idle CPU in the attract loop, and a soak of random
visitors with RSS and CPU at the start and the end.

    python bench/kiosk.py                  # 60 s idle, then a 30-minute soak (dummy video)
    python bench/kiosk.py --xvfb           # under a real X server (needs Xvfb)
    python bench/kiosk.py --idle 30 --minutes 5

Idle CPU is the kiosk's own loop (`App.run`'s sleeps, the attract picture's 5 frames a
second) measured as process CPU over wall time, beside a baseline in the same run: the loop
most pygame games use, `clock.tick(60)` with a full redraw each frame. The soak touches the
screen at random about once a second, with pauses longer than `idle_seconds` so visitors walk
away and the kiosk resets, and staff visits now and then.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.display import display  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def naive_loop(seconds: float) -> float:
    """CPU share of the usual game loop: redraw everything, tick at 60 frames a second."""
    import pygame

    surface = pygame.display.get_surface()
    clock = pygame.time.Clock()
    began, wall = cpu_s(), time.perf_counter()
    while time.perf_counter() - wall < seconds:
        pygame.event.pump()
        surface.fill((40, 40, 60))
        pygame.display.flip()
        clock.tick(60)
    return (cpu_s() - began) / (time.perf_counter() - wall)


def child(idle: float, minutes: float) -> None:
    import pygame

    from game.engine.library import Library
    from game.engine.settings import Settings
    from game.kiosk.config import KioskConfig
    from game.kiosk.counters import Counters
    from game.ui.app import App
    from game.ui.kiosk.controller import Kiosk, kiosk_stories
    from game.ui.profile import KIOSK

    config = KioskConfig(idle_seconds=20, countdown_seconds=10, languages=("en", "ru"))
    stories = kiosk_stories(Library().load(ROOT / "stories" / "campaign.yaml").model, config)
    data = Path(tempfile.mkdtemp())
    app = App(stories["en"], data, size=(1920, 1080), settings=Settings(), profile=KIOSK)
    kiosk = Kiosk(app, config, stories, Counters(data / "kiosk.sqlite"))
    kiosk.start()

    def run_for(seconds: float, act=None) -> None:  # type: ignore[no-untyped-def]
        """The App's own loop (as `App.run` does it), with a visitor acting now and then."""
        from game.ui.app import FRAME, IDLE_SLEEP

        end, last, next_act = time.perf_counter() + seconds, app.clock(), app.clock()
        while time.perf_counter() < end and app.running:
            now = app.clock()
            if act is not None and now >= next_act:
                next_act = now + act()
            animating = app.step(now - last)
            last = now
            time.sleep(max(0.0, (FRAME if animating else IDLE_SLEEP) - (app.clock() - now)))

    run_for(3)  # the first frames
    began, wall = cpu_s(), time.perf_counter()
    run_for(idle)
    kiosk_share = (cpu_s() - began) / (time.perf_counter() - wall)
    naive = naive_loop(min(idle, 20))
    print(f"idle in the attract loop: {100 * kiosk_share:.2f} % of a core over {idle:g} s; "
          f"naive tick(60) loop in the same run: {100 * naive:.2f} %; ratio "
          f"{kiosk_share / naive:.3f}")
    if minutes <= 0:
        return
    rng = random.Random(13)

    def visitor() -> float:
        """One touch somewhere (mostly on a button), and how long until the next."""
        width, height = app.surface.get_size()
        targets = [t for t in app.top.targets() if t.enabled]
        if targets and rng.random() < 0.8:
            box = app.top.screen_box(rng.choice(targets))
            pos = (box.x + box.w // 2, box.y + box.h // 2)
        else:
            pos = (rng.randrange(width), rng.randrange(height))
        for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            pygame.event.post(pygame.event.Event(kind, pos=pos, button=1, touch=False))
        return rng.choice((1.0, 1.0, 2.0, 3.0, 40.0))  # now and then a visitor walks away

    start_rss, began, wall = rss_mb(), cpu_s(), time.perf_counter()
    for tenth in range(10):
        run_for(minutes * 6, visitor)
        print(f"  after {(tenth + 1) * minutes / 10:g} min: RSS {rss_mb():.1f} MB, "
              f"{kiosk.visits} visits", flush=True)
    spent = cpu_s() - began
    print(f"soak: {minutes:g} min of random visitors, {kiosk.visits} visits; RSS "
          f"{start_rss:.1f} -> {rss_mb():.1f} MB; CPU {spent:.1f} s = "
          f"{100 * spent / (time.perf_counter() - wall):.1f} % of a core")


def main() -> None:
    args = sys.argv[1:]
    idle = float(args[args.index("--idle") + 1]) if "--idle" in args else 60.0
    minutes = float(args[args.index("--minutes") + 1]) if "--minutes" in args else 30.0
    env = {**os.environ, "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1",
           "VR_DATA_DIR": tempfile.mkdtemp()}
    with display(env, "--xvfb" in args) as ready:
        if ready:
            subprocess.run([sys.executable, __file__, "--child", str(idle), str(minutes)],
                           env=env, check=True, cwd=ROOT)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        child(float(sys.argv[2]), float(sys.argv[3]))
    else:
        main()
