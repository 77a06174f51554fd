"""Plain-text views of the game: pure functions from engine values to strings.

No colours, no cursor tricks, no box drawing: what a screen reader reads aloud is exactly
what is printed. The decorative meter bar can be left out (`plain=True`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from game.engine.events import (
    Event,
    MemoryForgotten,
    MemoryRecorded,
    ResourceChanged,
    TrustChanged,
)
from game.engine.model import Season
from game.engine.session import ChoiceView, Session
from game.engine.state import GameState

WIDTH = 76
AID_WORDS = {"share_grain": "sharing food", "lend_tools": "lending a hand",
             "open_home": "opening your home"}


def wrap(text: str, indent: str = "") -> str:
    return "\n".join(textwrap.fill(p, WIDTH, initial_indent=indent, subsequent_indent=indent)
                     for p in text.split("\n\n"))


def paragraphs(texts: Iterable[str]) -> str:
    return "\n\n".join(wrap(t) for t in texts)


def meter(season: Season, trust: int, plain: bool = False) -> str:
    """`Village trust: 62/100, Hopeful [############--------]`."""
    band = season.trust.band(trust).label
    line = f"{season.trust.label}: {trust}/100, {band}"
    if plain:
        return line
    filled = round(trust / 5)
    return f"{line} [{'#' * filled}{'-' * (20 - filled)}]"


def resources(season: Season, state: GameState) -> str:
    parts = []
    for spec in season.resources.values():
        value = state.resources.get(spec.id, spec.start)
        unit = spec.unit[:-1] if value == 1 and spec.unit.endswith("s") else spec.unit
        unit = f" {unit}" if unit else ""
        parts.append(f"{spec.label}: {value}{unit}")
    return ". ".join(parts)


def season_intro(season: Season) -> str:
    info = season.info
    lines = [f"== {info.title} ==", f"{info.place}, {info.years}", "", wrap(info.summary)]
    if info.content_notes:
        lines += ["", "Content note: " + " ".join(info.content_notes)]
    if info.watch_for:
        lines += ["", "Watch for: " + info.watch_for]
    return "\n".join(lines)


def choice_line(number: int | None, view: ChoiceView) -> str:
    aid = AID_WORDS.get(view.choice.aid)
    tag = f" ({aid})" if aid and view.available else ""
    if not view.available:
        return f"   -. Not possible now: {view.label}"
    return f"  {number:>2}. {view.label}{tag}"


def scene_view(session: Session, plain: bool = False) -> str:
    """The scene: heading, text, learn-more note, meter, resources and numbered choices."""
    scene = session.scene
    assert scene is not None
    season, state = session.season, session.state
    out = [f"--- {scene.title or scene.id} ---", "", paragraphs(session.text())]
    if scene.note:
        source = next((s.title for s in season.info.sources if s.id == scene.note.source), "")
        cite = f" (Source: {source})" if source else ""
        out += ["", wrap(f"Learn more: {scene.note.text}{cite}")]
    out += ["", meter(season, state.trust, plain)]
    if season.resources:
        out.append(resources(season, state))
    out.append("")
    number = 0
    for view in session.choices():
        if view.available:
            number += 1
        out.append(choice_line(number if view.available else None, view))
    return "\n".join(out)


def event_lines(season: Season, events: Iterable[Event]) -> list[str]:
    """What changed and why, one line each: `Trust +6: the Petrovs remember your seed grain.`"""
    lines = []
    for event in events:
        if isinstance(event, TrustChanged):
            reason = f": {event.reason}" if event.reason else ""
            lines.append(f"Trust {event.delta:+d} (now {event.after}/100, "
                         f"{season.trust.band(event.after).label}){reason}")
        elif isinstance(event, ResourceChanged):
            lines.append(f"{event.label} {event.delta:+d} (now {event.after})")
        elif isinstance(event, MemoryRecorded):
            lines.append(f"The village will remember: {event.label}")
        elif isinstance(event, MemoryForgotten):
            lines.append(f"The village lets go of: {event.label}")
    return lines


def ending_view(session: Session, plain: bool = False) -> str:
    ending = session.ending
    assert ending is not None
    season = session.season
    out = [f"=== Ending: {ending.title} ===", "", paragraphs(session.text()), "",
           meter(season, session.state.trust, plain)]
    if season.info.reflection:
        out += ["", "Questions to think about:"]
        out += [wrap(f"{i}. {q}", "  ").replace("  ", "  ", 1)
                for i, q in enumerate(season.info.reflection, 1)]
    return "\n".join(out)


def ledger_view(season: Season, state: GameState) -> str:
    """Every change to trust so far, with its reason."""
    rows = [entry for entry in state.ledger if entry.trust_delta or entry.resources]
    if not rows:
        return "Nothing has changed yet."
    lines = ["What the village remembers of you:"]
    for entry in rows:
        change = f"Trust {entry.trust_delta:+d}" if entry.trust_delta else "Trust +0"
        reason = f": {entry.reason}" if entry.reason else ""
        lines.append(f"  {change}{reason} ({entry.scene})")
    return "\n".join(lines)
