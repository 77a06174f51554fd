"""The things pictures are made of: izby, birches, the church, people, horses, carts, sacks.

Each is drawn at a base point (bottom centre) and a scale `s` (1 = a near house), with `depth`
fading it towards the horizon haze so that layers read as near and far. People and animals
are small flat silhouettes seen from afar: no faces, nothing that could frighten a child.
"""

from __future__ import annotations

import math

from .art import RGB, Canvas, Point, mix, shade, smooth


def smoke(c: Canvas, x: float, y: float, s: float, puffs: int = 7) -> None:
    """A thin plume drifting right, with the wind."""
    grey = mix(c.pal["sky_low"], (150, 150, 160), 0.35)
    with c.veil(95):
        for i in range(puffs):
            t = i / puffs
            c.circle(grey, x + 30 * s * t * t + 8 * s * t, y - 60 * s * t, (3 + 9 * t) * s)


def window(c: Canvas, x: float, y: float, w: float, h: float, wall: RGB, lit: bool,
           carved: bool = True) -> None:
    """A window with a carved frame (nalichnik): crown on top, sill below, shutters."""
    trim = c.col("trim")
    if carved:
        for side in (-1, 1):
            sx = x - w * 0.55 if side < 0 else x + w * 1.05
            c.rect(c.col("shutter"), sx, y, w * 0.5, h)
            c.rect(trim, sx + w * 0.08, y + h * 0.1, w * 0.34, h * 0.8)
            c.rect(c.col("shutter"), sx + w * 0.14, y + h * 0.16, w * 0.22, h * 0.68)
        c.poly(trim, [(x - w * 0.3, y - h * 0.08), (x + w * 0.5, y - h * 0.55),
                      (x + w * 1.3, y - h * 0.08)])
        c.circle(c.col("shutter"), x + w * 0.5, y - h * 0.22, w * 0.1)
        c.rect(trim, x - w * 0.3, y + h * 1.02, w * 1.6, h * 0.1)
        for i in range(4):
            c.circle(trim, x - w * 0.1 + i * w * 0.4, y + h * 1.12, w * 0.09)
    c.rect(trim, x - w * 0.12, y - h * 0.1, w * 1.24, h * 1.2)
    glass = c.pal["lamp"] if lit else c.col("glass")
    c.rect(glass, x, y, w, h)
    if not lit:
        c.poly(mix(glass, c.pal["sky_low"], 0.35), [(x, y + h * 0.5), (x + w * 0.5, y),
                                                    (x + w * 0.8, y), (x, y + h * 0.8)])
    c.line(trim, (x + w / 2, y), (x + w / 2, y + h), w * 0.08)
    c.line(trim, (x, y + h * 0.38), (x + w, y + h * 0.38), w * 0.08)


