"""The translation workflow for seasons: export to PO, translate, edit, export again, check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.cli.main import main
from game.engine.library import Library
from game.lang import po
from game.lang.story import season_texts
from tests.conftest import STORIES

EDITED_FROM = "Pavel Zuev of the krestkom, the peasant aid committee, keeps the list."
EDITED_TO = "Pavel Zuev of the krestkom, the peasant aid committee, holds the list."


@pytest.fixture
def famine(tmp_path: Path) -> Path:
    """A copy of famine.yaml (with its pictures) that a test may edit."""
    shutil.copy(STORIES / "famine.yaml", tmp_path / "famine.yaml")
    shutil.copytree(STORIES / "images" / "famine", tmp_path / "images" / "famine")
    return tmp_path / "famine.yaml"


def translate_all(path: Path) -> None:
    catalog = po.read(path)
    for message in catalog:
        if message.id:
            message.string = f"ру {message.id}"
    po.write(catalog, path)


def export(season: Path, out: Path) -> int:
    return main(["strings", "export", str(season), "--lang", "ru", "-o", str(out)])


def check(season: Path, out: Path) -> int:
    return main(["strings", "check", str(season), "--lang", "ru", "--po", str(out)])


def test_export_gives_one_keyed_entry_per_text(famine: Path, tmp_path: Path) -> None:
    out = tmp_path / "ru.po"
    assert export(famine, out) == 0
    messages = list(po.messages_of(po.read(out)))
    assert len(messages) >= 150
    contexts = [m.context for m in messages]
    assert all(contexts) and len(set(contexts)) == len(contexts)
    assert {"famine/title", "famine/thin_harvest/choices/reap_for_anna/label",
            "famine/skhod/text/p2", "famine/trust/bands/hopeful",
            "famine/resources/grain/unit", "famine/glossary/1/term"} <= set(contexts)
    label = next(m for m in messages
                 if m.context == "famine/thin_harvest/choices/reap_for_anna/label")
    assert label.id == "Reap Anna's strip; yours must wait"
    assert label.auto_comments == ["choice label (a button): keep it short"]
    line = next(n for n, text in enumerate(
        (STORIES / "famine.yaml").read_text("utf-8").splitlines(), 1)
        if text.strip() == "label: Reap Anna's strip; yours must wait")
    assert label.locations == [("famine.yaml", line)]
    text = out.read_text("utf-8")
    assert 'msgctxt "famine/skhod/text/p2"' in text and "Plural-Forms: nplurals=3" in text


def test_a_paragraph_is_unwrapped_onto_one_line() -> None:
    season = Library().load(STORIES / "famine.yaml").model
    entry = next(e for e in season_texts(season) if e.key == "famine/skhod/text/p2")
    assert entry.text.startswith(EDITED_FROM) and "\n" not in entry.text and "  " not in entry.text


def test_editing_one_paragraph_marks_exactly_that_entry_outdated(famine: Path,
                                                                 tmp_path: Path,
                                                                 capsys) -> None:
    out = tmp_path / "ru.po"
    export(famine, out)
    assert check(famine, out) == 1  # nothing translated yet
    translate_all(out)
    assert check(famine, out) == 0
    capsys.readouterr()
    text = famine.read_text("utf-8")
    assert text.count(EDITED_FROM) == 1
    famine.write_text(text.replace(EDITED_FROM, EDITED_TO), "utf-8")
    assert check(famine, out) == 1  # outdated before exporting again...
    assert "outdated: famine/skhod/text/p2" in capsys.readouterr().out
    assert export(famine, out) == 0
    catalog = po.read(out)
    fuzzy = [m for m in po.messages_of(catalog) if m.fuzzy]
    assert [m.context for m in fuzzy] == ["famine/skhod/text/p2"]
    assert fuzzy[0].id.startswith(EDITED_TO)
    assert fuzzy[0].previous_id[0].startswith(EDITED_FROM)
    assert fuzzy[0].string.startswith("ру " + EDITED_FROM)  # the old translation is kept
    written = out.read_text("utf-8")
    assert '#| msgid "Pavel Zuev of the krestkom' in written
    capsys.readouterr()
    assert check(famine, out) == 1  # ...and after
    printed = capsys.readouterr()
    assert printed.out.strip().splitlines() == [
        f"{out}: outdated: famine/skhod/text/p2 (the English changed; see #| msgid)"]
    total = len(season_texts(Library().load(famine).model))
    assert f"{total - 1} of {total}" in printed.err
    # exporting again keeps the entry fuzzy and its previous English, not the new one
    export(famine, out)
    again = next(m for m in po.messages_of(po.read(out)) if m.fuzzy)
    assert again.previous_id[0].startswith(EDITED_FROM)
    # the translator updates it: complete again
    catalog = po.read(out)
    for message in catalog:
        if message.fuzzy:
            message.flags.discard("fuzzy")
            message.previous_id = []
            message.string = "ру " + message.id
    po.write(catalog, out)
    assert check(famine, out) == 0


def test_rewrapping_a_paragraph_changes_no_entry(famine: Path, tmp_path: Path) -> None:
    out = tmp_path / "ru.po"
    export(famine, out)
    translate_all(out)
    text = famine.read_text("utf-8")
    wrapped = ("        Pavel Zuev of the krestkom, the peasant aid committee, keeps the list. "
               "Anna Petrova asks,\n        in a shaking voice")
    assert wrapped in text
    famine.write_text(text.replace(wrapped, wrapped.replace(" Anna Petrova asks,\n        in",
                                                            "\n        Anna Petrova asks, in")),
                      "utf-8")
    assert Library().load(famine).model is not None
    export(famine, out)
    assert not [m for m in po.messages_of(po.read(out)) if m.fuzzy]
    assert check(famine, out) == 0


def test_a_removed_text_is_kept_as_obsolete_and_the_po_reads_back(famine: Path,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "ru.po"
    export(famine, out)
    translate_all(out)
    text = famine.read_text("utf-8")
    famine.write_text(text.replace("watch_for: Who knocks", "# watch_for: Who knocks"), "utf-8")
    export(famine, out)
    catalog = po.read(out)
    assert "famine/watch_for" not in po.by_key(catalog)
    assert [key for _, key in catalog.obsolete] == ["famine/watch_for"]
    assert "#~ msgctxt \"famine/watch_for\"" in out.read_text("utf-8")


def test_check_without_a_po_file_lists_everything_missing(famine: Path, capsys) -> None:
    assert main(["strings", "check", str(famine), "--lang", "ru"]) == 1
    printed = capsys.readouterr()
    assert printed.out.count(": missing: ") == len(season_texts(Library().load(famine).model))
    assert "no file" in printed.err


def test_po_files_live_beside_the_seasons_and_validate_ignores_them(famine: Path) -> None:
    assert po.season_po_path(famine, "ru") == famine.parent / "locale" / "ru" / "famine.po"
    assert main(["strings", "export", str(famine), "--lang", "ru"]) == 0
    assert (famine.parent / "locale" / "ru" / "famine.po").exists()
    assert main(["validate", str(famine.parent)]) == 0


def test_every_shipped_season_has_unique_keys() -> None:
    for name in ("famine", "war", "reconstruction"):
        entries = season_texts(Library().load(STORIES / f"{name}.yaml").model)
        keys = [e.key for e in entries]
        assert len(entries) >= 150 and len(set(keys)) == len(keys)
        assert all(key.startswith(f"{name}/") for key in keys)
