"""The pure story engine: loading, checking and playing seasons. It never imports pygame.

Typical use by a front end:

    library = Library()
    result = library.load(Path("stories/famine.yaml"))
    session = Session(result.model)
    session.choose(session.choices()[0].id)
"""

from __future__ import annotations

from .campaign import CampaignState, next_season, start_campaign
from .diagnostics import Diagnostic, Severity
from .library import Library, story_files
from .loader import LoadResult
from .model import Campaign, Season
from .session import ChoiceUnavailable, Outcome, Session, start_state, step
from .state import GameState

__all__ = [
    "Campaign", "CampaignState", "ChoiceUnavailable", "Diagnostic", "GameState", "Library",
    "LoadResult", "Outcome", "Season", "Session", "Severity", "next_season", "start_campaign",
    "start_state", "step", "story_files",
]
