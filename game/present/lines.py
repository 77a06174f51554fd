"""Sentences about the village: what changed and why, the meter, the household, the ledger
and a season looked back on. Pure: engine values in, words out (through `Strings`, the
catalogue of the player's language).

Reasons are looked up by their key in the season as the player sees it (a translated season
gives translated reasons); what a save recorded is the fallback, so an old save's English
still shows when its scene or choice has gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from game.engine.events import (
    Event,
    MemoryForgotten,
    MemoryRecorded,
    ResourceChanged,
    TrustChanged,
)
from game.engine.format import AID_KINDS
from game.engine.model import Season
from game.engine.session import ChoiceView
from game.engine.state import GameState, LedgerEntry
from game.lang.catalogue import Strings

AIDS = tuple(a for a in AID_KINDS if a != "none")


def meter_sentence(words: Strings, season: Season, trust: int) -> str:
    """The whole meter in words, never shortened: `Village trust: 62 out of 100, Hopeful`."""
    return words.meter_sentence(season.trust.label, trust, season.trust.band(trust).label)


def amount(words: Strings, season: Season, resource: str, value: int) -> str:
    """`Grain: 3 sacks`: a resource with its unit, in the language's plural."""
    spec = season.resources[resource]
    return words._("{label}: {amount}", label=spec.label, amount=words.amount(value, spec.unit))


def household(words: Strings, season: Season, state: GameState) -> list[str]:
    """Every resource of the household, in the season's order."""
    return [amount(words, season, r, state.resources.get(r, spec.start))
            for r, spec in season.resources.items()]


def change_line(words: Strings, season: Season, event: Event) -> str | None:
    """What one change was and why: `Trust +6 (now 62/100, Hopeful): the Petrovs remember`."""
    if isinstance(event, TrustChanged):
        band = season.trust.band(event.after).label
        if event.reason:
            return words._("Trust {delta:+d} (now {after}/100, {band}): {reason}",
                           delta=event.delta, after=event.after, band=band, reason=event.reason)
        return words._("Trust {delta:+d} (now {after}/100, {band})", delta=event.delta,
                       after=event.after, band=band)
    if isinstance(event, ResourceChanged):
        return words._("{label} {delta:+d} (now {after})", label=event.label,
                       delta=event.delta, after=event.after)
    if isinstance(event, MemoryRecorded):
        return words._("The village will remember: {memory}", memory=event.label)
    if isinstance(event, MemoryForgotten):
        return words._("The village lets go of: {memory}", memory=event.label)
    return None


def change_lines(words: Strings, season: Season, events: Iterable[Event]) -> list[str]:
    return [line for e in events if (line := change_line(words, season, e)) is not None]


def locked(words: Strings, view: ChoiceView) -> str:
    """A choice shown closed, with the reason its author gave in `locked:` (every shipped
    one says why in brackets): the window's greyed button and the terminal's line."""
    return words._("Not possible now: {label}", label=view.label)


def reason(season: Season, entry: LedgerEntry) -> str:
    """Why a ledger entry happened, in the season's words as they are now."""
    scene = season.scenes.get(entry.scene)
    if scene is not None:
        effects = (scene.effects if entry.choice is None
                   else getattr(scene.choice(entry.choice), "effects", None))
        if effects is not None and effects.reason:
            return effects.reason
    return entry.reason


def place(season: Season, entry: LedgerEntry) -> str:
    """Where an entry happened: the scene's title, else the season's (never the scene's id,
    which a player should not see: a scene without a title, or one an edit removed)."""
    scene = season.scenes.get(entry.scene)
    return scene.title if scene and scene.title else season.title


def memory_label(season: Season, name: str) -> str | None:
    """A memory in the player's words, or None for one the season no longer has (its id
    is not shown)."""
    memory = season.memories.get(name)
    return memory.label if memory else None


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the ledger: `change` (trust or resources moved), `memory` (something the
    village now remembers) or `earlier` (memories brought from earlier seasons)."""

    kind: str
    text: str


def counts(entry: LedgerEntry) -> bool:
    """The one rule for which ledger entries are worth showing (every presenter uses it)."""
    return bool(entry.trust_delta or entry.resources or entry.remembered or entry.forgotten)


def ledger_rows(words: Strings, season: Season, state: GameState) -> list[Row]:
    rows: list[Row] = []
    for entry in state.ledger:
        if not counts(entry):
            continue
        changes = ([words._("Trust {delta:+d}", delta=entry.trust_delta)]
                   if entry.trust_delta else [])
        changes += [words._("{label} {delta:+d}", label=season.resources[r].label, delta=d)
                    for r, d in entry.resources if r in season.resources]
        why = reason(season, entry)
        if changes:
            text = ", ".join(changes)
            rows.append(Row("change", words._("{changes}: {reason} ({place})", changes=text,
                                              reason=why, place=place(season, entry))
                            if why else words._("{changes} ({place})", changes=text,
                                                place=place(season, entry))))
        rows += [Row("memory", words._("Remembered: {memory}", memory=label))
                 for m in entry.remembered if (label := memory_label(season, m))]
        rows += [Row("memory", words._("Let go of: {memory}", memory=label))
                 for m in entry.forgotten if (label := memory_label(season, m))]
    earlier = [season.memories[m].label for m in sorted(state.memories)
               if m in season.memories and season.memories[m].from_season]
    if earlier:
        rows.append(Row("earlier", words._("From earlier seasons: {memories}",
                                           memories=" ".join(earlier))))
    return rows


def trust_points(state: GameState) -> list[int]:
    """Trust after every change this season, starting with where it began."""
    start = state.ledger[0].trust_before if state.ledger else state.trust
    return [start, *(entry.trust_after for entry in state.ledger)]


def looking_back(words: Strings, season: Season, state: GameState) -> list[Row]:
    """A season in a few lines: trust from start to end, the help given, what came back.
    Kinds: `body`, and `received` for what neighbours gave."""
    rows = [Row("body", words._("Village trust went from {start} to {end}.",
                                start=trust_points(state)[0], end=state.trust))]
    given = {aid: sum(1 for e in state.ledger if e.aid == aid) for aid in AIDS}
    # TRANSLATORS: a kind of help and how often, e.g. "sharing food twice"
    done = [words._("{aid} {times}", aid=words.aid_name(aid, season.info.aid_words),
                    times=words.times(n))
            for aid, n in given.items() if n]
    rows.append(Row("body", words._("Help you gave: {list}.", list=words.listing(done)) if done
                    else words._("You kept to your own household this season.")))
    for entry in state.ledger:
        if entry.choice is not None or not (entry.trust_delta > 0 or
                                            any(d > 0 for _, d in entry.resources)):
            continue
        what = ", ".join(words._("{label} +{delta}", label=season.resources[r].label, delta=d)
                         for r, d in entry.resources if d > 0 and r in season.resources)
        rows.append(Row("received", words._("What came your way ({place}): {what}",
                                            place=place(season, entry),
                                            what=what or reason(season, entry))))
    return rows


