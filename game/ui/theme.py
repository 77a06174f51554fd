"""Colours for each season and for high contrast, with the WCAG contrast ratio to prove them.

Each season names a palette (`palette:` in its file); the meter uses the Okabe-Ito colours,
which colour-blind players can tell apart, and never relies on colour alone (the bar's
length, the number, the band's word and its pattern all say the same thing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

RGB = tuple[int, int, int]

# Okabe-Ito hues (vermilion, ochre, blue, bluish green): distinguishable with every common
# kind of colour blindness; darkened for light themes and lightened for dark ones so each
# has at least 3:1 contrast with the meter's track and the background.
LIGHT_BANDS: tuple[RGB, ...] = ((168, 64, 0), (128, 92, 0), (0, 98, 160), (0, 112, 84))
DARK_BANDS: tuple[RGB, ...] = ((244, 148, 70), (250, 206, 70), (110, 190, 240), (40, 214, 160))


@dataclass(frozen=True)
class Theme:
    name: str
    background: RGB
    panel: RGB
    text: RGB
    muted: RGB          # secondary text: notes, labels
    accent: RGB         # headings
    button: RGB
    button_text: RGB
    disabled_text: RGB  # locked choices
    focus: RGB          # the focus ring
    meter_track: RGB
    meter_text: RGB
    outline: int = 2    # outline width in design pixels
    bands: tuple[RGB, ...] = LIGHT_BANDS


PALETTES: Mapping[str, Theme] = MappingProxyType({
    # Famine: dry ochre fields under a pale sky.
    "ochre": Theme("ochre", background=(238, 228, 206), panel=(250, 245, 233), text=(43, 33, 24),
                   muted=(92, 74, 58), accent=(120, 58, 20), button=(227, 211, 180),
                   button_text=(43, 33, 24), disabled_text=(100, 90, 80), focus=(0, 84, 160),
                   meter_track=(250, 245, 233), meter_text=(43, 33, 24)),
    # War: snow, smoke and cold blue evenings.
    "frost": Theme("frost", background=(221, 228, 236), panel=(244, 247, 250), text=(24, 32, 44),
                   muted=(62, 74, 92), accent=(40, 62, 110), button=(203, 214, 228),
                   button_text=(24, 32, 44), disabled_text=(88, 96, 108), focus=(170, 60, 0),
                   meter_track=(244, 247, 250), meter_text=(24, 32, 44)),
    # Reconstruction: green shoots and new timber.
    "meadow": Theme("meadow", background=(226, 234, 214), panel=(246, 249, 240),
                    text=(28, 40, 26), muted=(66, 84, 60), accent=(46, 92, 40),
                    button=(208, 222, 190), button_text=(28, 40, 26),
                    disabled_text=(86, 96, 82), focus=(120, 40, 140),
                    meter_track=(246, 249, 240), meter_text=(28, 40, 26)),
    # Menus and seasons without a palette of their own.
    "dusk": Theme("dusk", background=(37, 40, 56), panel=(50, 54, 74), text=(240, 236, 226),
                  muted=(200, 196, 186), accent=(246, 200, 120), button=(72, 78, 104),
                  button_text=(246, 242, 232), disabled_text=(176, 172, 166),
                  focus=(255, 214, 90), meter_track=(34, 36, 50), meter_text=(240, 236, 226),
                  bands=DARK_BANDS),
})

HIGH_CONTRAST = Theme("high-contrast", background=(0, 0, 0), panel=(0, 0, 0),
                      text=(255, 255, 255), muted=(255, 255, 255), accent=(255, 255, 0),
                      button=(0, 0, 0), button_text=(255, 255, 255),
                      disabled_text=(200, 200, 200), focus=(255, 255, 0),
                      meter_track=(0, 0, 0), meter_text=(255, 255, 255), outline=3,
                      bands=DARK_BANDS)

DEFAULT = "dusk"


def theme_for(palette: str | None, high_contrast: bool) -> Theme:
    if high_contrast:
        return HIGH_CONTRAST
    return PALETTES.get(palette or DEFAULT, PALETTES[DEFAULT])


def luminance(colour: RGB) -> float:
    """Relative luminance (WCAG 2.x)."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, from 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(theme: Theme) -> dict[str, tuple[RGB, RGB]]:
    """Every text colour on the background it is drawn on."""
    return {
        "text on panel": (theme.text, theme.panel),
        "text on background": (theme.text, theme.background),
        "muted on panel": (theme.muted, theme.panel),
        "muted on background": (theme.muted, theme.background),
        "accent on panel": (theme.accent, theme.panel),
        "accent on background": (theme.accent, theme.background),
        "button text": (theme.button_text, theme.button),
        "locked choice": (theme.disabled_text, theme.panel),
        "meter text": (theme.meter_text, theme.background),
    }


def graphic_pairs(theme: Theme) -> dict[str, tuple[RGB, RGB]]:
    """Meaningful graphics on what surrounds them (WCAG 1.4.11 asks for 3:1)."""
    pairs = {"focus ring on panel": (theme.focus, theme.panel),
             "focus ring on background": (theme.focus, theme.background),
             "focus ring on button": (theme.focus, theme.button)}
    for i, band in enumerate(theme.bands):
        pairs[f"meter band {i} on its track"] = (band, theme.meter_track)
        pairs[f"meter band {i} on the background"] = (band, theme.background)
    return pairs
