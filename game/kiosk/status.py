"""`kiosk-status.json`: what a museum's monitoring reads every few seconds, so IT can tell a
kiosk that is fine from one that is stuck without walking to the gallery.

{"screen": "attract", "visits": 41, "uptime_s": 86400, "last_input_s": 12.5,
 "problems": 0, "updated": "2026-12-02T14:05:00"}
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from game.engine.atomic import write_text_atomic

SCREENS = ("attract", "still-there", "playing", "staff", "starting")
FILE_NAME = "kiosk-status.json"


@dataclass(frozen=True)
class Status:
    screen: str
    visits: int
    uptime_s: float
    last_input_s: float
    problems: int
    updated: str  # local time, to the second, as the museum's clocks show it

    def to_json(self) -> str:
        data = asdict(self)
        data["uptime_s"] = round(self.uptime_s)
        data["last_input_s"] = round(self.last_input_s, 1)
        return json.dumps(data) + "\n"


def write_status(folder: Path, status: Status) -> Path:
    """Rewrite the file atomically: a reader never sees half of it."""
    if status.screen not in SCREENS:
        raise ValueError(f"unknown kiosk screen {status.screen!r}")
    path = folder / FILE_NAME
    write_text_atomic(path, status.to_json())
    return path
