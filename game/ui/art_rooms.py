"""Interiors: the stove corner, a table by the window, the Schmidts' chest.

Inside, the light is the lamp's and the stove's, so a room is lit warmly whatever the hour;
the window shows the recipe's time of day and season outside.
"""

from __future__ import annotations

import math
from dataclasses import replace

from .art import Canvas, mix, palette_for, shade
from .art_things import birch, izba

WARM = (150, 96, 52)


def indoors(c: Canvas) -> None:
    """Swap to room colours: the day palette, darkened and warmed when the lamp is lit."""
    sky_top, sky_low = c.pal["sky_top"], c.pal["sky_low"]
    outside = dict(c.pal)
    c.indoors = True
    c.pal = palette_for(replace(c.recipe, time="day"))
    if c.dark:
        c.pal = {k: shade(mix(v, WARM, 0.25), 0.74) if k != "lamp" else v
                 for k, v in c.pal.items()}
    c.pal |= {"sky_top": sky_top, "sky_low": sky_low, "out_snow": outside["snow"],
              "out_ground": outside["ground"], "out_far": outside["far"]}


def room(c: Canvas, floor: float = 540) -> None:
    """A log back wall with pale moss between the logs, and a board floor."""
    wood = shade(c.col("timber"), 0.82)
    log = 36.0
    y = 0.0
    while y < floor:
        c.rect(c.jitter(wood, 5), 0, y, c.w, log)
        c.rect(shade(wood, 1.08), 0, y + 4, c.w, 6)
        c.rect(shade(wood, 0.78), 0, y + log - 5, c.w, 5)
        c.rect(shade(c.col("field2"), 0.9), 0, y + log - 1.5, c.w, 1.5)
        y += log
    board = shade(c.col("wood"), 1.05)
    c.cut(board, [[(-10, floor), (c.w + 10, floor), (c.w + 10, 740), (-10, 740)]], 0)
    vx = c.w * 0.5
    for i in range(-12, 13):
        c.line(shade(board, 0.82), (vx + i * 40, floor), (vx + i * 120, 720), 1.5)
    c.rect(shade(board, 0.7), 0, floor, c.w, 6)