def izba(c: Canvas, x: float, y: float, s: float, *, depth: float = 0.0, lit: bool = False,
         smoking: bool = True, timber: bool = False, flip: bool = False, windows: int = 3,
         door: str = "") -> Point:
    """A log house, gable to the street, its long side in shade. Returns the door step.

    `door` is "" (none shown), "shut" or "open" (lamplight spilling out)."""
    m = (lambda px: 2 * x - px) if flip else (lambda px: px)
    wall = c.col("timber" if timber else "wood", depth)
    dark = shade(wall, 0.7)
    side = shade(wall, 0.78)
    fw, wh, rise, sd = 50 * s, 62 * s, 46 * s, 84 * s
    x0, x1, top = x - fw, x + fw, y - wh
    apex, eave = (x, top - rise), (x1 + 9 * s, top + 7 * s)
    d = (sd + 8 * s, -5 * s)
    roof = c.col("roof", depth) if not timber else c.col("timber", depth)
    sidewall = [(m(x1), top), (m(x1 + sd), top - 4 * s), (m(x1 + sd), y - 3 * s), (m(x1), y)]
    roofside = [(m(apex[0]), apex[1]), (m(apex[0] + d[0]), apex[1] + d[1]),
                (m(eave[0] + d[0]), eave[1] + d[1]), (m(eave[0]), eave[1])]
    front = [(x0, y), (x0, top), apex, (x1, top), (x1, y)]
    c.cut(wall, [sidewall, roofside, front], 3 * (1 - depth))
    c.poly(side, sidewall)
    for i in range(1, 9):
        ly = y - i * wh / 8.4
        c.line(dark, (x0, ly), (x1, ly), 0.9 * s)
        c.line(shade(side, 0.75), (m(x1), ly), (m(x1 + sd), ly - 4 * s * (i / 9)), 0.9 * s)
    gable = [(x0 + 4 * s, top), (x, apex[1] + 8 * s), (x1 - 4 * s, top)]
    c.poly(shade(wall, 0.9), gable)
    for i in range(-4, 5):
        bx = x + i * 9 * s
        c.line(shade(wall, 0.78), (bx, top), (bx, top - (rise - 8 * s) * (1 - abs(i) / 5.4)),
               0.8 * s)
    c.poly(roof, roofside)
    c.lines(shade(roof, 0.8), [roofside[0], roofside[1]], 1.5 * s)
    for i in range(1, 7):
        t = i / 7
        a = (roofside[0][0] + (roofside[1][0] - roofside[0][0]) * t, apex[1] + d[1] * t)
        b = (roofside[3][0] + (roofside[2][0] - roofside[3][0]) * t, eave[1] + d[1] * t)
        c.line(shade(roof, 0.88), a, b, 0.8 * s)
    trim = c.col("trim", depth)
    board = [(x0 - 9 * s, top + 7 * s), apex, (x1 + 9 * s, top + 7 * s)]
    c.lines(trim, board, 4 * s)
    for i in range(1, 12):
        t = i / 12
        for (ax, ay), (bx, by) in ((board[0], board[1]), (board[2], board[1])):
            c.circle(trim, ax + (bx - ax) * t, ay + (by - ay) * t + 3 * s, 1.6 * s)
    c.rect(trim, x - 7 * s, top - 24 * s, 14 * s, 14 * s)
    c.rect(c.pal["lamp"] if lit else c.col("glass", depth), x - 5 * s, top - 22 * s,
           10 * s, 10 * s)
    for end in (x0, x1):
        for i in range(9):
            c.circle(mix(wall, c.col("timber", depth), 0.5), end, y - 3 * s - i * wh / 8.4,
                     3.4 * s)
    ww, wh2 = 14 * s, 20 * s
    for i in range(windows):
        wx = x - (windows - 1) * 14 * s + i * 28 * s - ww / 2
        window(c, wx, y - 46 * s, ww, wh2, wall, lit and i != 0, carved=s > 0.45)
        if lit and i != 0:
            c.glow(wx + ww / 2, y - 36 * s, 42 * s, c.pal["lamp"], 0.8)
    step = (m(x1 + 24 * s), y - 2 * s)
    if door:
        dx = min(m(x1 + 14 * s), m(x1 + 34 * s))
        c.rect(c.pal["lamp"] if door == "open" else shade(wall, 0.55), dx, y - 42 * s, 20 * s,
               40 * s)
        if door == "open":
            c.glow(dx + 10 * s, y - 20 * s, 50 * s, c.pal["lamp"], 0.7)
            c.rect(shade(wall, 0.45), dx + 14 * s, y - 42 * s, 6 * s, 40 * s)
        c.poly(roof, [(m(x1 + 8 * s), y - 42 * s), (m(x1 + 24 * s), y - 52 * s),
                      (m(x1 + 40 * s), y - 42 * s)])
        c.rect(c.col("timber", depth), min(m(x1 + 10 * s), m(x1 + 38 * s)), y - 4 * s,
               28 * s, 4 * s)
    chim = (m(apex[0] + d[0] * 0.45), apex[1] + d[1] * 0.45 + 4 * s)
    c.rect(c.col("plaster", depth), chim[0] - 4 * s, chim[1] - 16 * s, 8 * s, 18 * s)
    if c.winter:
        snow, shadow = c.col("snow", depth), c.col("snow_shade", depth)
        c.poly(snow, [roofside[0], roofside[1], (roofside[2][0], roofside[2][1] - 5 * s),
                      (roofside[3][0], roofside[3][1] - 5 * s)])
        c.line(shadow, (roofside[3][0], roofside[3][1] - 5 * s),
               (roofside[2][0], roofside[2][1] - 5 * s), 2.5 * s)
        c.poly(snow, [(x0 - 12 * s, top + 5 * s), (apex[0], apex[1] - 5 * s),
                      (x1 + 12 * s, top + 5 * s), (x1 + 6 * s, top + 8 * s),
                      (apex[0], apex[1] + 2 * s), (x0 - 6 * s, top + 8 * s)])
        c.ellipse(shadow, x0 - 20 * s, y - 8 * s, fw * 2 + sd + 40 * s, 14 * s)
        c.ellipse(snow, x0 - 16 * s, y - 6 * s, fw * 2 + sd + 30 * s, 12 * s)
    if smoking:
        smoke(c, chim[0], chim[1] - 18 * s, s)
    return step


