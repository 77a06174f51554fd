"""Procedural illustrations: calm flat-colour "paper-cut" pictures drawn from a small recipe.

Why drawn, not painted: the art stays original, open and reproducible. Every picture is a pure
function of its `Recipe` (all variation comes from `random.Random(recipe.seed)`), so
`python -m game art` redraws the committed PNGs pixel for pixel. Only plain `Surface`s are
used: no window, no `convert()`, so it runs headless with SDL_VIDEODRIVER=dummy.

Pictures are drawn at twice their size and shrunk with pygame's generic (non-SIMD) smoothscale,
which gives soft edges and the same pixels on every CPU. Colours are in `art_palette`; the
things pictures are made of in `art_things` (izby, birches, people) and `art_buildings`; whole
pictures in `art_motifs` (fields, the register), `art_places` and `art_rooms`; which scene
gets which picture in `art_recipes`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

import pygame

from .art_palette import PALETTES, RGB, mix, palette_for, shade

Point = tuple[float, float]

SS = 2                  # supersampling factor
KEY = (255, 0, 254)     # the see-through colour of translucent layers; never used as paint
TIMES = ("dawn", "day", "dusk", "night")
WEATHERS = ("clear", "overcast", "snow", "blizzard", "dust", "drought", "rain")
SEASONS = ("thaw", "spring", "summer", "autumn", "winter")  # thaw: March mud, bare trees


@dataclass(frozen=True)
class Recipe:
    """Everything a picture depends on; the same recipe always gives the same pixels."""

    motif: str
    palette: str = "ochre"      # ochre (famine), frost (war), meadow (reconstruction), dusk
    time: str = "day"           # one of TIMES
    weather: str = "clear"      # one of WEATHERS
    season: str = "summer"      # one of SEASONS: snow on the ground, leaves, mud
    seed: int = 1
    figures: int = 0            # how many small distant silhouettes, where the motif has them
    props: tuple[str, ...] = ()  # motif options, e.g. ("lit_window",); checked by `paint`


class Artwork(NamedTuple):
    """One picture to write: its path from the project root, its recipe and its size."""

    path: str
    recipe: Recipe
    size: tuple[int, int] = (960, 720)


def wave(rng: random.Random, octaves: int = 3) -> Callable[[float], float]:
    """A smooth random curve in about -1..1: a few sines with random phases."""
    parts = [(rng.uniform(0.6, 1.4) * 2 ** i, rng.uniform(0, math.tau), 0.55 ** i)
             for i in range(octaves)]
    total = sum(a for _, _, a in parts)
    return lambda x: sum(a * math.sin(f * x + p) for f, p, a in parts) / total


def smooth(points: Sequence[Point], steps: int = 6) -> list[Point]:
    """A Catmull-Rom curve through the points, for domes, hills and drapes."""
    pts = [points[0], *points, points[-1]]
    out: list[Point] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            out.append(tuple(0.5 * (2 * p1[j] + (p2[j] - p0[j]) * t + (2 * p0[j] - 5 * p1[j]
                       + 4 * p2[j] - p3[j]) * t * t + (3 * p1[j] - p0[j] - 3 * p2[j] + p3[j])
                       * t ** 3) for j in (0, 1)))  # type: ignore[misc]
    out.append(points[-1])
    return out


class Canvas:
    """A supersampled surface addressed in design units: 720 high, `w` wide, light from the left.

    Motifs draw with these helpers so that one motif serves every picture size.
    """

    def __init__(self, recipe: Recipe, size: tuple[int, int]) -> None:
        self.recipe = recipe
        self.rng = random.Random(recipe.seed)
        self.size = size
        self.k = SS * size[1] / 720
        self.w = 720 * size[0] / size[1]
        self.h = 720.0
        self.pal = palette_for(recipe)
        self.surf = pygame.Surface((size[0] * SS, size[1] * SS))
        self.target = self.surf
        self.horizon = 400.0
        self.winter = recipe.season == "winter"
        self.dark = recipe.time in ("dusk", "night")
        self.bare = recipe.season in ("winter", "thaw")  # birches without leaves
        self.indoors = False  # rooms set it: no weather drawn over them

    # colours ---------------------------------------------------------------------------
    def col(self, name: str, depth: float = 0.0) -> RGB:
        """A palette colour, faded towards the horizon haze by `depth` (0 near, 1 far)."""
        return mix(self.pal[name], self.pal["sky_low"], depth * 0.8)

    def jitter(self, c: RGB, amount: int = 8) -> RGB:
        d = self.rng.randint(-amount, amount)
        return (min(255, max(0, c[0] + d)), min(255, max(0, c[1] + d)),
                min(255, max(0, c[2] + d)))

    # shapes (design units) -------------------------------------------------------------
    def p(self, x: float, y: float) -> tuple[int, int]:
        return round(x * self.k), round(y * self.k)

    def poly(self, c: RGB, pts: Sequence[Point]) -> None:
        if len(pts) > 2:
            pygame.draw.polygon(self.target, c, [self.p(x, y) for x, y in pts])

    def rect(self, c: RGB, x: float, y: float, w: float, h: float) -> None:
        x0, y0 = self.p(x, y)
        x1, y1 = self.p(x + w, y + h)
        pygame.draw.rect(self.target, c, (x0, y0, max(1, x1 - x0), max(1, y1 - y0)))

    def ellipse(self, c: RGB, x: float, y: float, w: float, h: float) -> None:
        x0, y0 = self.p(x, y)
        x1, y1 = self.p(x + w, y + h)
        pygame.draw.ellipse(self.target, c, (x0, y0, max(1, x1 - x0), max(1, y1 - y0)))

    def circle(self, c: RGB, x: float, y: float, r: float) -> None:
        pygame.draw.circle(self.target, c, self.p(x, y), max(1, round(r * self.k)))

    def line(self, c: RGB, a: Point, b: Point, width: float = 1.0) -> None:
        pygame.draw.line(self.target, c, self.p(*a), self.p(*b), max(1, round(width * self.k)))

    def lines(self, c: RGB, pts: Sequence[Point], width: float = 1.0) -> None:
        if len(pts) > 1:
            pygame.draw.lines(self.target, c, False, [self.p(x, y) for x, y in pts],
                              max(1, round(width * self.k)))

    def gradient(self, top: RGB, bottom: RGB, y0: float, y1: float, x0: float = 0.0,
                 x1: float | None = None) -> None:
        """A vertical gradient band: one line per pixel row."""
        a, b = round(y0 * self.k), round(y1 * self.k)
        left, right = round(x0 * self.k), round((self.w if x1 is None else x1) * self.k)
        for row in range(a, b):
            t = (row - a) / max(1, b - a - 1)
            pygame.draw.line(self.target, mix(top, bottom, t), (left, row), (right, row))

    @contextmanager
    def veil(self, alpha: int) -> Iterator[None]:
        """Draw translucently: shapes drawn inside the block are blended at `alpha`/255."""
        layer = pygame.Surface(self.surf.get_size())
        layer.fill(KEY)
        layer.set_colorkey(KEY)
        saved, self.target = self.target, layer
        try:
            yield
        finally:
            self.target = saved
            layer.set_alpha(alpha)
            self.target.blit(layer, (0, 0))

    def cut(self, c: RGB, shapes: Sequence[Sequence[Point]], lift: float = 3.0) -> None:
        """Paper cut-outs: the shapes with a soft shadow below-right, as if lying on the page."""
        if lift > 0:
            for off, alpha in ((lift * 0.5, 46), (lift, 34)):
                with self.veil(alpha):
                    for pts in shapes:
                        self.poly((30, 24, 30), [(x + off * 0.6, y + off) for x, y in pts])
        for pts in shapes:
            self.poly(c, pts)

    def glow(self, x: float, y: float, r: float, c: RGB, strength: float = 1.0) -> None:
        """Light added on top (lamps, windows, the sun), brightest in the middle.

        Drawn small and scaled up, so the falloff is smooth instead of ringed.
        """
        size = max(2, round(r * 2 * self.k))
        small = pygame.Surface((48, 48))
        for i in range(24):
            f = (i + 1) / 24
            pygame.draw.circle(small, mix((0, 0, 0), c, strength * f ** 2.2 * 0.55), (24, 24),
                               max(1, round(24 * (1 - i / 24))))
        layer = pygame.transform.smoothscale(small, (size, size))
        px, py = self.p(x, y)
        self.target.blit(layer, (px - size // 2, py - size // 2), special_flags=pygame.BLEND_ADD)

    def oval(self, x: float, y: float, rx: float, ry: float, n: int = 20) -> list[Point]:
        return [(x + rx * math.cos(math.tau * i / n), y + ry * math.sin(math.tau * i / n))
                for i in range(n)]

    def strokes(self, c: RGB, area: Callable[[float], tuple[float, float]], n: int,
                length: float = 14, slope: float = 0.0, width: float = 1.2,
                x0: float = 0, x1: float | None = None) -> None:
        """Brush-like dashes inside an area given as x -> (top, bottom)."""
        x1 = self.w if x1 is None else x1
        for _ in range(n):
            x = self.rng.uniform(x0, x1)
            top, bottom = area(x)
            if bottom - top < 2:
                continue
            y = self.rng.uniform(top + 1, bottom)
            ln = length * self.rng.uniform(0.5, 1.2) * (0.4 + 0.6 * (y / self.h))
            self.line(self.jitter(c, 6), (x, y), (x + ln, y + ln * slope), width)

    # scenery ---------------------------------------------------------------------------
    def has(self, prop: str) -> bool:
        return prop in self.recipe.props

    def scarf(self) -> RGB:
        """A headscarf colour: the one bright note in a crowd of silhouettes."""
        return self.rng.choice((self.col("accent"), self.col("cloth"), self.col("shutter"),
                                self.col("field2")))

    def land(self, horizon: float = 380, trees: str = "round") -> None:
        """Sky, a far wooded ridge and a nearer rise: the back of most outdoor pictures."""
        self.sky(horizon)
        self.ridge(horizon - 6, 24, "far", 0.85, trees=trees, freq=2)
        self.ridge(horizon + 8, 12, "mid", 0.5, freq=3, rim=False)
    def sky(self, horizon: float | None = None, sun: Point | None = None) -> None:
        self.horizon = self.horizon if horizon is None else horizon
        self.gradient(self.pal["sky_top"], self.pal["sky_low"], 0, self.horizon + 40)
        weather, time = self.recipe.weather, self.recipe.time
        if time == "night":
            for _ in range(int(self.w / 6)):
                x, y = self.rng.uniform(0, self.w), self.rng.uniform(0, self.horizon * 0.8)
                self.circle(mix(self.pal["sky_top"], (255, 255, 240), self.rng.uniform(.3, .8)),
                            x, y, self.rng.uniform(0.5, 1.1))
        if sun is None:
            sun = (self.w * 0.2, self.horizon - 30 if time in ("dusk", "dawn") else 110)
        if weather in ("clear", "dust", "drought") or time in ("dusk", "dawn"):
            big = 1.6 if weather == "drought" else 1.0
            self.glow(*sun, 260 * big, self.pal["sun"], 0.5 if time != "night" else 0.25)
            self.circle(mix(self.pal["sun"], self.pal["sky_low"], 0.15), *sun,
                        (30 if time != "night" else 18) * big)
        if weather in ("clear", "dust", "overcast") and time != "night":
            self.clouds(5 if weather == "overcast" else 3)

    def clouds(self, n: int) -> None:
        """Flat-bottomed clouds of a few overlapping puffs, lit from the left, warm at dusk."""
        lit = mix(self.pal["sky_top"], (255, 255, 255), 0.5)
        if self.dark:
            lit = mix(self.pal["sky_top"], self.pal["sky_low"], 0.75)
        shadow = mix(lit, self.pal["sky_top"], 0.45)
        for _ in range(n):
            x, y = self.rng.uniform(-60, self.w - 60), self.rng.uniform(60, self.horizon * 0.55)
            length = self.rng.uniform(110, 260)
            puffs = [(x + length * self.rng.uniform(0.1, 0.9), length * self.rng.uniform(.1, .2))
                     for _ in range(4)]
            with self.veil(170):
                self.ellipse(shadow, x, y - 10, length, 20)
                for px, r in puffs:
                    self.ellipse(shadow, px - r, y - r * 1.3, r * 2, r * 1.4)
                for px, r in puffs:
                    self.ellipse(lit, px - r * 1.05, y - r * 1.4, r * 1.7, r * 1.15)
                self.rect(shadow, x + 10, y - 2, length - 20, 4)

    def ridge(self, base: float, amp: float, name: str, depth: float, *, freq: float = 3.0,
              trees: str = "", lift: float = 2.0, rim: bool = True) -> Callable[[float], float]:
        """A layer of land from `base` down to the bottom, with optional trees along its top.

        Returns the top edge as a function of x, so callers can place things on it.
        """
        f = wave(self.rng)

        def top(x: float) -> float:
            return base - amp * (0.5 + 0.5 * f(x / self.w * freq * math.tau / 3))

        pts = [(x, top(x)) for x in range(-20, int(self.w) + 30, 8)]
        shapes = [[*pts, (self.w + 30, 760), (-20, 760)]]
        c = self.col(name, depth)
        if trees:
            x = -10.0
            while x < self.w + 10:
                h = self.rng.uniform(14, 34) * (1.2 - depth * 0.6)
                y = top(x) + 2
                if trees == "spruce":
                    wd = h * 0.32
                    shapes.append([(x - wd, y), (x, y - h), (x + wd, y)])
                else:
                    shapes.append(self.oval(x, y - h * 0.45, h * 0.42, h * 0.55, 12))
                x += self.rng.uniform(0.35, 0.9) * h
        self.cut(c, shapes, lift)
        if rim:
            self.lines(mix(c, self.pal["sky_low"], 0.35), pts, 1.2)
        return top

    def ground(self, y: float, name: str = "ground", depth: float = 0.0) -> None:
        """Flat land from y down, lightly brushed."""
        c = self.col(name, depth)
        self.cut(c, [[(-20, y), (self.w + 20, y), (self.w + 20, 760), (-20, 760)]], 2)
        self.strokes(shade(c, 0.93), lambda x: (y + 4, self.h), int(self.w / 4), 16)
        if self.recipe.season == "thaw":
            for _ in range(14):
                px, py = self.rng.uniform(-60, self.w), self.rng.uniform(y + 10, 700)
                size = (py - y + 40) / 300
                self.ellipse(self.col("snow"), px, py, self.rng.uniform(50, 130) * size,
                             12 * size)


MotifFn = Callable[[Canvas], None]


def paint(recipe: Recipe, size: tuple[int, int] = (960, 720)) -> pygame.Surface:
    """Draw the recipe's picture at `size` (a plain Surface; nothing touches the display)."""
    from .art_motifs import MOTIFS

    if recipe.motif not in MOTIFS:
        raise ValueError(f"unknown motif {recipe.motif!r}; known: {', '.join(sorted(MOTIFS))}")
    draw, known = MOTIFS[recipe.motif]
    unknown = set(recipe.props) - set(known)
    if unknown or recipe.palette not in PALETTES or recipe.time not in TIMES or (
            recipe.weather not in WEATHERS or recipe.season not in SEASONS):
        raise ValueError(f"bad recipe {recipe}: unknown props {sorted(unknown)} or names")
    backend = pygame.transform.get_smoothscale_backend()
    pygame.transform.set_smoothscale_backend("GENERIC")  # the same pixels on every CPU
    try:
        canvas = Canvas(recipe, size)
        draw(canvas)
        if not canvas.indoors:
            weather(canvas)
        finish(canvas)
        return pygame.transform.smoothscale(canvas.surf, size)
    finally:
        pygame.transform.set_smoothscale_backend(backend)


