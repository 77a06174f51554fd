"""Motifs of places in the village and beyond: the square, a door, the school, the street,
the river, the road, the station, the granary, a dugout, and a city being rebuilt.

Each draws back to front: sky, far land, middle, the subject, the foreground.
"""

from __future__ import annotations

import math

from .art import Canvas, Point, mix, shade, smooth
from .art_buildings import (
    church,
    granary,
    rails,
    scales,
    school,
    station,
    train,
    village,
    water_tower,
)
from .art_things import (
    birch,
    cart,
    crowd,
    fence,
    horse,
    izba,
    long_table,
    person,
    sack,
    sledge,
    smoke,
    spruce,
)


def assembly(c: Canvas) -> None:
    """The skhod: villagers gathered on the square before the church."""
    c.land(390)
    izba(c, c.w * 0.12, 420, 0.55, depth=0.35)
    izba(c, c.w * 0.93, 418, 0.5, depth=0.4, flip=True)
    church(c, c.w * 0.6, 440, 1.15, 0.1)
    c.ground(440, "ground")
    birch(c, c.w * 0.86, 470, 230, 0.1)
    birch(c, c.w * 0.05, 480, 260, 0.05)
    person(c, c.w * 0.52, 470, 56, "stand")
    c.rect(c.col("cloth"), c.w * 0.52 + 4, 432, 10, 8)
    crowd(c, c.w * 0.2, c.w * 0.85, 520, 640, c.recipe.figures or 18, facing=-1)


def knock(c: Canvas) -> None:
    """A house seen from its yard and someone at the door: at dusk against the open, lamplit
    doorway; by day on the path, where a silhouette reads clearly."""
    c.land(360, "spruce")
    izba(c, c.w * 0.88, 380, 0.45, depth=0.45, lit=c.dark, flip=True)
    c.ground(400)
    birch(c, c.w * 0.07, 560, 330, 0.05)
    evening = c.dark and c.has("lit")
    sx, sy = izba(c, c.w * 0.36, 560, 1.9, lit=c.has("lit") or c.dark,
                  door="open" if evening else "shut")
    path = c.col("snow_shade") if c.winter else shade(c.col("ground"), 0.9)
    c.poly(path, [(sx - 14, sy), (sx + 24, sy), (c.w * 0.73, 660), (c.w * 0.65, 660)])
    if evening:
        with c.veil(70):
            c.poly(c.pal["lamp"], [(sx - 16, sy), (sx + 20, sy), (sx + 60, sy + 60),
                                   (sx - 30, sy + 60)])
    else:
        sx, sy = sx + 56, sy + 44
    if c.has("children"):
        person(c, sx - 20, sy, 56, scarf=c.scarf(), facing=-1)
        person(c, sx + 4, sy + 2, 36, scarf=c.scarf(), facing=-1)
        person(c, sx + 28, sy + 4, 44, facing=-1)
    elif c.has("pair"):
        person(c, sx - 12, sy, 80, scarf=c.scarf(), facing=-1)
        person(c, sx + 18, sy, 52, scarf=c.scarf(), facing=-1)
    elif c.has("child"):
        person(c, sx, sy, 52, facing=-1)
    elif c.has("soldier"):
        person(c, sx, sy, 84, "carry", facing=-1)
    elif c.has("bucket"):
        person(c, sx, sy, 78, scarf=c.scarf(), facing=-1)
        c.poly(c.col("metal"), [(sx - 20, sy - 22), (sx - 8, sy - 22), (sx - 10, sy - 6),
                                (sx - 18, sy - 6)])
    fence(c, -10, c.w + 10, 640, 48, gate=c.w * 0.7)


def kitchen(c: Canvas) -> None:
    """The school kitchen: steam from a big pot in the yard and a queue with bowls."""
    c.land(360)
    village(c, 372, 0.6, 4, chapel=False)
    c.ground(400)
    school(c, c.w * 0.46, 500, 1.15)
    fence(c, -10, c.w * 0.14, 520, 40)
    pot(c, c.w * 0.78, 570, 1.3)
    n = c.recipe.figures or 9
    for i in range(n):
        x = c.w * 0.7 - i * 42
        y = 590 + (i % 2) * 8
        person(c, x, y, 44 + (i % 3) * 6, scarf=c.scarf() if i % 2 else None)
    birch(c, c.w * 0.93, 560, 300)


