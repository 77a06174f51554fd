"""The scene map as a small SVG picture for the HTML teacher guide (no Graphviz needed).

Scenes are placed in rows by how many choices it takes to reach them; endings sit in the
last row. Arrows show every choice; hovering one shows its text and condition.
"""

from __future__ import annotations

from collections import deque
from html import escape

from game.engine.format import END
from game.engine.model import Season

from .graph import edge_label

BOX_W, BOX_H, GAP_X, GAP_Y = 170, 46, 24, 46


def _levels(season: Season) -> dict[str, int]:
    depth = {season.start: 0}
    queue = deque([season.start])
    while queue:
        current = queue.popleft()
        for target in (t for c in season.scenes[current].choices for t in c.targets()):
            if target in season.scenes and target not in depth:
                depth[target] = depth[current] + 1
                queue.append(target)
    bottom = max(depth.values(), default=0) + 1
    for scene in season.scenes:
        depth.setdefault(scene, bottom)
    last = max(depth.values()) + 1
    for ending in season.endings:
        depth[ending] = last
    return depth


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def svg_map(season: Season) -> str:
    depth = _levels(season)
    rows: dict[int, list[str]] = {}
    for name, level in depth.items():
        rows.setdefault(level, []).append(name)
    width = max(len(r) for r in rows.values()) * (BOX_W + GAP_X) + GAP_X
    height = (max(rows) + 1) * (BOX_H + GAP_Y) + GAP_Y
    place = {}
    for level, names in rows.items():
        row_w = len(names) * (BOX_W + GAP_X) - GAP_X
        x0 = (width - row_w) // 2
        for i, name in enumerate(names):
            place[name] = (x0 + i * (BOX_W + GAP_X), GAP_Y + level * (BOX_H + GAP_Y))
    label = f"Map of the scenes of {escape(season.title)}"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" role="img" aria-label="{label}">',
             '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
             'markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/>'
             "</marker></defs>"]
    for scene in season.scenes.values():
        sx, sy = place[scene.id]
        for choice in scene.choices:
            for way in choice.targets():
                targets = [way] if way != END else list(season.endings)
                for target in targets:
                    if target not in place:
                        continue
                    tx, ty = place[target]
                    dash = (' stroke-dasharray="4 3"'
                            if choice.cond or choice.routes or way == END else "")
                    label = edge_label(choice, way, season.info.aid_words)
                    parts.append(f"<g><title>{escape(label)}</title>"
                                 f'<line x1="{sx + BOX_W // 2}" y1="{sy + BOX_H}" '
                                 f'x2="{tx + BOX_W // 2}" y2="{ty}" stroke="#777" '
                                 f'stroke-width="1.5"{dash} marker-end="url(#a)"/></g>')
    for name, (x, y) in place.items():
        ending = season.endings.get(name)
        title = ending.title if ending else (season.scenes[name].title or name)
        fill = "#efe3cf" if ending else "#ffffff"
        radius = 20 if ending else 6
        parts.append(f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="{radius}" '
                     f'fill="{fill}" stroke="#6a3510"/><text x="{x + BOX_W // 2}" '
                     f'y="{y + BOX_H // 2 + 5}" text-anchor="middle" font-size="13" '
                     f'font-family="sans-serif">{escape(_short(title))}</text>')
    parts.append("</svg>")
    return "".join(parts)
