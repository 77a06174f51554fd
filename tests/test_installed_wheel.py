"""The wheel carries everything the game needs, and the installed game runs from any folder.

Builds the wheel from a copy of the source (offline: no build isolation, setuptools comes from
the dev extras), checks what is inside, installs it into a temporary folder and runs the
`village-resilience` command from another temporary folder, far from this checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

# The folders the wheel must carry in full, and where they go inside it.
CARRIED = {"stories": "game/_data/stories", "assets/fonts": "game/_data/fonts",
           "assets/art": "game/_data/art", "game/analysis/templates": "game/analysis/templates"}
SKIP = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                              ".pytest_cache", ".ruff_cache", "tests", "screenshots", "bench")


def pip(*args: str | Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *map(
        str, args)], check=True, capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("wheel")
    shutil.copytree(ROOT, here / "src", ignore=SKIP)
    pip("wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", here / "dist",
        here / "src")
    (built,) = (here / "dist").glob("village_resilience-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    pip("install", "--no-deps", "--no-index", "--target", target, wheel)
    return target


def run(installed: Path, where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed `village-resilience` command, run from `where` with only the installed
    copy of the game on the path (dependencies come from this venv's site-packages)."""
    env = dict(os.environ, PYTHONPATH=str(installed), SDL_VIDEODRIVER="dummy",
               VR_DATA_DIR=str(where / "data"))
    script = installed / "bin" / "village-resilience"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "game"]
    return subprocess.run([*command, *args], cwd=where, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_wheel_carries_fonts_stories_art_and_templates(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, inside in CARRIED.items():
        files = [p for p in (ROOT / folder).rglob("*") if p.is_file()
                 and "__pycache__" not in p.parts]
        assert files, folder
        missing = [str(p.relative_to(ROOT)) for p in files
                   if f"{inside}/{p.relative_to(ROOT / folder).as_posix()}" not in names]
        assert missing == [], f"not in the wheel: {missing}"
    kinds = {Path(n).suffix for n in names if n.startswith("game/_data/")}
    assert {".ttf", ".yaml", ".png", ".json"} <= kinds
    assert "game/_data/schema/season.schema.json" in names
    assert not any(n.startswith(("stories/", "assets/", "tests/")) for n in names)


def test_the_installed_game_runs_from_its_own_copy(installed: Path, tmp_path: Path):
    env = dict(os.environ, PYTHONPATH=str(installed))
    env = dict(env, SDL_VIDEODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    code = ("import json, game, game.assets as a, pygame\n"
            "from game.ui.fonts import FILES\n"
            "from game.ui.screens.title import TITLE_ART\n"
            "pygame.font.init(); pygame.font.Font(FILES['bold'], 20)\n"
            "print(json.dumps({'game': game.__file__, 'checkout': str(a.checkout()), "
            "'stories': str(a.stories()), 'font': str(FILES['regular']), "
            "'title': str(TITLE_ART), 'schema': str(a.schema())}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    where = json.loads(out.stdout)
    assert where.pop("checkout") == "None"
    for name, path in where.items():
        assert Path(path).is_relative_to(installed), (name, path)
        assert Path(path).exists(), (name, path)
        assert not Path(path).is_relative_to(ROOT), (name, path)


def test_installed_help(installed: Path, tmp_path: Path):
    out = run(installed, tmp_path, "--help")
    assert out.returncode == 0, out.stderr
    assert "validate" in out.stdout and "render" in out.stdout


def test_installed_validate_of_the_packaged_stories(installed: Path, tmp_path: Path):
    stories = installed / "game" / "_data" / "stories"
    out = run(installed, tmp_path, "validate", str(stories))
    seasons = len(list((ROOT / "stories").glob("*.yaml")))
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Checked {seasons} files: 0 errors" in out.stdout


def test_installed_render_of_the_title_screen(installed: Path, tmp_path: Path):
    """No path given: the packaged campaign, drawn with the packaged fonts and title art."""
    out = run(installed, tmp_path, "render", "--screen", "title", "-o", "title.png")
    assert out.returncode == 0, out.stdout + out.stderr
    picture = tmp_path / "title.png"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 50_000  # the village picture, not an empty screen
    assert "Wrote title.png (1280x720, title)" in out.stdout