def pot(c: Canvas, x: float, y: float, s: float) -> None:
    """A big kettle on a brick hearth, a little fire, a tall plume of steam."""
    c.rect(c.col("brick"), x - 34 * s, y - 30 * s, 68 * s, 30 * s)
    c.glow(x, y - 20 * s, 50 * s, c.pal["lamp"], 0.6)
    c.ellipse(c.col("lamp"), x - 12 * s, y - 28 * s, 24 * s, 14 * s)
    c.poly(c.col("metal"), [(x - 30 * s, y - 60 * s), (x + 30 * s, y - 60 * s),
                            (x + 24 * s, y - 30 * s), (x - 24 * s, y - 30 * s)])
    c.ellipse(shade(c.col("metal"), 1.3), x - 32 * s, y - 66 * s, 64 * s, 12 * s)
    with c.veil(120):
        for i in range(10):
            t = i / 9
            c.circle(c.col("cloth"), x + 20 * s * t + 6 * s * (i % 2), y - 70 * s - 140 * s * t,
                     (10 + 18 * t) * s)


def street(c: Canvas) -> None:
    """The village lane between two rows of izby, with a well, tables or a loudspeaker."""
    c.land(360)
    c.ground(372)
    vx = c.w * 0.5
    lane = c.col("mud") if c.recipe.season in ("spring", "autumn") else (
        c.col("snow_shade") if c.winter else c.col("grass"))
    lane = mix(lane, c.col("grass"), 0.35)
    c.poly(shade(lane, 1.05), [(vx - 8, 374), (vx + 8, 374), (c.w * 0.74, 740),
                               (c.w * 0.26, 740)])
    c.strokes(shade(lane, 0.9), lambda x: (380 + abs(x - vx) * 1.6, 720), 160, 12, 0, 1.2,
              c.w * 0.26, c.w * 0.74)
    for i in range(6, -1, -1):
        t = 1 - i / 7
        sc = 0.18 + 1.2 * t ** 2
        y = 376 + 290 * t ** 2
        off = 40 + c.w * 0.52 * t ** 2
        izba(c, vx - off - 60 * sc, y, sc, depth=0.6 * (1 - t), lit=c.dark)
        izba(c, vx + off + 60 * sc, y, sc, depth=0.6 * (1 - t), lit=c.dark, flip=True)
        if i == 4:
            birch(c, vx - off - 110 * sc, y + 6, 150)
            birch(c, vx + off + 140 * sc, y + 10, 170)
    if c.has("well"):
        well(c, c.w * 0.3, 650, 1.2)
        for i in range(min(2, c.recipe.figures)):
            person(c, c.w * (0.42 + 0.07 * i), 660, 92 - 6 * i, "stand", scarf=c.scarf(),
                   facing=-1 if i else 1)
    if c.has("loudspeaker"):
        x, y = c.w * 0.62, 420.0
        c.line(c.col("wood_dark"), (x, 650), (x, y - 30), 6)
        c.line(c.col("ink"), (x, y - 26), (c.w + 10, y - 60), 1.2)
        grey = shade(c.col("plaster"), 0.8)
        c.cut(grey, [[(x - 4, y - 6), (x - 54, y - 26), (x - 54, y + 22), (x - 4, y + 6)]], 2)
        c.ellipse(shade(grey, 0.75), x - 62, y - 26, 16, 48)
        c.ellipse(shade(grey, 0.45), x - 59, y - 20, 10, 36)
        c.rect(c.col("metal"), x - 6, y - 8, 10, 16)
    if c.has("lanterns"):
        for y0 in (420, 470):
            pts = [(c.w * 0.18 + (c.w * 0.64) * t / 20,
                    y0 + 30 * math.sin(math.pi * t / 20)) for t in range(21)]
            c.lines(c.col("ink"), pts, 1.2)
            for i, (x, y) in enumerate(pts[1:-1]):
                colour = (c.col("accent"), c.col("cloth"), c.col("field2"), c.col("shutter"))[i % 4]
                c.poly(colour, [(x - 6, y), (x + 6, y), (x, y + 14)])
    if c.has("tables"):
        long_table(c, c.w * 0.26, c.w * 0.74, 600)
    if c.recipe.figures and not c.has("well"):
        crowd(c, c.w * 0.15, c.w * 0.85, 610, 700, c.recipe.figures)


