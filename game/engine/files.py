"""The one guarded way the game reads a file it did not write itself a moment ago.

Seasons, campaigns, saves and settings all come through here, so none of them can hang the
game (a named pipe blocks a plain `read` forever), exhaust memory (`/dev/zero`), or raise an
exception a caller did not expect (a name too long for the file system, a NUL in a name,
a symlink loop). Every problem comes back as a value with a one-line reason.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

# How large each kind of file may be. Seasons can be long (10,000 scenes is about 16 MB);
# saves hold a campaign's ledgers (the whole shipped campaign is about 40 KB).
LIMITS = MappingProxyType({"season": 32 * 1024 * 1024, "save": 4 * 1024 * 1024,
                           "settings": 64 * 1024,
                           "handin": 1024 * 1024,  # a class's codes or one .vrplay file
                           "lesson": 1024 * 1024,  # a season's teaching notes (lessons/)
                           "speech": 256 * 1024,  # a season's pronunciation table (speech/)
                           "picture": 32 * 1024 * 1024})  # a 16 MP PNG photo is 25-30 MB


@dataclass(frozen=True, slots=True)
class FileProblem:
    """Why a file could not be read, in words for the person who owns it."""

    reason: str
    kind: str = "unreadable"  # or "missing" (often no problem: no save yet) or "too-large"

    @property
    def missing(self) -> bool:
        return self.kind == "missing"


@dataclass(frozen=True)
class LineProblem:
    """Why a file read beside a season (a lesson, a pronunciation table) could not be
    used, as the one line a teacher is shown: `file:line: what is wrong`."""

    file: str
    line: int  # 0 when the problem is the whole file
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def resolved(path: Path) -> Path | FileProblem:
    """The real path behind links, or why there is none."""
    try:
        return path.resolve(strict=True)
    except FileNotFoundError:
        return FileProblem("no such file", "missing")
    except RuntimeError:  # a symlink loop (Python 3.11-3.12)
        return FileProblem("it is a link that loops back on itself")
    except ValueError:  # an embedded NUL
        return FileProblem("its name contains a character no file name can have")
    except OSError as err:  # a name too long, a loop (3.13+), no permission
        return FileProblem(_reason(err))


def regular(path: Path) -> Path | FileProblem:
    """The resolved path if it is an ordinary file (not a folder, pipe or device)."""
    real = resolved(path)
    if isinstance(real, FileProblem):
        return real
    try:
        mode = real.stat().st_mode
    except OSError as err:
        return FileProblem(_reason(err))
    if stat.S_ISDIR(mode):
        return FileProblem("it is a folder, not a file")
    if not stat.S_ISREG(mode):
        return FileProblem("it is not an ordinary file (a pipe or a device)")
    return real


def read_bytes(path: Path, kind: str) -> bytes | FileProblem:
    """At most `LIMITS[kind]` bytes of an ordinary file, never blocking on a pipe."""
    limit = LIMITS[kind]
    real = regular(path)
    if isinstance(real, FileProblem):
        return real
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(real, flags)
    except OSError as err:
        return FileProblem(_reason(err))
    try:
        info = os.fstat(fd)  # the file opened may not be the one looked at: check again
        if not stat.S_ISREG(info.st_mode):
            return FileProblem("it is not an ordinary file (a pipe or a device)")
        if info.st_size > limit:
            return FileProblem(f"it is {_size(info.st_size)}, larger than a {kind} file can be "
                               f"({_size(limit)})", "too-large")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read
            return FileProblem(f"it is larger than a {kind} file can be ({_size(limit)})",
                               "too-large")
        return b"".join(chunks)
    except OSError as err:
        return FileProblem(_reason(err))
    finally:
        os.close(fd)


def read_text(path: Path, kind: str) -> str | FileProblem:
    """`read_bytes` decoded as UTF-8 (a byte-order mark, as some Windows editors write, is
    dropped)."""
    data = read_bytes(path, kind)
    if isinstance(data, FileProblem):
        return data
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        return FileProblem(f"byte {err.start + 1} is not UTF-8 text")


MAX_JSON_DIGITS = 15  # any count the game keeps fits; Python refuses 4,300 digits anyway


def _whole(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:
        raise ValueError(f"a number of {len(text)} digits")
    return int(text)


def _fraction(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"`{name}` is not a number a save can hold")


def parse_json(text: str) -> Any:
    """JSON with bounds: no NaN or Infinity, no number too long to be real, no nesting deep
    enough to exhaust the stack. Raises ValueError with a short reason (and, where the JSON
    itself is broken, `json.JSONDecodeError`, which carries the line and column)."""
    try:
        return json.loads(text, parse_int=_whole, parse_float=_fraction,
                          parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("it is nested far too deeply") from None


def read_json(path: Path, kind: str) -> Any | FileProblem:
    """A bounded JSON file (see `parse_json`), or why it cannot be used."""
    text = read_text(path, kind)
    if isinstance(text, FileProblem):
        return text
    try:
        return parse_json(text)
    except json.JSONDecodeError as err:
        return FileProblem(f"it is damaged at line {err.lineno}, column {err.colno}: "
                           f"{err.msg.lower()}")
    except ValueError as err:
        return FileProblem(f"it is damaged: {err}")


def _reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file"
    if getattr(err, "errno", None) == errno.ENAMETOOLONG:
        return "its name is too long for this computer"
    if isinstance(err, PermissionError):
        return "you are not allowed to read it"
    return (err.strerror or str(err)).lower().rstrip(".")


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"
