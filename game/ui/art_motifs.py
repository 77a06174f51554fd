"""Motifs: whole pictures, one function per kind of scene, and the register of them all.

Field and landscape motifs live here; places (`art_places`) and rooms (`art_rooms`) in their
own modules. Each motif reads its options from `c.recipe` (props, figures, season) and draws
back to front. `MOTIFS` names every motif with the props it understands, so that a typo in a
recipe fails loudly instead of being ignored.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from types import MappingProxyType

from .art import Canvas, MotifFn, Point, mix, shade
from .art_buildings import church, village
from .art_places import (
    assembly,
    city,
    dugout,
    granary_yard,
    kitchen,
    knock,
    river,
    road,
    school_yard,
    station_yard,
    street,
)
from .art_rooms import chest, letters, stove
from .art_things import (
    apple_tree,
    birch,
    fence,
    horse,
    izba,
    long_table,
    person,
    sack,
    sheaf,
    smoke,
    stook,
    wheel,
)


def strips(c: Canvas) -> None:
    """Long narrow field strips running to the horizon, some cut and stooked."""
    c.sky(330)
    c.ridge(330, 26, "far", 0.85, trees="round", freq=2)
    if c.has("village"):
        village(c, 344, 0.65)
    c.ridge(352, 10, "mid", 0.55, freq=4, rim=False)
    top = 356.0
    ends, x = [], -900.0
    while x < c.w + 900:
        ends.append((x, 760.0))
        x += c.rng.uniform(80, 170)
    fields = [c.jitter(c.col(f"field{(i * 3 + c.rng.randint(0, 1)) % 4}"), 6)
              for i in range(len(ends))]
    field_strips(c, top, (c.w * 0.62, 200), ends, fields)
    if c.has("stooks"):
        for _ in range(9):
            y = c.rng.uniform(top + 20, 640)
            stook(c, c.rng.uniform(0, c.w * 0.8), y, 0.25 + 0.9 * (y - top) / 360)
    rye = shade(c.col("field2"), 0.95)
    for _ in range(260):
        x, y = c.rng.uniform(0, c.w), c.rng.uniform(660, 730)
        c.line(c.jitter(rye, 10), (x, y), (x + c.rng.uniform(-3, 3), y - c.rng.uniform(20, 46)),
               1.4)
    if c.recipe.figures:
        person(c, c.w * 0.28, 540, 96, "bend", scarf=c.col("cloth"))
        sheaf(c, c.w * 0.28 + 64, 548, 1.4)
        for i in range(1, c.recipe.figures):
            person(c, c.w * (0.38 + 0.07 * i), 530 - i * 4, 70 - i * 8,
                   ("stand", "sit", "sit")[i % 3], scarf=c.scarf(), facing=-1)
    birch(c, c.w * 0.88, 560, 260)


def field_strips(c: Canvas, top: float, vp: Point, ends: list[Point],
                 colours: list[tuple[int, int, int]], texture: int = 45) -> None:
    """Strips of field fanning out from a vanishing point, clipped to below `top`.

    `ends` are the strips' far boundary points (beyond the picture edge); each strip is
    brushed with short dashes that run towards the vanishing point.
    """
    k = c.k
    c.target.set_clip((0, round(top * k), c.target.get_width(), c.target.get_height()))
    vx, vy = vp
    for i, (a, b) in enumerate(itertools.pairwise(ends)):
        colour = colours[i % len(colours)]
        c.poly(colour, [vp, a, b])
        for _ in range(texture):
            t, u = c.rng.uniform(0.05, 0.95), c.rng.uniform(0.2, 1.0) ** 0.5
            ex, ey = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
            px, py = vx + (ex - vx) * u, vy + (ey - vy) * u
            if py < top:
                continue
            ln = 4 + 26 * (py - top) / (720 - top)
            dx, dy = vx - px, vy - py
            norm = max(1.0, (dx * dx + dy * dy) ** 0.5)
            c.line(shade(colour, c.rng.choice((0.88, 1.08))), (px, py),
                   (px + dx / norm * ln, py + dy / norm * ln), 1.0 + (py - top) / 180)
        c.line(c.col("grass"), vp, a, 1.6)
    c.target.set_clip(None)


def plough(c: Canvas) -> None:
    """Spring ploughing: a horse and a ploughman on a strip, fresh furrows behind them."""
    c.land(340)
    village(c, 352, 0.65, 5)
    top = 366.0
    mud, green = c.col("mud"), c.col("field1")
    ends = [(c.w + 40, 330 + i * 46 + c.rng.uniform(-10, 10)) for i in range(12)]
    colours = [shade(mud, 0.9), mix(mud, green, 0.6), mud, shade(mud, 1.1)]
    field_strips(c, top, (-1400, 300), ends, colours, 80)
    if c.has("horse"):
        x, y = c.w * 0.44, 566
        horse(c, x, y, 1.5, facing=-1, head_down=True)
        c.line(c.col("ink"), (x + 24, y - 44), (x + 130, y - 20), 2)
        sokha(c, x + 146, y + 6, 1.3)
        person(c, x + 200, y + 8, 92, "walk", facing=-1)
    else:
        fence(c, c.w * 0.55, c.w + 10, 520, 40)
        izba(c, c.w * 0.8, 470, 0.9, lit=c.dark)
        sokha(c, c.w * 0.4, 620, 1.6)
        sack(c, c.w * 0.52, 640, 1.6)
    if c.has("helpers"):
        for i in range(3):
            person(c, c.w * (0.7 + 0.07 * i), 620 + 6 * i, 70, "walk", scarf=c.scarf(), facing=-1)
    birch(c, c.w * 0.92, 640, 330)


def sokha(c: Canvas, x: float, y: float, s: float) -> None:
    """A wooden plough: a pair of handles, the beam, the iron share in the furrow."""
    wood = c.col("wood_dark")
    c.line(wood, (x - 40 * s, y - 34 * s), (x + 4 * s, y - 6 * s), 3.5 * s)
    c.line(wood, (x, y - 4 * s), (x + 30 * s, y - 46 * s), 3 * s)
    c.line(wood, (x + 6 * s, y - 4 * s), (x + 38 * s, y - 42 * s), 3 * s)
    c.line(wood, (x + 24 * s, y - 36 * s), (x + 34 * s, y - 36 * s), 2 * s)
    c.poly(c.col("metal"), [(x - 6 * s, y), (x + 6 * s, y - 8 * s), (x + 10 * s, y)])


def feast(c: Canvas) -> None:
    """Dozhinki: a long table at the edge of the reaped field, stooks, people at dusk."""
    c.land(360)
    village(c, 372, 0.6, 6)
    c.ground(392, "field1")
    for i in range(8):
        y = 420 + (i % 3) * 16
        stook(c, c.w * (0.04 + 0.13 * i) + c.rng.uniform(-16, 16), y, 0.5 + (y - 400) / 150)
    for i in range(c.recipe.figures):
        x = c.w * (0.3 + 0.1 * i)
        person(c, x, 500 + 8 * (i % 2), 58, "walk", scarf=c.scarf() if i % 2 == 0 else None,
               facing=1 if i % 2 else -1)
    long_table(c, c.w * 0.06, c.w * 0.8, 620)
    if c.has("wreath"):
        x, y = c.w * 0.9, 500
        c.line(c.col("wood_dark"), (x, y + 40), (x, 700), 5)
        for i in range(18):
            a = i / 18 * math.tau
            c.circle(c.col("field2"), x + 26 * math.cos(a), y + 26 * math.sin(a), 7)
        for i in range(3):
            c.line(c.col("accent"), (x - 4 + i * 4, y + 26), (x - 8 + i * 8, y + 70), 3)
    for i in range(4):
        sheaf(c, c.w * (0.83 + 0.03 * i), 700, 1.6, lean=(i - 1.5) * 3)


def kolkhoz(c: Canvas) -> None:
    """The kolkhoz field: women and teenagers working in a line, perhaps the one tractor."""
    c.land(350)
    village(c, 362, 0.65, 5)
    spring = c.recipe.season in ("spring", "thaw")
    c.ground(376, "ground" if spring else "field1")
    if not spring:
        rye = c.col("field0")
        edge = [(c.w * 0.55, 376), (c.w + 20, 376), (c.w + 20, 740), (c.w * 0.8, 740)]
        c.cut(rye, [edge], 3)
        c.poly(shade(rye, 1.12), [(c.w * 0.55, 376), (c.w * 0.58, 366), (c.w + 20, 366),
                                  (c.w + 20, 376)])
        for _ in range(500):
            t = c.rng.random()
            y = 376 + 364 * t
            x = c.rng.uniform(c.w * (0.55 + 0.25 * t), c.w)
            c.line(c.jitter(shade(rye, 0.85), 10), (x, y), (x + 2, y - 10 - 30 * t), 1 + t)
        for i in range(7):
            y = 420 + (i % 3) * 60 + i * 8
            stook(c, c.w * (0.05 + 0.075 * i), y, 0.5 + (y - 390) / 160)
    if c.has("tractor"):
        tractor(c, c.w * 0.62, 470 if not spring else 540, 1.4)
    n = c.recipe.figures or 6
    poses = ("bend", "carry", "stand", "bend", "walk", "bend")
    for i in range(n):
        x = c.w * (0.16 + 0.62 * i / max(1, n - 1)) + c.rng.uniform(-14, 14)
        y = 560 + 50 * (i % 2) + c.rng.uniform(0, 20)
        teen = i % 3 == 2
        person(c, x, y, (72 if teen else 88) * (y / 600), poses[i % len(poses)],
               scarf=None if teen else c.scarf(), facing=1 if i % 2 else -1)
    birch(c, c.w * 0.06, 700, 360)


def tractor(c: Canvas, x: float, y: float, s: float) -> None:
    """A small wheeled tractor of the 1930s: big rear wheels, a bonnet and an exhaust."""

    body = c.col("shutter")
    c.rect(body, x - 40 * s, y - 50 * s, 60 * s, 24 * s)
    c.rect(shade(body, 0.8), x + 10 * s, y - 66 * s, 6 * s, 18 * s)
    c.rect(c.col("metal"), x - 48 * s, y - 74 * s, 4 * s, 26 * s)
    wheel(c, x + 14 * s, y - 24 * s, 24 * s, c.col("metal"))
    wheel(c, x - 34 * s, y - 12 * s, 12 * s, c.col("metal"))
    if not c.has("idle"):
        smoke(c, x - 46 * s, y - 76 * s, 0.5 * s, 5)


def orchard(c: Canvas) -> None:
    """Vera's orchard: old apple trees heavy with fruit, a fence, her house and Vera."""
    c.land(330)
    c.ground(392, "grass")
    izba(c, c.w * 0.56, 470, 0.85, lit=c.dark)
    for i in range(5):
        apple_tree(c, c.w * (0.06 + 0.2 * i) + c.rng.uniform(-16, 16), 440, 130, 0.25)
    fence(c, -10, c.w + 10, 520, 40)
    for x, h in ((c.w * 0.12, 330), (c.w * 0.86, 360)):
        apple_tree(c, x, 690, h)
    person(c, c.w * 0.5, 640, 92, "stand", scarf=c.col("cloth"), facing=1)
    c.ellipse(c.col("wood"), c.w * 0.5 + 10, 588, 34, 22)
    for i in range(5):
        c.circle(c.col("accent"), c.w * 0.5 + 16 + i * 5, 590, 5)
    for _ in range(14):
        c.circle(c.jitter(c.col("accent"), 14), c.rng.uniform(0, c.w), c.rng.uniform(660, 710), 5)