def well(c: Canvas, x: float, y: float, s: float) -> None:
    """A shadoof well (zhuravl): a log box, a tall fork and a long sweep with a bucket."""
    wood = c.col("wood_dark")
    c.rect(c.col("wood"), x - 22 * s, y - 34 * s, 44 * s, 34 * s)
    for i in range(1, 4):
        c.line(wood, (x - 22 * s, y - i * 9 * s), (x + 22 * s, y - i * 9 * s), s)
    c.line(wood, (x + 60 * s, y), (x + 60 * s, y - 110 * s), 5 * s)
    c.line(wood, (x - 10 * s, y - 40 * s - 150 * s), (x + 120 * s, y - 60 * s), 4 * s)
    c.line(c.col("ink"), (x - 10 * s, y - 190 * s), (x - 4 * s, y - 50 * s), 1.2 * s)
    c.rect(c.col("metal"), x - 10 * s, y - 54 * s, 12 * s, 12 * s)


def river(c: Canvas) -> None:
    """The river Samara in winter (or autumn): the far bank, the ice, a track across it."""
    c.land(330, "spruce")
    far = 368.0
    c.ground(far - 14, "near", 0.45)
    if c.has("colony"):
        church(c, c.w * 0.3, far - 8, 0.55, 0.45, steeple=True)
        for i in range(5):
            izba(c, c.w * (0.42 + 0.1 * i), far - 10, 0.24, depth=0.5, lit=c.dark,
                 smoking=c.winter)
    else:
        village(c, far - 10, 0.5, 6)
    frozen = c.winter
    water = c.col("water")
    c.cut(water, [[(-20, far), (c.w + 20, far - 4), (c.w + 20, 560), (-20, 590)]], 2)
    c.gradient(mix(water, c.pal["sky_low"], 0.45), water, far, 470)
    for _ in range(70 if not frozen else 30):
        y = c.rng.uniform(far + 6, 570)
        x = c.rng.uniform(0, c.w)
        ln = c.rng.uniform(20, 90) * (y / 500)
        c.line(shade(water, 1.18 if c.rng.random() < 0.6 else 0.9), (x, y), (x + ln, y), 1.4)
    if c.has("cart"):
        cart(c, c.w * 0.62, far - 4, 0.35, -1, 0.5, "sacks")
        horse(c, c.w * 0.62 - 34, far - 4, 0.35, -1, 0.5)
    if frozen:
        c.lines(c.col("snow_shade"), [(c.w * 0.2, 600), (c.w * 0.35, 500), (c.w * 0.4, far + 8)], 4)
    if c.has("crossing"):
        for i, h in enumerate((48, 40, 30)):
            person(c, c.w * 0.36 - i * 26, 520 + i * 6, h, "walk", facing=-1,
                   scarf=c.scarf() if i == 0 else None)
    near = c.col("ground")
    c.cut(near, [[(-20, 590), (c.w * 0.5, 610), (c.w + 20, 560), (c.w + 20, 740),
                  (-20, 740)]], 3)
    c.strokes(shade(near, 0.92), lambda x: (620, 720), 120, 20)
    for x, h in ((c.w * 0.08, 300), (c.w * 0.16, 230)):
        birch(c, x, 660, h)
    spruce(c, c.w * 0.9, 650, 220)
    spruce(c, c.w * 0.82, 640, 150)


def road(c: Canvas) -> None:
    """A country road running away to the horizon, poles beside it, a cart or a sledge."""
    c.land(380, "spruce" if c.winter else "round")
    c.ground(384)
    vx = c.w * 0.58
    track = c.col("snow_shade") if c.winter else c.col("mud")
    c.poly(track, [(vx - 4, 386), (vx + 4, 386), (c.w * 0.9, 740), (c.w * 0.2, 740)])
    for i in range(1, 14):
        t = (i / 13) ** 2
        y = 386 + 334 * t
        c.line(shade(track, 0.88), (vx - 2 - (vx - c.w * 0.2) * t * 0.5, y),
               (vx + (c.w * 0.9 - vx) * t * 0.4, y + 2), 1 + 2 * t)
    for i in range(7):
        t = (i + 1) / 7
        x = vx + 14 + (c.w * 0.98 - vx) * t ** 2
        y = 386 + 334 * t ** 2
        h = 8 + 220 * t ** 2
        c.line(c.col("wood_dark"), (x, y), (x, y - h), 1 + 4 * t ** 2)
        c.line(c.col("wood_dark"), (x - h * 0.08, y - h * 0.92), (x + h * 0.08, y - h * 0.92),
               1 + 2 * t ** 2)
    if c.has("stuck"):
        sledge(c, c.w * 0.36, 470, 0.8, facing=1, depth=0.2)
        horse(c, c.w * 0.36 + 70, 470, 0.8, facing=1, depth=0.2, head_down=True)
        c.poly(c.col("snow"), [(c.w * 0.3, 474), (c.w * 0.34, 452), (c.w * 0.42, 458),
                               (c.w * 0.46, 476)])
    if c.has("sledge"):
        horse(c, c.w * 0.66, 600, 1.5, facing=-1)
        sledge(c, c.w * 0.66 + 100, 604, 1.5, facing=-1)
        person(c, c.w * 0.66 + 150, 604, 80, "walk", facing=-1)
    if c.has("cart"):
        horse(c, c.w * 0.62, 590, 1.4, facing=-1)
        cart(c, c.w * 0.62 + 96, 594, 1.4, facing=-1, load="sacks" if not c.has(
            "suitcase") else "")
        if c.has("suitcase"):
            c.rect(c.col("brick"), c.w * 0.62 + 76, 540, 44, 28)
            c.rect(c.col("wood_dark"), c.w * 0.62 + 92, 534, 12, 6)
    for i in range(c.recipe.figures):
        person(c, c.w * (0.74 + 0.05 * i), 640 + 4 * i, 84 if i == 0 else 60 - 6 * i, "walk",
               facing=-1, scarf=c.scarf() if i % 2 == 0 else None)  # a mother, then children
    birch(c, c.w * 0.1, 660, 360)
    birch(c, c.w * 0.2, 600, 230)


