"""`python -m game new`: a starting season that validates, with comments that teach."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "season.schema.json"


def season_text(season_id: str, file_name: str) -> str:
    template = resources.files("game.analysis").joinpath("templates/season.yaml").read_text(
        "utf-8")
    title = season_id.replace("_", " ").capitalize()
    return (template.replace("{id}", season_id).replace("{title}", title)
            .replace("{file}", file_name).replace("{schema}", SCHEMA.as_uri()))
