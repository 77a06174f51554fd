"""The larger buildings: church, school, granary, railway station and water tower, a train.

Drawn like `art_things`: bottom-centre base point, scale `s`, `depth` towards the haze.
"""

from __future__ import annotations

from .art import Canvas, mix, shade
from .art_things import izba, onion, smoke, window


def church(c: Canvas, x: float, y: float, s: float, depth: float = 0.0,
           steeple: bool = False) -> None:
    """The village church: a white cube with a drum and onion dome, a bell tower with a tent
    roof. With `steeple`, the colony's stone church across the river instead."""
    wall = c.col("plaster", depth)
    side = shade(wall, 0.84)
    roof = c.col("dome", depth) if not steeple else c.col("roof", depth)
    dark = c.col("glass", depth)
    if steeple:
        c.cut(wall, [[(x - 60 * s, y), (x - 60 * s, y - 70 * s), (x + 70 * s, y - 70 * s),
                      (x + 70 * s, y)]], 3 * s)
        c.poly(roof, [(x - 66 * s, y - 68 * s), (x - 40 * s, y - 112 * s),
                      (x + 76 * s, y - 112 * s), (x + 76 * s, y - 68 * s)])
        c.cut(wall, [[(x - 90 * s, y), (x - 90 * s, y - 150 * s), (x - 50 * s, y - 150 * s),
                      (x - 50 * s, y)]], 3 * s)
        c.poly(roof, [(x - 94 * s, y - 150 * s), (x - 70 * s, y - 250 * s),
                      (x - 46 * s, y - 150 * s)])
        c.poly(side, [(x - 70 * s, y - 150 * s), (x - 70 * s, y), (x - 50 * s, y),
                      (x - 50 * s, y - 150 * s)])
        for wx in (-20, 10, 40):
            c.rect(dark, x + wx * s, y - 55 * s, 10 * s, 30 * s)
            c.circle(dark, x + (wx + 5) * s, y - 55 * s, 5 * s)
        c.rect(dark, x - 76 * s, y - 126 * s, 12 * s, 22 * s)
        c.line(shade(roof, 0.6), (x - 70 * s, y - 250 * s), (x - 70 * s, y - 272 * s), 2.5 * s)
        c.line(shade(roof, 0.6), (x - 77 * s, y - 264 * s), (x - 63 * s, y - 264 * s), 2.5 * s)
        return
    # bell tower, refectory, main cube with apse, drum, dome
    c.cut(wall, [[(x - 120 * s, y), (x - 120 * s, y - 120 * s), (x - 84 * s, y - 120 * s),
                  (x - 84 * s, y)],
                 [(x - 84 * s, y), (x - 84 * s, y - 46 * s), (x - 40 * s, y - 46 * s),
                  (x - 40 * s, y)],
                 [(x - 40 * s, y), (x - 40 * s, y - 80 * s), (x + 40 * s, y - 80 * s),
                  (x + 40 * s, y)]], 3 * s)
    c.poly(side, [(x + 40 * s, y), (x + 40 * s, y - 66 * s), (x + 56 * s, y - 60 * s),
                  (x + 66 * s, y - 40 * s), (x + 66 * s, y)])
    c.poly(side, [(x - 102 * s, y - 120 * s), (x - 84 * s, y - 120 * s), (x - 84 * s, y),
                  (x - 102 * s, y)])
    c.poly(roof, [(x - 44 * s, y - 78 * s), (x, y - 94 * s), (x + 44 * s, y - 78 * s)])
    c.poly(roof, [(x - 88 * s, y - 44 * s), (x - 62 * s, y - 56 * s), (x - 36 * s, y - 44 * s)])
    c.rect(wall, x - 14 * s, y - 118 * s, 28 * s, 34 * s)
    c.rect(side, x + 4 * s, y - 118 * s, 10 * s, 34 * s)
    c.rect(dark, x - 5 * s, y - 112 * s, 6 * s, 14 * s)
    onion(c, x, y - 118 * s, 20 * s, roof)
    c.rect(dark, x - 110 * s, y - 108 * s, 16 * s, 20 * s)
    c.circle(dark, x - 102 * s, y - 108 * s, 8 * s)
    c.poly(roof, [(x - 124 * s, y - 120 * s), (x - 102 * s, y - 178 * s),
                  (x - 80 * s, y - 120 * s)])
    onion(c, x - 102 * s, y - 176 * s, 7 * s, roof)
    for wx in (-26, -4, 18):
        c.rect(dark, x + wx * s, y - 62 * s, 9 * s, 24 * s)
        c.circle(dark, x + (wx + 4.5) * s, y - 62 * s, 4.5 * s)
    c.rect(dark, x - 72 * s, y - 34 * s, 8 * s, 16 * s)
    c.rect(shade(wall, 0.7), x - 8 * s, y - 30 * s, 16 * s, 30 * s)


