"""Extracting the game's own words with Babel into `game/locale/game.pot`, the template
translators start from (`python -m game strings ui`)."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from .catalogue import DOMAIN, UI_LOCALE, ui_po_path

ROOT = UI_LOCALE.parents[1]  # the project: locations read `game/ui/screens/play.py`
POT = UI_LOCALE / f"{DOMAIN}.pot"
# The catalogue's methods, as Babel's keywords: `_`, `n_` (singular, plural), `p_` (context,
# message). Babel matches the name before the bracket, so `self.app.strings._(…)` counts.
KEYWORDS = MappingProxyType({"_": None, "n_": (1, 2), "p_": ((1, "c"), 2), "N_": None})
METHODS = (("game/**.py", "python"),)
COMMENT_TAGS = ("TRANSLATORS:",)


def extract_ui(root: Path = ROOT) -> Catalog:
    """Every marked message in the game's code (no line numbers: moving code is no change)."""
    catalog = Catalog(project="Village Resilience", domain=DOMAIN, fuzzy=False,
                      charset="utf-8", header_comment="# The game's own words: the "
                      "template for translations.\n# Made by `python -m game strings ui`; "
                      "see docs/translating.md.\n#")
    found = extract_from_dir(str(root), METHODS, keywords=KEYWORDS, comment_tags=COMMENT_TAGS,
                             strip_comment_tags=True)
    for filename, _lineno, message, comments, context in found:
        catalog.add(message, None, [(filename, None)], auto_comments=comments, context=context)
    return catalog


def _keys(catalog: Catalog | None) -> set[tuple]:
    if catalog is None:
        return set()
    return {(m.id if isinstance(m.id, str) else tuple(m.id), m.context,
             tuple(sorted(f for f, _ in m.locations)), tuple(m.auto_comments))
            for m in catalog if m.id}


def same_messages(a: Catalog, b: Catalog | None) -> bool:
    """The same messages, contexts, files and comments (dates in the header do not count)."""
    return _keys(a) == _keys(b)


def read_template(path: Path = POT) -> Catalog | None:
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return read_po(handle)


def write_template(catalog: Catalog, path: Path = POT) -> None:
    """Write the template, unless only its date would change."""
    if path.is_file() and same_messages(catalog, read_template(path)):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, include_lineno=False, sort_by_file=True)


def update_language(template: Catalog, language: str, folder: Path = UI_LOCALE
                    ) -> tuple[Path, str]:
    """Create or update `<lang>/LC_MESSAGES/game.po` from the template: translations kept,
    changed messages marked fuzzy with the English they were made from."""
    from babel.core import Locale

    from . import po

    path = ui_po_path(language, folder)
    catalog = po.read(path) if path.is_file() else Catalog(
        locale=Locale.parse(language), domain=DOMAIN, project="Village Resilience",
        fuzzy=False, charset="utf-8")
    catalog.update(template, no_fuzzy_matching=False, update_header_comment=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, include_lineno=False, include_previous=True,
                 ignore_obsolete=False)
    messages = [m for m in catalog if m.id]
    done = sum(1 for m in messages if m.string and not m.fuzzy)
    fuzzy = sum(1 for m in messages if m.fuzzy)
    return path, f"{len(messages)} messages; {done} translated, {fuzzy} need updating"