def fence(c: Canvas, x0: float, x1: float, y: float, h: float, depth: float = 0.0,
          gate: float | None = None) -> None:
    """A picket fence with two rails; `gate` puts a roofed gate at that x."""
    wood = shade(c.col("wood", depth), 1.12)
    c.rect(shade(wood, 0.8), x0, y - h * 0.75, x1 - x0, h * 0.09)
    c.rect(shade(wood, 0.8), x0, y - h * 0.3, x1 - x0, h * 0.09)
    x = x0
    while x < x1:
        if gate is None or abs(x - gate) > h * 0.7:
            c.poly(wood, [(x, y), (x, y - h * 0.92), (x + h * 0.07, y - h),
                          (x + h * 0.14, y - h * 0.92), (x + h * 0.14, y)])
            if c.winter:
                c.rect(c.col("snow", depth), x - 1, y - h - 1, h * 0.16, h * 0.07)
        x += h * 0.22
    if gate is not None:
        post = shade(wood, 0.75)
        c.rect(shade(wood, 0.9), gate - h * 0.63, y - h * 1.05, h * 1.28, h * 1.05)
        for i in range(1, 8):
            gx = gate - h * 0.63 + i * h * 0.16
            c.line(shade(wood, 0.7), (gx, y - h * 1.05), (gx, y), 0.8)
        c.line(shade(wood, 0.7), (gate - h * 0.63, y - h * 0.2), (gate + h * 0.65, y - h * 0.9),
               1.5)
        for px in (gate - h * 0.75, gate + h * 0.65):
            c.rect(post, px, y - h * 1.6, h * 0.12, h * 1.6)
        c.poly(c.col("roof", depth), [(gate - h * 0.95, y - h * 1.55), (gate, y - h * 1.95),
                                      (gate + h * 0.95, y - h * 1.55)])


