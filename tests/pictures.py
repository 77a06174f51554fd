"""Picture files for tests, built byte by byte at test time (tiny files, no committed binaries).

Each hostile file is a few bytes that *claim* something: a PNG header claiming 30000x30000
pixels is 57 bytes, yet it made SDL_image segfault (see the reliability review, section 4).
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, pixels: bool = True) -> bytes:
    """A PNG claiming `width`x`height` (RGB). With `pixels`, its rows are really there (keep
    it small then); without, the image data is empty, as in a hostile header."""
    raw = b"".join(b"\x00" + b"\x80\x60\x40" * width for _ in range(height)) if pixels else b""
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b""))


def bmp_header(width: int, height: int) -> bytes:
    """The 54-byte header of a 24-bit BMP claiming `width`x`height`, and no pixels."""
    return (b"BM" + struct.pack("<IHHI", 54, 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0))


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_loop(path: Path) -> None:
    path.symlink_to(path.name)  # a link to itself


def make_folder(path: Path) -> None:
    path.mkdir()


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


GOOD = png(8, 6)

# name in the season -> (how to make it under that name, the code `validate` gives)
HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "huge.png": (_bytes(png(30000, 30000, pixels=False)), "VR062"),
    "thin.png": (_bytes(png(1, 200000, pixels=False)), "VR062"),
    "wide.png": (_bytes(png(200000, 1, pixels=False)), "VR062"),
    "banner.png": (_bytes(png(900, 100, pixels=False)), "VR062"),
    "bmp-header.png": (_bytes(bmp_header(30000, 30000)), "VR063"),
    "truncated.png": (_bytes(png(40, 30)[:60]), "VR063"),
    "bad-checksum.png": (_bytes(png(8, 6)[:29] + b"\x00\x00\x00\x00" + png(8, 6)[33:]), "VR063"),
    "eight-bytes.png": (_bytes(b"\x89PNG\r\n\x1a\n"), "VR063"),
    "zero-wide.png": (_bytes(png(0, 6, pixels=False)), "VR063"),
    "empty.png": (_bytes(b""), "VR063"),
    "words.png": (_bytes(b"This is a note, not a picture.\n"), "VR063"),
    "drawing.svg": (_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" width="60000" '
                           b'height="60000"/>'), "VR063"),
    "truncated.jpg": (_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01"
                             b"\x00\x00"), "VR063"),
    "pipe.png": (make_fifo, "VR063"),
    "folder.png": (make_folder, "VR063"),
    "loop.png": (make_loop, "VR060"),
}
