"""The layering rules of docs/architecture.md, enforced over every module and import form."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

GAME = ROOT / "game"

# Who may import whom. A module belongs to the longest name here that prefixes it, and may
# import its own layer and the layers listed. A new package is one new line.
LAYERS: dict[str, frozenset[str]] = {
    "game": frozenset(),  # game/__init__.py: the version only
    "game.assets": frozenset(),  # where the shipped files are; pure, for every layer
    "game.engine": frozenset(),  # nothing from game outside itself
    "game.lang": frozenset({"game.engine", "game.assets"}),  # the translation catalogue
    "game.present": frozenset({"game.engine", "game.lang", "game.assets"}),  # shared presenters
    "game.analysis": frozenset({"game.engine", "game.lang", "game.assets"}),
    # path codes and the class report: pure, like the engine (a browser build runs it too)
    "game.classroom": frozenset({"game.engine", "game.lang", "game.assets", "game.analysis"}),
    # the kiosk's configuration, counters, status file and report: pure (the window is ui.kiosk)
    "game.kiosk": frozenset({"game.engine", "game.lang", "game.assets", "game.analysis"}),
    "game.text": frozenset({"game", "game.assets", "game.engine", "game.lang", "game.present",
                            "game.analysis", "game.classroom"}),  # the terminal
    "game.ui": frozenset({"game", "game.assets", "game.engine", "game.lang", "game.present",
                          "game.analysis", "game.classroom",
                          "game.kiosk"}),  # the window: never the terminal
    "game.cli": frozenset({"game", "game.assets", "game.engine", "game.lang", "game.present",
                           "game.analysis", "game.classroom", "game.kiosk", "game.text",
                           "game.ui"}),
    "game.__main__": frozenset({"game.cli"}),  # the only importer of the CLI
}
# Layers that may import pygame; game.cli only inside functions (a command's `run`), because
# building the parser imports every command module.
PYGAME = {"game.ui": "anywhere", "game.cli": "lazily"}
# Edges known to break the rules, each to be deleted when it is fixed (the test says so).
KNOWN_EDGES: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(GAME.rglob("*.py"))}


def layer_of(module: str) -> str | None:
    best = None
    for layer in LAYERS:
        if (module == layer or module.startswith(layer + ".")) and len(layer) > len(best or ""):
            best = layer
    return best


def imports(module: str, source: str) -> Iterator[tuple[str, int, bool]]:
    """(imported module, line, at module level) for every import in `source`: `import x`,
    `from x import y` (y itself when it is a module), relative imports, imports inside
    functions and `if TYPE_CHECKING:` blocks, and `importlib.import_module("literal")`."""
    tree = ast.parse(source)
    top = {id(node) for node in tree.body}
    top |= {id(n) for node in tree.body if isinstance(node, (ast.If, ast.Try))
            and "TYPE_CHECKING" not in ast.unparse(getattr(node, "test", ast.Pass()))
            for n in ast.walk(node)}  # run at import: `if`s and try/except ImportError
    is_package = MODULES.get(module, Path()).name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, id(node) in top
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                whole = f"{target}.{alias.name}"
                yield (whole if whole in MODULES else target), node.lineno, id(node) in top
        elif (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in
              ("import_module", "__import__")
              and node.args and isinstance(node.args[0], ast.Constant)):
            yield str(node.args[0].value), node.lineno, id(node) in top


def problems(module: str, source: str) -> list[str]:
    """Every import in one module that breaks LAYERS, PYGAME or KNOWN_EDGES's exceptions."""
    found = []
    layer = layer_of(module)
    if layer is None:
        return [f"{module}: belongs to no layer; add its package to LAYERS"]
    for target, line, at_top in imports(module, source):
        root = target.split(".")[0]
        if root == "pygame":
            where = PYGAME.get(layer)
            if where is None or (where == "lazily" and at_top):
                found.append(f"{module}:{line}: imports pygame"
                             + (" at module level" if where else ""))
        if root != "game":
            continue
        other = layer_of(target)
        if other is None:
            found.append(f"{module}:{line}: imports {target}, which belongs to no layer")
        elif other != layer and other not in LAYERS[layer] and (module, target) not in KNOWN_EDGES:
            found.append(f"{module}:{line}: {layer} may not import {target}")
        elif layer == "game.cli" and other == "game.ui" and at_top:
            found.append(f"{module}:{line}: imports {target} at module level (pygame)")
    return found


def test_every_module_imports_only_what_its_layer_may():
    found = [problem for module, path in MODULES.items()
             for problem in problems(module, path.read_text("utf-8"))]
    assert found == []


def test_every_package_under_game_has_a_layer():
    packages = {module_name(p.parent) for p in GAME.glob("*/__init__.py")}
    assert packages - set(LAYERS) == set(), "add the new package to LAYERS"


def test_known_exceptions_are_still_needed():
    """Each known edge must still exist; when it is fixed, delete it from KNOWN_EDGES."""
    edges = {(module, target) for module, path in MODULES.items()
             for target, _, _ in imports(module, path.read_text("utf-8"))}
    assert edges >= KNOWN_EDGES, f"fixed, delete from KNOWN_EDGES: {KNOWN_EDGES - edges}"


SNEAKY = """
import os
from typing import TYPE_CHECKING
import game.text.render as r
from game import text
from ...text import render
from . import layout
if TYPE_CHECKING:
    from game.cli.main import COMMANDS
def later():
    import pygame.image
    importlib.import_module("game.text.watch")
"""