def birch(c: Canvas, x: float, y: float, h: float, depth: float = 0.0) -> None:
    """A weeping birch: white trunk with dark marks, drooping clusters of leaves."""
    rng = c.rng
    bark = c.col("birch", depth)
    lean = rng.uniform(-0.06, 0.06) * h
    top = h if c.bare else h * 0.86
    trunk = [(x - h * 0.028, y), (x + lean - h * 0.006, y - top),
             (x + lean + h * 0.006, y - top), (x + h * 0.028, y)]
    c.cut(bark, [trunk], 2 * (1 - depth))
    c.poly(shade(bark, 0.86), [(x + h * 0.008, y), (x + lean + h * 0.003, y - top),
                               (x + lean + h * 0.006, y - top), (x + h * 0.028, y)])
    ink = c.col("ink", depth)
    for _ in range(int(h / 9)):
        t = rng.uniform(0.03, 0.9)
        bx = x + lean * t
        wd = h * 0.028 * (1 - t) + 1
        c.line(ink, (bx - wd * rng.uniform(0.2, 1), y - h * t), (bx + wd * 0.3, y - h * t),
               rng.uniform(0.8, 1.8))
    season = c.recipe.season
    tips = []
    for _ in range(9):
        t = rng.uniform(0.45, 0.95 if c.bare else 0.82)
        side = rng.choice((-1, 1))
        bx, by = x + lean * t, y - h * t
        ex, ey = bx + side * h * rng.uniform(0.06, 0.15), by - h * rng.uniform(0.02, 0.1)
        c.lines(ink, [(bx, by), (ex, ey), (ex + side * h * 0.03, ey + h * 0.06)], 1.0)
        tips.append((ex, ey))
    if c.bare:
        with c.veil(80):
            for _ in range(70):
                t = rng.uniform(0.4, 0.98)
                bx, by = x + lean * t, y - h * t
                ang = rng.uniform(0.3, 2.8)
                ln = h * rng.uniform(0.06, 0.2)
                c.line(ink, (bx, by), (bx + ln * math.cos(ang) * rng.choice((-1, 1)),
                                       by + ln * math.sin(ang) * 0.8), 0.7)
        for ex, ey in tips:
            for _ in range(3):
                c.line(ink, (ex, ey), (ex + rng.uniform(-10, 10), ey + rng.uniform(6, 22)), 0.6)
        return
    leaf, dark = c.col("leaf", depth), c.col("leaf_dark", depth)
    mid = mix(leaf, dark, 0.5)
    cx, cy = x + lean * 0.75, y - h * 0.64
    n = int((8 if season == "spring" else 14) + h / 14)
    blobs = []
    for _ in range(n):
        a, r = rng.uniform(0, math.tau), rng.random() ** 0.6
        blobs.append((cx + math.cos(a) * r * h * 0.19, cy + math.sin(a) * r * h * 0.27,
                      h * rng.uniform(0.035, 0.06)))
    blobs.sort(key=lambda b: b[1])
    c.cut(dark, [c.oval(bx, by, r * 1.1, r * 1.8, 12) for bx, by, r in blobs], 2 * (1 - depth))
    for bx, by, r in blobs:
        lit = bx < cx - h * 0.03 or by < cy - h * 0.1
        c.ellipse(c.jitter(leaf if lit else mid, 8), bx - r * 0.9, by - r * 1.7, r * 1.4,
                  r * 2.6)
    for bx, by, r in blobs:
        if by > cy + h * 0.05:
            for i in range(3):
                sx = bx - r + i * r
                c.line(dark, (sx, by + r), (sx + rng.uniform(-2, 2), by + r + h * 0.07), 1.0)


def spruce(c: Canvas, x: float, y: float, h: float, depth: float = 0.0) -> None:
    green = c.col("spruce", depth)
    tiers = [[(x - h * 0.3 * f, y - h * (0.1 + 0.85 * (1 - f) * 0.8)),
              (x, y - h * (0.1 + 0.85 * (1 - f) * 0.8) - h * 0.42 * f),
              (x + h * 0.3 * f, y - h * (0.1 + 0.85 * (1 - f) * 0.8))] for f in (1.0, .75, .5)]
    c.rect(c.col("wood_dark", depth), x - h * 0.03, y - h * 0.14, h * 0.06, h * 0.14)
    c.cut(green, tiers, 2 * (1 - depth))
    if c.winter:
        for pts in tiers:
            (ax, ay), (bx, by), (cx, cy) = pts
            c.poly(c.col("snow", depth), [(bx, by), ((ax + bx) / 2, (ay + by) / 2 + 3),
                                          ((bx + cx) / 2, (by + cy) / 2 + 1)])


