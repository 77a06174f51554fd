"""The language options of the commands: `play --lang`, `render --lang`, `strings ui`."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog

from game.cli.main import main
from game.lang import extract, po
from game.lang.catalogue import load_strings, ui_po_path
from game.lang.pseudo import is_pseudo
from tests.conftest import STORIES


def test_play_text_in_the_pseudo_language(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin.readline", lambda: "q\n")
    main(["play", str(STORIES / "famine.yaml"), "--text", "--lang", "xx"])
    out = capsys.readouterr().out
    assert "[Ţĥé Ĥûñĝŕý Ýéàŕ" in out and "The Hungry Year" not in out


def test_every_command_refuses_a_bad_language_code(tmp_path: Path, capsys) -> None:
    famine = str(STORIES / "famine.yaml")
    for command in (["play", famine, "--text"], ["strings", "export", famine],
                    ["strings", "check", famine],
                    ["render", famine, "-o", str(tmp_path / "x.png")]):
        assert main([*command, "--lang", "../ru"]) == 1, command
        assert "--lang" in capsys.readouterr().err
    assert not list(tmp_path.iterdir()) and not (STORIES / "ru").exists()


def test_play_in_a_language_without_a_translation_says_so_and_plays_english(capsys,
                                                                             monkeypatch):
    monkeypatch.setattr("sys.stdin.readline", lambda: "q\n")
    main(["play", str(STORIES / "famine.yaml"), "--text", "--lang", "de"])
    printed = capsys.readouterr()
    assert "The Hungry Year" in printed.out
    assert "no translation into 'de'" in printed.err


def test_render_in_the_pseudo_language(tmp_path: Path, capsys) -> None:
    out = tmp_path / "xx.png"
    assert main(["render", str(STORIES / "famine.yaml"), "--scene", "skhod", "--lang", "xx",
                 "-o", str(out)]) == 0
    assert out.stat().st_size > 10_000


def test_a_ui_translation_is_created_and_updated(tmp_path: Path) -> None:
    template = Catalog(domain="game")
    template.add("Continue", locations=[("game/ui/screens/play.py", None)])
    template.add("Back to the title")
    path, summary = extract.update_language(template, "ru", tmp_path)
    assert path == ui_po_path("ru", tmp_path) and "2 messages; 0 translated" in summary
    catalog = po.read(path)
    catalog["Continue"].string = "Продолжить"
    catalog["Back to the title"].string = "Назад, к началу"
    po.write(catalog, path)
    assert load_strings("ru", tmp_path)._("Continue") == "Продолжить"
    changed = Catalog(domain="game")
    changed.add("Continue")
    changed.add("Back to the title screen")
    _, summary = extract.update_language(changed, "ru", tmp_path)
    assert "1 translated, 1 need updating" in summary
    text = path.read_text("utf-8")
    assert '#| msgid "Back to the title"' in text and "#, fuzzy" in text
    ru = load_strings("ru", tmp_path)
    assert ru._("Back to the title screen") == "Back to the title screen"  # fuzzy: not used
    assert ru._("Continue") == "Продолжить"


def test_the_pseudo_ui_marks_every_message() -> None:
    template = extract.read_template()
    assert template is not None
    xx = load_strings("xx")
    for message in template:
        if message.id and isinstance(message.id, str):
            assert is_pseudo(xx.p_(message.context, message.id) if message.context
                             else xx._(message.id)), message.id


def test_the_window_takes_its_language_from_the_setting(tmp_path: Path, monkeypatch) -> None:
    import argparse

    from game.cli.play import _language

    monkeypatch.setenv("VR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    args = argparse.Namespace(lang=None, text=False)
    assert _language(args) == "en"  # German: no translation, so English
    (tmp_path / "settings.json").write_text('{"language": "xx"}', "utf-8")
    assert _language(args) == "xx"
    assert _language(argparse.Namespace(lang="ru", text=False)) == "ru"  # --lang wins
    assert _language(argparse.Namespace(lang=None, text=True)) == "en"  # terminal: the system
