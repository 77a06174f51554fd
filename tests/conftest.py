"""Shared test setup. Tests never open a real window: SDL uses its dummy drivers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "stories"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--snapshot-update", action="store_true", default=False,
                     help="rewrite tests/ui/__snapshots__ from what the screens show now "
                          "(after reviewing the diff of a failing snapshot test)")


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under a fresh folder and return its path."""

    def _write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory, monkeypatch):
    """Saves and settings go to a fresh folder for every test, never the user's own (and a
    game saved by one test is never offered to the next)."""
    monkeypatch.setenv("VR_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("VR_HANDIN_DIR", str(tmp_path_factory.mktemp("handin")))
