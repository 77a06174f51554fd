"""Pictures are checked from their header before anything decodes them.

A picture file can kill the game process where no `except` reaches it: SDL_image segfaults
on a valid 30000x30000 PNG, `smoothscale` corrupts the heap on a 1x200000 one, and a 54-byte
BMP header claiming 30000x30000 makes SDL allocate 6 GB (docs/errors.md, VR062 and VR063).
So the validator and the window both ask this module first. It reads the file once (a
regular file only, at most `MAX_BYTES`), tells the format from the first bytes (not from
the name), and reads the size with Pillow's lazy `Image.open`, which parses the header and
never decodes pixels. PNG chunk checksums are verified too (`verify()` walks the chunks
without inflating them), so a truncated or damaged PNG is reported by `validate` instead of
appearing as a libpng line on stderr. pygame-ce has no way to read a size without decoding.

Pure Python apart from Pillow (which Pyodide ships too): nothing here imports pygame.
"""

from __future__ import annotations

import errno
import io
import struct
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from . import files

# The shipped art is 960x720 (scenes) and 1600x900 (title), 77-212 KB each. The limits leave
# room for a teacher's own photos (a 12 MP phone photo is 4032x3024, 3-5 MB) and a 4K screen
# (3840x2160), while keeping one decoded picture under 64 MB of memory.
MAX_SIDE = 4096          # pixels on the longer side
MAX_PIXELS = 16_000_000  # width x height: 16 MP is 64 MB as a 32-bit surface
MAX_ASPECT = 8           # at most 8 times as wide as tall, or as tall as wide
MAX_BYTES = files.LIMITS["picture"]
ALLOWED = ("PNG", "JPEG")
RESIZE = f"resize it to at most {MAX_SIDE} pixels on a side and save it as PNG or JPEG"
RESAVE = "open it in an image editor and save it again as PNG or JPEG"

# First bytes of formats people are likely to try, to name them in the message.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"BM", "a BMP picture"),
    (b"GIF8", "a GIF picture"),
    (b"II*\x00", "a TIFF picture"),
    (b"MM\x00*", "a TIFF picture"),
    (b"\x00\x00\x01\x00", "an icon (ICO) file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
)


@dataclass(frozen=True, slots=True)
class PictureInfo:
    """A picture that passed: its format and size, and the bytes that were checked (so the
    window decodes exactly these, not a file that may have changed since)."""

    path: Path
    format: str
    width: int
    height: int
    data: bytes = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class PictureProblem:
    """Why a picture is refused. `reason` follows "the picture `name`" in a sentence."""

    path: Path
    kind: Literal["too-large", "unreadable"]
    reason: str
    hint: str

    @property
    def code(self) -> str:
        return "VR062" if self.kind == "too-large" else "VR063"


def check_picture(path: Path) -> PictureInfo | PictureProblem:
    """Read and check one picture file. Never raises, never decodes pixels."""
    data = _read(path)
    if isinstance(data, PictureProblem):
        return data
    return check_bytes(path, data)


def check_bytes(path: Path, data: bytes) -> PictureInfo | PictureProblem:
    """Check picture bytes read from `path` (named only in messages)."""
    if not data:
        return _unreadable(path, "is empty (0 bytes)",
                           "copy the picture again: it was not saved completely")
    kind = _sniff(data)
    if kind not in ALLOWED:
        what = f"is {kind}" if kind else "is not a picture file"
        return _unreadable(path, f"{what}; the game shows only PNG and JPEG pictures", RESAVE)
    from PIL import Image  # here, so that importing the engine stays quick

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS[kind]) as image:
                width, height = image.size
                problem = size_problem(path, width, height)
                if problem is None and kind == "PNG":
                    image.verify()  # chunk lengths and checksums; nothing is inflated
    except Image.DecompressionBombError:  # far over our own limit, see `_png_size`
        size = _png_size(data) if kind == "PNG" else None
        return (size and size_problem(path, *size)) or PictureProblem(
            path, "too-large", f"is far larger than the {MAX_PIXELS // 1_000_000} million "
            "pixels the game can show", RESIZE)
    except Exception:  # Pillow raises many kinds for damaged files; none may escape
        size = _png_size(data) if kind == "PNG" else None
        if size and 0 in size:  # Pillow refuses a side of 0 pixels; say so plainly
            return size_problem(path, *size) or _damaged(path, kind)
        return _damaged(path, kind)
    if problem is not None:
        return problem
    if kind == "JPEG" and not _jpeg_ends(data):
        return _damaged(path, kind)
    return PictureInfo(path, kind, width, height, data)


def _read(path: Path) -> bytes | PictureProblem:
    """The file's bytes through the engine's one guarded reader (`files.py`): an ordinary
    file no larger than `MAX_BYTES`, links followed, a pipe or device refused before it is
    opened (opening a FIFO would block, reading /dev/zero would never end)."""
    data = files.read_bytes(path, "picture")
    if not isinstance(data, files.FileProblem):
        return data
    if data.kind == "too-large":
        return PictureProblem(path, "too-large", f"{data.reason.removeprefix('it ')} (a "
                              f"picture may be at most {MAX_BYTES // 1024 // 1024} MB)", RESIZE)
    if data.missing:
        return _unreadable(path, "does not exist", "check the file name and that you may read "
                           "the file")
    if "folder" in data.reason or "ordinary" in data.reason:
        return _unreadable(path, f"{data.reason.removeprefix('it ')}, not a picture file",
                           "name a PNG or JPEG picture file")
    return _unreadable(path, f"cannot be opened: {data.reason}",
                       "check the file name and that you may read the file")