def frame(c: Canvas) -> None:
    """Pomochi: a new log house rising, a log hauled up the skids on ropes by neighbours."""
    c.land(360)
    village(c, 374, 0.6, 5)
    c.ground(392)
    timber = c.col("timber")
    x0, x1, base = c.w * 0.3, c.w * 0.7, 560
    courses = 7
    for i in range(courses):
        y = base - i * 18
        c.cut(timber, [[(x0, y), (x0, y - 17), (x1, y - 17), (x1, y)]], 2)
        c.line(shade(timber, 0.8), (x0, y - 1), (x1, y - 1), 1.5)
        for end in (x0, x1):
            c.circle(shade(timber, 1.06), end, y - 8, 9)
            c.circle(shade(timber, 0.85), end, y - 8, 4)
    top = base - courses * 18
    c.rect(shade(timber, 0.7), c.w * 0.42, top + 20, 50, base - top - 20)
    for sx in (c.w * 0.36, c.w * 0.5):
        c.line(c.col("wood"), (sx, 640), (sx + 40, top), 6)
    c.cut(timber, [[(c.w * 0.3, top - 40), (c.w * 0.62, top - 40), (c.w * 0.62, top - 22),
                    (c.w * 0.3, top - 22)]], 3)
    rope = c.col("ink")
    for i, x in enumerate((c.w * 0.8, c.w * 0.86, c.w * 0.92)):
        c.line(rope, (c.w * 0.6, top - 30), (x - 16, 610 + 4 * i), 1.5)
        person(c, x, 640 + 4 * i, 80, "pull", scarf=c.scarf() if i != 1 else None, facing=1)
    for i, x in enumerate((c.w * 0.16, c.w * 0.22)):
        person(c, x, 650, 80 - 8 * i, "stand", scarf=c.scarf() if i == 0 else None)
    for i in range(6):
        c.cut(timber, [c.oval(c.w * 0.06 + i * 3, 690 - i * 14, 60, 8, 12)], 2)
        c.circle(shade(timber, 0.9), c.w * 0.06 - 57 + i * 3, 690 - i * 14, 8)
    for _ in range(40):
        x, y = c.rng.uniform(c.w * 0.25, c.w * 0.75), c.rng.uniform(580, 700)
        c.ellipse(shade(timber, 1.08), x, y, 6, 3)
    birch(c, c.w * 0.93, 560, 320)


