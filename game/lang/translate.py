"""A season or a campaign in the player's language, from the PO files beside it.

English is the seasons as written; `xx` is the pseudo-language, made in code; any other
language reads `stories/locale/<lang>/<season>.po`. A missing file or entry, or one whose
English has changed since it was translated (fuzzy), shows the English: a class can always
play, and the notice says what is missing.
"""

from __future__ import annotations

from pathlib import Path

from game.engine.model import Campaign, Season

from . import po
from .catalogue import ENGLISH, Strings, choose_language, load_strings
from .pseudo import PSEUDO, pseudo
from .story import Lookup, localise, localise_campaign


def _pseudo_lookup(key: str, english: str) -> str:
    return pseudo(english)


def lookup_for(path: Path, language: str) -> tuple[Lookup | None, str]:
    """The lookup for one season or campaign file, and a notice if its file is missing."""
    if language == PSEUDO:
        return _pseudo_lookup, ""
    file = po.season_po_path(path, language)
    if not file.is_file():
        return None, f"{path.name} has no translation into {language!r} yet ({file})."
    try:
        return po.lookup_from(po.compiled(po.read(file))), ""
    except Exception as err:  # a damaged translation must not stop a class from playing
        return None, f"{file} cannot be read ({err}); {path.name} is shown in English."


def season_in(season: Season, language: str) -> tuple[Season, list[str]]:
    """The season in `language` (its `language` set even where the English shows)."""
    if language == ENGLISH:
        return season, []
    lookup, notice = lookup_for(season.path, language)
    shown = localise(season, lookup) if lookup else season
    return shown._replace(language=language), [notice] if notice else []


def in_language(story: Season | Campaign, language: str
                ) -> tuple[Season | Campaign, list[str]]:
    """A season or a whole campaign (its own title and summary too) in `language`."""
    if isinstance(story, Season):
        return season_in(story, language)
    if language == ENGLISH:
        return story, []
    notices: list[str] = []
    seasons = []
    for season in story.seasons:
        shown, more = season_in(season, language)
        seasons.append(shown)
        notices += more
    lookup, _ = lookup_for(story.path, language)  # no campaign.po: its title stays English
    if lookup is None:
        return story._replace(seasons=tuple(seasons)), notices
    return localise_campaign(story, lookup, tuple(seasons)), notices


def language_of(story: Season | Campaign | None) -> str | None:
    """The language a story was put into (None: not known, e.g. no story yet)."""
    if isinstance(story, Season):
        return story.language
    if isinstance(story, Campaign) and story.seasons:
        return story.seasons[0].language
    return None


def strings_for(story: Season | Campaign | None, setting: str,
                notices: list[str] | None = None) -> Strings:
    """The UI's words for a front end: in the story's language (set by `play --lang` or the
    setting when it was loaded), else the setting's, else the system's when the game has a
    translation into it. A notice (no such translation) is added to `notices`."""
    strings = load_strings(language_of(story) or choose_language(setting))
    if strings.notice and notices is not None:
        notices.append(strings.notice)
    return strings