def pane(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A window: the outside (sky, land, a neighbour's house), frame, frost and a towel."""
    c.gradient(c.pal["sky_top"], c.pal["sky_low"], y, y + h * 0.7, x, x + w)
    out = c.pal["out_snow"] if c.winter else c.pal["out_ground"]
    c.rect(c.pal["out_far"], x, y + h * 0.58, w, h * 0.12)
    c.rect(out, x, y + h * 0.68, w, h * 0.32)
    saved, c.pal = c.pal, dict(c.pal)
    if c.dark:
        c.pal = {k: mix(v, (30, 40, 74), 0.5) for k, v in c.pal.items()}
        c.pal["lamp"] = (255, 206, 120)
    izba(c, x + w * 0.62, y + h * 0.74, w / 380, depth=0.2, lit=c.dark, smoking=True)
    birch(c, x + w * 0.18, y + h * 0.86, h * 0.7, 0.1)
    c.pal = saved
    if c.recipe.weather in ("snow", "blizzard"):
        with c.veil(200):
            for _ in range(60):
                c.circle(c.pal["out_snow"], c.rng.uniform(x, x + w), c.rng.uniform(y, y + h),
                         c.rng.uniform(0.8, 2.0))
    trim = c.col("trim")
    c.rect(trim, x - 14, y - 14, w + 28, 14)
    c.rect(trim, x - 14, y + h, w + 28, 18)
    c.rect(trim, x - 14, y - 14, 14, h + 28)
    c.rect(trim, x + w, y - 14, 14, h + 28)
    c.rect(trim, x + w / 2 - 5, y, 10, h)
    c.rect(trim, x, y + h * 0.36 - 5, w, 10)
    if c.winter:
        with c.veil(110):
            for side in (0, 1):
                for py in (y, y + h * 0.36 + 5):
                    ph = h * 0.64 - 5 if py > y else h * 0.36 - 5
                    cx = x + (w / 2 + 5 if side else 0)
                    c.poly(c.col("snow"), [(cx, py + ph), (cx, py + ph * 0.6),
                                           (cx + w * 0.12, py + ph * 0.8),
                                           (cx + w * 0.3, py + ph * 0.85),
                                           (cx + w / 2 - 5, py + ph)])
    towel = c.col("cloth")
    c.rect(towel, x - 30, y - 30, w + 60, 22)
    for side in (x - 30, x + w - 6):
        c.rect(towel, side, y - 30, 36, h * 0.45)
        for k in range(3):
            c.rect(c.col("accent"), side, y - 30 + h * 0.45 - 12 - k * 10, 36, 4)
    for k in range(12):
        c.rect(c.col("accent"), x - 20 + k * (w + 40) / 12, y - 22, 8, 6)


def stove(c: Canvas) -> None:
    """The stove corner: the big whitewashed Russian stove, a bench, a lamp, a window."""
    indoors(c)
    room(c)
    pane(c, c.w * 0.6, 120, 190, 220)
    white = c.col("plaster")
    c.cut(white, [[(30, 560), (30, 150), (380, 150), (380, 560)],
                  [(380, 560), (380, 150), (430, 176), (430, 540)]], 5)
    c.poly(shade(white, 0.85), [(380, 560), (380, 150), (430, 176), (430, 540)])
    c.rect(white, 150, 0, 110, 150)
    c.rect(shade(white, 0.85), 260, 0, 24, 162)
    c.rect(shade(white, 0.9), 30, 150, 350, 18)
    mouth = [(130, 440), (130, 340), (160, 310), (250, 310), (280, 340), (280, 440)]
    c.poly(shade(white, 0.3), mouth)
    c.glow(205, 420, 190, (255, 150, 70), 1.0)
    c.ellipse((240, 120, 60), 160, 408, 90, 30)
    c.ellipse(c.col("metal"), 176, 370, 56, 42)
    c.rect(shade(white, 0.92), 110, 440, 190, 16)
    for nx, ny in ((60, 230), (320, 230), (60, 480), (330, 480)):
        c.rect(shade(white, 0.45), nx, ny, 30, 26)
    for i, colour in enumerate((c.col("accent"), c.col("shutter"), c.col("field2"),
                                c.col("accent"), c.col("cloth"))):
        c.rect(colour, 60 + i * 40, 124, 40, 26)
    c.rect(shade(c.col("accent"), 0.8), 60, 144, 200, 6)
    c.rect(c.col("wood"), c.w * 0.52, 420, c.w * 0.5, 18)
    for lx in (c.w * 0.56, c.w * 0.95):
        c.rect(shade(c.col("wood"), 0.7), lx, 438, 12, 110)
    if "cat" in c.recipe.props:
        cx, cy = c.w * 0.7, 548
        ink = c.col("ink")
        c.ellipse(ink, cx - 34, cy - 26, 56, 26)
        c.circle(ink, cx + 20, cy - 26, 13)
        c.poly(ink, [(cx + 10, cy - 34), (cx + 13, cy - 48), (cx + 20, cy - 37)])
        c.poly(ink, [(cx + 22, cy - 37), (cx + 29, cy - 48), (cx + 32, cy - 32)])
        c.lines(ink, [(cx - 30, cy - 8), (cx - 52, cy - 4), (cx - 60, cy - 18)], 5)
    table(c, c.w * 0.72, 620, 1.0)
    lamp(c, c.w * 0.78, 560)
    if "woodpile" in c.recipe.props:
        wood = c.col("timber")
        for row in range(3):
            for i in range(5 - row):
                x, y = 470 + i * 34 + row * 17, 690 - row * 30
                c.circle(shade(wood, 0.8), x, y, 16)
                c.circle(wood, x, y, 11)


def table(c: Canvas, x: float, y: float, s: float) -> None:
    """A plank table seen from the front, its top a little from above."""
    wood = c.col("wood")
    c.poly(shade(wood, 1.15), [(x - 150 * s, y - 40 * s), (x + 150 * s, y - 40 * s),
                               (x + 170 * s, y), (x - 170 * s, y)])
    c.rect(shade(wood, 0.8), x - 170 * s, y, 340 * s, 14 * s)
    for lx in (x - 160 * s, x + 148 * s):
        c.rect(shade(wood, 0.65), lx, y + 14 * s, 12 * s, 90 * s)


def lamp(c: Canvas, x: float, y: float, s: float = 1.0) -> None:
    """A kerosene lamp: a brass foot, the flame in its glass chimney, and its warm light."""
    c.glow(x, y - 40 * s, 300 * s, c.pal["lamp"], 0.9 if c.dark else 0.4)
    c.poly(c.col("field0"), [(x - 16 * s, y), (x + 16 * s, y), (x + 6 * s, y - 18 * s),
                             (x - 6 * s, y - 18 * s)])
    c.ellipse(c.col("field0"), x - 16 * s, y - 40 * s, 32 * s, 24 * s)
    c.ellipse(mix(c.pal["lamp"], (255, 255, 255), 0.5), x - 9 * s, y - 78 * s, 18 * s, 42 * s)
    c.ellipse((255, 240, 200), x - 4 * s, y - 62 * s, 8 * s, 16 * s)


def letters(c: Canvas) -> None:
    """A table by the window: letters (a soldier's triangle, an envelope), a shawl or parcels."""
    indoors(c)
    room(c, 470)
    pane(c, c.w * 0.3, 90, c.w * 0.4, 290)
    geranium(c, c.w * 0.64, 392)
    top = c.col("wood")
    c.cut(shade(top, 1.1), [[(-20, 470), (c.w + 20, 470), (c.w + 20, 740), (-20, 740)]], 4)
    for i in range(1, 6):
        c.line(shade(top, 0.92), (-20, 470 + i * 50), (c.w + 20, 470 + i * 50), 2)
    runner = c.col("cloth")
    c.cut(runner, [[(c.w * 0.12, 500), (c.w * 0.88, 500), (c.w * 0.9, 720), (c.w * 0.1, 720)]], 3)
    for k in range(3):
        c.line(c.col("accent"), (c.w * 0.12, 512 + k * 8), (c.w * 0.88, 512 + k * 8), 2.5)
    props = c.recipe.props
    if c.dark or "lamp" in props:
        lamp(c, c.w * 0.84, 560, 1.4)
    if "shawl" in props:
        shawl(c, c.w * 0.46, 590)
    if "parcels" in props:
        for i, (px, py, pw, ph) in enumerate(((0.18, 600, 170, 90), (0.42, 560, 130, 110),
                                               (0.32, 660, 150, 50))):
            box = c.jitter(c.col("sack"), 8)
            c.cut(box, [[(c.w * px, py), (c.w * px + pw, py), (c.w * px + pw, py + ph),
                         (c.w * px, py + ph)]], 4)
            c.line(c.col("brick"), (c.w * px + pw / 2, py), (c.w * px + pw / 2, py + ph), 2.5)
            c.line(c.col("brick"), (c.w * px, py + ph / 2), (c.w * px + pw, py + ph / 2), 2.5)
            if i == 0:
                c.ellipse(c.col("cloth"), c.w * px + pw + 10, py + 20, 60, 36)
    if "triangle" in props:
        triangle(c, c.w * 0.36, 580, 1.3)
    if "envelope" in props:
        envelope(c, c.w * 0.58, 540, 1.2)
    if "cloth" in props:
        c.cut(c.col("shutter"), [[(c.w * 0.1, 620), (c.w * 0.3, 600), (c.w * 0.32, 680),
                                  (c.w * 0.12, 700)]], 4)
    if "cup" in props:
        c.ellipse(c.col("metal"), c.w * 0.72, 520, 50, 60)
        c.ellipse(shade(c.col("metal"), 1.4), c.w * 0.72, 516, 50, 14)


def triangle(c: Canvas, x: float, y: float, s: float) -> None:
    """A soldier's letter folded into a triangle, an address written across it."""
    paper = c.col("cloth")
    pts = [(x - 70 * s, y - 40 * s), (x + 80 * s, y - 50 * s), (x + 10 * s, y + 50 * s)]
    c.cut(paper, [pts], 4)
    c.line(shade(paper, 0.85), pts[0], (x + 30 * s, y - 10 * s), 1.5)
    c.line(shade(paper, 0.85), pts[1], (x + 30 * s, y - 10 * s), 1.5)
    for i in range(4):
        c.line(c.col("shutter"), (x - 40 * s + i * 8 * s, y - 30 * s + i * 12 * s),
               (x + 10 * s + i * 6 * s, y - 32 * s + i * 12 * s), 1.5)
    c.rect(c.col("ink"), x + 30 * s, y - 40 * s, 24 * s, 4 * s)


def envelope(c: Canvas, x: float, y: float, s: float) -> None:
    """An envelope with a stamp and a postmark."""
    paper = shade(c.col("cloth"), 0.96)
    c.cut(paper, [[(x - 80 * s, y), (x + 80 * s, y - 12 * s), (x + 86 * s, y + 86 * s),
                   (x - 74 * s, y + 98 * s)]], 4)
    c.lines(shade(paper, 0.82),
            [(x - 80 * s, y), (x + 3 * s, y + 50 * s), (x + 80 * s, y - 12 * s)], 1.5)
    c.rect(c.col("accent"), x + 50 * s, y + 4 * s, 22 * s, 26 * s)
    c.circle(c.col("ink"), x + 46 * s, y + 26 * s, 12 * s)
    c.circle(c.col("accent"), x + 46 * s, y + 26 * s, 10 * s)
    for i in range(3):
        c.line(c.col("shutter"), (x - 50 * s, y + 58 * s + i * 10 * s),
               (x + 20 * s, y + 53 * s + i * 10 * s), 1.5)


def shawl(c: Canvas, x: float, y: float) -> None:
    """Olena's folded wool shawl: cream, with red roses and a fringe."""
    cream = c.col("cloth")
    pts = [(x - 170, y - 40), (x + 150, y - 60), (x + 190, y + 70), (x - 150, y + 90)]
    c.cut(cream, [pts], 5)
    for i in range(9):
        rx = x - 120 + (i % 3) * 110 + c.rng.uniform(-10, 10)
        ry = y - 20 + (i // 3) * 40 + c.rng.uniform(-6, 6) + (i % 3) * 6
        c.ellipse(c.col("leaf"), rx - 26, ry + 2, 22, 10)
        c.ellipse(c.col("leaf"), rx + 6, ry + 4, 22, 10)
        c.circle(c.col("accent"), rx, ry, 14)
        c.circle(shade(c.col("accent"), 0.78), rx + 1, ry + 1, 8)
        c.circle(shade(c.col("accent"), 1.15), rx - 2, ry - 2, 3.5)
    for i in range(30):
        t = i / 29
        fx, fy = x - 150 + 340 * t, y + 90 - 20 * t
        c.line(shade(cream, 0.9), (fx, fy), (fx, fy + 14), 1.5)


def chest(c: Canvas) -> None:
    """The Schmidts' painted chest under the bed, a letter from Kazakhstan lying on it."""
    indoors(c)
    room(c, 500)
    pane(c, c.w * 0.62, 80, 220, 240)
    with c.veil(50):
        c.poly(c.pal["lamp"], [(c.w * 0.62, 320), (c.w * 0.62 + 220, 320), (c.w * 0.5, 700),
                               (c.w * 0.2, 700)])
    wood = c.col("brick")
    x, y, w, h = c.w * 0.16, 420, 420, 210
    c.cut(wood, [[(x, y + h), (x, y), (x + w, y), (x + w, y + h)]], 6)
    c.poly(shade(wood, 1.1), [(x - 8, y), (x + 14, y - 40), (x + w - 14, y - 40), (x + w + 8, y)])
    for bx in (x + 30, x + w - 44):
        c.rect(c.col("metal"), bx, y - 38, 14, h + 38)
        for k in range(5):
            c.circle(shade(c.col("metal"), 1.4), bx + 7, y - 20 + k * 46, 2.5)
    c.rect(c.col("metal"), x + w / 2 - 16, y + 10, 32, 36)
    for i in range(3):
        fx = x + 110 + i * 100
        for k in range(6):
            a = k / 6 * 6.283
            c.circle(c.col("field2"), fx + 18 * math.cos(a), y + 120 + 18 * math.sin(a), 9)
        c.circle(c.col("cloth"), fx, y + 120, 9)
        c.ellipse(c.col("leaf"), fx - 40, y + 150, 30, 12)
        c.ellipse(c.col("leaf"), fx + 12, y + 150, 30, 12)
    envelope(c, x + w * 0.55, y - 64, 0.9)
    c.cut(c.col("cloth"), [[(x + 40, y - 40), (x + 170, y - 48), (x + 176, y - 30),
                            (x + 44, y - 24)]], 2)



def geranium(c: Canvas, x: float, y: float) -> None:
    """A clay pot of red geraniums on the sill."""
    c.poly(c.col("brick"), [(x - 22, y - 34), (x + 22, y - 34), (x + 16, y), (x - 16, y)])
    for dx, dy in ((-18, -46), (0, -56), (16, -44), (-8, -40), (10, -60)):
        c.ellipse(c.col("leaf_dark"), x + dx - 12, y + dy, 24, 16)
    for dx, dy in ((-10, -66), (8, -74), (20, -58)):
        c.circle(c.col("accent"), x + dx, y + dy, 8)
        c.circle(shade(c.col("accent"), 1.2), x + dx - 2, y + dy - 2, 3)
