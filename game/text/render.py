"""Plain-text views of the game: pure functions from engine values to strings.

No colours, no cursor tricks, no box drawing: what a screen reader reads aloud is exactly
what is printed. The decorative meter bar and the rules around headings (`--- A thin
harvest ---`) can be left out (`plain=True`), so a screen reader reads no dashes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping, Sequence

from game.engine.events import Event
from game.engine.model import Document, Interlude, Season
from game.engine.session import ChoiceView, Session
from game.engine.state import GameState
from game.lang.catalogue import ENGLISH_STRINGS, Strings
from game.present import lines, pages
from game.present.history import Page, worded
from game.present.reasons import shortfalls

WIDTH = 76


def wrap(text: str, indent: str = "") -> str:
    return "\n".join(textwrap.fill(p, WIDTH, initial_indent=indent, subsequent_indent=indent)
                     for p in text.split("\n\n"))


def paragraphs(texts: Iterable[str]) -> str:
    return "\n\n".join(wrap(t) for t in texts)


def meter(season: Season, trust: int, plain: bool = False, words: Strings = ENGLISH_STRINGS) -> str:
    """`Village trust: 62/100, Hopeful [############--------]`."""
    line = words._("{label}: {value}/100, {band}", label=season.trust.label, value=trust,
                   band=season.trust.band(trust).label)
    if plain:
        return line
    filled = round(trust / 5)
    return f"{line} [{'#' * filled}{'-' * (20 - filled)}]"


def resources(season: Season, state: GameState, words: Strings = ENGLISH_STRINGS) -> str:
    return ". ".join(lines.household(words, season, state))


def season_intro(season: Season, words: Strings = ENGLISH_STRINGS, plain: bool = False) -> str:
    info = season.info
    out = [heading(info.title, "==", plain), f"{info.place}, {info.years}", "", wrap(info.summary)]
    if info.content_notes:
        out += ["", wrap(words._("Content note: {notes}", notes=" ".join(info.content_notes)))]
    if info.watch_for:
        out += ["", wrap(words._("Watch for: {what}", what=info.watch_for))]
    return "\n".join(out)


def choice_line(number: int | None, view: ChoiceView, words: Strings = ENGLISH_STRINGS,
                aid_words: Mapping[str, str] | None = None, needs: Sequence[str] = (),
                tagged: bool = False) -> str:
    """One numbered choice, as the window shows it: no tag saying which one is the kind of
    aid (that labelled the "right" answer; history review S16), except for a teacher's
    preview (`tagged`), in the season's words if it has them (`aid_words`). A locked choice
    has no number (it cannot be typed) and says why it is closed, in the window's words
    (`lines.locked`), then in numbers (`needs`, from `reasons.shortfalls`)."""
    if not view.available:
        line = "      " + lines.locked(words, view)
        return line + ("\n        " + "; ".join(needs) + "." if needs else "")
    aid = words.aid_name(view.choice.aid, aid_words) if tagged else ""
    return f"  {number:>2}. {view.label}" + (f" ({aid})" if aid else "")


def heading(text: str, mark: str, plain: bool = False) -> str:
    """`--- A thin harvest ---`, or the bare title when `plain` (a screen reader would read
    the dashes aloud)."""
    return text if plain else f"{mark} {text} {mark}"


def arrival_block(changes: Sequence[str], words: Strings = ENGLISH_STRINGS) -> list[str]:
    """What arriving here changed, said before the meter, the household and the choices
    that it changed (so it never sounds like the effect of a choice just read)."""
    if not changes:
        return []
    return ["", words._("On arriving here:"), *("  " + line for line in changes)]


def scene_view(session: Session, plain: bool = False, words: Strings = ENGLISH_STRINGS,
               arrival: Sequence[str] = (), teacher: bool = False) -> str:
    """The scene: heading, text, learn-more note, what arriving changed (`arrival`, lines
    of `change_lines`), meter, resources and numbered choices; for a teacher's preview also
    what each choice costs and gives and when it is offered (`analysis.preview`)."""
    scene = session.scene
    assert scene is not None
    season, state = session.season, session.state
    out = [heading(scene.title or season.title, "---", plain), "", paragraphs(session.text())]
    if teacher:
        from game.analysis.preview import scene_notes

        out += ["", *(wrap(note) for note in scene_notes(scene))] if scene.teacher_note else []
    if scene.note:
        out += ["", wrap(pages.learn_more(words, scene.note, season.info.sources))]
    out += arrival_block(arrival, words)
    out += ["", meter(season, state.trust, plain, words)]
    if season.resources:
        out.append(resources(season, state, words))
    out.append("")
    number = 0
    for view in session.choices():
        if view.available:
            number += 1
        needs = () if view.available else shortfalls(words, season, view.choice.cond, state)
        out.append(choice_line(number if view.available else None, view, words,
                               season.info.aid_words, needs, tagged=teacher))
        if teacher:
            from game.analysis.preview import choice_notes

            out += [textwrap.fill(note, WIDTH, initial_indent=" " * 8,
                                  subsequent_indent=" " * 8)
                    for note in choice_notes(season, view.choice)]
    documents = pages.offered(season, scene.id)
    if documents:
        out.append("")
        for key, document in zip(document_keys(len(documents)), documents, strict=True):
            out.append(f"  {key:>2}. " + pages.read_label(words, document))
    return "\n".join(out)


def document_keys(count: int) -> list[str]:
    """What a player types to open each of a scene's documents: `d`, or `d1`, `d2`, ..."""
    return ["d"] if count == 1 else [f"d{n}" for n in range(1, count + 1)]


