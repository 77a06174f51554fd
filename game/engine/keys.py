"""Stable keys for every player-visible text of a season.

A key is a path of ids, `season/scene/choices/choice/label`, never a position in the file,
so reordering scenes or choices moves no translation. Keys are what translations
(`msgctxt` in a PO file), events and the saved ledger carry; presenters turn a key into
words in the current language. Paragraphs are the one place ids are optional: an author may
write `id:`; otherwise a paragraph is `p1`, `p2`, … in its list, so re-wrapping or editing
one paragraph changes no key at all (only inserting or removing one shifts those after it,
which is why an author who reorders paragraphs can pin them with `id:`).
"""

from __future__ import annotations

SEP = "/"


def season_key(season: str, field: str) -> str:
    """Season-level text: `famine/title`, `famine/summary`, `famine/reflection/2`."""
    return f"{season}{SEP}{field}"


def node_key(season: str, node: str, field: str) -> str:
    """A scene's or an ending's own text: `famine/thin_harvest/title`,
    `famine/thin_harvest/text/p1`, `famine/thin_harvest/image/alt`, `…/note`,
    `…/effects/reason` (why arriving changed trust)."""
    return f"{season}{SEP}{node}{SEP}{field}"


def choice_key(season: str, scene: str, choice: str, field: str) -> str:
    """A choice's text: `…/choices/reap_for_anna/label`, `…/locked`, `…/reason`,
    `…/outcome/p1`."""
    return f"{season}{SEP}{scene}{SEP}choices{SEP}{choice}{SEP}{field}"


def reason_key(season: str, scene: str, choice: str | None) -> str:
    """Why trust moved: a choice's `effects.reason`, or the scene's arrival `effects.reason`."""
    if choice is None:
        return node_key(season, scene, "effects/reason")
    return choice_key(season, scene, choice, "reason")


def memory_key(season: str, memory: str) -> str:
    return season_key(season, f"memories{SEP}{memory}{SEP}label")


def resource_key(season: str, resource: str, field: str = "label") -> str:
    return season_key(season, f"resources{SEP}{resource}{SEP}{field}")


def band_key(season: str, band: str) -> str:
    return season_key(season, f"trust{SEP}bands{SEP}{band}")


def paragraph_id(index: int, authored: str | None = None) -> str:
    """`p1`, `p2`, … by position (1-based), or the author's own `id:`."""
    return authored or f"p{index + 1}"


def item_key(season: str, field: str, index: int) -> str:
    """One of a season's listed texts, counted from 1: `famine/content_notes/1`,
    `famine/reflection/2`, `famine/timeline/3`."""
    return season_key(season, f"{field}{SEP}{index + 1}")


def glossary_key(season: str, index: int, field: str) -> str:
    """A glossary entry, counted from 1: `famine/glossary/1/term`, `…/meaning`."""
    return season_key(season, f"glossary{SEP}{index + 1}{SEP}{field}")


def trust_key(season: str) -> str:
    """The meter's name: `famine/trust/label`."""
    return season_key(season, f"trust{SEP}label")


def neighbour_key(season: str, neighbour: str, field: str = "name") -> str:
    """`famine/neighbours/petrovs/name`, `…/household`."""
    return season_key(season, f"neighbours{SEP}{neighbour}{SEP}{field}")


def source_key(season: str, source: str | None, index: int) -> str:
    """A source's title, by its id (or its place, counted from 1, when it has none)."""
    return season_key(season, f"sources{SEP}{source or index + 1}{SEP}title")


# -- documents, cuts and interludes (seasonformat) --------------------------------------

def document_key(season: str, document: str, field: str) -> str:
    """A document card's text: `famine/documents/pen_pictures/title`, `…/text`,
    `…/citation`, `…/archive`."""
    return season_key(season, f"documents{SEP}{document}{SEP}{field}")


def cut_key(season: str, cut: str) -> str:
    """A cut's title: `famine/cuts/classroom/title`."""
    return season_key(season, f"cuts{SEP}{cut}{SEP}title")


def interlude_key(campaign: str, interlude: str, field: str) -> str:
    """An interlude's text, in the campaign's catalogue: `village/interludes/years_between/
    title`, `…/text`, `…/timeline/1`, `…/note`, `…/sources/ID/title`."""
    return season_key(campaign, f"interludes{SEP}{interlude}{SEP}{field}")
