"""What self-voicing costs, in the same run (docs/self-voicing.md).

    python bench/voice.py      # needs espeak-ng; best of 3

* first line: from asking espeak-ng for the first scene's heading to having its WAV (what a
  player waits before speech starts on a new page), beside that line's length in seconds;
* whole page: rendering every line of the first scene, English and Russian, beside the
  seconds of speech it makes (the real-time factor: below 1 means faster than speaking);
* silence: `Voice.tick()` with nothing to say, called every tick of the frame loop, beside
  an empty Python call (the ratio is what the loop pays while the game is quiet);
* a drawn frame: with reading aloud on, each frame that drew describes the screen and
  compares it with the page being read (`Voice.look`), beside drawing that frame;
* the window's loop on a scene for 5 s each, as `App.run` runs it (the whole process's CPU,
  SDL's dummy audio thread included): reading aloud off, on while it speaks the page through
  espeak-ng and the mixer, and on with nothing left to say; the first is the baseline.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3


def lines_of(language: str) -> list[str]:
    from game.engine.campaign import as_campaign
    from game.engine.settings import Settings
    from game.lang.translate import in_language
    from game.ui import voicing
    from game.ui.render import show
    from tests.helpers import load

    season = in_language(load(ROOT / "stories" / "famine.yaml").model, language)[0]
    with tempfile.TemporaryDirectory() as folder:
        app = show(as_campaign(season), "scene", (1280, 720),
                   Settings(text_speed="instant", language=language), Path(folder))
        return [u.text for u in voicing.page(app.top.describe(), app.strings)]


def main() -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from game.engine.settings import Settings
    from game.lang.catalogue import ENGLISH_STRINGS
    from game.ui.speech import Espeak, duration
    from game.ui.voicing import Voice

    program = shutil.which("espeak-ng")
    if program is None:
        print("espeak-ng is not installed: nothing to measure")
        return 1
    engine = Espeak(program)
    engine.voices()
    for language in ("en", "ru"):
        lines = lines_of(language)
        first = min(timeit.repeat(lambda t=lines[0], la=language: engine.synth(t, la), number=1,
                                  repeat=RUNS))
        spoken = duration(engine.synth(lines[0], language))
        start = time.perf_counter()
        total = sum(duration(engine.synth(line, language)) for line in lines)
        made = time.perf_counter() - start
        print(f"{language}: first line {first * 1000:.0f} ms to make, {spoken:.1f} s spoken; "
              f"whole page {len(lines)} lines in {made:.2f} s for {total:.1f} s of speech "
              f"(real-time factor {made / total:.3f})")

    class Quiet:
        def play_speech(self, wav: bytes) -> bool:
            return False

        def speech_busy(self) -> bool:
            return False

        def stop_speech(self) -> None: ...

        def duck(self, on: bool) -> None: ...

    settings = Settings(self_voicing=True)
    voice = Voice(lambda: settings, lambda: ENGLISH_STRINGS, Quiet(), lambda: (engine, ""))

    def nothing() -> None: ...

    calls = 200_000
    idle = min(timeit.repeat(voice.tick, number=calls, repeat=RUNS)) / calls
    empty = min(timeit.repeat(nothing, number=calls, repeat=RUNS)) / calls
    print(f"silence: Voice.tick() {idle * 1e9:.0f} ns a tick, an empty call "
          f"{empty * 1e9:.0f} ns (ratio {idle / empty:.1f}); at 20 ticks a second "
          f"{idle * 20 * 100:.6f} % of a core")
    frame(engine)
    loop()
    return 0


IDLE_SECONDS = 5.0


def loop() -> None:
    import resource

    from bench.display import game_loop
    from game.engine.settings import Settings
    from game.ui.run import Run
    from game.ui.screens.play import PlayScreen
    from tests.ui.support import open_app

    def cpu(app) -> float:  # type: ignore[no-untyped-def]
        before = resource.getrusage(resource.RUSAGE_SELF)
        game_loop(app, IDLE_SECONDS)
        after = resource.getrusage(resource.RUSAGE_SELF)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return 100 * used / IDLE_SECONDS

    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("off", "speaking", "silent"):
            data = Path(folder) / mode
            app = open_app(ROOT / "stories" / "famine.yaml", data, settings=Settings(
                text_speed="instant", self_voicing=mode != "off"), clock=time.perf_counter)
            run = Run.new(app.campaign, data / "bench.json", listeners=app.listeners())
            app.replace(PlayScreen(app, run))
            app.step(0.0)
            if mode == "silent":
                app.voice.stop()
            figures[mode] = cpu(app)
            if mode == "speaking":
                figures["lines"] = len(app.voice.spoken)
    base = figures["off"] or 1e-9
    print(f"window loop on a scene, {IDLE_SECONDS:.0f} s each: reading aloud off "
          f"{figures['off']:.2f} % of a core; speaking {figures['speaking']:.2f} % "
          f"({figures['lines']} lines begun, ratio {figures['speaking'] / base:.1f}); on and "
          f"silent {figures['silent']:.2f} % (ratio {figures['silent'] / base:.1f})")


def frame(engine) -> None:  # type: ignore[no-untyped-def]
    from game.engine.campaign import as_campaign
    from game.engine.settings import Settings
    from game.ui.render import show
    from tests.helpers import load

    season = load(ROOT / "stories" / "famine.yaml").model
    with tempfile.TemporaryDirectory() as folder:
        app = show(as_campaign(season), "scene", (1280, 720),
                   Settings(text_speed="instant", self_voicing=True), Path(folder))
        app.voice.synth = lambda: (engine, "")
        app.voice.run_job = lambda job: None  # nothing is made: only the look is measured
        app.voice.look(app.top.describe())
        calls = 200
        look = min(timeit.repeat(lambda: app.voice.look(app.top.describe()), number=calls,
                                 repeat=RUNS)) / calls
        draw = min(timeit.repeat(app.draw, number=calls, repeat=RUNS)) / calls
        print(f"a drawn frame: describe and look {look * 1000:.2f} ms, drawing it "
              f"{draw * 1000:.2f} ms (ratio {look / draw:.2f})")


if __name__ == "__main__":
    raise SystemExit(main())
