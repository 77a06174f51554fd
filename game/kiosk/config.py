"""The museum's settings for a kiosk, in `kiosk.yaml`, read like a season: safely, against a
spec, and every mistake reported with its file, line and a hint (museum staff edit this file
by hand, often over a remote session, and a kiosk that will not start is a dark screen in a
gallery).

```yaml
season: stories/campaign.yaml   # a season or a campaign file, relative to this file
idle_seconds: 60                # without a touch, ask "Are you still there?"
countdown_seconds: 20           # ... and start again this long after
staff_pin: "2468"               # 4 to 8 digits, in quotes so a leading 0 is kept
languages: [en, ru]             # the first is the default after every visitor
show_other_visitors: on         # "62 % of visitors today also opened their home"
screen_inches: 32               # the screen's diagonal: buttons at least 20 mm high on it
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.engine import source
from game.engine.diagnostics import Diagnostic
from game.engine.reader import Reader
from game.engine.spec import Enum, Field, Ident, Int, ListOf, Obj, Str

SWITCH = ("on", "off", "true", "false", "yes", "no")
KIOSK = Obj("the kiosk configuration", (
    Field("season", Str(doc="The season or campaign file the kiosk plays, relative to this "
                            "file (default: the shipped campaign).")),
    Field("cut", Ident(doc="The cut of each season to play (default `museum`).")),
    Field("idle_seconds", Int(10, 3600, doc="Seconds without input before \"Are you still "
                                            "there?\" (default 60).")),
    Field("countdown_seconds", Int(5, 300, doc="Seconds the question waits before the kiosk "
                                               "starts again (default 20).")),
    Field("staff_pin", Str(doc="4 to 8 digits that open the staff screen; write it in quotes.")),
    Field("languages", ListOf(Ident(), min_items=1, one_or_many=True,
                              doc="Languages offered, by code; the first is the default.")),
    Field("show_other_visitors", Enum(SWITCH, doc="Show what other visitors chose today after "
                                                  "each decision (default off).")),
    Field("counters", Str(doc="The counters database (default: kiosk.sqlite in the data "
                              "folder).")),
    Field("screen_inches", Int(7, 110, doc="The screen's diagonal in inches: buttons are made "
                                           "at least 20 mm high on it (research B-6).")),
), doc="A museum kiosk's settings.")
DEFAULT_PIN = "0000"


@dataclass(frozen=True)
class KioskConfig:
    season: Path | None = None  # None: the shipped campaign
    cut: str = "museum"
    idle_seconds: int = 60
    countdown_seconds: int = 20
    staff_pin: str = DEFAULT_PIN
    languages: tuple[str, ...] = ("en",)
    show_other_visitors: bool = False
    counters: Path | None = None  # None: kiosk.sqlite in the data folder
    screen_inches: int | None = None  # the diagonal, for 20 mm buttons; None: not known
    path: Path | None = None  # the file it was read from
    warnings: tuple[str, ...] = field(default=())


def load_config(path: Path | None, known_languages: tuple[str, ...] = ("en",)
                ) -> tuple[KioskConfig | None, list[Diagnostic]]:
    """The configuration, or None with the problems that stop the kiosk. No file at all is
    not a problem: the defaults run, and the warning says the staff PIN is the default."""
    if path is None:
        return KioskConfig(warnings=(f"no kiosk.yaml given: the staff PIN is {DEFAULT_PIN}; "
                                     "write a kiosk.yaml (docs/kiosk.md) to choose one",)), []
    problems: list[Diagnostic] = []
    text = source.read_text(path, problems)
    if text is None:
        return None, problems
    raw = Reader(str(path), problems).document(text, KIOSK, "the kiosk configuration")
    if raw is None or problems:
        return None, problems
    name = str(path)

    def bad(key: str, message: str, hint: str) -> None:
        line, col = raw.pos(key)
        problems.append(Diagnostic("VR015", message, name, line, col, hint))

    pin = raw.get("staff_pin")
    warnings: list[str] = []
    if pin is None:
        warnings.append(f"{name}: no `staff_pin`: the staff PIN is {DEFAULT_PIN}")
    elif not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 8):
        bad("staff_pin", f"`staff_pin` should be 4 to 8 digits, not {pin!r}",
            'write it in quotes, for example staff_pin: "2468"')
    languages = tuple(raw.get("languages") or ("en",))
    for language in languages:
        if language not in known_languages:
            bad("languages", f"the game has no `{language}` translation",
                "languages here: " + ", ".join(known_languages))
    idle, countdown = raw.get("idle_seconds", 60), raw.get("countdown_seconds", 20)
    season = raw.get("season")
    counters = raw.get("counters")
    if problems:
        return None, problems
    return KioskConfig(
        season=(path.parent / season) if season else None, cut=raw.get("cut") or "museum",
        idle_seconds=idle, countdown_seconds=countdown, staff_pin=pin or DEFAULT_PIN,
        languages=languages,
        show_other_visitors=raw.get("show_other_visitors", "off") in ("on", "true", "yes"),
        counters=(path.parent / counters) if counters else None, path=path,
        screen_inches=raw.get("screen_inches"),
        warnings=tuple(warnings)), []
