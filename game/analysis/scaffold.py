"""`python -m game new`: a starting season that validates, with comments that teach."""

from __future__ import annotations

import re

from game import assets

ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def season_text(season_id: str, file_name: str) -> str:
    template = assets.template("season.yaml")
    title = season_id.replace("_", " ").capitalize()
    return (template.replace("{id}", season_id).replace("{title}", title)
            .replace("{file}", file_name).replace("{schema}", assets.schema().as_uri()))
