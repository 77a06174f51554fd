"""`python -m game kiosk report`: the counters in words for museum staff, and as CSV."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from types import MappingProxyType

from .counters import LENGTH_BUCKETS, Count

HEADINGS = MappingProxyType({
    "visit": "Visits", "length": "How long visits lasted", "furthest": "How far visitors got",
    "language": "Languages", "ending": "Endings reached", "choice": "Choices made"})


def summary(counts: Iterable[Count]) -> list[str]:
    """Totals over the days given, heading by heading, largest first (lengths in order)."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    days: set[str] = set()
    for count in counts:
        totals[count.kind][count.key] += count.n
        days.add(count.day)
    if not days:
        return ["No visits counted yet."]
    lines = [f"{len(days)} day{'s' if len(days) != 1 else ''}: {min(days)} to {max(days)}"]
    order = [f"under {s // 60} min" for s in LENGTH_BUCKETS] + [
        f"{LENGTH_BUCKETS[-1] // 60} min or more"]
    for kind, heading in HEADINGS.items():
        found = totals.get(kind)
        if not found:
            continue
        lines.append("")
        lines.append(heading)
        if kind == "visit":
            lines[-1] += f": {found['all']}"
            continue
        if kind == "length":
            items = sorted(found.items(), key=lambda kv: order.index(kv[0])
                           if kv[0] in order else 99)
        else:
            items = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
        lines += [f"  {n:6d}  {key}" for key, n in items]
    return lines


def csv_rows(counts: Iterable[Count]) -> list[list[str]]:
    return [["day", "kind", "key", "count"]] + [
        [c.day, c.kind, c.key, str(c.n)] for c in counts]
