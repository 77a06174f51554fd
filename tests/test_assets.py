"""game.assets: the repository folders in a checkout, the packaged copies in an installed game."""

from __future__ import annotations

from pathlib import Path

import pytest

from game import assets
from tests.conftest import ROOT


def test_a_checkout_uses_the_folders_people_edit():
    assert assets.checkout() == ROOT
    assert assets.stories() == ROOT / "stories"
    assert (assets.fonts() / "NotoSans-Regular.ttf").is_file()
    assert (assets.art() / "title.png").is_file()
    assert assets.schema() == ROOT / "docs" / "season.schema.json"
    assert "{schema}" in assets.template("season.yaml")


def test_an_installed_game_uses_its_packaged_copies(tmp_path: Path, monkeypatch):
    """Installed, `game` sits in site-packages beside no pyproject.toml."""
    package = tmp_path / "site-packages" / "game"
    (package / "_data" / "stories").mkdir(parents=True)
    (tmp_path / "site-packages" / "stories").mkdir()  # a stray folder is not a checkout
    monkeypatch.setattr(assets, "_package", lambda: package)
    assert assets.checkout() is None
    assert assets.stories() == package / "_data" / "stories"
    assert assets.fonts() == package / "_data" / "fonts"
    assert assets.schema() == package / "_data" / "schema" / "season.schema.json"


def test_every_kind_has_a_folder_in_the_checkout():
    for kind, (in_checkout, _) in assets.PLACES.items():
        assert (ROOT / in_checkout).is_dir(), kind
    with pytest.raises(KeyError):
        assets.folder("music")
