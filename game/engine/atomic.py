"""Atomic writes: a reader (or a power cut) sees the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def ordinary_mode(target: Path) -> int:
    """The permissions a plain `open(path, "w")` would give: those of the file being replaced,
    else 0o666 less the umask. `mkstemp` makes its file 0600 (owner only), so without this a
    guide written to a shared school drive would be unreadable to colleagues."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)  # the only portable way to read the umask is to set it
        os.umask(mask)
        return 0o666 & ~mask


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`.
    The file gets ordinary permissions (`ordinary_mode`), not the temporary file's 0600."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = ordinary_mode(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if hasattr(os, "fchmod"):  # not on Windows, whose files have no such bits
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clean_stale(folder: str | os.PathLike[str]) -> int:
    """Remove temporary files that `write_text_atomic` left when the game was killed in the
    middle of a save (`.autosave.json.x8f2.tmp`); run at start, before anything is written.
    Returns how many were removed."""
    removed = 0
    try:
        leftovers = [p for p in Path(folder).iterdir()
                     if p.name.startswith(".") and p.name.endswith(".tmp") and p.is_file()]
    except OSError:
        return 0
    for leftover in leftovers:
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            pass
    return removed
