"""Every word the game shows goes through the catalogue: the committed template is current,
every marked message is in it, and no player-visible literal is left outside a catalogue call
in the window (and, once the lead has converted them, the shared presenters)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.cli.main import main
from game.lang import extract
from tests.conftest import ROOT

CATALOGUE_CALLS = {"_", "n_", "p_", "N_"}
# Calls whose string arguments are not shown to players: logs, files, pygame, ids.
NOT_SHOWN = {"log", "getattr", "hasattr", "startswith", "endswith", "split", "partition",
             "get", "setdefault", "Path", "open", "mkdir", "environ", "import_module",
             "set_caption", "strftime", "font", "SysFont", "TypeError", "ValueError",
             "KeyError", "RuntimeError", "AssertionError", "fromkeys", "replace", "format",
             "join", "key_code", "name", "print"}
# Files with no player-visible words: drawing recipes, colours, fonts, input names.
NOT_TEXT = re.compile(r"art.*\.py|theme\.py|fonts\.py|input\.py|images\.py|layout\.py|paths\.py"
                      r"|describe\.py|places\.py|present\.py|speech\.py")  # data for speech and
# tests; folder names; present.py: which SDL setting was chosen, for logs and benches, never on
# screen; speech.py: a speech engine's own words, for the log (the Sound page shows them in
# brackets after its translated sentence, as it shows the system's words for a missing device)
ALLOWED = {"Village Resilience"}  # the game's name: never translated


def looks_visible(text: str) -> bool:
    """Words a person reads: a capital letter starting a word, or several words."""
    stripped = text.strip()
    if not re.search(r"[A-Za-z]{2}", stripped) or stripped in ALLOWED:
        return False
    if " " not in stripped:
        return stripped[0].isupper() and not stripped.isupper() and "_" not in stripped \
            and "." not in stripped and "/" not in stripped
    return not re.fullmatch(r"[\w.:/\\%-]+( [\w.:/\\%-]+)*", stripped) or bool(
        re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", stripped))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def literals(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each visible-looking literal outside catalogue calls and docstrings.
    A literal whose first line ends `# not translated` is left alone (a validator message,
    which is English by design)."""
    source = path.read_text("utf-8")
    marked = {n for n, line in enumerate(source.splitlines(), 1)
              if line.rstrip().endswith("# not translated")}
    for line, text in _literals(ast.parse(source)):
        if line not in marked:
            yield line, text


def _literals(tree: ast.Module) -> Iterator[tuple[int, str]]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(
                body[0].value, ast.Constant):
            skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call) and _name(node.func) in CATALOGUE_CALLS | NOT_SHOWN:
            skip.update(id(n) for n in ast.walk(node) if n is not node.func)
        if isinstance(node, (ast.Compare, ast.Subscript)):
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)
        if isinstance(node, ast.JoinedStr):  # an f-string: judge its words as one text
            skip.update(id(v) for v in node.values)
            words = "".join(v.value if isinstance(v, ast.Constant) else "{}"
                            for v in node.values)
            if id(node) not in skip and looks_visible(words):
                yield node.lineno, words
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in skip and looks_visible(node.value)):
            yield node.lineno, node.value


def left_over(folder: str) -> list[str]:
    base = ROOT / "game" / folder
    if not base.is_dir():
        return []
    return [f"{path.relative_to(ROOT)}:{line}: {text!r}"
            for path in sorted(base.rglob("*.py")) if not NOT_TEXT.fullmatch(path.name)
            for line, text in sorted(set(literals(path)))]


@pytest.mark.parametrize("folder", ["ui", "text", "present"])
def test_no_player_visible_literal_is_left_outside_the_catalogue(folder: str) -> None:
    assert left_over(folder) == []


def test_the_scan_finds_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('def f(s, x):\n    """Docs are fine."""\n    s.log("a log line")\n'
                      '    a = s._("Continue")\n    b = "Continue"\n    c = f"Ending: {x}"\n'
                      '    d = "choice:" + x\n    e = x == "Hide the note"\n'
                      '    g = s.n_("{n} sack", "{n} sacks", 2)\n    h = "small"\n', "utf-8")
    assert sorted(text for _, text in literals(sample)) == ["Continue", "Ending: {}"]


def test_the_committed_template_is_current() -> None:
    assert extract.same_messages(extract.extract_ui(), extract.read_template()), (
        "game/locale/game.pot is out of date: run `python -m game strings ui`")
    assert main(["strings", "ui", "--check"]) == 0


def test_every_marked_message_is_in_the_template_and_babel_sees_method_calls() -> None:
    template = extract.read_template()
    assert template is not None
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    for wanted in ("Continue", "Learn more", "once", "{n} time", "sharing food"):
        assert wanted in ids
    found = {(m.id, m.context) for m in template if m.id}
    assert ("sharing food", "aid") in found
    # `self.app.strings._(…)` in a screen is found, with its file
    continue_files = {f for m in template if m.id == "Continue" for f, _ in m.locations}
    assert "game/ui/screens/play.py" in continue_files