def apple_tree(c: Canvas, x: float, y: float, h: float, depth: float = 0.0,
               apples: bool = True) -> None:
    rng = c.rng
    trunk = c.col("wood_dark", depth)
    c.poly(trunk, [(x - h * 0.05, y), (x - h * 0.025, y - h * 0.5), (x + h * 0.025, y - h * 0.5),
                   (x + h * 0.05, y)])
    blobs = [(x + rng.uniform(-0.3, 0.3) * h, y - h * rng.uniform(0.55, 0.85),
              h * rng.uniform(0.16, 0.24)) for _ in range(8)]
    c.cut(c.col("orchard_dark", depth), [c.oval(bx, by, r, r * 0.9, 14) for bx, by, r in blobs])
    for bx, by, r in blobs:
        c.circle(c.col("orchard", depth), bx - r * 0.25, by - r * 0.2, r * 0.62)
    if apples and c.recipe.season in ("summer", "autumn"):
        for _ in range(16):
            bx, by, r = rng.choice(blobs)
            c.circle(c.jitter(c.col("accent", depth), 14), bx + rng.uniform(-r, r) * 0.8,
                     by + rng.uniform(-r, r) * 0.7, h * 0.022)


def person(c: Canvas, x: float, y: float, h: float, pose: str = "stand", *,
           scarf: RGB | None = None, facing: int = 1, depth: float = 0.0,
           colour: RGB | None = None) -> None:
    """A small far-off silhouette: stand, walk, bend (working), carry (a sack), sit, pull."""
    ink = colour or c.col("ink", depth)
    f = facing
    r = h * 0.085
    if pose == "bend":
        head = (x + f * h * 0.46, y - h * 0.62)
        c.poly(ink, [(x - f * h * 0.2, y - h * 0.14), (x - f * h * 0.11, y - h * 0.5),
                     (x + f * h * 0.3, y - h * 0.74), (x + f * h * 0.4, y - h * 0.6),
                     (x + f * h * 0.12, y - h * 0.4), (x + f * h * 0.16, y - h * 0.14)])
        c.line(ink, (x - h * 0.06, y - h * 0.16), (x - h * 0.08, y), h * 0.06)
        c.line(ink, (x + h * 0.06, y - h * 0.16), (x + h * 0.08, y), h * 0.06)
        c.line(ink, (x + f * h * 0.34, y - h * 0.64), (x + f * h * 0.4, y - h * 0.24), h * 0.05)
        c.line(ink, (x + f * h * 0.3, y - h * 0.66), (x + f * h * 0.3, y - h * 0.26), h * 0.05)
    else:
        lean = f * h * (0.05 if pose in ("walk", "pull") else 0.0)
        if pose == "sit":
            h *= 0.62
        head = (x + lean, y - h + r)
        top = y - h * 0.8
        hem = y - h * (0.06 if pose == "sit" else 0.22 if scarf else 0.32)
        c.poly(ink, [(x + lean - h * 0.1, top), (x + lean + h * 0.1, top),
                     (x + h * (0.17 if scarf else 0.12), hem),
                     (x - h * (0.17 if scarf else 0.12), hem)])
        spread = h * (0.1 if pose in ("walk", "pull") else 0.04)
        if pose == "sit":
            c.line(ink, (x, y - h * 0.03), (x + f * h * 0.3, y - h * 0.02), h * 0.08)
        else:
            c.line(ink, (x - h * 0.03, hem), (x - spread, y), h * 0.06)
            c.line(ink, (x + h * 0.03, hem), (x + spread, y), h * 0.06)
        arm = (x + lean + f * h * (0.2 if pose == "pull" else 0.1),
               top + h * (0.12 if pose == "pull" else 0.32))
        c.line(ink, (x + lean + f * h * 0.07, top + h * 0.03), arm, h * 0.05)
        if pose == "carry":
            c.ellipse(c.col("sack", depth), x + lean - h * 0.22, top - h * 0.14, h * 0.3,
                      h * 0.2)
    c.circle(ink, head[0], head[1], r)
    if scarf is not None:
        hx, hy = head
        c.circle(scarf, hx, hy - r * 0.1, r * 1.12)
        c.poly(scarf, [(hx - f * r * 0.2, hy), (hx - f * r * 1.5, hy + r * 1.3),
                       (hx - f * r * 0.1, hy + r * 0.9)])


