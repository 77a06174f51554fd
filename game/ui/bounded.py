"""A cache that forgets what was used least recently once it holds `limit` things, or
(given `weigh` and `budget`) once what it holds weighs more than `budget`.

The window caches fonts per pixel size, text widths, and pictures per drawn size. A window
resized many times, or a kiosk whose visitors try every text size, would otherwise keep
every size it ever drew (the window review measured +44.6 MB over 300 random inputs and
291 MB after a campaign). Each cache keeps what the current size needs many times over,
and a size seen once is dropped in time. Pictures are also weighed in bytes: six scaled
copies at 1920x1080 are 50 MB, and a teacher's 12-megapixel photo is 48 MB decoded, so a
count alone bounds them too loosely. (Most of what a long soak gained came from the
allocator, not the caches: see `memory.py`.)
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Bounded(Generic[K, V]):
    def __init__(self, limit: int, weigh: Callable[[V], int] | None = None,
                 budget: int = 0) -> None:
        if limit < 1 or (weigh is not None and budget < 1):
            raise ValueError("a cache must hold at least one thing")
        self.limit = limit
        self._weigh, self.budget, self.weight = weigh, budget, 0
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        """Keep `value`; the newest is always kept, even alone over the budget."""
        weigh = self._weigh
        old = self._items.pop(key, None)
        if weigh is not None:
            self.weight += weigh(value) - (weigh(old) if old is not None else 0)
        self._items[key] = value
        while len(self._items) > self.limit or (
                weigh is not None and self.weight > self.budget and len(self._items) > 1):
            _, dropped = self._items.popitem(last=False)
            if weigh is not None:
                self.weight -= weigh(dropped)
        return value

    def clear(self) -> None:
        self._items.clear()
        self.weight = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items