def school(c: Canvas, x: float, y: float, s: float, depth: float = 0.0,
           town: bool = False) -> tuple[float, float]:
    """The long village school (or, with `town`, a two-storey merchant's house in town).

    Returns the foot of its porch steps."""
    wall = c.col("wood" if not town else "plaster", depth)
    roof = c.col("roof", depth) if not town else c.col("dome", depth)
    w, hgt = 150 * s, (70 if not town else 130) * s
    c.cut(wall, [[(x - w, y), (x - w, y - hgt), (x + w, y - hgt), (x + w, y)]], 3 * s)
    c.cut(roof, [[(x - w - 10 * s, y - hgt + 2 * s), (x - w + 30 * s, y - hgt - 40 * s),
                  (x + w - 30 * s, y - hgt - 40 * s), (x + w + 10 * s, y - hgt + 2 * s)]], 2 * s)
    c.line(shade(roof, 0.8), (x - w + 30 * s, y - hgt - 40 * s),
           (x + w - 30 * s, y - hgt - 40 * s), 2 * s)
    if town:
        c.rect(c.col("brick", depth), x - w, y - 62 * s, 2 * w, 62 * s)
        c.rect(shade(c.col("trim", depth), 0.95), x - w, y - 66 * s, 2 * w, 5 * s)
    else:
        for i in range(1, 9):
            c.line(shade(wall, 0.72), (x - w, y - i * hgt / 9), (x + w, y - i * hgt / 9), 0.9 * s)
    rows = (y - 52 * s,) if not town else (y - 48 * s, y - 112 * s)
    lit = c.dark
    for ry in rows:
        for i in range(6):
            wx = x - w + 22 * s + i * (2 * w - 44 * s) / 5 - 8 * s
            if abs(wx + 8 * s - x) < 20 * s and ry == rows[0]:
                continue
            window(c, wx, ry, 16 * s, 28 * s, wall, lit and i % 3 != 1, carved=False)
            if lit and i % 3 != 1:
                c.glow(wx + 8 * s, ry + 14 * s, 40 * s, c.pal["lamp"], 0.7)
    c.rect(shade(wall, 0.55), x - 11 * s, y - 48 * s, 22 * s, 46 * s)
    c.poly(roof, [(x - 22 * s, y - 48 * s), (x, y - 64 * s), (x + 22 * s, y - 48 * s)])
    c.rect(c.col("timber", depth), x - 18 * s, y - 4 * s, 36 * s, 4 * s)
    for cx in (x - w * 0.6, x + w * 0.5):
        c.rect(c.col("plaster", depth) if not town else c.col("brick", depth),
               cx - 5 * s, y - hgt - 52 * s, 10 * s, 26 * s)
        if c.winter or c.dark:
            smoke(c, cx, y - hgt - 56 * s, s * 0.9)
    if c.winter:
        c.poly(c.col("snow", depth), [(x - w + 26 * s, y - hgt - 38 * s),
                                      (x + w - 26 * s, y - hgt - 38 * s),
                                      (x + w - 10 * s, y - hgt - 20 * s),
                                      (x - w + 12 * s, y - hgt - 20 * s)])
    return x, y


