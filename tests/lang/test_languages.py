"""Seasons and the game's own words in another language: Russian from small hand-made PO
files, the pseudo-language, fallbacks, plural forms and the language setting."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from game.engine.library import Library
from game.engine.session import Session
from game.engine.settings import Settings, repair
from game.lang import po
from game.lang.catalogue import (
    ENGLISH_STRINGS,
    available_languages,
    choose_language,
    load_strings,
    system_language,
    ui_po_path,
)
from game.lang.pseudo import is_pseudo, pseudo
from game.lang.story import localise, season_texts
from game.lang.translate import in_language, language_of, season_in
from tests.conftest import STORIES

RU_TITLE = "Голодный год"
RU_P1 = "Август 1921 года, второе лето подряд без настоящего дождя."


@pytest.fixture(scope="module")
def famine():  # type: ignore[no-untyped-def]
    return Library().load(STORIES / "famine.yaml").model


def russian_po(season, path: Path, fuzzy_title: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """A tiny translation: the title and the first paragraph, nothing else."""
    english = {e.key: e.text for e in season_texts(season)}
    catalog = po.new_catalog("ru")
    catalog.add(english["famine/title"], RU_TITLE, context="famine/title",
                flags=["fuzzy"] if fuzzy_title else [])
    catalog.add(english["famine/thin_harvest/text/p1"], RU_P1,
                context="famine/thin_harvest/text/p1")
    po.write(catalog, path)
    return path


def test_a_season_from_a_small_russian_po_falls_back_to_english(famine, tmp_path: Path) -> None:
    path = russian_po(famine, tmp_path / "ru.po")
    shown = localise(famine, po.lookup_from(po.compiled(po.read(path))))
    assert shown.title == RU_TITLE
    scene = shown.scenes["thin_harvest"]
    assert scene.text[0].text == RU_P1
    assert scene.text[1].text == famine.scenes["thin_harvest"].text[1].text  # English
    assert scene.choices[0].label == famine.scenes["thin_harvest"].choices[0].label
    assert shown.info.summary == famine.info.summary
    # the engine plays the translation: same ids, same digest, and the text it shows
    assert shown.digest == famine.digest and list(shown.scenes) == list(famine.scenes)
    assert Session(shown).text()[0] == RU_P1


def test_a_fuzzy_entry_is_never_shown(famine, tmp_path: Path) -> None:
    path = russian_po(famine, tmp_path / "ru.po", fuzzy_title=True)
    shown = localise(famine, po.lookup_from(po.compiled(po.read(path))))
    assert shown.title == famine.title
    assert shown.scenes["thin_harvest"].text[0].text == RU_P1


def test_a_translation_made_from_older_english_is_not_shown(famine, tmp_path: Path) -> None:
    catalog = po.new_catalog("ru")
    catalog.add("The Hungry Years", RU_TITLE, context="famine/title")  # not today's English
    shown = localise(famine, po.lookup_from(po.compiled(catalog)))
    assert shown.title == famine.title


def test_the_game_finds_a_season_po_beside_the_season(tmp_path: Path) -> None:
    shutil.copy(STORIES / "famine.yaml", tmp_path / "famine.yaml")
    shutil.copytree(STORIES / "images" / "famine", tmp_path / "images" / "famine")
    season = Library().load(tmp_path / "famine.yaml").model
    english, notices = season_in(season, "ru")
    assert english.title == season.title and english.language == "ru"
    assert notices and "no translation into 'ru'" in notices[0]
    russian_po(season, po.season_po_path(season.path, "ru"))
    shown, notices = season_in(season, "ru")
    assert shown.title == RU_TITLE and notices == [] and language_of(shown) == "ru"


def test_the_pseudo_language_changes_every_text_of_every_season() -> None:
    for name in ("famine", "war", "reconstruction"):
        season = Library().load(STORIES / f"{name}.yaml").model
        before = season_texts(season)
        shown, _ = season_in(season, "xx")
        after = season_texts(shown)
        assert [e.key for e in after] == [e.key for e in before]
        unchanged = [a.key for a, b in zip(before, after, strict=True)
                     if b.text != pseudo(a.text) or not is_pseudo(b.text)]
        assert unchanged == []


def test_a_campaign_in_a_language_puts_every_season_in_it() -> None:
    campaign = Library().load(STORIES / "campaign.yaml").model
    shown, _ = in_language(campaign, "xx")
    assert is_pseudo(shown.title) and is_pseudo(shown.summary)
    assert all(is_pseudo(s.title) and s.language == "xx" for s in shown.seasons)
    assert in_language(campaign, "en") == (campaign, [])


def test_pseudo_keeps_placeholders_and_is_longer() -> None:
    assert pseudo("Continue") == "[Çöñţîñûé ~~~]"
    text = pseudo("Ending: {title}")
    assert "{title}" in text and "Ending" not in text
    assert text.format(title="X").startswith("[Éñđîñĝ: X")
    for english in ("Continue", "Look back on the season", "Learn more"):
        assert len(pseudo(english)) >= 1.3 * len(english)
    assert load_strings("xx")._("Ending: {title}", title="Зима").startswith("[Éñđîñĝ: Зима")


def russian_strings(tmp_path: Path):  # type: ignore[no-untyped-def]
    catalog = Catalog(locale="ru", domain="game")
    catalog.add(("{n} sack", "{n} sacks"), ("{n} мешок", "{n} мешка", "{n} мешков"))
    catalog.add(("{n} time", "{n} times"), ("{n} раз", "{n} раза", "{n} раз"))
    catalog.add("twice", "дважды")
    catalog.add("Continue", "Продолжить")
    catalog.add("sharing food", "делиться едой", context="aid")
    catalog.add("{n} {unit}", "{n} {unit}")
    catalog.add("Ending: {title}", "Конец: {titel}")  # a translator's typo
    path = ui_po_path("ru", tmp_path)
    path.parent.mkdir(parents=True)
    po.write(catalog, path)
    return load_strings("ru", tmp_path)


def test_russian_plural_forms(tmp_path: Path) -> None:
    ru = russian_strings(tmp_path)
    assert ru.language == "ru" and ru.notice == ""
    shown = [ru.n_("{n} sack", "{n} sacks", n) for n in (1, 2, 5, 11, 21, 22, 111)]
    assert shown == ["1 мешок", "2 мешка", "5 мешков", "11 мешков", "21 мешок", "22 мешка",
                     "111 мешков"]
    assert [ru.times(n) for n in (2, 3, 5, 21)] == ["дважды", "3 раза", "5 раз", "21 раз"]
    assert ru.times(1) == "once"  # not translated in the test file: English, never empty
    assert ru._("Continue") == "Продолжить" and ru.aid_name("share_grain") == "делиться едой"
    assert [ru.amount(n, "мешок|мешка|мешков") for n in (1, 3, 5)] == [
        "1 мешок", "3 мешка", "5 мешков"]
    assert system_language({"LANG": "ru_RU.UTF-8"}, tmp_path) == "ru"
    # a wrongly named placeholder shows the English rather than stopping the game
    assert ru._("Ending: {title}", title="Зима") == "Ending: Зима"


def test_english_helpers() -> None:
    en = ENGLISH_STRINGS
    assert [en.times(n) for n in (1, 2, 3)] == ["once", "twice", "3 times"]
    assert [en.amount(n, "sacks") for n in (1, 2)] == ["1 sack", "2 sacks"]
    assert en.amount(3, "") == "3"
    assert en.meter_sentence("Village trust", 62, "Hopeful") == (
        "Village trust: 62 out of 100, Hopeful")
    assert en.aid_name("lend_tools") == "lending a hand or tools" and en.aid_name("none") == ""
    assert en.listing(["a", "b", "c"]) == "a, b, and c"


def test_an_unknown_language_falls_back_to_english_with_a_notice(tmp_path: Path) -> None:
    strings = load_strings("zz", tmp_path)
    assert strings.language == "en" and "no translation into 'zz'" in strings.notice
    assert strings._("Continue") == "Continue"
    assert system_language({"LANG": "zz_ZZ.UTF-8"}, tmp_path) == "en"
    assert system_language({"LANGUAGE": "zz:xx"}, tmp_path) == "xx"
    assert system_language({}, tmp_path) == "en"
    assert choose_language("xx", {"LANG": "en_GB"}) == "xx"
    assert "xx" in available_languages(tmp_path) and available_languages(tmp_path)[0] == "en"


def test_the_language_setting_is_repaired() -> None:
    assert Settings().language == ""
    assert repair({"language": "ru"})[0].language == "ru"
    assert repair({"language": "pt_BR"})[0].language == "pt_BR"
    for bad in ("Russian", 7, None, "../ru", "RU"):
        settings, problems = repair({"language": bad, "text_scale": 150})
        assert settings.language == "" and settings.text_scale == 150
        assert len(problems) == 1 and "`language`" in problems[0]