@pytest.mark.parametrize(("form", "expected"), [
    ("import x as y", "4: game.ui may not import game.text.render"),
    ("from package import module", "5: game.ui may not import game.text"),
    ("relative", "6: game.ui may not import game.text.render"),
    ("TYPE_CHECKING", "9: game.ui may not import game.cli.main"),
    ("import_module", "12: game.ui may not import game.text.watch"),
])
def test_the_check_sees_every_import_form(form, expected):
    """The checker itself: each way of importing the terminal from the window is caught."""
    assert f"game.ui.screens.x:{expected}" in problems("game.ui.screens.x", SNEAKY)


def test_the_check_sees_pygame_where_it_must_not_be():
    source = "def run():\n    import pygame\n"
    assert problems("game.engine.x", source) == ["game.engine.x:2: imports pygame"]
    assert problems("game.cli.x", source) == []
    assert problems("game.cli.x", "import pygame\n") == [
        "game.cli.x:1: imports pygame at module level"]
    assert problems("game.text.x", "from ..ui import app\n") == [
        "game.text.x:1: game.text may not import game.ui.app"]


DRAWLESS = f"""
import contextlib, sys
from game.cli.main import build_parser, main
build_parser()
with contextlib.suppress(SystemExit):
    main(["--help"])
assert main(["validate", "stories/"]) == 0
assert main(["explore", {str(ROOT / "tests/fixtures/explore/first.yaml")!r}]) in (0, 1)
assert main(["graph", {str(ROOT / "tests/fixtures/explore/first.yaml")!r}]) == 0
assert main(["schema"]) == 0
loaded = sorted(m for m in sys.modules if m == "pygame" or m.startswith(("pygame.", "game.ui")))
print(loaded)
"""


def test_commands_that_draw_nothing_import_no_pygame_and_no_window():
    """Building the parser imports every command module, so none may import the window at
    module level: `--help`, `validate`, `explore`, `graph` and `schema` stay fast and work
    without SDL."""
    out = subprocess.run([sys.executable, "-c", DRAWLESS], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "[]"


def test_the_c_parser_of_libyaml_is_used():
    from game.engine import source

    assert yaml.__with_libyaml__ and source.Loader is yaml.CBaseLoader


# Module-level containers that are mutable but not ours to change in this wave:
# (module, name) → why they are left.
MUTABLE_LEFT = {
    ("game.engine.saves", "MIGRATIONS"): "saves.py is being rewritten (save format 2)",
    ("game.engine.diagnostics", "CODES"): "new codes are appended by every wave",
    ("game.cli.main", "COMMANDS"): "new commands (strings, kiosk) are added as lines",
    ("game.ui", "os.environ"): "pygame's start-up prompt, before pygame is imported",
    ("game.ui.input", "KEYS"): "the window's input is being reworked",
    ("game.ui.input", "DIGITS"): "the window's input is being reworked",
    ("game.ui.layout", "SIZES"): "the window's layout is being reworked",
    ("game.ui.screens.play", "SPEEDS"): "play.py is being split into game.present",
    ("game.ui.screens.summary", "AID"): "aid wording moves to the string catalogue",
    ("game.text.render", "AID_WORDS"): "aid wording moves to the string catalogue",
    ("game.analysis.guide", "AID_WORDS"): "aid wording moves to the string catalogue",
    ("game.analysis.graph", "AID"): "aid wording moves to the string catalogue",
}
MUTABLE_VALUES = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
MUTABLE_CALLS = {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque",
                 "bytearray"}
MUTATORS = {"append", "extend", "insert", "update", "add", "setdefault", "pop", "popitem",
            "clear", "remove", "discard"}


def module_state(source: str) -> Iterator[tuple[str, int]]:
    """(name, line) for each module-level binding to a mutable container (plain or annotated,
    literal, comprehension or constructor call) and each module-level mutation
    (`X.update(...)`, `X[k] = v`), `__all__` aside."""
    for node in ast.parse(source).body:
        value, targets = None, []
        if isinstance(node, ast.Assign):
            value, targets = node.value, node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            value, targets = node.value, [node.target]
        if value is not None:
            mutable = isinstance(value, MUTABLE_VALUES) or (
                isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                and value.func.id in MUTABLE_CALLS)
            for target in targets:
                if isinstance(target, ast.Subscript):
                    yield ast.unparse(target.value), node.lineno
                elif mutable and ast.unparse(target) != "__all__":
                    yield ast.unparse(target), node.lineno
        elif (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
              and isinstance(node.value.func, ast.Attribute)
              and node.value.func.attr in MUTATORS):
            yield ast.unparse(node.value.func.value), node.lineno


def test_no_module_keeps_mutable_state_at_module_level():
    """No hidden globals: a kiosk runs for days, so module-level tables are immutable
    (tuples, frozensets, MappingProxyType), whatever their names' case."""
    found = [f"{module}:{line}: module-level mutable `{name}`"
             for module, path in MODULES.items()
             for name, line in module_state(path.read_text("utf-8"))
             if (module, name) not in MUTABLE_LEFT]
    assert found == []


def test_the_mutable_state_check_sees_every_form():
    source = textwrap.dedent("""
        A: dict[str, int] = {}
        B = [n for n in range(3)]
        C = dict(a=1)
        D = (1, 2)
        D2 = MappingProxyType({"a": 1})
        __all__ = ["x"]
        E.update({1: 2})
        F["k"] = 1
        G.append(3)
    """)
    assert [name for name, _ in module_state(source)] == ["A", "B", "C", "E", "F", "G"]
