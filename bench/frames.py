"""How light the window is: first frame, frame times, idle CPU; beside a naive loop.

    python bench/frames.py            # dummy video driver (as in CI)
    python bench/frames.py --xvfb     # also under a real X server (needs Xvfb installed)
    python bench/frames.py --xvfb --json   # one JSON object: the Xvfb figures (p99_ms,
                                           # naive_p99_ms, whole_p99_ms, ratio, ...) and
                                           # the dummy ones

Targets (dummy driver): first frame < 0.5 s (warm: see `first_frame`); p99 frame < 4 ms
at 1920x1080 while text reveals and the meter slides; idle CPU < 1 % of a core. The naive
loop redraws everything every frame with `clock.tick(60)`, as many pygame programs do, on a
window opened with pygame's defaults (so it presents the way SDL chooses, not the way
`game/ui/present.py` chooses); the drawing code is the game's own in both, so the
difference is the loop and the presentation path. A third loop (`whole`) uses the game's
window and presentation path but repaints and presents the whole frame every time, so the
figures separate what the presentation path gains from what the partial repaint gains.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.display import display, game_loop  # noqa: E402

IDLE_SECONDS = 10


def child(mode: str) -> None:
    """Run inside a fresh process: one measurement, printed as `name value`."""
    import pygame

    from game.engine.library import Library
    from game.engine.settings import Settings
    from game.ui.app import App
    from game.ui.launch import as_campaign
    from game.ui.run import Run
    from game.ui.screens.play import PlayScreen

    campaign = as_campaign(Library().load(ROOT / "stories" / "campaign.yaml").model)
    data = Path(tempfile.mkdtemp())
    size = (1920, 1080) if mode.startswith("frames") else (1280, 720)
    naive = mode.endswith("-naive")
    if naive:  # pygame's defaults: its own window, SDL's own presentation, flip every frame
        pygame.display.init()
        window = pygame.display.set_mode(size)
        app = App(campaign, data, surface=window, settings=Settings(text_speed="slow"))
    else:
        app = App(campaign, data, size=size, settings=Settings(text_speed="slow"))
    run = Run.new(campaign, data / "bench.json")
    screen = PlayScreen(app, run)
    app.replace(screen)
    if mode in ("frames", "frames-naive", "frames-whole"):
        screen._choose(next(v.id for v in run.session.choices() if v.available))
        screen.activate("continue")  # a new scene: its text reveals, the meter slides
        screen.motion.change(20, 80, "a long change to animate", False)
        times = []
        for _ in range(240):
            began = time.perf_counter()
            if mode == "frames":
                app.step(1 / 60)  # the game's loop: only the boxes that changed
            elif mode == "frames-whole":
                pygame.event.get()
                app.top.update(1 / 60)
                app.draw()  # the whole frame, through the game's own presentation path
            else:
                pygame.event.get()
                app.top.update(1 / 60)
                app.draw()  # everything, every frame
                pygame.display.flip()
            times.append((time.perf_counter() - began) * 1000)
        times.sort()
        print("width {}\nheight {}".format(*app.surface.get_size()))
        print(f"p50 {statistics.median(times):.3f}")
        print(f"p99 {times[int(len(times) * 0.99) - 1]:.3f}")
        return
    screen.revealed = float("inf")
    app.draw()
    deadline = time.monotonic() + IDLE_SECONDS
    before = resource.getrusage(resource.RUSAGE_SELF)
    if mode == "idle":
        game_loop(app, IDLE_SECONDS)
    else:
        clock = pygame.time.Clock()
        while time.monotonic() < deadline:
            pygame.event.get()
            app.top.update(1 / 60)
            app.draw()
            pygame.display.flip()
            clock.tick(60)
    after = resource.getrusage(resource.RUSAGE_SELF)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"cpu {100 * used / IDLE_SECONDS:.2f}")


def measure(mode: str, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return {k: float(v) for k, v in (line.split() for line in out.splitlines())}


def first_frame(env: dict[str, str], cold: bool = False) -> float:
    """Seconds from process start to the title screen's first frame, best of three.

    Warm (the default) is every launch after the first: Python's bytecode cache is kept, as
    it is on any computer (pip compiles it on install; `make play` writes it on first run),
    so the cache is allowed even if this shell forbids it (PYTHONDONTWRITEBYTECODE), and one
    launch first fills it. Cold compiles every module from source each time, into an empty
    cache folder: the very first launch after a fresh clone."""
    data = tempfile.mkdtemp()
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(VR_BENCH_FIRST_FRAME="1", VR_DATA_DIR=data)
    best = float("inf")
    for run in range(4):
        if cold:
            env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp()
        began = time.time()
        out = subprocess.run([sys.executable, "-m", "game", "play"], capture_output=True,
                             text=True, cwd=ROOT, check=True, env=env).stdout
        stamp = float(next(line for line in out.splitlines()
                           if line.startswith("first-frame")).split()[1])
        if run or cold:  # (the first warm launch only fills the cache)
            best = min(best, stamp - began)
    return best


def report(label: str, env: dict[str, str], quiet: bool = False) -> dict[str, float]:
    say = (lambda *_: None) if quiet else print
    say(f"[{label}]")
    first, cold = first_frame(env), first_frame(env, cold=True)
    say(f"  first frame, from process start: {first:.3f} s (target < 0.5 s); the first launch "
        f"after a fresh clone, compiling every module: {cold:.3f} s")
    ours, naive = measure("frames", env), measure("frames-naive", env)
    whole = measure("frames-whole", env)
    sizes = {f"{int(m['width'])}x{int(m['height'])}" for m in (ours, naive, whole)}
    ratio = ours["p99"] / naive["p99"] if naive["p99"] else float("inf")
    say(f"  frame time at {'/'.join(sorted(sizes))}, text revealing and meter sliding: p50 "
        f"{ours['p50']:.2f} ms, p99 {ours['p99']:.2f} ms (target p99 < 4 ms); naive loop "
        f"p50 {naive['p50']:.2f} ms, p99 {naive['p99']:.2f} ms; p99 ratio {ratio:.3f} "
        f"(target at most 0.35); the whole frame every time through the game's "
        f"presentation path: p99 {whole['p99']:.2f} ms")
    idle, busy = measure("idle", env), measure("idle-naive", env)
    times = busy["cpu"] / idle["cpu"] if idle["cpu"] else float("inf")
    say(f"  idle on a scene for {IDLE_SECONDS} s: {idle['cpu']:.2f} % of one core (target "
        f"< 1 %); naive loop {busy['cpu']:.2f} % ({times:.0f}x more)")
    return {"first_frame_s": round(first, 3), "cold_first_frame_s": round(cold, 3),
            "p50_ms": ours["p50"], "p99_ms": ours["p99"],
            "naive_p50_ms": naive["p50"], "naive_p99_ms": naive["p99"],
            "whole_p99_ms": whole["p99"], "window": "/".join(sorted(sizes)),
            "p99_ratio": round(ratio, 3), "idle_cpu_percent": idle["cpu"],
            "naive_idle_cpu_percent": busy["cpu"]}


def main() -> None:
    quiet = "--json" in sys.argv
    base = {k: v for k, v in os.environ.items() if k != "SDL_FRAMEBUFFER_ACCELERATION"}
    base.update(SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    figures: dict[str, object] = {
        "dummy": report("dummy video driver", {**base, "SDL_VIDEODRIVER": "dummy"}, quiet)}
    if "--xvfb" in sys.argv:
        if shutil.which("Xvfb") is None:
            figures["xvfb"] = "Xvfb is not installed (apt-get install xvfb); skipped"
            if not quiet:
                print(figures["xvfb"])
        else:
            env = dict(base)
            with display(env, xvfb=True):
                xvfb = report("Xvfb X server", env, quiet)
            figures = {**xvfb, **figures}  # the Xvfb figures at the top level
    if quiet:
        print(json.dumps(figures))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()
