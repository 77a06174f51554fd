"""A cache that forgets what was used least recently once it holds `limit` things.

The window caches fonts per pixel size, text widths, and pictures per drawn size. A window
resized many times, or a kiosk whose visitors try every text size, would otherwise keep
every size it ever drew (the window review measured +44.6 MB over 300 random inputs and
291 MB after a campaign). Each cache keeps what the current size needs many times over,
and a size seen once is dropped in time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Bounded(Generic[K, V]):
    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("a cache must hold at least one thing")
        self.limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items