def document_view(document: Document, words: Strings = ENGLISH_STRINGS,
                  plain: bool = False) -> str:
    """A document card: its kind (so a paraphrase is never read as a quotation), title,
    text, citation and archive."""
    card = pages.card(words, document)
    out = [f"[{card.kind}]", heading(card.title, "***", plain), "", paragraphs(card.paragraphs), "",
           wrap(card.citation)]
    if card.archive:
        out.append(wrap(card.archive))
    return "\n".join(out)


def interlude_view(interlude: Interlude, words: Strings = ENGLISH_STRINGS,
                   plain: bool = False) -> str:
    """A page between two seasons: heading, text, timeline, and its note with the source."""
    page = pages.interlude_page(words, interlude)
    out = [heading(page.title, "==", plain), "", paragraphs(page.paragraphs)]
    if page.timeline:
        out += ["", *(wrap(line, "  ") for line in page.timeline)]
    if page.note:
        out += ["", wrap(page.note)]
    return "\n".join(out)


def ending_view(session: Session, plain: bool = False, words: Strings = ENGLISH_STRINGS,
                arrival: Sequence[str] = ()) -> str:
    ending = session.ending
    assert ending is not None
    season = session.season
    out = [heading(words._("Ending: {title}", title=ending.title), "===", plain), "",
           paragraphs(session.text())]
    if ending.note:  # the ending's history: the war's human cost, what came after
        out += ["", wrap(pages.learn_more(words, ending.note, season.info.sources))]
    out += arrival_block(arrival, words)
    out += ["", meter(season, session.state.trust, plain, words)]
    # the season looked back on, as the window's summary says it (`lines.looking_back`)
    out += ["", words._("{season}: looking back", season=season.title)]
    out += [wrap(row.text, "  " if row.kind == "body" else "    ")
            for row in lines.looking_back(words, season, session.state)]
    if season.info.reflection:
        out += ["", words._("Questions to think about:")]
        out += [wrap(f"{i}. {q}", "  ") for i, q in enumerate(season.info.reflection, 1)]
    return "\n".join(out)


def change_lines(season: Season, events: Iterable[Event],
                 words: Strings = ENGLISH_STRINGS) -> list[str]:
    """What changed and why, one line each: `Trust +6 (now 62/100, Hopeful): …`."""
    return lines.change_lines(words, season, events)


def ledger_view(season: Season, state: GameState, words: Strings = ENGLISH_STRINGS) -> str:
    """Every change so far this season, with its reason (the same rows as the window's)."""
    rows = lines.ledger_rows(words, season, state)
    if not rows:
        return words._("Nothing has changed yet.")
    return "\n".join([words._("What the village remembers of you:"),
                      *(("  " if row.kind == "change" else "    ") + row.text for row in rows)])


HISTORY_PAGES = 6  # the `history` command reads back this many pages, oldest first


def history_view(season: Season, read: Iterable[Page], words: Strings = ENGLISH_STRINGS,
                 last: int = HISTORY_PAGES, plain: bool = False) -> str:
    """The last pages read before this one, as they were shown (the window's History)."""
    shown = worded(words, season, list(read)[-last:])
    if not shown:
        return words._("There is no page before this one yet.")
    out = [words._("The pages before this one, the oldest first:")]
    for page in shown:
        out += ["", heading(page.heading, "---", plain),
                *(wrap(text, "" if style == "body" else "  ") for text, style in page.lines)]
    return "\n".join(out)
