"""PO files, the format translators' tools (Poedit, Weblate) speak, read and written with
Babel.

One entry per visible text: its stable key is the `msgctxt`, its English the `msgid`. When
the English of a translated entry changes, the entry is marked `#, fuzzy` and keeps the
English it was translated from as `#| msgid`, so tools show "needs update" with the
difference. At run time a PO file is compiled in memory and handed to the standard library's
`gettext`, which never uses fuzzy entries: an outdated translation falls back to English.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from babel.core import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import denormalize, normalize, read_po, write_po

from game.engine.model import Campaign, Season

from .story import Entry, Lookup, campaign_texts, season_texts

LOCALE_DIR = "locale"  # beside the season files: stories/locale/ru/famine.po
PROJECT = "Village Resilience"


def season_po_path(season_path: Path, language: str) -> Path:
    """Where a season's translation lives: `stories/locale/<lang>/<file stem>.po`."""
    return season_path.parent / LOCALE_DIR / language / f"{season_path.stem}.po"


def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


def new_catalog(language: str | None, title: str = PROJECT,
                created: datetime | None = None) -> Catalog:
    """An empty catalogue with the language's plural rule in its header."""
    return Catalog(locale=_locale(language) if language else None, project=PROJECT,
                   header_comment=f"# {title}: translation.\n# Made by `python -m game strings "
                   "export`; see docs/translating.md.\n#",
                   creation_date=created or datetime.now(UTC), fuzzy=False,
                   charset="utf-8")


def read(path: Path) -> Catalog:
    """A PO file, with each fuzzy entry's `#| msgid` back in `previous_id` (Babel reads the
    line as a comment)."""
    with path.open("rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    for message in catalog:
        previous = [c for c in message.user_comments if c.startswith("|")]
        if previous:
            message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
            message.previous_id = _previous(previous)
    return catalog


def _previous(lines: list[str]) -> list[str]:
    """`| msgid "a"`, `| "b"` → ["ab"] (a `#| msgctxt` is left out: the key never changes)."""
    ids: list[list[str]] = []
    current: list[str] | None = None
    for line in (c[1:].strip() for c in lines):
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgid", "msgid_plural"):
            current = [rest]
            ids.append(current)
        elif keyword.startswith("msg"):
            current = None
        elif line.startswith('"') and current is not None:
            current.append(line)
    return [denormalize("\n".join(parts)) for parts in ids]


def write(catalog: Catalog, path: Path) -> None:
    """Unwrapped lines (one paragraph, one line: small diffs), and each fuzzy entry's
    previous English as `#| msgid "…"` just above it, the way `msgmerge --previous` writes
    it (Babel's own writer wraps that comment into a form Poedit does not read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=False, sort_output=False)
    text = buffer.getvalue().decode("utf-8")
    for message in messages_of(catalog):
        if message.fuzzy and message.previous_id and message.context:
            anchor = f'\nmsgctxt {normalize(message.context, width=0)}\n'
            previous = "".join(f"\n#| msgid {normalize(old, width=0)}"
                               for old in message.previous_id[:1])
            text = text.replace(anchor, previous + anchor, 1)
    path.write_bytes(text.encode("utf-8"))


def by_key(catalog: Catalog) -> dict[str, Message]:
    return {m.context: m for m in catalog if m.id and m.context}


class Merged(NamedTuple):
    catalog: Catalog
    total: int
    translated: int  # and up to date
    outdated: int    # fuzzy: the English changed since it was translated
    new: int         # never translated
    dropped: int     # texts no longer in the season (kept at the end as obsolete `#~`)


def _message(entry: Entry, path: str) -> Message:
    return Message(entry.text, "", locations=[(path, entry.line or None)],
                   auto_comments=[entry.comment], context=entry.key)


def texts_of(story: Season | Campaign) -> tuple[Entry, ...]:
    """A season's texts, or a campaign file's own."""
    return season_texts(story) if isinstance(story, Season) else campaign_texts(story)


def merge(story: Season | Campaign, language: str, old: Catalog | None = None,
          where: str = "") -> Merged:
    """The texts as a catalogue for `language`, keeping every translation in `old`: the
    same English keeps its translation; changed English keeps it too, marked fuzzy with the
    English it was made from."""
    catalog = new_catalog(language, story.title, old.creation_date if old else None)
    previous = by_key(old) if old is not None else {}
    path = where or story.path.name
    counts = {"translated": 0, "outdated": 0, "new": 0}
    entries = texts_of(story)
    for entry in entries:
        message = _message(entry, path)
        before = previous.pop(entry.key, None)
        if before is not None and before.string:
            message.string = before.string
            message.user_comments = list(before.user_comments)
            if before.id == entry.text and not before.fuzzy:
                counts["translated"] += 1
            else:
                message.flags.add("fuzzy")
                message.previous_id = (list(before.previous_id) if before.fuzzy and
                                       before.previous_id else [before.id])
                counts["outdated"] += 1
        else:
            counts["new"] += 1
        catalog[entry.text] = message  # Babel files it under (msgid, msgctxt)
    for key, message in previous.items():
        if message.string:
            catalog.obsolete[(message.id, key)] = message
    dropped = sum(1 for m in previous.values() if m.string)
    return Merged(catalog, len(entries), counts["translated"], counts["outdated"],
                  counts["new"], dropped)


class Status(NamedTuple):
    missing: tuple[Entry, ...]   # no translation at all
    outdated: tuple[Entry, ...]  # fuzzy, or translated from different English

    @property
    def complete(self) -> bool:
        return not self.missing and not self.outdated


def status(story: Season | Campaign, catalog: Catalog | None) -> Status:
    """What a translation still lacks; with no catalogue, everything is missing."""
    messages = by_key(catalog) if catalog is not None else {}
    missing, outdated = [], []
    for entry in texts_of(story):
        message = messages.get(entry.key)
        if message is None or not message.string:
            missing.append(entry)
        elif message.fuzzy or message.id != entry.text:
            outdated.append(entry)
    return Status(tuple(missing), tuple(outdated))


def compiled(catalog: Catalog) -> gettext.GNUTranslations:
    """The catalogue as the standard library reads it, compiled in memory (no .mo files to
    keep in step). Fuzzy entries are left out, as `msgfmt` does."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def lookup_from(translations: gettext.NullTranslations) -> Lookup:
    """`(key, english) → text` for `story.localise`: the translation made from exactly this
    English, else the English."""
    return translations.pgettext


def messages_of(catalog: Catalog) -> Iterable[Message]:
    return (m for m in catalog if m.id)
