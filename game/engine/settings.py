"""Player settings: a typed registry with defaults and ranges. A bad or damaged value is
repaired (back to its default) with a message, never a crash: kiosks run for days and
classroom machines are shared."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from . import files
from .atomic import write_text_atomic

TEXT_SPEEDS = ("slow", "normal", "fast", "instant")
TEXT_SCALES = (100, 125, 150, 175, 200)
VOLUMES = tuple(range(0, 101, 20))  # 0 %, 20 % ... 100 %: few enough to step through by touch
VOLUME_NAMES = ("music_volume", "effects_volume", "speech_volume")
SPEECH_SPEEDS = ("slow", "normal", "fast")  # reading aloud; "normal" is the system's voice's
FONTS = ("standard", "easy-reading")  # Noto Sans; SIL Andika, drawn for beginning readers
LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")  # ru, en, pt_BR; "xx" is the pseudo-language


@dataclass(frozen=True)
class Settings:
    text_scale: int = 100        # percent; 200 doubles every text size
    text_speed: str = "normal"   # how fast text appears; "instant" shows it at once
    high_contrast: bool = False  # white on black, thick outlines
    reduced_motion: bool = False  # no sliding meter, no reveal animation
    fullscreen: bool = False
    language: str = ""           # "ru", "en"...; "" = the system's, when the game has it
    music_volume: int = 40       # percent, in steps of VOLUME_STEP: the season's ambience
    effects_volume: int = 60     # interface sounds: a choice, the meter moving, an ending
    speech_volume: int = 80      # self-voicing (issue 15)
    self_voicing: bool = False   # read the screen aloud (V; docs/self-voicing.md)
    speech_speed: str = "normal"  # one of SPEECH_SPEEDS
    muted: bool = False          # every sound off at once (M)
    captions: bool = True        # a line of words for every sound, for players who cannot hear
    text_spacing: bool = False   # WCAG 1.4.12's wide spacing: lines, paragraphs, letters, words
    font: str = "standard"       # one of FONTS: "easy-reading" is SIL Andika

    def but(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _check(name: str, value: Any, default: Any) -> bool:
    if name == "text_scale":
        return isinstance(value, int) and not isinstance(value, bool) and value in TEXT_SCALES
    if name in VOLUME_NAMES:
        return isinstance(value, int) and not isinstance(value, bool) and value in VOLUMES
    if name == "text_speed":
        return value in TEXT_SPEEDS
    if name == "font":
        return value in FONTS
    if name == "speech_speed":
        return value in SPEECH_SPEEDS
    if name == "language":
        return value == "" or (isinstance(value, str) and LANGUAGE.fullmatch(value) is not None)
    return isinstance(value, type(default))


def repair(data: Any, where: str = "settings") -> tuple[Settings, list[str]]:
    """Settings from loaded JSON: unknown keys ignored, bad values back to their defaults."""
    defaults = Settings()
    if not isinstance(data, dict):
        return defaults, [f"{where}: not a settings file; using the defaults"]
    values, problems = {}, []
    for item in fields(Settings):
        default = getattr(defaults, item.name)
        if item.name not in data:
            continue
        value = data[item.name]
        if _check(item.name, value, default):
            values[item.name] = value
        else:
            problems.append(f"{where}: `{item.name}` was {value!r}; reset to {default!r}")
    return replace(defaults, **values), problems


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The saved settings, repaired; any file that cannot be used gives the defaults and a
    one-line message, never an exception (read through the guarded, bounded reader)."""
    data = files.read_json(path, "settings")
    if isinstance(data, files.FileProblem):
        if data.missing:
            return Settings(), []
        return Settings(), [f"{path}: cannot be used ({data.reason}); using the defaults"]
    return repair(data, str(path))


def save_settings(path: Path, settings: Settings) -> None:
    write_text_atomic(path, json.dumps(asdict(settings), indent=1) + "\n")
