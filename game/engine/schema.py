"""JSON Schema for season and campaign files, generated from the same spec the reader uses.

Editors (VS Code's YAML extension and others) use it for autocompletion, hover help and
inline errors. `docs/season.schema.json` is this output, committed; a test keeps them equal.
"""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

from .format import CAMPAIGN_FILE, SEASON_FILE
from .spec import IDENT_PATTERN, Cond, Enum, FieldType, Ident, Int, ListOf, Obj, OneOf, Prose, Str

# A stable identifier for format 1, never fetched (the .example domain cannot resolve):
# editors find the schema through a local copy (docs/season-format.md, `new`).
SCHEMA_ID = "https://village-resilience.example/schema/format-1/season.schema.json"
# Keys the validator requires with a message of its own (VR022: "has no choices and is not
# an ending"), so the spec leaves them optional; the editor should require them too.
_ALSO_REQUIRED = MappingProxyType({"scene": ("choices",)})
# Sections whose further keys the reader takes only to name them in a message of their own
# (VR094: "`aid_words` names `x`, which is not a kind of aid"); the editor refuses them.
_CLOSED = frozenset({"aid_words"})
_SCALAR_TEXT = ("string", "number", "boolean")  # the reader takes `title: 1921` as text


def _with_doc(schema: dict[str, Any], doc: str) -> dict[str, Any]:
    if doc:
        schema["description"] = doc
    return schema


def _type(kind: FieldType, defs: dict[str, Any]) -> dict[str, Any]:
    if isinstance(kind, (Str, Prose)):
        return _with_doc({"type": list(_SCALAR_TEXT)}, kind.doc)
    if isinstance(kind, Ident):
        return _with_doc({"type": "string", "pattern": IDENT_PATTERN}, kind.doc)
    if isinstance(kind, Cond):
        # `if: true` is a YAML boolean that the reader takes as the condition `true`.
        return _with_doc({"type": ["string", "boolean"], "minLength": 1}, kind.doc)
    if isinstance(kind, Int):
        schema: dict[str, Any] = {"type": "integer"}
        if kind.lo is not None:
            schema["minimum"] = kind.lo
        if kind.hi is not None:
            schema["maximum"] = kind.hi
        return _with_doc(schema, kind.doc)
    if isinstance(kind, Enum):
        return _with_doc({"enum": list(kind.values)}, kind.doc)
    if isinstance(kind, ListOf):
        items = _type(kind.item, defs)
        array: dict[str, Any] = {"type": "array", "items": items}
        if kind.min_items:
            array["minItems"] = kind.min_items
        if kind.max_items is not None:
            array["maxItems"] = kind.max_items
        if kind.one_or_many:
            return _with_doc({"anyOf": [items, array]}, kind.doc)
        return _with_doc(array, kind.doc)
    if isinstance(kind, OneOf):
        return _with_doc({"anyOf": [_type(o, defs) for o in kind.options]}, kind.doc)
    return _object(kind, defs)


def _object(kind: Obj, defs: dict[str, Any]) -> dict[str, Any]:
    if kind.name not in defs:
        defs[kind.name] = {}  # placeholder first: objects may refer to each other
        properties = {}
        for f in kind.fields:
            properties[f.key] = _with_doc(_type(f.type, defs), f.doc) if f.doc else _type(
                f.type, defs)
        schema: dict[str, Any] = {"type": "object", "properties": properties,
                                  "additionalProperties": (_type(kind.extra, defs)
                                                           if kind.extra and kind.name
                                                           not in _CLOSED else False)}
        required = [f.key for f in kind.fields if f.required]
        required += _ALSO_REQUIRED.get(kind.name, ())
        if required:
            schema["required"] = required
        defs[kind.name] = _with_doc(schema, kind.doc)
    return {"$ref": f"#/definitions/{kind.name}"}


def json_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    season, campaign = _object(SEASON_FILE, defs), _object(CAMPAIGN_FILE, defs)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "Village Resilience season or campaign",
        "anyOf": [season, campaign],
        "definitions": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
