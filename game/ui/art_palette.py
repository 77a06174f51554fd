"""Colours: each season's palette, skies by time of day, and what seasons and hours do to them.

Kept apart from the drawing so that the colours of a season can be read (and changed) in one
place; a limited palette per season is what makes the pictures of a season belong together.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .art import Recipe

RGB = tuple[int, int, int]


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = min(1.0, max(0.0, t))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def shade(c: RGB, f: float) -> RGB:
    """Darker (f < 1) or lighter (f > 1, towards white) without changing the hue much."""
    return mix(c, (0, 0, 0), 1 - f) if f < 1 else mix(c, (255, 255, 255), f - 1)


# Base colours of each palette for a summer day; seasons and times of day shift them.
_BASE: Mapping[str, RGB] = MappingProxyType({
    "far": (170, 168, 150), "mid": (120, 126, 96), "ground": (170, 160, 110),
    "near": (140, 132, 90), "field0": (200, 180, 110), "field1": (176, 160, 96),
    "field2": (214, 196, 130), "field3": (160, 146, 90), "wood": (128, 90, 58),
    "wood_dark": (86, 58, 38), "timber": (222, 186, 128), "roof": (104, 90, 76),
    "trim": (236, 226, 204), "shutter": (84, 112, 124), "glass": (70, 82, 96),
    "lamp": (255, 206, 120), "leaf": (112, 132, 70), "leaf_dark": (76, 98, 56),
    "birch": (238, 234, 222), "water": (120, 150, 160), "snow": (238, 240, 242),
    "snow_shade": (196, 206, 220), "plaster": (234, 226, 206), "dome": (84, 116, 108),
    "ink": (58, 46, 40), "cloth": (244, 238, 224), "sack": (206, 184, 140),
    "brick": (164, 84, 62), "metal": (74, 78, 84), "mud": (112, 88, 64),
    "accent": (176, 58, 48), "paper": (244, 236, 220), "spruce": (58, 82, 66),
    "orchard": (104, 138, 66), "orchard_dark": (70, 104, 54),
})
_FROST: dict[str, RGB] = _BASE | {
    "far": (150, 164, 184), "mid": (98, 116, 138), "ground": (132, 146, 120),
    "near": (100, 116, 100), "field0": (172, 164, 112), "field1": (150, 150, 104),
    "field2": (190, 178, 126), "field3": (132, 138, 96), "wood": (112, 84, 62),
    "wood_dark": (72, 56, 46), "roof": (88, 86, 90), "leaf": (96, 124, 92),
    "leaf_dark": (62, 88, 72), "water": (106, 132, 156), "dome": (70, 96, 140),
    "ink": (40, 44, 56), "shutter": (70, 100, 140), "paper": (236, 238, 240)}
PALETTES: Mapping[str, dict[str, RGB]] = MappingProxyType({
    "ochre": _BASE | {
        "far": (186, 170, 140), "mid": (150, 132, 96), "ground": (196, 164, 110),
        "near": (164, 128, 84), "field0": (218, 186, 118), "field1": (196, 158, 98),
        "field2": (228, 202, 140), "field3": (178, 140, 88), "leaf": (146, 142, 80),
        "leaf_dark": (112, 110, 64), "roof": (150, 124, 84), "water": (140, 160, 156),
        "grass": (176, 156, 100), "paper": (242, 232, 212)},
    "frost": _FROST,
    "meadow": _BASE | {
        "far": (150, 172, 140), "mid": (96, 136, 84), "ground": (140, 172, 92),
        "near": (104, 140, 72), "field0": (220, 190, 96), "field1": (156, 178, 84),
        "field2": (234, 206, 116), "field3": (124, 156, 76), "wood": (146, 104, 64),
        "leaf": (98, 150, 72), "leaf_dark": (62, 112, 58), "water": (104, 158, 178),
        "dome": (212, 168, 78), "ink": (44, 52, 40), "shutter": (60, 122, 110),
        "paper": (240, 240, 226)},
    "dusk": _FROST,  # the title picture: frost colours under a warm evening sky
})

# Sky gradients (top, horizon) by time of day, with a palette's own variant where it has one.
SKIES: Mapping[str, tuple[RGB, RGB]] = MappingProxyType({
    "day": ((140, 170, 200), (232, 234, 226)), "dawn": ((140, 160, 200), (250, 214, 190)),
    "dusk": ((62, 72, 124), (246, 176, 118)), "night": ((18, 24, 52), (62, 76, 116)),
    "ochre/day": ((172, 190, 198), (244, 230, 198)),
    "ochre/dusk": ((86, 84, 120), (244, 170, 100)),
    "frost/day": ((128, 154, 186), (222, 228, 234)),
    "frost/dusk": ((58, 70, 120), (232, 168, 150)),
    "frost/night": ((16, 22, 50), (74, 90, 132)),
    "meadow/day": ((110, 168, 210), (234, 240, 222)),
    "meadow/dusk": ((70, 86, 140), (252, 196, 120)),
})
# What a time of day does to everything that is not a light: colour it tints towards, and how far.
TINTS: Mapping[str, tuple[RGB, float]] = MappingProxyType({
    "day": ((255, 255, 255), 0.0), "dawn": ((230, 176, 170), 0.14),
    "dusk": ((92, 74, 112), 0.34), "night": ((26, 34, 70), 0.58),
})
LIGHTS = ("lamp", "sun")


def palette_for(recipe: Recipe) -> dict[str, RGB]:
    """The recipe's colours after its season and time of day have had their say."""
    pal = dict(PALETTES[recipe.palette])
    season = recipe.season
    if season == "winter":
        pal |= {"ground": pal["snow"], "near": mix(pal["snow"], pal["snow_shade"], 0.5),
                "mid": mix(pal["mid"], pal["snow_shade"], 0.35),
                "far": mix(pal["far"], pal["snow"], 0.45),
                "grass": pal["snow_shade"], "water": mix(pal["water"], pal["snow"], 0.55)}
        for i in range(4):
            pal[f"field{i}"] = mix(pal["snow"], pal["snow_shade"], 0.2 * i)
    elif season == "autumn":
        pal |= {"leaf": (204, 160, 64), "leaf_dark": (168, 112, 52),
                "ground": mix(pal["ground"], (178, 146, 96), 0.5)}
    elif season == "thaw":
        pal |= {"ground": mix(pal["ground"], pal["mud"], 0.6),
                "near": mix(pal["near"], pal["mud"], 0.6),
                "mid": mix(pal["mid"], pal["snow_shade"], 0.25),
                "grass": mix(pal["ground"], pal["mud"], 0.4)}
    elif season == "spring":
        pal |= {"leaf": mix(pal["leaf"], (190, 214, 120), 0.5),
                "ground": mix(pal["ground"], pal["mud"], 0.45),
                "near": mix(pal["near"], pal["mud"], 0.5)}
    if recipe.weather == "drought":
        parched = (206, 184, 124)
        for name in ("ground", "near", "grass", "mid", "leaf", "field1", "field3"):
            pal[name] = mix(pal.get(name, pal["ground"]), parched, 0.65)
    pal.setdefault("grass", pal["ground"])
    top, low = SKIES.get(f"{recipe.palette}/{recipe.time}", SKIES[recipe.time])
    if recipe.weather in ("overcast", "snow", "blizzard", "rain"):
        grey = (190, 194, 200) if recipe.time == "day" else mix(top, (128, 128, 140), 0.4)
        top, low = mix(top, grey, 0.65), mix(low, grey, 0.55)
    elif recipe.weather == "dust":
        top, low = mix(top, (214, 190, 150), 0.35), mix(low, (230, 196, 146), 0.5)
    elif recipe.weather == "drought":
        top, low = (222, 224, 214), (252, 246, 228)
    tint, amount = TINTS[recipe.time]
    pal = {k: v if k in LIGHTS else mix(v, tint, amount) for k, v in pal.items()}
    pal["sun"] = {"day": (255, 246, 214), "dawn": (255, 222, 180), "dusk": (255, 200, 140),
                  "night": (236, 232, 214)}[recipe.time]
    pal["sky_top"], pal["sky_low"] = top, low
    return pal
