"""The pure story engine: loading, checking and playing seasons. It never imports pygame.

Typical use by a front end (a season played alone is a campaign of one):

    result = Library().load(Path("stories/campaign.yaml"))
    play = CampaignSession(as_campaign(result.model))
    play.subscribe(print)          # every event, in order, to every presenter
    play.begin()
    play.choose(play.choices()[0].id)
"""

from __future__ import annotations

from .campaign import (
    CampaignSession,
    CampaignState,
    as_campaign,
    next_season,
    start_campaign,
)
from .diagnostics import Diagnostic, Severity
from .library import Library, story_files
from .loader import LoadResult
from .model import Campaign, Season
from .session import ChoiceUnavailable, Outcome, Session, start_state, step
from .state import GameState

__all__ = [
    "Campaign",
    "CampaignSession",
    "CampaignState",
    "ChoiceUnavailable",
    "Diagnostic",
    "GameState",
    "Library",
    "LoadResult",
    "Outcome",
    "Season",
    "Session",
    "Severity",
    "as_campaign",
    "next_season",
    "start_campaign",
    "start_state",
    "step",
    "story_files",
]