def weather(c: Canvas) -> None:
    """Falling snow, rain or drifting dust over the whole picture."""
    kind, rng = c.recipe.weather, c.rng
    if kind in ("snow", "blizzard"):
        flakes = 260 if kind == "snow" else 700
        for layer, alpha in ((0.6, 150), (1.0, 220)):
            with c.veil(alpha):
                for _ in range(int(flakes * layer)):
                    x, y = rng.uniform(0, c.w), rng.uniform(0, c.h)
                    r = rng.uniform(0.8, 2.2) * layer
                    if kind == "blizzard":
                        c.line(c.pal["snow"], (x, y), (x + 9 * r, y + 2 * r), r)
                    else:
                        c.circle(c.pal["snow"], x, y, r)
    elif kind == "rain":
        with c.veil(90):
            for _ in range(500):
                x, y = rng.uniform(0, c.w + 40), rng.uniform(0, c.h)
                c.line(shade(c.pal["sky_low"], 1.1), (x, y), (x - 6, y + 22), 0.8)
    elif kind in ("dust", "drought"):
        with c.veil(60):
            c.gradient(c.pal["sky_low"], c.pal["sky_low"], c.horizon - 60, c.horizon + 30)
        with c.veil(50):
            for _ in range(40):
                x, y = rng.uniform(-100, c.w), rng.uniform(c.horizon - 40, c.h)
                c.line(c.pal["sky_low"], (x, y), (x + rng.uniform(60, 200), y - 3), 2.0)


