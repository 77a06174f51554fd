"""The shipped Russian translation is whole and safe to show.

A translation whose placeholder is misspelt does not crash the game: `Strings` quietly shows
the English instead (see `catalogue._filled`). So nobody would notice a broken entry unless a
test looks, and this one does, for every entry of the game's own words, and checks that
every shipped story file holds a translation for each of its entries.
"""

from __future__ import annotations

from string import Formatter

import pytest

from game.engine.library import Library
from game.lang import po
from game.lang.catalogue import load_strings, ui_po_path
from tests.conftest import STORIES

STORY_FILES = ("campaign", "famine", "war", "reconstruction")


def fields(text: str) -> set[str]:
    """The names of a text's `{placeholders}`, without their format specs."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("name", STORY_FILES)
def test_every_entry_of_the_shipped_russian_story_files_is_translated(name: str) -> None:
    """Checked against the file, not the current English: an author may improve a season at
    any time, and its changed texts show in English until `strings export` marks them."""
    catalog = po.read(po.season_po_path(STORIES / f"{name}.yaml", "ru"))
    messages = list(po.messages_of(catalog))
    untranslated = [m.context for m in messages if not m.string]
    assert len(messages) >= 20 and not untranslated, untranslated[:5]
    keys = {e.key for e in po.texts_of(Library().load(STORIES / f"{name}.yaml").model)}
    assert len(keys & {str(m.context) for m in messages}) >= 0.9 * len(keys)


def test_the_game_words_in_russian_keep_every_placeholder() -> None:
    catalog = po.read(ui_po_path("ru"))
    checked = 0
    for message in po.messages_of(catalog):
        assert not message.fuzzy, message.id
        english = message.id if isinstance(message.id, str) else message.id[0]
        wanted = fields(english)
        translations = [message.string] if isinstance(message.string, str) else list(message.string)
        assert translations and all(translations), english
        if isinstance(message.id, tuple):
            assert len(translations) == 3, english  # Russian has three plural forms
            wanted |= fields(message.id[1])
        for text in translations:
            assert fields(text) == wanted, (english, text)
        checked += 1
    assert checked >= 150


def test_russian_numbers_take_the_right_plural_form() -> None:
    words = load_strings("ru")
    assert words.language == "ru"
    times = [words.n_("{n} time", "{n} times", n) for n in (1, 2, 5, 11, 21, 22)]
    assert times == ["1 раз", "2 раза", "5 раз", "11 раз", "21 раз", "22 раза"]
    assert words._("Continue") == "Дальше"
    line = words._("{label} {delta:+d} (now {after})", label="Зерно", delta=-1, after=2)
    assert line == "Зерно -1 (осталось 2)"


@pytest.mark.parametrize("name", STORY_FILES[1:])
def test_resource_units_list_all_three_russian_forms(name: str) -> None:
    catalog = po.read(po.season_po_path(STORIES / f"{name}.yaml", "ru"))
    units = [m.string for m in po.messages_of(catalog) if str(m.context).endswith("/unit")]
    assert units and all(len(u.split("|")) == 3 for u in units), units
