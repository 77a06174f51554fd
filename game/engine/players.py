"""Players on a shared computer: each nickname (or seat number) has a folder of its own for
its saves and settings, so Continue is that student's game and their text size is theirs.

Nothing personal is needed or kept: the name is what the student typed, stored only in
their folder's `player.json` (to show it back), and the folder's name is made from it so two
students never share one. Saves and settings inside go through the same guarded reader and
atomic writer as everyone's.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import files
from .atomic import write_text_atomic

FOLDER = "players"
MAX_NAME = 24
_ALLOWED = re.compile(r"[^\w-]+")  # letters (any script), digits, _ and -


class BadName(ValueError):
    """A name that cannot be used: the message says what to type instead."""


@dataclass(frozen=True)
class Player:
    name: str  # as the student typed it (tidied)
    folder: Path


def tidy(name: str) -> str:
    """The name as it will be shown: no spaces or marks around it, at most 24 characters."""
    text = unicodedata.normalize("NFC", name).strip()
    text = _ALLOWED.sub("", text.replace(" ", "-"))
    if not text:
        raise BadName("type a nickname or a seat number: letters and digits")
    return text[:MAX_NAME]


def folder_name(name: str) -> str:
    """A folder name every file system accepts, the same for `Anya` and `anya`, and never
    the same for two different names (a short hash keeps Cyrillic names apart)."""
    key = tidy(name).casefold()
    ascii_part = re.sub(r"[^a-z0-9-]", "", key)[:16] or "player"
    return f"{ascii_part}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"


def player_folder(root: Path, name: str) -> Path:
    return root / FOLDER / folder_name(name)


def register(root: Path, name: str) -> Player:
    """The player's folder, made if new, with the name kept to show it back."""
    shown = tidy(name)
    folder = player_folder(root, shown)
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "player.json").exists():
        write_text_atomic(folder / "player.json", f'{{"name": {_json(shown)}}}\n')
    return Player(shown, folder)


def _json(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def players(root: Path) -> list[Player]:
    """Everyone who has played here, the most recent first (by their folder's last change);
    a folder whose player.json is missing or damaged is skipped, never a crash."""
    base = root / FOLDER
    if not base.is_dir():
        return []
    found = []
    for folder in base.iterdir():
        data = files.read_json(folder / "player.json", "settings") if folder.is_dir() else None
        name = data.get("name") if isinstance(data, dict) else None
        if isinstance(name, str) and name.strip():
            found.append((folder.stat().st_mtime, Player(name, folder)))
    return [player for _, player in sorted(found, key=lambda pair: -pair[0])]
