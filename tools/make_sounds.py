"""Make the game's sounds: quiet ambience for each season and small interface sounds.

    pip install -e '.[sound-tools]'     # numpy and soundfile, only for this script
    python tools/make_sounds.py          # writes assets/sound/*.ogg

Every sound is computed from a fixed seed, so running it again gives the same files, and
there is no licence question about recordings. The game ships only the OGG files (small:
about 5 KB a second of ambience), and plays them through pygame's mixer; it never needs
numpy. Each sound's caption, for players who cannot hear it, is in `game/ui/sound.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import soundfile

RATE = 22_050  # enough for wind and soft tones, half the size of 44.1 kHz
OUT = Path(__file__).resolve().parents[1] / "assets" / "sound"


def _smooth_noise(rng: np.random.Generator, seconds: float, cutoff: float) -> np.ndarray:
    """White noise through a one-pole low-pass filter: wind without whistles."""
    n = int(seconds * RATE)
    white = rng.standard_normal(n)
    alpha = 1 - np.exp(-2 * np.pi * cutoff / RATE)
    out = np.empty(n)
    acc = 0.0
    for i in range(n):  # a few hundred thousand samples: fast enough for a one-off script
        acc += alpha * (white[i] - acc)
        out[i] = acc
    return out / (np.abs(out).max() or 1)


def _loopable(sound: np.ndarray, fade: float = 1.5) -> np.ndarray:
    """Cross-fade the end into the start so the loop has no click."""
    k = int(fade * RATE)
    head, tail = sound[:k], sound[-k:]
    ramp = np.linspace(0, 1, k)
    return np.concatenate([tail * (1 - ramp) + head * ramp, sound[k:-k]])


def _gusts(rng: np.random.Generator, n: int, slow: float) -> np.ndarray:
    t = np.arange(n) / RATE
    phase = rng.uniform(0, 2 * np.pi, 3)
    return 0.6 + 0.4 * (np.sin(2 * np.pi * slow * t + phase[0]) * 0.6
                        + np.sin(2 * np.pi * slow * 2.3 * t + phase[1]) * 0.3
                        + np.sin(2 * np.pi * slow * 0.41 * t + phase[2]) * 0.1)


def ambience(seed: int, cutoff: float, slow: float, level: float, birds: bool = False
             ) -> np.ndarray:
    rng = np.random.default_rng(seed)
    seconds = 13.5
    wind = _smooth_noise(rng, seconds, cutoff)
    wind *= _gusts(rng, len(wind), slow)
    if birds:  # a few far-off chirps: spring after the war
        t = np.arange(len(wind)) / RATE
        for start in rng.uniform(1, seconds - 2, 5):
            mask = (t >= start) & (t < start + 0.12)
            tt = t[mask] - start
            wind[mask] += 0.25 * np.sin(2 * np.pi * (2600 + 1800 * tt / 0.12) * tt) * np.sin(
                np.pi * tt / 0.12)
    return level * _loopable(wind) / np.abs(wind).max()


def tone(freqs: list[float], seconds: float, level: float) -> np.ndarray:
    """Soft bell-like notes, one after another, each fading out."""
    out = []
    for f in freqs:
        t = np.arange(int(seconds * RATE)) / RATE
        envelope = np.exp(-t * 6) * np.minimum(1, t * 200)
        out.append(level * envelope * (np.sin(2 * np.pi * f * t) + 0.3 * np.sin(4 * np.pi * f * t)))
    return np.concatenate(out)


SOUNDS = {
    "famine": lambda: ambience(1921, 500, 0.07, 0.30),
    "war": lambda: ambience(1941, 260, 0.11, 0.32),
    "reconstruction": lambda: ambience(1946, 800, 0.05, 0.22, birds=True),
    "select": lambda: tone([660], 0.12, 0.25),
    "trust_up": lambda: tone([523, 659], 0.18, 0.22),
    "trust_down": lambda: tone([440, 349], 0.20, 0.22),
    "ending": lambda: tone([392, 494, 587], 0.35, 0.22),
}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        samples = np.clip(make(), -1, 1).astype(np.float32)
        path = OUT / f"{name}.ogg"
        soundfile.write(path, samples, RATE, format="OGG", subtype="VORBIS")
        print(f"{path.relative_to(OUT.parents[1])}: {len(samples) / RATE:.1f} s, "
              f"{path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