def horse(c: Canvas, x: float, y: float, s: float, facing: int = 1, depth: float = 0.0,
          head_down: bool = False) -> None:
    """A plain working horse in profile: body, neck, head, four legs and a tail."""
    f = facing
    body = mix(c.col("wood_dark", depth), c.col("ink", depth), 0.3)
    bx, by = x, y - 34 * s
    legs = [(-20, -1), (-14, 1), (16, -1), (21, 1)]
    for lx, bend in legs:
        c.line(shade(body, 0.85 if bend < 0 else 1.0), (bx + f * lx * s, by + 4 * s),
               (bx + f * (lx + bend * 2) * s, y), 4 * s)
    c.ellipse(body, bx - 28 * s, by - 12 * s, 56 * s, 24 * s)
    hy = 18 if head_down else 0
    c.poly(body, [(bx + f * 16 * s, by - 8 * s), (bx + f * 30 * s, by - 30 * s + hy * s),
                  (bx + f * 36 * s, by - 28 * s + hy * s), (bx + f * 28 * s, by + 2 * s)])
    c.poly(body, [(bx + f * 28 * s, by - 34 * s + hy * s), (bx + f * 46 * s, by - 20 * s + hy * s),
                  (bx + f * 44 * s, by - 15 * s + hy * s), (bx + f * 31 * s, by - 24 * s + hy * s)])
    c.poly(body, [(bx + f * 29 * s, by - 33 * s + hy * s), (bx + f * 31 * s, by - 40 * s + hy * s),
                  (bx + f * 33 * s, by - 32 * s + hy * s)])
    c.lines(shade(body, 0.8), [(bx - f * 27 * s, by - 6 * s), (bx - f * 33 * s, by + 8 * s),
                               (bx - f * 31 * s, by + 20 * s)], 3 * s)


def wheel(c: Canvas, x: float, y: float, r: float, colour: RGB) -> None:
    c.circle(colour, x, y, r)
    c.circle(mix(colour, c.pal["sky_low"], 0.0), x, y, r)
    inner = c.col("ground") if not c.winter else c.col("snow")
    c.circle(inner, x, y, r * 0.78)
    for i in range(6):
        a = math.tau * i / 6
        c.line(colour, (x, y), (x + r * math.cos(a), y + r * math.sin(a)), r * 0.12)
    c.circle(colour, x, y, r * 0.2)


def cart(c: Canvas, x: float, y: float, s: float, facing: int = 1, depth: float = 0.0,
         load: str = "") -> None:
    """A telega: a plank box on two wheels pairs, shafts forward, with an optional load."""
    f = facing
    wood = c.col("wood", depth)
    if load == "hay":
        c.poly(c.col("field2", depth), smooth([(x - 36 * s, y - 26 * s), (x - 30 * s, y - 52 * s),
                                               (x, y - 60 * s), (x + 32 * s, y - 50 * s),
                                               (x + 36 * s, y - 26 * s)]))
    elif load:
        for i, (dx, dy) in enumerate(((-20, 0), (0, 0), (20, 0), (-10, -12), (10, -12))):
            sack(c, x + dx * s, y - 22 * s + dy * s, s * 0.8, depth, lean=i % 2)
    c.poly(wood, [(x - 38 * s, y - 30 * s), (x + 38 * s, y - 30 * s), (x + 34 * s, y - 16 * s),
                  (x - 34 * s, y - 16 * s)])
    c.line(shade(wood, 0.75), (x - 36 * s, y - 24 * s), (x + 36 * s, y - 24 * s), 1.2 * s)
    c.line(shade(wood, 0.7), (x + f * 30 * s, y - 20 * s), (x + f * 70 * s, y - 30 * s), 2 * s)
    for wx in (-24, 24):
        wheel(c, x + wx * s, y - 12 * s, 12 * s, shade(wood, 0.7))


def sledge(c: Canvas, x: float, y: float, s: float, facing: int = 1, depth: float = 0.0,
           load: bool = True) -> None:
    """Drovni: a low wooden sledge on curled runners."""
    f = facing
    wood = c.col("wood", depth)
    if load:
        for dx in (-18, 0, 18):
            sack(c, x + dx * s, y - 10 * s, 0.75 * s, depth)
    c.rect(wood, x - 34 * s, y - 12 * s, 68 * s, 6 * s)
    c.lines(shade(wood, 0.7), [(x - f * 36 * s, y - 2 * s), (x + f * 34 * s, y - 2 * s),
                               (x + f * 44 * s, y - 8 * s), (x + f * 42 * s, y - 16 * s)], 2.5 * s)
    for px in (-24, 0, 24):
        c.line(shade(wood, 0.7), (x + px * s, y - 2 * s), (x + px * s, y - 8 * s), 2 * s)


