"""`python -m game new`: a starting season (or campaign) that validates, with comments that
teach."""

from __future__ import annotations

import re

from game import assets

ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def season_text(season_id: str, file_name: str) -> str:
    template = assets.template("season.yaml")
    title = season_id.replace("_", " ").capitalize()
    return (template.replace("{id}", season_id).replace("{title}", title)
            .replace("{file}", file_name).replace("{schema}", assets.schema().as_uri()))


def campaign_text(campaign_id: str, file_name: str, seasons: list[str]) -> str:
    """A campaign listing `seasons` (file names relative to it), in the order given."""
    template = assets.template("campaign.yaml")
    title = campaign_id.replace("_", " ").capitalize()
    listed = "\n".join(f"    - {name}" for name in seasons)
    return (template.replace("{id}", campaign_id).replace("{title}", title)
            .replace("{file}", file_name).replace("{seasons}", listed)
            .replace("{schema}", assets.schema().as_uri()))