def panorama(c: Canvas) -> None:
    """Sosnovka from across the river at dusk: warm windows, the church, birches."""
    c.sky(380)
    c.ridge(372, 30, "far", 0.85, trees="spruce", freq=2)
    c.ridge(396, 14, "mid", 0.55, trees="round", freq=3)
    bank = 452.0
    c.ground(bank - 30, "near", 0.25)
    church(c, c.w * 0.62, bank - 24, 0.75, 0.25)
    xs = [c.w * t for t in (0.06, 0.14, 0.23, 0.32, 0.41, 0.5, 0.75, 0.84, 0.93)]
    for i, x in enumerate(xs):
        izba(c, x + c.rng.uniform(-14, 14), bank - 20 + (i % 2) * 10, 0.42 + 0.06 * (i % 3),
             depth=0.2, lit=True, smoking=True, flip=i % 3 == 0)
    water = c.col("water")  # frozen in winter: the palette has already paled it
    c.cut(water, [[(-20, bank), (c.w + 20, bank), (c.w + 20, 740), (-20, 740)]], 2)
    c.gradient(mix(c.pal["sky_low"], water, 0.3), water, bank, 640)
    for _ in range(120 if not c.winter else 40):
        y = c.rng.uniform(bank + 6, 650)
        x = c.rng.uniform(0, c.w)
        c.line(shade(water, 1.2 if not c.winter else 1.08), (x, y),
               (x + c.rng.uniform(20, 80), y), 1.4)
    with c.veil(110 if not c.winter else 50):
        for x in xs:
            for k in range(9 if not c.winter else 4):
                half = c.rng.uniform(4, 16) * (1 - k / 12)
                y = bank + 6 + k * 11 + c.rng.uniform(-2, 2)
                c.line(c.pal["lamp"], (x - half, y), (x + half, y), 2.2)
    if c.winter:
        c.lines(c.col("snow_shade"), [(c.w * 0.18, 740), (c.w * 0.3, 560), (c.w * 0.36, bank)],
                3)
    else:
        boat(c, c.w * 0.3, 618, 1.0)
    near = c.col("ground")
    c.cut(near, [[(-20, 640), (c.w * 0.4, 660), (c.w + 20, 630), (c.w + 20, 740),
                  (-20, 740)]], 3)
    for _ in range(90 if not c.winter else 0):
        x = c.rng.uniform(c.w * 0.16, c.w * 0.85)
        y = 650 + c.rng.uniform(0, 12) - 20 * (x / c.w)
        c.line(c.jitter(shade(near, 0.8), 8), (x, y),
               (x + c.rng.uniform(-4, 4), y - c.rng.uniform(14, 36)), 1.4)
    for x, h in ((c.w * 0.05, 420), (c.w * 0.12, 340), (c.w * 0.9, 400)):
        birch(c, x, 690, h)


