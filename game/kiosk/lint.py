"""The kiosk's check before it opens: every season it plays fits a museum visit (issue 13
item 3), measured the way `stats --cut museum` measures, and as a chain."""

from __future__ import annotations

from game.analysis.stats import MUSEUM, campaign_longest_screen, museum_misfits, season_stats
from game.engine.model import Campaign


def museum_problems(campaign: Campaign, walks: int = 200) -> list[str]:
    """One line per limit a season (or the chain) breaks; empty when the kiosk may open."""
    problems = []
    for season in campaign.seasons:
        misfits = museum_misfits(season_stats(season, walks=walks, seed=1), MUSEUM)
        problems += [f"{season.path}: `{season.cut or 'whole'}` {m}" for m in misfits]
    if len(campaign.seasons) > 1:
        words, where = campaign_longest_screen(campaign, walks=walks)
        if words > MUSEUM.screen_words:
            problems.append(f"{campaign.path}: played as a campaign, {where} shows {words} "
                            f"words (a museum screen holds about {MUSEUM.screen_words})")
    return problems