def station_yard(c: Canvas) -> None:
    """The district railway station: station house, water tower, track, and either sledges
    waiting for flour or a goods train of evacuees."""
    c.land(360, "spruce")
    c.ground(380, "ground")
    water_tower(c, c.w * 0.84, 470, 1.1, 0.1)
    station(c, c.w * 0.36, 470, 1.0, 0.1)
    for x in (c.w * 0.03, c.w * 0.68):
        c.line(c.col("wood_dark"), (x, 490), (x, 330), 3)
    c.lines(c.col("ink"), [(c.w * 0.03, 336), (c.w * 0.35, 350), (c.w * 0.68, 336)], 1)
    rails(c, 500)
    if c.has("train"):
        train(c, c.w * 0.12, 512, 0.95, 6)
    for i in range(c.recipe.figures):
        x = c.w * (0.12 + 0.07 * i) + c.rng.uniform(-10, 10)
        y = 560 + c.rng.uniform(0, 40)
        person(c, x, y, 60, "carry" if i % 3 == 0 else "stand", scarf=c.scarf() if i % 2 else
               None, facing=c.rng.choice((-1, 1)))
    if c.has("sledges"):
        for i in range(3):
            x = c.w * (0.18 + 0.28 * i)
            horse(c, x, 640 + 10 * i, 1.2, facing=-1)
            sledge(c, x + 86, 644 + 10 * i, 1.2, facing=-1)
        for i in range(5):
            sack(c, c.w * 0.55 + i * 22, 520, 0.9)
    if c.has("carts"):
        horse(c, c.w * 0.7, 650, 1.3, facing=-1)
        cart(c, c.w * 0.7 + 90, 654, 1.3, facing=-1)


