"""Where the game's own files are: the shipped seasons, fonts, art, templates and schema.

The one place this is decided, so no other module computes paths from `__file__`. In a source
checkout the files are the folders at the top of the repository (`stories/`, `assets/`,
`docs/`), where teachers edit seasons and `make play` finds them. An installed wheel carries
copies inside the package, under `game/_data/` (setup.py maps the folders there), and they are
found through `importlib.resources`. Pure: no pygame, usable from every layer.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from types import MappingProxyType

# kind → (folder in a source checkout, from the repository root; folder in the wheel, under game/)
PLACES = MappingProxyType({
    "stories": ("stories", "_data/stories"),
    "fonts": ("assets/fonts", "_data/fonts"),
    "art": ("assets/art", "_data/art"),
    "sound": ("assets/sound", "_data/sound"),
    "schema": ("docs", "_data/schema"),
})
TEMPLATES = "templates"  # in game.analysis, in a checkout and in a wheel alike


def _package() -> Path:
    """The folder of the `game` package (a real folder: the game is never run from a zip,
    because pygame and SDL need real font and image files)."""
    return Path(str(resources.files("game")))


def checkout() -> Path | None:
    """The repository root when the game runs from a source checkout (an editable install or
    PYTHONPATH), else None. An installed copy sits in site-packages, beside no pyproject."""
    root = _package().parent
    if (root / "pyproject.toml").is_file() and (root / "stories").is_dir():
        return root
    return None


def folder(kind: str) -> Path:
    """The folder holding one kind of shipped file (a key of PLACES)."""
    in_checkout, in_wheel = PLACES[kind]
    root = checkout()
    return root / in_checkout if root is not None else _package() / in_wheel


def stories() -> Path:
    """The shipped seasons and campaign: what `play` opens when no file is named."""
    return folder("stories")


def fonts() -> Path:
    return folder("fonts")


def art() -> Path:
    """Pictures that belong to the game rather than to a season (the title picture)."""
    return folder("art")


def sound() -> Path:
    """The game's sounds (made by `tools/make_sounds.py`): ambience and interface sounds."""
    return folder("sound")


def schema() -> Path:
    """The season format as JSON Schema, for editors' autocompletion of new seasons."""
    return folder("schema") / "season.schema.json"


def template(name: str) -> str:
    """The text of a template the authoring tools start from (`python -m game new`)."""
    return resources.files("game.analysis").joinpath(TEMPLATES, name).read_text("utf-8")
