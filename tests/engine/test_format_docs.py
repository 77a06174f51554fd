"""The season format's documentation stays true: its worked example validates (with the game
and against the JSON Schema), the committed schema is current, and every key is documented."""

from __future__ import annotations

import json
import re

import jsonschema
import yaml

from game.engine.format import CAMPAIGN_FILE, SEASON_FILE
from game.engine.schema import json_schema, schema_text
from game.engine.spec import ListOf, Obj, OneOf
from tests.conftest import ROOT
from tests.helpers import load

DOC = (ROOT / "docs" / "season-format.md").read_text("utf-8")


def worked_example() -> str:
    return re.search(r"## A complete example\n.*?```yaml\n(.*?)```", DOC, re.S).group(1)


def test_worked_example_validates_without_warnings(write):
    result = load(write("the_well.yaml", worked_example()))
    assert result.ok and result.diagnostics == [], [d.one_line() for d in result.diagnostics]
    season = result.model
    assert len(season.scenes) == 3 and len(season.endings) == 2
    assert {c.aid for s in season.scenes.values() for c in s.choices} >= {
        "share_grain", "lend_tools", "open_home"}


def test_worked_example_matches_the_json_schema():
    jsonschema.validate(yaml.safe_load(worked_example()), json_schema())


def test_json_schema_rejects_what_the_validator_rejects():
    data = yaml.safe_load(worked_example())
    data["scenes"][0]["choices"][0]["lable"] = "typo"
    errors = list(jsonschema.Draft7Validator(json_schema()).iter_errors(data))
    assert errors


def test_json_schema_agrees_with_the_validator_on_choices_and_if_true():
    """Review of a teacher's authoring, section 4: the two real disagreements."""
    check = jsonschema.Draft7Validator(json_schema())
    data = yaml.safe_load(worked_example())
    data["scenes"][0]["choices"][0]["if"] = True  # `if: true`, which the validator accepts
    assert not list(check.iter_errors(data))
    for broken in ([], None):  # `choices: []`, and no `choices:` at all (VR015, VR022)
        data = yaml.safe_load(worked_example())
        if broken is None:
            del data["scenes"][0]["choices"]
        else:
            data["scenes"][0]["choices"] = broken
        assert list(check.iter_errors(data)), broken


def test_json_schema_has_a_stable_id_that_needs_no_network():
    schema_id = json_schema()["$id"]
    assert schema_id.startswith("https://") and "format-1" in schema_id
    assert ".example/" in schema_id  # a reserved domain: never fetched, never someone else's


def test_committed_schema_is_current():
    committed = (ROOT / "docs" / "season.schema.json").read_text("utf-8")
    assert committed == schema_text(), "run: python -m game schema -o docs/season.schema.json"
    json.loads(committed)


def keys(kind, seen=None):
    seen = seen if seen is not None else set()
    if isinstance(kind, Obj) and kind.name not in seen:
        seen.add(kind.name)
        for field in kind.fields:
            yield field.key
            yield from keys(field.type, seen)
    elif isinstance(kind, ListOf):
        yield from keys(kind.item, seen)
    elif isinstance(kind, OneOf):
        for option in kind.options:
            yield from keys(option, seen)


def test_every_key_of_the_format_is_documented():
    missing = sorted({k for k in keys(SEASON_FILE) if f"`{k}`" not in DOC})
    assert missing == []


def test_every_campaign_key_is_documented_in_the_campaign_section():
    section = DOC.split("## Campaigns", 1)[1].split("\n## ", 1)[0]
    missing = sorted({k for k in keys(CAMPAIGN_FILE) if f"`{k}`" not in section
                      and k != "format" and k != "campaign"})
    assert missing == []
