"""The field types the season format is made of.

The reader (`reader.py`) checks files against these, `schema.py` turns them into JSON
Schema for editors, and `format.py` lists the fields of each part of a season. Keeping all
three on one declaration means the docs, the editor and the game never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

IDENT_PATTERN = r"^[A-Za-z][A-Za-z0-9_]*$"


@dataclass(frozen=True)
class Str:
    """Text. Plain YAML scalars are read as written, so `title: 1921` is the text "1921"."""

    doc: str = ""


@dataclass(frozen=True)
class Prose:
    """Player-visible text: blank lines split paragraphs, single line breaks are spaces."""

    doc: str = ""


@dataclass(frozen=True)
class Ident:
    """A short name used to refer to something: letters, digits and `_`, starting with a letter."""

    doc: str = ""


@dataclass(frozen=True)
class Int:
    lo: int | None = None
    hi: int | None = None
    doc: str = ""


@dataclass(frozen=True)
class Enum:
    values: tuple[str, ...]
    doc: str = ""


@dataclass(frozen=True)
class Cond:
    """A condition such as `trust >= 60 and helped_petrovs`, parsed once at load."""

    doc: str = ""


@dataclass(frozen=True)
class ListOf:
    item: FieldType
    min_items: int = 0
    max_items: int | None = None
    one_or_many: bool = False  # a single item may be written without a list
    doc: str = ""


@dataclass(frozen=True)
class OneOf:
    options: tuple[FieldType, ...]
    doc: str = ""


@dataclass(frozen=True)
class Field:
    key: str
    type: FieldType
    required: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Obj:
    """A section with named fields. `extra` types any further keys (effects on resources)."""

    name: str
    fields: tuple[Field, ...]
    doc: str = ""
    extra: FieldType | None = None
    extra_doc: str = ""
    by_key: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_key", {f.key: f for f in self.fields})


FieldType = Str | Prose | Ident | Int | Enum | Cond | ListOf | OneOf | Obj