def boat(c: Canvas, x: float, y: float, s: float) -> None:
    """A small wooden rowing boat moored by the bank, its reflection below it."""
    wood = c.col("wood")
    with c.veil(60):
        c.poly(shade(wood, 0.6), [(x - 60 * s, y + 4 * s), (x + 60 * s, y + 4 * s),
                                  (x + 44 * s, y + 20 * s), (x - 44 * s, y + 20 * s)])
    c.poly(wood, [(x - 70 * s, y - 18 * s), (x + 70 * s, y - 18 * s), (x + 50 * s, y),
                  (x - 50 * s, y)])
    c.line(shade(wood, 1.25), (x - 70 * s, y - 18 * s), (x + 70 * s, y - 18 * s), 2.5 * s)
    c.line(shade(wood, 0.7), (x - 60 * s, y - 9 * s), (x + 60 * s, y - 9 * s), 1.2 * s)
    c.line(c.col("ink"), (x - 70 * s, y - 16 * s), (x - 120 * s, y + 30 * s), 1.2)


MOTIFS: Mapping[str, tuple[MotifFn, tuple[str, ...]]] = MappingProxyType({
    "strips": (strips, ("village", "stooks")),
    "assembly": (assembly, ()),
    "knock": (knock, ("lit", "child", "children", "pair", "soldier", "bucket")),
    "stove": (stove, ("cat", "woodpile")),
    "station": (station_yard, ("sledges", "train", "carts")),
    "kitchen": (kitchen, ()),
    "plough": (plough, ("horse", "helpers")),
    "feast": (feast, ("wreath",)),
    "river": (river, ("colony", "crossing", "cart")),
    "road": (road, ("sledge", "stuck", "cart", "suitcase")),
    "letters": (letters, ("triangle", "envelope", "shawl", "parcels", "lamp", "cloth", "cup")),
    "kolkhoz": (kolkhoz, ("tractor", "idle")),
    "street": (street, ("well", "loudspeaker", "lanterns", "tables")),
    "frame": (frame, ()),
    "city": (city, ()),
    "orchard": (orchard, ()),
    "granary": (granary_yard, ("scales", "lantern", "one_sack")),
    "dugout": (dugout, ()),
    "chest": (chest, ()),
    "school": (school_yard, ("town", "woodpile")),
    "panorama": (panorama, ()),
})