def finish(c: Canvas) -> None:
    """Paper grain, a gentle vignette and a thin frame: the parts that make it one page."""
    rng = c.rng
    for colour, alpha in (((255, 250, 240), 40), ((40, 30, 20), 32)):
        with c.veil(alpha):
            for _ in range(int(c.w * 3)):
                c.rect(colour, rng.uniform(0, c.w), rng.uniform(0, c.h), 0.8, 0.8)
    shadow = pygame.Surface(c.surf.get_size())
    shadow.fill((255, 255, 255))
    w, h = shadow.get_size()
    for i in range(24):
        t = i / 23
        grey = round(222 + 33 * t)
        pygame.draw.ellipse(shadow, (grey, grey, grey),
                            (-w * 0.25 + w * 0.22 * t, -h * 0.3 + h * 0.22 * t,
                             w * 1.5 - w * 0.44 * t, h * 1.6 - h * 0.44 * t))
    c.surf.blit(shadow, (0, 0), special_flags=pygame.BLEND_MULT)
    border = 9.0
    paper, ink = c.pal["paper"], mix(PALETTES[c.recipe.palette]["ink"], c.pal["paper"], 0.3)
    for x, y, bw, bh in ((0, 0, c.w, border), (0, c.h - border, c.w, border),
                         (0, 0, border, c.h), (c.w - border, 0, border, c.h)):
        c.rect(paper, x, y, bw, bh)
    x0, y0 = c.p(border, border)
    x1, y1 = c.p(c.w - border, c.h - border)
    pygame.draw.rect(c.surf, ink, (x0, y0, x1 - x0, y1 - y0), max(1, round(1.5 * c.k)))
