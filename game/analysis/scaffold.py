"""`python -m game new`: a starting season (or campaign) that validates, with comments that
teach."""

from __future__ import annotations

import re

from game import assets

ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Written beside the new season and named relatively in its first line, so the editor still
# finds it when the folder is copied to another computer (an absolute path would not).
SCHEMA_NAME = "season.schema.json"


def season_text(season_id: str, file_name: str) -> str:
    template = assets.template("season.yaml")
    title = season_id.replace("_", " ").capitalize()
    return (template.replace("{id}", season_id).replace("{title}", title)
            .replace("{file}", file_name).replace("{schema}", SCHEMA_NAME))


def campaign_text(campaign_id: str, file_name: str, seasons: list[str]) -> str:
    """A campaign listing `seasons` (file names relative to it), in the order given."""
    template = assets.template("campaign.yaml")
    title = campaign_id.replace("_", " ").capitalize()
    listed = "\n".join(f"    - {name}" for name in seasons)
    return (template.replace("{id}", campaign_id).replace("{title}", title)
            .replace("{file}", file_name).replace("{seasons}", listed)
            .replace("{schema}", SCHEMA_NAME))


def schema_text() -> str:
    """The schema the new season's first line refers to (the game's own, current copy)."""
    return assets.schema().read_text("utf-8")
