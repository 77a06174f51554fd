"""`python -m game say SEASON --scene ID [--lang LL] -o FILE.wav`: what self-voicing says on
a screen, rendered to a WAV file: kiosk narration recorded in advance, and a way to check
what a season sounds like (docs/self-voicing.md)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .render import ScreenNames


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("season", type=Path,
                        help="a season file (or a shipped season's id, such as famine)")
    parser.add_argument("--scene", help="the scene to say (default: the season's first)")
    parser.add_argument("--screen", choices=ScreenNames(), default="scene", metavar="SCREEN",
                        help="which screen: %(choices)s (default: the scene)")
    parser.add_argument("--choices", default="",
                        help="choices to make first, comma-separated (for outcome, summary...)")
    parser.add_argument("--lang", default="en", metavar="LL",
                        help="the language to say it in, e.g. ru (default: English)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the WAV to write")
    parser.add_argument("--text", action="store_true",
                        help="also print each line said (as shown, before the pronunciations)")


def _season_path(given: Path) -> Path:
    """A file as given; a bare name that is no file is a shipped season's id."""
    from game import assets

    if given.exists() or given.suffix or len(given.parts) > 1:
        return given
    return assets.stories() / f"{given}.yaml"


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import tempfile

    from game.engine.campaign import as_campaign
    from game.engine.library import Library
    from game.engine.settings import LANGUAGE, Settings
    from game.engine.starting import begin, plan
    from game.lang import pronounce
    from game.lang.catalogue import PSEUDO
    from game.lang.translate import in_language, lookup_for
    from game.ui import speech, voicing
    from game.ui.render import show

    from .stories import load_one_season

    path = _season_path(args.season)
    if not path.is_file():
        print(f"{args.season}: error: no such season file (name a .yaml file, or a shipped "
              "season such as famine)", file=sys.stderr)
        return 1
    if not LANGUAGE.fullmatch(args.lang) or args.lang == PSEUDO:
        print(f"error: --lang {args.lang!r} should be a language code such as ru",
              file=sys.stderr)
        return 1
    written = load_one_season(path, Library(), "`say` reads one season")
    if written is None:
        return 1
    if args.lang != "en":
        lookup, notice = lookup_for(written.path, args.lang)
        if lookup is None:
            print(f"{path}: error: {notice or f'no translation into {args.lang}'}",
                  file=sys.stderr)
            return 1
    season = in_language(written, args.lang)[0]
    campaign = as_campaign(season)
    start, problems = plan(campaign.seasons[0], args.scene, None, "")
    if problems:
        for problem in problems:
            print(f"{path}: error: {problem}", file=sys.stderr)
        return 1
    state = begin(campaign.seasons[0], start)[0] if args.scene else None
    table = pronounce.load_pronunciations(pronounce.table_path(written.path, written.id))
    if isinstance(table, pronounce.Problem):
        print(f"{table} (see docs/self-voicing.md)", file=sys.stderr)
        return 1
    engine, why = speech.choose()
    if engine is None:
        print(f"error: no speech engine on this computer ({why})", file=sys.stderr)
        return 1
    settings = Settings(text_speed="instant", language=args.lang)
    choices = tuple(c.strip() for c in args.choices.split(",") if c.strip())
    with tempfile.TemporaryDirectory(prefix="vr-say-") as folder:
        try:
            app = show(campaign, args.screen, (1280, 720), settings, Path(folder), state, 0,
                       choices)
        except ValueError as err:  # an impossible choice in --choices
            print(f"error: {err}", file=sys.stderr)
            return 1
        lines = voicing.page(app.top.describe(), app.strings)
        strings = app.strings
    table = table or pronounce.NONE
    try:
        wav = speech.join([engine.synth(table.apply(voicing.spoken(line.text, strings),
                                                    line.language, engine.phonemes),
                                        line.language) for line in lines])
    except speech.SpeechError as err:
        print(f"error: {engine.name} could not speak: {err}", file=sys.stderr)
        return 1
    if args.text:
        for line in lines:
            print(line.text)
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_bytes(wav)
    except OSError as err:
        print(f"{args.output}: error: cannot write it ({err.strerror or err})", file=sys.stderr)
        return 1
    print(f"Wrote {args.output} ({len(lines)} lines, {speech.duration(wav):.1f} s, "
          f"{engine.name}, {args.lang})")
    return 0
