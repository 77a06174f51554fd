"""`python -m game render PATH --scene ID -o out.png`: one screen as a picture, no window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .options import add_cut_option


class ScreenNames:
    """The `--screen` choices, read from the window's own list only when argparse needs them
    (checking a value, or printing `render --help`), so that building the parser imports
    no pygame and every other command starts fast."""

    def _names(self) -> tuple[str, ...]:
        from game.ui.render import SCREENS

        return tuple(SCREENS)

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, nargs="?",
                        help="a season or campaign (default: stories/)")
    parser.add_argument("--scene", help="the scene to show (a season file)")
    parser.add_argument("--screen", choices=ScreenNames(), default="scene", metavar="SCREEN",
                        help="which screen to draw: %(choices)s (default: the scene)")
    parser.add_argument("--choices", default="",
                        help="choices to make first, comma-separated (for outcome, summary...)")
    parser.add_argument("--with", dest="overrides", default="", metavar="STATE",
                        help='the state to show, e.g. "trust=30,grain=2,helped_petrovs"')
    parser.add_argument("--preset", help="a preset from the season file")
    parser.add_argument("--season", type=int, default=0,
                        help="with a campaign: which season, counting from 0")
    parser.add_argument("--size", default="1280x720", help="picture size, e.g. 1920x1080")
    parser.add_argument("--text-scale", type=float, default=1.0,
                        help="text size: 1 to 2 (2 = 200%%)")
    parser.add_argument("--theme", choices=("season", "high-contrast"), default="season")
    parser.add_argument("--text-spacing", action="store_true",
                        help="wide text spacing (WCAG 1.4.12: lines, paragraphs, letters, words)")
    parser.add_argument("--font", choices=("standard", "easy-reading"), default="standard",
                        help="the font: standard (Noto Sans) or easy-reading (SIL Andika)")
    parser.add_argument("--lang", default="en", metavar="LL",
                        help="the language to draw in, e.g. ru (xx: the test language)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PNG to write")
    add_cut_option(parser, "draw")
    parser.add_argument("--describe", type=Path, metavar="FILE.json",
                        help="also write what the screen shows as data (roles, text, places)")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # output is for scripts
    import pygame

    from game.engine.settings import TEXT_SCALES, Settings
    from game.engine.starting import begin, plan
    from game.ui.launch import as_campaign
    from game.ui.render import render

    from .stories import load_playable, retelling, with_cut

    story = load_playable(args.path)
    if story is None:
        return 1
    story = with_cut(story, args.cut)
    if story is None:
        return 1
    from game.engine.settings import LANGUAGE
    from game.lang.translate import in_language

    if not LANGUAGE.fullmatch(args.lang):
        print(f"error: --lang {args.lang!r} should be a language code such as ru",
              file=sys.stderr)
        return 1
    written = story
    story, notices = in_language(story, args.lang)
    for notice in notices:
        print(notice, file=sys.stderr)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size {args.size!r} should look like 1280x720", file=sys.stderr)
        return 1
    scale = round(args.text_scale * 100)
    if scale not in TEXT_SCALES:
        print("error: --text-scale must be 1, 1.25, 1.5, 1.75 or 2", file=sys.stderr)
        return 1
    settings = Settings(text_scale=scale, text_speed="instant",
                        high_contrast=args.theme == "high-contrast", language=args.lang,
                        text_spacing=args.text_spacing, font=args.font)
    campaign = as_campaign(story)
    season = campaign.seasons[min(args.season, len(campaign.seasons) - 1)]
    state = None
    if args.scene or args.overrides or args.preset:
        start, problems = plan(season, args.scene, args.preset, args.overrides)
        if problems:
            for problem in problems:
                print(f"{season.path}: error: {problem}", file=sys.stderr)
            return 1
        state = begin(season, start)[0]
    choices = tuple(c.strip() for c in args.choices.split(",") if c.strip())
    try:
        surface = render(campaign, args.screen, (width, height), settings, state,
                         campaign.seasons.index(season), choices, describe=args.describe,
                         retell=retelling(written, None))
    except ValueError as err:  # an impossible choice in --choices
        print(f"error: {err}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(args.output))
    print(f"Wrote {args.output} ({width}x{height}, {args.screen})")
    if args.describe:
        print(f"Wrote {args.describe} (what the screen shows)")
    return 0
