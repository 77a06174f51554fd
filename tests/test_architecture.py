"""The layering rules of docs/architecture.md, enforced."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

PURE = ("game.engine", "game.lang", "game.present", "game.analysis", "game.text",
        "game.cli.main")
LAYERS = {"engine": set(), "lang": {"engine"}, "present": {"engine", "lang"},
          "analysis": {"engine", "lang"}, "text": {"engine", "analysis", "lang", "present"}}


def test_pure_layers_never_import_pygame():
    code = ("import sys\n" + "\n".join(f"import {m}" for m in PURE) +
            "\nimport game.engine.library, game.analysis.stats, game.text.terminal\n"
            "import game.lang.catalogue, game.lang.po, game.lang.translate, game.lang.extract\n"
            "sys.exit(1 if 'pygame' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_layers_only_import_leftwards():
    for layer, allowed in LAYERS.items():
        for path in (ROOT / "game" / layer).rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    parts = node.module.split(".")
                    if parts[0] == "game" and len(parts) > 1:
                        assert parts[1] in allowed | {layer}, f"{path}: imports {node.module}"


def test_the_c_parser_of_libyaml_is_used():
    from game.engine import source

    assert yaml.__with_libyaml__ and source.Loader is yaml.CBaseLoader


def test_no_module_keeps_mutable_state_at_module_level():
    """No hidden globals: module-level names bound to lists, dicts or sets must be constants
    in UPPER_CASE (and are then never mutated: a later issue's kiosk runs for days)."""
    for path in Path(ROOT / "game").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.List, ast.Dict,
                                                                        ast.Set)):
                for target in node.targets:
                    name = getattr(target, "id", "")
                    if name == "__all__":
                        continue
                    assert name.isupper() or (name.startswith("_") and name[1:].isupper()), (
                        f"{path}: module-level mutable `{name}`")
