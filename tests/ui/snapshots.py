"""Text snapshots of screens (as Textual does with SVGs): each screen's description is kept
under `tests/ui/__snapshots__/NAME.txt` and compared exactly. A change shows as a diff; if
it is intended, review it and run `pytest tests/ui --snapshot-update`, then commit the files."""

from __future__ import annotations

import difflib
from pathlib import Path

SNAPSHOTS = Path(__file__).resolve().parent / "__snapshots__"
HOW_TO_UPDATE = ("If this change is intended, review the diff above, then run\n"
                 "    pytest tests/ui/test_snapshots.py --snapshot-update\n"
                 "and commit the changed files under tests/ui/__snapshots__.")


def compare(name: str, text: str, update: bool, folder: Path = SNAPSHOTS) -> str | None:
    """None if `text` matches the kept snapshot (or `update` rewrote it); else why not."""
    path = folder / f"{name}.txt"
    if update:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return None
    if not path.exists():
        return f"No snapshot {path.name} yet.\n{HOW_TO_UPDATE}"
    kept = path.read_text(encoding="utf-8")
    if kept == text:
        return None
    diff = difflib.unified_diff(kept.splitlines(keepends=True), text.splitlines(keepends=True),
                                f"kept {path.name}", "shown now")
    return f"Screen {name!r} differs from its snapshot:\n{''.join(diff)}\n{HOW_TO_UPDATE}"