def granary(c: Canvas, x: float, y: float, s: float, depth: float = 0.0,
            sacks: int = 6) -> None:
    """The kolkhoz granary (ambar): gable front on stones, double doors open, sacks inside."""
    from .art_things import sack

    wall = c.col("wood", depth)
    roof = c.col("roof", depth)
    w, hgt, rise = 80 * s, 78 * s, 54 * s
    base = y - 10 * s
    for px in (-w + 6 * s, -10 * s, w - 16 * s):
        c.rect(c.col("far", 0.2), x + px, base, 10 * s, 10 * s)
    front = [(x - w, base), (x - w, base - hgt), (x, base - hgt - rise), (x + w, base - hgt),
             (x + w, base)]
    side = [(x + w, base), (x + w, base - hgt), (x + w + 110 * s, base - hgt - 6 * s),
            (x + w + 110 * s, base)]
    roofside = [(x, base - hgt - rise - 4 * s), (x + 118 * s, base - hgt - rise - 10 * s),
                (x + w + 122 * s, base - hgt + 2 * s), (x + w + 12 * s, base - hgt + 8 * s)]
    c.cut(wall, [front, side, roofside], 3 * s)
    c.poly(shade(wall, 0.78), side)
    for i in range(1, 10):
        ly = base - i * hgt / 10
        c.line(shade(wall, 0.7), (x - w, ly), (x + w, ly), 0.9 * s)
        c.line(shade(wall, 0.6), (x + w, ly), (x + w + 110 * s, ly - 6 * s * i / 10), 0.9 * s)
    c.poly(roof, roofside)
    c.lines(c.col("trim", depth), [(x - w - 14 * s, base - hgt + 8 * s),
                                   (x, base - hgt - rise - 4 * s),
                                   (x + w + 14 * s, base - hgt + 8 * s)], 5 * s)
    dark = shade(wall, 0.3)
    c.rect(dark, x - 30 * s, base - 64 * s, 60 * s, 64 * s)
    for i in range(sacks):
        sack(c, x - 18 * s + (i % 3) * 18 * s, base - (i // 3) * 16 * s, 0.7 * s,
             depth + 0.35)
    for sx in (-1, 1):
        leaf = [(x + sx * 30 * s, base), (x + sx * 30 * s, base - 64 * s),
                (x + sx * 52 * s, base - 60 * s), (x + sx * 52 * s, base + 3 * s)]
        c.poly(shade(wall, 1.1), leaf)
        c.line(shade(wall, 0.7), (x + sx * 30 * s, base - 32 * s),
               (x + sx * 52 * s, base - 30 * s), 2 * s)
    if c.winter:
        c.poly(c.col("snow", depth), [roofside[0], roofside[1],
                                      (roofside[1][0], roofside[1][1] + 36 * s),
                                      (roofside[0][0], roofside[0][1] + 40 * s)])


def scales(c: Canvas, x: float, y: float, s: float, depth: float = 0.0) -> None:
    """A platform scale with its beam and weights."""
    metal = c.col("metal", depth)
    c.rect(c.col("wood", depth), x - 26 * s, y - 10 * s, 52 * s, 10 * s)
    c.rect(metal, x + 18 * s, y - 60 * s, 5 * s, 52 * s)
    c.line(metal, (x - 4 * s, y - 58 * s), (x + 34 * s, y - 62 * s), 3 * s)
    c.rect(metal, x + 28 * s, y - 56 * s, 5 * s, 8 * s)


def water_tower(c: Canvas, x: float, y: float, s: float, depth: float = 0.0) -> None:
    """A railway water tower: brick base, a wooden tank with small windows, a cone roof."""
    brick, wood = c.col("brick", depth), c.col("timber", depth)
    c.cut(brick, [[(x - 34 * s, y), (x - 26 * s, y - 100 * s), (x + 26 * s, y - 100 * s),
                   (x + 34 * s, y)]], 3 * s)
    c.poly(shade(brick, 0.82), [(x + 8 * s, y), (x + 8 * s, y - 100 * s), (x + 26 * s, y - 100 * s),
                                (x + 34 * s, y)])
    c.rect(shade(brick, 0.5), x - 7 * s, y - 30 * s, 14 * s, 30 * s)
    c.cut(wood, [[(x - 46 * s, y - 100 * s), (x - 46 * s, y - 160 * s), (x + 46 * s, y - 160 * s),
                  (x + 46 * s, y - 100 * s)]], 3 * s)
    c.rect(shade(wood, 0.82), x + 16 * s, y - 160 * s, 30 * s, 60 * s)
    for i in range(-4, 5):
        c.line(shade(wood, 0.75), (x + i * 10 * s, y - 100 * s), (x + i * 10 * s, y - 160 * s), s)
    for wx in (-30, -6, 18):
        c.rect(c.col("glass", depth), x + wx * s, y - 140 * s, 10 * s, 14 * s)
    roof = c.col("roof", depth) if not c.winter else c.col("snow", depth)
    c.poly(roof, [(x - 56 * s, y - 158 * s), (x, y - 204 * s), (x + 56 * s, y - 158 * s)])
    c.line(c.col("metal", depth), (x, y - 204 * s), (x, y - 218 * s), 2 * s)


def station(c: Canvas, x: float, y: float, s: float, depth: float = 0.0) -> None:
    """A small railway station: long plastered building, a central gable, a platform."""
    wall = mix(c.col("plaster", depth), c.col("field0", depth), 0.35)
    roof = c.col("dome", depth) if not c.winter else c.col("snow", depth)
    w, hgt = 170 * s, 66 * s
    c.cut(wall, [[(x - w, y), (x - w, y - hgt), (x + w, y - hgt), (x + w, y)]], 3 * s)
    c.cut(roof, [[(x - w - 14 * s, y - hgt + 4 * s), (x - w + 20 * s, y - hgt - 36 * s),
                  (x + w - 20 * s, y - hgt - 36 * s), (x + w + 14 * s, y - hgt + 4 * s)],
                 [(x - 40 * s, y - hgt + 2 * s), (x, y - hgt - 62 * s),
                  (x + 40 * s, y - hgt + 2 * s)]], 2 * s)
    c.poly(wall, [(x - 30 * s, y - hgt), (x, y - hgt - 50 * s), (x + 30 * s, y - hgt)])
    c.circle(c.col("trim", depth), x, y - hgt - 18 * s, 9 * s)
    c.circle(c.col("ink", depth), x, y - hgt - 18 * s, 7 * s)
    c.rect(c.col("trim", depth), x - 40 * s, y - hgt + 6 * s, 80 * s, 10 * s)
    for i in range(8):
        wx = x - w + 20 * s + i * (2 * w - 40 * s) / 7 - 8 * s
        if abs(wx + 8 * s - x) < 30 * s:
            c.rect(shade(wall, 0.5), wx - 2 * s, y - 46 * s, 20 * s, 46 * s)
            continue
        window(c, wx, y - 50 * s, 16 * s, 30 * s, wall, c.dark and i % 2 == 0, carved=False)
        if c.dark and i % 2 == 0:
            c.glow(wx + 8 * s, y - 35 * s, 40 * s, c.pal["lamp"], 0.6)
    c.rect(shade(c.col("far", 0.3), 0.8), x - w - 120 * s, y, 2 * w + 240 * s, 8 * s)


def rails(c: Canvas, y: float, depth: float = 0.0) -> None:
    """Track running across the picture: sleepers, then two rails."""
    wood = shade(c.col("wood_dark", depth), 0.9)
    x = 0.0
    while x < c.w:
        c.rect(wood, x, y - 3, 6, 14)
        x += 16
    for dy in (0, 8):
        c.line(c.col("metal", depth), (0, y + dy), (c.w, y + dy), 2.2)


def train(c: Canvas, x: float, y: float, s: float, wagons: int, depth: float = 0.0) -> None:
    """A steam engine facing left with a line of wooden goods wagons (teplushki)."""
    from .art_things import wheel

    ink = c.col("metal", depth)
    for i in range(wagons):
        wx = x + 150 * s + i * 124 * s
        body = c.jitter(c.col("brick", depth), 6)
        c.cut(body, [[(wx - 58 * s, y - 14 * s), (wx - 58 * s, y - 72 * s), (wx, y - 78 * s),
                      (wx + 58 * s, y - 72 * s), (wx + 58 * s, y - 14 * s)]], 3 * s)
        for bx in range(-50, 58, 10):
            c.line(shade(body, 0.85), (wx + bx * s, y - 16 * s), (wx + bx * s, y - 70 * s), s)
        c.rect(shade(body, 0.35), wx - 16 * s, y - 64 * s, 32 * s, 48 * s)
        c.rect(shade(body, 1.2), wx + 36 * s, y - 62 * s, 10 * s, 8 * s)
        if c.winter:
            c.poly(c.col("snow", depth), [(wx - 58 * s, y - 72 * s), (wx, y - 78 * s),
                                          (wx + 58 * s, y - 72 * s), (wx, y - 74 * s)])
        for ax in (-36, 36):
            wheel(c, wx + ax * s, y - 8 * s, 9 * s, ink)
    c.cut(ink, [[(x - 70 * s, y - 20 * s), (x - 70 * s, y - 60 * s), (x + 40 * s, y - 60 * s),
                 (x + 40 * s, y - 20 * s)],
                [(x + 40 * s, y - 20 * s), (x + 40 * s, y - 92 * s), (x + 86 * s, y - 92 * s),
                 (x + 86 * s, y - 20 * s)]], 3 * s)
    c.rect(shade(ink, 1.4), x + 52 * s, y - 84 * s, 22 * s, 18 * s)
    c.rect(c.col("accent", depth), x - 74 * s, y - 24 * s, 164 * s, 6 * s)
    c.rect(ink, x - 56 * s, y - 86 * s, 14 * s, 28 * s)
    c.ellipse(ink, x - 20 * s, y - 72 * s, 24 * s, 16 * s)
    c.poly(ink, [(x - 74 * s, y - 14 * s), (x - 90 * s, y), (x - 62 * s, y)])
    for ax in (-44, -14, 16, 60):
        wheel(c, x + ax * s, y - 12 * s, (13 if ax < 40 else 10) * s, shade(ink, 1.2))
    steam = mix(c.pal["sky_low"], (255, 255, 255), 0.5)
    with c.veil(170):
        for i in range(9):
            t = i / 8
            c.circle(steam, x - 50 * s + 260 * s * t, y - 98 * s - 50 * s * t ** 0.6,
                     (12 + 22 * t) * s)


def village(c: Canvas, y: float, depth: float, n: int = 6, chapel: bool = True) -> None:
    """A far row of izby (and perhaps the church) sitting on a line."""
    xs = sorted(c.rng.uniform(0.05, 0.95) * c.w for _ in range(n))
    if chapel:
        church(c, c.w * 0.7, y, 0.45, depth)
    for x in xs:
        izba(c, x, y, c.rng.uniform(0.22, 0.3), depth=depth, lit=c.dark, smoking=c.winter)