def sack(c: Canvas, x: float, y: float, s: float, depth: float = 0.0, lean: int = 0) -> None:
    """A tied grain sack standing on the ground."""
    cloth = c.col("sack", depth)
    dx = 2 * s if lean else 0
    pts = smooth([(x - 10 * s, y), (x - 11 * s + dx, y - 14 * s), (x - 6 * s + dx, y - 22 * s),
                  (x + dx, y - 25 * s), (x + 6 * s + dx, y - 22 * s),
                  (x + 11 * s + dx, y - 14 * s), (x + 10 * s, y)], 3)
    c.cut(cloth, [pts], 1.5 * s)
    c.poly(shade(cloth, 0.86), [(x + 3 * s + dx, y - 20 * s), (x + 10 * s + dx, y - 14 * s),
                                (x + 9 * s, y), (x + 3 * s, y)])
    c.line(shade(cloth, 0.7), (x - 3 * s + dx, y - 21 * s), (x + 4 * s + dx, y - 21 * s), 1.5 * s)


def sheaf(c: Canvas, x: float, y: float, s: float, depth: float = 0.0, lean: float = 0.0) -> None:
    """A bound sheaf of rye standing upright: cut stalks, a band, a drooping crown of ears."""
    straw = c.col("field2", depth)
    ears = shade(c.col("field0", depth), 0.72)
    w = lean * s
    body = [(x - 8 * s, y), (x - 5 * s + w * 0.5, y - 18 * s), (x - 7 * s + w, y - 30 * s),
            (x + 7 * s + w, y - 30 * s), (x + 5 * s + w * 0.5, y - 18 * s), (x + 8 * s, y)]
    c.cut(straw, [body], 1.5 * s)
    c.poly(shade(straw, 0.85), [(x + w, y - 30 * s), (x + 7 * s + w, y - 30 * s),
                                (x + 5 * s + w * 0.5, y - 18 * s), (x + 8 * s, y), (x + 2 * s, y)])
    for i in range(-3, 4):
        c.line(shade(straw, 0.9), (x + i * 2 * s, y), (x + i * 1.5 * s + w, y - 28 * s), 0.8 * s)
    for i in range(-4, 5):
        tx = x + w + i * 2 * s
        c.lines(ears, [(tx, y - 30 * s), (tx + i * 1.5 * s, y - 40 * s),
                       (tx + i * 3 * s, y - 38 * s)], 1.8 * s)
    c.line(shade(straw, 0.65), (x - 6 * s + w * 0.5, y - 18 * s),
           (x + 6 * s + w * 0.5, y - 18 * s), 2.2 * s)


def stook(c: Canvas, x: float, y: float, s: float, depth: float = 0.0) -> None:
    """A shock of sheaves leaning together to dry: a straw cone with a crown of ears."""
    straw = c.col("field2", depth)
    cone = [(x - 15 * s, y), (x - 7 * s, y - 30 * s), (x, y - 38 * s), (x + 7 * s, y - 30 * s),
            (x + 15 * s, y)]
    c.cut(straw, [cone], 1.5 * s)
    c.poly(shade(straw, 0.82), [(x, y - 38 * s), (x + 7 * s, y - 30 * s), (x + 15 * s, y),
                                (x + 2 * s, y)])
    for i in range(-2, 3):
        c.line(shade(straw, 0.88), (x + i * 5 * s, y), (x + i * 1.5 * s, y - 28 * s), s)
        c.line(shade(c.col("field0", depth), 0.9), (x + i * 1.5 * s, y - 34 * s),
               (x + i * 4 * s, y - 44 * s), 1.6 * s)
    c.line(shade(straw, 0.7), (x - 8 * s, y - 22 * s), (x + 8 * s, y - 22 * s), 1.4 * s)


