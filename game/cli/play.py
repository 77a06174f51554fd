"""`python -m game play [PATH] [--text] [--lang LL] [--from SCENE] [--with ...] [--preset NAME]
[--watch]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import add_cut_option


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path,
                        help="a season file, a campaign file or a folder (default: stories/)")
    parser.add_argument("--text", action="store_true",
                        help="play in the terminal: plain text, numbered choices, scriptable")
    parser.add_argument("--plain", action="store_true",
                        help="with --text: leave out the meter bar (for screen readers)")
    parser.add_argument("--from", dest="scene", metavar="SCENE",
                        help="start at this scene instead of the beginning (a season file)")
    parser.add_argument("--with", dest="overrides", default="", metavar="STATE",
                        help='start with this state, e.g. "trust=30,grain=2,helped_petrovs"')
    parser.add_argument("--preset", help="start from a preset declared in the season file")
    parser.add_argument("--watch", action="store_true",
                        help="reload the season when its file is saved, keeping your place")
    parser.add_argument("--lang", metavar="LL",
                        help="play in this language, e.g. ru (from stories/locale/LL/); xx is "
                        "a test language. Default: the setting, else the system's language")
    parser.add_argument("--player", metavar="NAME",
                        help="with --text: play as this nickname or seat number, with its own "
                        "saved game (the same one the window's Who is playing? gives)")
    parser.add_argument("--teacher", action="store_true",
                        help="a teacher's preview: every choice with what it costs and gives "
                        "and when it is offered, notes for teachers, and (in the terminal) g "
                        "to jump to any scene; nothing is saved over a student's game")
    add_cut_option(parser, "play")


def run(args: argparse.Namespace) -> int:
    from game.engine.atomic import clean_stale
    from game.engine.campaign import CampaignSession, CampaignState, as_campaign
    from game.engine.library import Library
    from game.engine.model import Campaign, Season
    from game.engine.starting import begin, plan
    from game.lang.catalogue import load_strings
    from game.present.autosave import Autosave
    from game.present.places import data_dir, save_path
    from game.text.terminal import Console, Quit, play, resume_or_begin

    from .stories import load_playable, retelling, with_cut

    # pictures are checked by the window as it shows them (Library's docstring says why)
    story = load_playable(args.path, Library(check_pictures=False))
    if story is None:
        return 1
    language = _language(args)
    if language is None:
        return 1
    from game.lang.translate import in_language

    written = story  # as its author wrote it: the title's language picker starts from it
    story, notices = in_language(story, language)
    for notice in notices:
        print(notice, file=sys.stderr)
    story = with_cut(story, args.cut)
    if story is None:
        return 1
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show a letter shows "?"
        reconfigure = getattr(stream, "reconfigure", None)  # (Windows code pages, ASCII)
        if reconfigure is not None:
            reconfigure(errors="replace")
    console = Console(sys.stdout, sys.stdin.readline, plain=args.plain, teacher=args.teacher)
    testing = args.scene or args.overrides or args.preset or args.teacher
    if isinstance(story, Campaign) and (args.scene or args.overrides or args.preset
                                        or args.watch):
        print("--from, --with, --preset and --watch work on one season file; name it "
              "instead of the campaign", file=sys.stderr)
        return 1
    state = None
    if isinstance(story, Season):
        start, problems = plan(story, args.scene, args.preset, args.overrides)
        for problem in problems:
            print(f"{story.path}: error: {problem}", file=sys.stderr)
        if problems:
            return 1
        state = begin(story, start)[0] if testing else None
    if not args.text:
        from game.ui.launch import play_window

        return play_window(story, state, args.watch, teacher=args.teacher,
                           retell=retelling(written, args.cut))
    if args.watch and isinstance(story, Season):
        from game.text.watch import play_watching

        return play_watching(console, story, state, words=load_strings(language))
    campaign, words = as_campaign(story), load_strings(language)
    if testing:  # a teacher trying a scene: nothing is saved over a student's game
        progress = CampaignState(campaign.id, 0, state) if state is not None else None
        return play(console, CampaignSession(campaign, progress), words)
    folder = data_dir()
    if args.player:
        from game.engine.players import BadName, register

        try:
            folder = register(folder, args.player).folder
        except (BadName, OSError) as err:
            print(f"--player {args.player!r}: {err}", file=sys.stderr)
            return 1
    clean_stale(folder)  # temporary files of a save cut short by a crash or a kill
    path = save_path(folder, campaign.id)
    try:
        session = resume_or_begin(console, campaign, path, words)
    except (Quit, KeyboardInterrupt) as stop:  # Ctrl-C at the question is a way to stop too
        console.say(("\n" if isinstance(stop, KeyboardInterrupt) else "") + words._("Goodbye."))
        return 0
    return play(console, session, words, Autosave(session, path))


def _language(args: argparse.Namespace) -> str | None:
    """`--lang`, else the window's language setting, else the system's language."""
    from game.engine.settings import LANGUAGE
    from game.lang.catalogue import choose_language

    if args.lang is not None:
        if not LANGUAGE.fullmatch(args.lang):
            print(f"--lang {args.lang!r}: give a language code such as ru or en",
                  file=sys.stderr)
            return None
        return args.lang
    setting = ""
    if not args.text:
        from game.engine.settings import load_settings
        from game.present.places import data_dir

        setting = load_settings(data_dir() / "settings.json")[0].language
    return choose_language(setting)