# JPEG also opens camera MPO files
_PILLOW_FORMATS = MappingProxyType({"PNG": ("PNG",), "JPEG": ("JPEG",)})


def _sniff(data: bytes) -> str:
    """The format named by the first bytes, or '' if none we know."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP picture"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "a HEIC or AVIF photo"
    if b"<svg" in data[:1024].lower():
        return "an SVG drawing"
    return ""


def _jpeg_ends(data: bytes) -> bool:
    """Whether the JPEG's own markers lead to its end-of-image marker: a cut copy does not.

    Walks the segments and skips the compressed scans (where 0xFF is always followed by
    0x00 or a restart marker), so a thumbnail inside the EXIF data cannot pass for the end,
    and data after the end (phones append a video to "motion photos") does no harm."""
    pos, size = 2, len(data)
    while pos + 2 <= size:
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xD9:
            return True
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            pos += 2
            continue
        if pos + 4 > size:
            return False
        pos += 2 + int.from_bytes(data[pos + 2:pos + 4], "big")
        if marker == 0xDA:  # start of scan: compressed data runs to the next real marker
            while True:
                pos = data.find(b"\xff", pos)
                if pos < 0 or pos + 1 >= size:
                    return False
                if data[pos + 1] == 0x00 or 0xD0 <= data[pos + 1] <= 0xD7:
                    pos += 2
                elif data[pos + 1] == 0xFF:
                    pos += 1
                else:
                    break
    return False


def _png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk (bytes 16-24), if it has one."""
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def size_problem(path: Path, width: int, height: int) -> PictureProblem | None:
    """Why a picture of this size is refused, or None. The window asks again before it
    scales a decoded picture, in case a decoder disagreed with the header."""
    size = f"is {width}x{height} pixels"
    if width <= 0 or height <= 0:
        return _unreadable(path, f"{size}, so there is nothing to show", RESAVE)
    if max(width, height) > MAX_SIDE:
        return PictureProblem(path, "too-large", f"{size}, more than the {MAX_SIDE} pixels a "
                              "side the game can show", RESIZE)
    if width * height > MAX_PIXELS:
        return PictureProblem(path, "too-large", f"{size} ({width * height / 1e6:.1f} million), "
                              f"more than the {MAX_PIXELS // 1_000_000} million the game can "
                              "show", RESIZE)
    if max(width, height) > MAX_ASPECT * min(width, height):
        shape = "wide" if width > height else "tall"
        return PictureProblem(path, "too-large", f"{size}, too {shape} and thin to show (at "
                              f"most {MAX_ASPECT} times as {shape} as it is "
                              f"{'tall' if shape == 'wide' else 'wide'})",
                              "crop it closer to a rectangle such as 4:3 and save it as PNG "
                              "or JPEG")
    return None


def _unreadable(path: Path, reason: str, hint: str) -> PictureProblem:
    return PictureProblem(path, "unreadable", reason, hint)


def _damaged(path: Path, kind: str) -> PictureProblem:
    """Pillow's own words ("Truncated File Read", "broken PNG file") mean little to a
    teacher, so they are not repeated."""
    return _unreadable(path, f"looks like a {kind} picture but is damaged or incomplete",
                       f"copy the picture again, or {RESAVE}")


def why_unopenable(err: BaseException) -> str:
    """Plain words for an error from opening or resolving a path."""
    number = getattr(err, "errno", None)
    if number == errno.ELOOP or isinstance(err, RuntimeError):  # 3.11 `resolve()` loops
        return "it is a link that leads back to itself"
    if number == errno.ENAMETOOLONG:
        return "its name is too long"
    if number in (errno.ENOENT, errno.ENOTDIR):
        return "it does not exist"
    if isinstance(err, OSError):
        return str(err.strerror or err).lower()
    return "its name contains a character that file names cannot have"


def name_problem(name: str) -> tuple[str, str] | None:
    """Why a file name from a season can never name a file, and what to do; or None.

    Checked before the name reaches the file system, which would raise instead: a NUL
    (ValueError), a part longer than 255 bytes (OSError ENAMETOOLONG)."""
    if not name.strip():
        return ("it has no file name", "write the picture's file name after `file:`, for "
                "example images/well.png")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return ("its name contains a hidden character",
                "type the file name again, without the hidden character")
    if any(len(part.encode("utf-8", "replace")) > 255
           for part in name.replace("\\", "/").split("/")):
        return ("a part of its name is longer than 255 letters",
                "give the file a shorter name and use that name here")
    return None


def shown_name(name: str, limit: int = 60) -> str:
    """A file name fit for a one-line message: control characters escaped, long names cut."""
    text = "".join(c if 32 <= ord(c) != 127 else f"\\x{ord(c):02x}" if ord(c) else "\\0"
                   for c in name)
    return text if len(text) <= limit else text[:limit - 3] + "..."