def granary_yard(c: Canvas) -> None:
    """The kolkhoz granary with sacks and the scales; by day, at dusk or by lantern."""
    c.land(360)
    c.ground(392)
    if c.recipe.season == "summer" and not c.has("scales"):
        for _ in range(220):
            x = c.rng.uniform(0, c.w * 0.3)
            c.line(c.jitter(c.col("field0")), (x, 520), (x, 520 - c.rng.uniform(30, 70)), 2)
    granary(c, c.w * 0.45, 560, 1.6)
    if c.has("scales"):
        scales(c, c.w * 0.18, 620, 1.5)
        for i in range(c.recipe.figures):
            person(c, c.w * (0.04 + 0.05 * i), 650 + 8 * (i % 2), 84, "stand",
                   scarf=c.scarf() if i % 2 == 0 else None)
    if c.has("lantern"):
        lx, ly = c.w * 0.26, 560
        c.line(c.col("ink"), (lx, ly - 60), (lx, ly - 10), 2)
        c.rect(c.col("lamp"), lx - 8, ly - 14, 16, 24)
        c.glow(lx, ly, 140, c.pal["lamp"], 0.9)
        for i in range(2):
            person(c, c.w * (0.2 + 0.08 * i), 640, 88, "stand", facing=1)
    if c.has("one_sack"):
        sack(c, c.w * 0.83, 640, 2.4)
    else:
        for i in range(9):
            sack(c, c.w * 0.74 + (i % 5) * 26, 660 - (i // 5) * 20, 1.4)
    birch(c, c.w * 0.93, 640, 330)


def dugout(c: Canvas) -> None:
    """A zemlyanka: a low roof of logs and turf rising out of the ground, a stovepipe,
    steps down to a door, beside the house it stands in for."""
    c.land(360)
    izba(c, c.w * 0.16, 470, 0.8, depth=0.2, smoking=False)
    c.ground(420)
    turf = mix(c.col("field1"), c.col("ground"), 0.5)
    x0, x1, base = c.w * 0.3, c.w * 0.96, 620.0
    c.cut(turf, [smooth([(x0, base), (x0 + 80, 520), (x0 + 260, 470), (x1 - 120, 500),
                         (x1, base)], 8)], 4)
    roof = c.col("wood")
    ridge = [(x0 + 150, 486), (x0 + 300, 430), (x0 + 450, 480)]
    c.cut(roof, [[ridge[0], ridge[1], ridge[2], (x0 + 440, 500), (x0 + 160, 506)]], 3)
    for i in range(1, 8):
        t = i / 8
        c.line(shade(roof, 0.8), (ridge[0][0] + 150 * t, ridge[0][1] - 56 * t),
               (ridge[0][0] + 150 * t, ridge[0][1] - 56 * t + 20), 1.6)
    c.poly(turf, [(x0 + 170, 496), (x0 + 300, 446), (x0 + 430, 492), (x0 + 300, 470)])
    door = shade(roof, 0.4)
    c.poly(shade(c.col("mud"), 0.8), [(x0 + 200, base + 40), (x0 + 230, 560), (x0 + 330, 560),
                                      (x0 + 360, base + 40)])
    c.rect(door, x0 + 246, 510, 68, 56)
    c.rect(c.col("timber"), x0 + 240, 504, 80, 8)
    for i in range(4):
        c.rect(c.col("timber"), x0 + 226 - i * 6, 570 + i * 18, 108 + i * 12, 6)
    c.rect(c.col("metal"), x0 + 380, 420, 12, 70)
    smoke(c, x0 + 386, 416, 1.0)
    c.rect(c.pal["lamp"] if c.dark else c.col("glass"), x0 + 110, 520, 34, 20)
    for _ in range(30):
        x = c.rng.uniform(x0 + 20, x1 - 20)
        c.line(shade(turf, 0.8), (x, 540), (x + 2, 530), 1.5)
    if c.recipe.figures:
        x = c.w * 0.18
        person(c, x, 650, 90, "walk", scarf=c.scarf(), facing=1)
        c.poly(c.col("metal"), [(x + 12, 610), (x + 28, 610), (x + 26, 628), (x + 14, 628)])
    birch(c, c.w * 0.06, 690, 330)


def school_yard(c: Canvas) -> None:
    """The school (or a town house by the cathedral), with wood stacked or children about."""
    c.land(360)
    if c.has("town"):
        church(c, c.w * 0.78, 420, 0.9, 0.35)
    else:
        village(c, 372, 0.6, 4, chapel=False)
    c.ground(400)
    school(c, c.w * 0.42, 540, 1.35, town=c.has("town"))
    if c.recipe.season == "summer":
        for _ in range(70):
            x = c.rng.uniform(c.w * 0.2, c.w * 0.64)
            if abs(x - c.w * 0.42) > 30:
                c.circle(c.rng.choice((c.col("accent"), c.col("cloth"), c.col("field2"))), x,
                         c.rng.uniform(546, 560), 3)
    if c.has("woodpile"):
        wood = c.col("timber")
        for row in range(4):
            for i in range(10 - row):
                c.circle(shade(wood, 0.9), c.w * 0.74 + i * 15 + row * 7, 610 - row * 14, 8)
                c.circle(wood, c.w * 0.74 + i * 15 + row * 7, 610 - row * 14, 5)
        sledge(c, c.w * 0.68, 660, 1.1, load=False)
    for i in range(c.recipe.figures):
        x = c.w * (0.3 + 0.09 * i)
        person(c, x, 620 + (i % 2) * 16, 58 if i else 80, "walk" if i % 2 else "stand",
               scarf=c.scarf() if i % 2 == 0 else None, facing=1 if i % 2 else -1)
    fence(c, -10, c.w * 0.16, 560, 44)
    birch(c, c.w * 0.05, 600, 330)
    birch(c, c.w * 0.95, 620, 300)


def city(c: Canvas) -> None:
    """Stalingrad being rebuilt: broken blocks, new brick walls in scaffolding, tall cranes."""
    c.sky(470)
    c.ridge(470, 8, "far", 0.8, freq=2, rim=False)
    base = 520.0
    for i in range(11):
        x = -30 + i * 96 + c.rng.uniform(-10, 10)
        w, h = c.rng.uniform(70, 110), c.rng.uniform(90, 220)
        block(c, x, base - 10 * (i % 2), w, h, broken=i % 3 != 1, depth=0.35 + 0.1 * (i % 2))
    for x, h in ((c.w * 0.28, 330), (c.w * 0.7, 380)):
        crane(c, x, base, h)
    new = c.col("brick")
    c.cut(new, [[(c.w * 0.42, base + 20), (c.w * 0.42, base - 130), (c.w * 0.62, base - 130),
                 (c.w * 0.62, base + 20)]], 3)
    for row in range(4):
        for col in range(5):
            c.rect(c.col("glass"), c.w * 0.44 + col * 34, base - 118 + row * 34, 14, 20)
    scaffold = c.col("timber")
    for i in range(7):
        x = c.w * 0.41 + i * 32
        c.line(scaffold, (x, base + 20), (x, base - 160), 2.5)
    for j in range(6):
        c.line(scaffold, (c.w * 0.41, base + 10 - j * 32), (c.w * 0.41 + 192, base + 10 - j * 32),
               3)
    water = c.col("water")
    c.cut(water, [[(-20, base + 30), (c.w + 20, base + 30), (c.w + 20, 740), (-20, 740)]], 2)
    c.gradient(mix(water, c.pal["sky_low"], 0.4), water, base + 30, 660)
    for _ in range(50):
        y, x = c.rng.uniform(base + 40, 700), c.rng.uniform(0, c.w)
        c.line(shade(water, 1.15), (x, y), (x + c.rng.uniform(20, 60), y), 1.4)
    near = c.col("ground")
    c.cut(near, [[(-20, base + 30), (c.w + 20, base + 30), (c.w + 20, base + 60),
                  (-20, base + 70)]], 2)
    for i in range(7):
        bx = c.w * 0.1 + i * 16
        for j in range(5 - i % 2):
            c.rect(c.jitter(new, 8), bx + (j % 2) * 6, base + 40 - j * 7, 13, 6)


def block(c: Canvas, x: float, y: float, w: float, h: float, broken: bool, depth: float) -> None:
    """A city block: grey walls and dark windows; broken ones with a jagged top."""
    wall = mix(c.col("plaster", depth), c.col("metal", depth), 0.3)
    top: list[Point] = [(x, y - h)]
    if broken:
        for i in range(1, 6):
            top.append((x + w * i / 6, y - h + c.rng.uniform(0, h * 0.45)))
    top.append((x + w, y - h * (c.rng.uniform(0.6, 0.9) if broken else 1)))
    c.cut(wall, [[(x, y), *top, (x + w, y)]], 2)
    floors = int(h // 28)
    for f in range(floors):
        for i in range(int(w // 22)):
            wx, wy = x + 6 + i * 22, y - 24 - f * 28
            if broken and wy < max(py for _, py in top) + 10:
                continue
            c.rect(shade(wall, 0.62), wx, wy, 11, 16)


def crane(c: Canvas, x: float, y: float, h: float) -> None:
    """A tower crane: a lattice mast, a long jib, a counterweight and a hook with bricks."""
    metal = mix(c.col("metal"), c.col("accent"), 0.3)
    c.line(metal, (x - 8, y), (x - 8, y - h), 3)
    c.line(metal, (x + 8, y), (x + 8, y - h), 3)
    for i in range(int(h // 18)):
        yy = y - i * 18
        c.line(metal, (x - 8, yy), (x + 8, yy - 18), 1.5)
    jy = y - h
    c.line(metal, (x - 70, jy), (x + 230, jy), 4)
    c.lines(metal, [(x - 70, jy), (x, jy - 40), (x + 230, jy)], 1.5)
    c.rect(c.col("metal"), x - 80, jy - 6, 24, 22)
    c.rect(c.col("timber"), x + 6, jy + 2, 22, 18)
    c.line(c.col("ink"), (x + 170, jy), (x + 170, jy + h * 0.45), 1)
    for j in range(3):
        c.rect(c.col("brick"), x + 156 + j * 2, jy + h * 0.45 + j * 7, 28, 6)