def onion(c: Canvas, x: float, y: float, r: float, colour: RGB) -> None:
    """An onion dome sitting on y, with a small cross above its tip."""
    prof = [(0.7, 0), (0.95, -0.25), (1.0, -0.55), (0.85, -0.9), (0.5, -1.2), (0.18, -1.45),
            (0.0, -1.6)]
    right = [(x + px * r, y + py * r) for px, py in smooth(prof, 4)]
    left = [(2 * x - px, py) for px, py in reversed(right)]
    c.cut(colour, [right + left], 2)
    c.poly(shade(colour, 1.25), [(x - r * 0.55, y - r * 0.4), (x - r * 0.75, y - r * 0.7),
                                 (x - r * 0.3, y - r * 1.2), (x - r * 0.3, y - r * 0.5)])
    gold = c.col("dome") if c.recipe.palette == "meadow" else shade(colour, 0.6)
    c.line(gold, (x, y - 1.6 * r), (x, y - 2.5 * r), r * 0.09)
    c.line(gold, (x - r * 0.3, y - 2.2 * r), (x + r * 0.3, y - 2.2 * r), r * 0.09)
    c.line(gold, (x - r * 0.2, y - 1.95 * r), (x + r * 0.2, y - 1.85 * r), r * 0.08)


def crowd(c: Canvas, x0: float, x1: float, y0: float, y1: float, n: int,
          facing: int = 1) -> None:
    """Villagers standing together, far ones smaller; about half the women in headscarves."""
    spots = sorted(((c.rng.uniform(x0, x1), c.rng.uniform(y0, y1)) for _ in range(n)),
                   key=lambda p: p[1])
    for x, y in spots:
        h = 30 + 40 * (y - y0) / max(1, y1 - y0)
        person(c, x, y, h, c.rng.choice(("stand", "stand", "walk")),
               scarf=c.scarf() if c.rng.random() < 0.55 else None, facing=facing)


def long_table(c: Canvas, x0: float, x1: float, y: float, people: bool = True) -> None:
    """A long table under a white cloth, with bread and bowls and people along it."""
    if people:
        x = x0 + 20
        while x < x1 - 10:
            child = c.rng.random() < 0.25
            person(c, x, y - 8, c.rng.uniform(50, 58) if child else c.rng.uniform(74, 86),
                   "stand", scarf=c.scarf() if c.rng.random() < 0.55 else None,
                   facing=c.rng.choice((-1, 1)))
            x += c.rng.uniform(36, 58)
    cloth = c.col("cloth")
    c.cut(cloth, [[(x0, y - 30), (x1, y - 30), (x1 + 6, y - 6), (x0 - 6, y - 6)]], 3)
    c.rect(shade(cloth, 0.9), x0 - 6, y - 10, x1 - x0 + 12, 6)
    for k in range(int((x1 - x0) / 40)):
        c.rect(c.col("accent"), x0 + 10 + k * 40, y - 9, 20, 3)
    for lx in (x0 + 10, x1 - 16):
        c.rect(c.col("wood_dark"), lx, y - 6, 6, 36)
    x = x0 + 16
    while x < x1 - 16:
        kind = c.rng.random()
        if kind < 0.3:
            c.ellipse(c.col("wood"), x - 14, y - 40, 28, 14)
        elif kind < 0.55:
            c.ellipse(c.col("metal"), x - 8, y - 34, 16, 6)
        elif kind < 0.75:
            c.poly(c.col("brick"), [(x - 6, y - 30), (x - 8, y - 46), (x - 3, y - 50),
                                    (x + 3, y - 50), (x + 8, y - 46), (x + 6, y - 30)])
        else:
            for i in range(3):
                c.circle(c.col("accent"), x - 6 + i * 6, y - 34, 3.5)
        x += c.rng.uniform(34, 56)
    c.rect(c.col("wood"), x0 + 10, y + 14, x1 - x0 - 20, 7)
