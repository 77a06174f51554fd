"""Fitting a state to a season as it is now: one rule for a save loaded after the season
was edited, a save that is sound JSON but points at nothing, and watch mode's reload.

The same place if it still exists; resources the season still has, within its bounds; trust
and memories always kept, and the ledger too, so nothing the player did is forgotten. If
the scene (or the ending) is gone, the season starts again, its first scene's arrival
effects applied as on any start.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Season
from .session import start_state
from .state import GameState

SAME, GONE = "same", "gone"


@dataclass(frozen=True, slots=True)
class Refitted:
    state: GameState
    place: str  # SAME: the player continues where they were; GONE: the season starts again


def refit(state: GameState, season: Season) -> Refitted:
    resources = {r.id: r.clamp(state.resources.get(r.id, r.start))
                 for r in season.resources.values()}
    state = state.but(season=season.id, resources=resources)
    if state.ending in season.endings if state.ended else state.scene in season.scenes:
        return Refitted(state, SAME)
    fresh, _ = start_state(season, trust=state.trust, resources=None,
                           memories=state.memories)
    return Refitted(fresh.but(ledger=(*state.ledger, *fresh.ledger), steps=state.steps), GONE)
