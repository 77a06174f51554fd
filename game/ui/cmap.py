"""Which characters a font file really has, read from its `cmap` table. No pygame here.

pygame cannot say: `Font.metrics` gives the metrics of the font's empty box (`.notdef`) for
a character the font lacks, so a check built on it passes whatever the font holds. This
reads the character map of a TrueType or OpenType file (formats 4 and 12, the two every
Unicode font carries), enough to prove each shipped font shows every letter the game uses.
A file that is not a font gives an empty set, never an exception.
"""

from __future__ import annotations

import struct
from pathlib import Path

UNICODE_TABLES = ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3))  # best first: full Unicode, then BMP


def characters(path: Path) -> frozenset[int]:
    """Every code point the font at `path` maps to a glyph (empty if it cannot be read)."""
    try:
        data = path.read_bytes()
        return frozenset(_read(data))
    except (OSError, struct.error, ValueError):
        return frozenset()


def _read(data: bytes) -> set[int]:
    tables = struct.unpack_from(">H", data, 4)[0]
    for i in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            return _cmap(data, offset)
    return set()


def _cmap(data: bytes, base: int) -> set[int]:
    count = struct.unpack_from(">H", data, base + 2)[0]
    subtables = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, base + 4 + 8 * i)
        subtables[(platform, encoding)] = base + offset
    found: set[int] = set()
    for key in UNICODE_TABLES:
        if key in subtables:
            found |= _subtable(data, subtables[key])
    return found


def _subtable(data: bytes, at: int) -> set[int]:
    kind = struct.unpack_from(">H", data, at)[0]
    if kind == 4:
        return _format4(data, at)
    if kind == 12:
        return _format12(data, at)
    return set()


def _format4(data: bytes, at: int) -> set[int]:
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts_at = at + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    offsets = struct.unpack_from(f">{segments}H", data, ranges_at)
    found: set[int] = set()
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        for code in range(start, end + 1):
            if code == 0xFFFF:
                continue
            if offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                where = ranges_at + 2 * i + offsets[i] + 2 * (code - start)
                glyph = struct.unpack_from(">H", data, where)[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                found.add(code)
    return found


def _format12(data: bytes, at: int) -> set[int]:
    groups = struct.unpack_from(">I", data, at + 12)[0]
    found: set[int] = set()
    for i in range(min(groups, 100_000)):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * i)
        if end - start > 0x110000:
            raise ValueError("a cmap group larger than Unicode")
        found.update(range(start + (glyph == 0), end + 1))
    return found
