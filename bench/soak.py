"""Memory and CPU over a long session of random input: does anything grow without bound?

    python bench/soak.py                 # 30 simulated minutes of a restless player
    python bench/soak.py --minutes 5     # shorter
    python bench/soak.py --xvfb          # under a real X server (needs Xvfb)

A simulated player presses a random key, clicks or taps somewhere, scrolls, or resizes the
window (one of 40 sizes, and text scales from 100 % to 200 %) once a second, and the loop
runs its animations between. Time is simulated, so 30 minutes of input takes about a minute
or two. It prints RSS at the start (after a warm-up minute, when every screen has been seen
once) and at the end, and the CPU used, beside a baseline: the same process's RSS after
the warm-up. The window review measured +44.6 MB over 300 random inputs before the caches
were bounded.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.display import display  # noqa: E402

KEYS = ("1", "2", "3", "return", "space", "escape", "tab", "up", "down", "page down", "l",
        "h", "m", "n", "c", "y", "+", "-")
SIZES = [(w, h) for w in (800, 1024, 1280, 1366, 1600, 1920) for h in (600, 720, 768, 1080)
         if w >= h] + [(720, 1280), (1080, 1920), (768, 1024), (600, 800)]


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def soak(minutes: float, seed: int = 7) -> None:
    import pygame

    from game.engine.library import Library
    from game.engine.settings import Settings
    from game.ui.app import App
    from game.ui.launch import as_campaign
    from game.ui.screens.title import TitleScreen

    rng = random.Random(seed)
    campaign = as_campaign(Library().load(ROOT / "stories" / "campaign.yaml").model)
    app = App(campaign, Path(tempfile.mkdtemp()), size=(1280, 720),
              settings=Settings(text_speed="fast"))
    app.replace(TitleScreen(app))

    def act() -> None:
        width, height = app.surface.get_size()
        roll = rng.random()
        if roll < 0.45:
            name = rng.choice(KEYS)
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.key.key_code(name),
                                                 mod=0, unicode=name if len(name) == 1 else ""))
        elif roll < 0.85:
            pos = (rng.randrange(width), rng.randrange(height))
            for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
                pygame.event.post(pygame.event.Event(kind, pos=pos, button=1, touch=False))
        elif roll < 0.95:
            pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, 3)),
                                                 flipped=False, precise_y=0.0))
        else:
            size = rng.choice(SIZES)
            app.settings = replace(app.settings, text_scale=rng.choice((100, 125, 150, 200)))
            pygame.display.set_mode(size, pygame.RESIZABLE)
            pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1],
                                                 size=size))

    def run(seconds: int) -> None:
        for _ in range(seconds):
            act()
            for _ in range(4):
                app.step(0.25)
            if not app.running:  # the simulated player quit: the next one starts again
                app.running = True
                app.replace(TitleScreen(app))

    run(60)  # warm-up: every kind of screen once
    start_rss, began = rss_kb(), resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    for tenth in range(10):
        run(int(minutes * 6))
        if "--trace" in sys.argv:
            print(f"  after {(tenth + 1) * minutes / 10:g} min: RSS {rss_kb() / 1024:.1f} MB")
    end_rss, ended = rss_kb(), resource.getrusage(resource.RUSAGE_SELF)
    cpu = (ended.ru_utime - began.ru_utime) + (ended.ru_stime - began.ru_stime)
    print(f"simulated {minutes:g} min of random input ({int(minutes * 60)} inputs) in "
          f"{time.perf_counter() - wall:.1f} s wall, {cpu:.1f} s CPU")
    print(f"RSS after warm-up {start_rss / 1024:.1f} MB, at the end {end_rss / 1024:.1f} MB, "
          f"growth {(end_rss - start_rss) / 1024:+.1f} MB ({end_rss / start_rss:.3f}x)")


def main() -> None:
    minutes = float(sys.argv[sys.argv.index("--minutes") + 1]) if "--minutes" in sys.argv else 30
    env = {**os.environ, "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    with display(env, "--xvfb" in sys.argv) as ready:
        if ready:
            subprocess.run([sys.executable, __file__, "--child", str(minutes),
                            *(["--trace"] if "--trace" in sys.argv else [])], env=env,
                           check=True, cwd=ROOT)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        soak(float(sys.argv[2]))
    else:
        main()
