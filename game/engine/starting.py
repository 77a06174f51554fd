"""Starting a season somewhere other than its beginning, for testing: a scene, a named
preset from the season file, and `--with "trust=30,grain=2,helped_petrovs"` overrides.

Problems come back as plain messages (unknown names get a "did you mean"), never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .diagnostics import did_you_mean
from .events import Event
from .model import Season
from .session import start_state
from .state import GameState


@dataclass
class Start:
    scene: str | None = None
    trust: int | None = None
    resources: dict[str, int] = field(default_factory=dict)
    memories: set[str] = field(default_factory=set)


def parse_with(season: Season, text: str, start: Start) -> list[str]:
    """Add `name=number` and bare memory names to `start`; return problems."""
    problems: list[str] = []
    numbers = ["trust", *season.resources]
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, sep, value = (part.strip() for part in item.partition("="))
        if sep:
            if name not in numbers:
                hint = did_you_mean(name, numbers) or "known: " + ", ".join(numbers)
                problems.append(f"`{name}` is not trust or a resource of this season ({hint})")
            elif not value.lstrip("+-").isdigit():
                problems.append(f"`{item}`: the value must be a whole number")
            elif name == "trust":
                start.trust = int(value)
            else:
                start.resources[name] = int(value)
        elif name in season.memories:
            start.memories.add(name)
        else:
            hint = did_you_mean(name, season.memories) or (
                "write name=number for trust and resources")
            problems.append(f"`{name}` is not a memory of this season ({hint})")
    return problems


def plan(season: Season, scene: str | None = None, preset: str | None = None,
         overrides: str = "") -> tuple[Start, list[str]]:
    """Combine a preset, a scene and overrides (in that order) into a start."""
    start, problems = Start(), []
    if preset is not None:
        chosen = season.presets.get(preset)
        if chosen is None:
            hint = did_you_mean(preset, season.presets) or (
                "presets here: " + (", ".join(season.presets) or "none"))
            problems.append(f"no preset `{preset}` in this season ({hint})")
        else:
            start = Start(chosen.scene, chosen.trust, dict(chosen.resources),
                          set(chosen.memories))
    if scene is not None:
        if scene in season.scenes:
            start.scene = scene
        else:
            problems.append(f"no scene `{scene}` in this season "
                            f"({did_you_mean(scene, season.scenes) or 'check the id'})")
    problems += parse_with(season, overrides, start)
    return start, problems


def begin(season: Season, start: Start) -> tuple[GameState, tuple[Event, ...]]:
    return start_state(season, trust=start.trust, resources=start.resources,
                       memories=start.memories, scene=start.scene)


def jumped(season: Season, state: GameState, scene: str) -> GameState:
    """The household as it is now (trust, resources, memories), moved to `scene`: a
    teacher's preview going anywhere, never a student's game (the path starts again)."""
    return start_state(season, trust=state.trust, resources=state.resources,
                       memories=state.memories, scene=scene)[0]
