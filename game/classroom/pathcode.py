"""Path codes: a playthrough as a short code a student reads aloud or copies onto paper.

`FAM-2KD7-Q9X4-M1` says which season (and cut) was played, in which version, and every choice
made, so the teacher's class report can replay it exactly through the engine. School
computers are often offline and shared, so the code is the hand-in: no network, no account,
no name.

The body is Crockford's base 32 (no I, L, O or U; read back case-blind, with O as 0 and I or
L as 1, hyphens and spaces ignored). It holds, in order:

- three characters of **version**: a hash of what decides a path (scenes, choices, their
  conditions, effects and next scenes, the endings' conditions, the cut and, for a campaign,
  every season so far and the trust carried). Texts are left out, so a fixed typo or a
  translation keeps old codes good, while a changed rule marks them "another version";
- the **choices**: at each step, which of the choices open at that moment was taken, as one
  mixed-radix number (a scene with one open choice costs nothing). Replaying the engine gives
  each step's radix, so the code needs no lengths or ids;
- two characters of **check**: a CRC-10 over the rest, which catches every single mistyped
  character and every swap of two neighbouring ones.

A season played inside a campaign starts with what earlier seasons left (trust, memories),
so its code carries the whole chain from the campaign's first season: replaying it needs
nothing else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from game.engine.campaign import carried_trust
from game.engine.model import Campaign, Condition, Effects, Season
from game.engine.session import start_state, step
from game.engine.state import GameState

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_VALUE: Mapping[str, int] = MappingProxyType(
    {**{c: i for i, c in enumerate(ALPHABET)}, "O": 0, "I": 1, "L": 1})
VERSION_CHARS = 3
CHECK_CHARS = 2
_CRC_POLY = 0x633  # x^10 + x^9 + x^5 + x^4 + x + 1: finds every burst of up to 10 bits
MAX_STEPS = 400  # a code longer than any season allows is refused, not replayed forever


class CodeError(ValueError):
    """A code that cannot be read: the message says what to check, in the student's words."""


@dataclass(frozen=True)
class Played:
    """One season's part of a replayed code: its choices and where they led."""

    season: Season
    path: tuple[str, ...]
    scenes: tuple[str, ...]  # the scene of each choice
    trust: tuple[int, ...]  # trust on arriving in each scene, then at the end
    ending: str
    aid: tuple[str, ...]  # the aid kind of each choice ("none" for most)


@dataclass(frozen=True)
class Replay:
    """A code read back: the seasons it covers (the last is the one it was given for)."""

    code: str
    story: Story
    seasons: tuple[Played, ...]

    @property
    def last(self) -> Played:
        return self.seasons[-1]


@dataclass(frozen=True)
class Story:
    """What a code can be made for: one season, or the first `upto` seasons of a campaign
    (each played in the campaign's cut), with the trust carried between them."""

    seasons: tuple[Season, ...]
    carry: int = 100
    campaign: str = ""

    @property
    def last(self) -> Season:
        return self.seasons[-1]

    @property
    def prefix(self) -> str:
        return prefix_of(self.last)

    @property
    def version(self) -> str:
        return version_of(self)


def season_story(season: Season) -> Story:
    return Story((season,))


def campaign_story(campaign: Campaign, upto: int) -> Story:
    """The chain of seasons 0..upto of a campaign, as the campaign plays them."""
    return Story(campaign.seasons[:upto + 1], campaign.trust_carry, campaign.id)


def prefix_of(season: Season) -> str:
    """Three letters a reader recognises: FAM for `famine`, WAR for `war`."""
    letters = "".join(c for c in season.id.upper() if c in ALPHABET and not c.isdigit())
    return (letters + "XXX")[:3]


# -- the version ---------------------------------------------------------------------------
def _cond(cond: Condition | None) -> str:
    return cond.source if cond is not None else ""


def _effects(effects: Effects | None) -> str:
    if effects is None:
        return ""
    return repr((effects.trust, effects.resources, effects.remember, effects.forget))


def _fingerprint(season: Season) -> Iterator[str]:
    yield f"season {season.id} start {season.start} cut {season.cut}"
    yield f"trust {season.trust.start}"
    for resource in season.resources.values():
        yield f"resource {resource.id} {resource.start} {resource.min} {resource.max}"
    for scene in season.scenes.values():
        yield f"scene {scene.id} {_effects(scene.effects)}"
        for choice in scene.choices:
            routes = tuple((_cond(r.cond), r.next) for r in choice.routes)
            yield f"choice {choice.id} if {_cond(choice.cond)} {_effects(choice.effects)} " \
                  f"next {choice.next} {routes!r}"
    for ending in season.endings.values():
        yield f"ending {ending.id} if {_cond(ending.cond)}"


def version_of(story: Story) -> str:
    digest = hashlib.sha256()
    digest.update(f"carry {story.carry} of {len(story.seasons)}\n".encode())
    for season in story.seasons:
        for line in _fingerprint(season):
            digest.update(line.encode() + b"\n")
    number = int.from_bytes(digest.digest()[:4], "big") % (32 ** VERSION_CHARS)
    return _chars(number, VERSION_CHARS)


# -- characters, numbers and the check -------------------------------------------------------
def _chars(number: int, width: int = 0) -> str:
    out = []
    while number:
        number, digit = divmod(number, 32)
        out.append(ALPHABET[digit])
    return "".join(reversed(out)).rjust(width, "0")


def _crc(body: str) -> int:
    crc = 0
    for char in body:
        value = _VALUE[char]
        for bit in range(4, -1, -1):
            crc = (crc << 1) | ((value >> bit) & 1)
            if crc & 0x400:
                crc ^= _CRC_POLY
    for _ in range(10):  # flush: the remainder of body * x^10
        crc <<= 1
        if crc & 0x400:
            crc ^= _CRC_POLY
    return crc


def _group(prefix: str, body: str) -> str:
    return prefix + "-" + "-".join(body[i:i + 4] for i in range(0, len(body), 4))


def normalise(text: str) -> str:
    """The code as typed, upper case, without spaces or hyphens (O read as 0, I and L as 1)."""
    return "".join(c for c in text.upper() if not c.isspace() and c != "-")


# -- playing a story by a rule -----------------------------------------------------------------
Pick = Callable[[Season, GameState, list[str]], str]


def _play(story: Story, pick: Pick) -> tuple[Played, ...]:
    """Play every season of the story as a campaign would (trust carried, memories kept),
    asking `pick` for each choice among those open at that moment."""
    played: list[Played] = []
    trust: int | None = None
    memories: frozenset[str] = frozenset()
    steps = 0
    for index, season in enumerate(story.seasons):
        state, _ = start_state(season, trust=trust, memories=memories)
        path, scenes, trusts, aid = [], [], [], []
        while state.ending is None:
            steps += 1
            if steps > MAX_STEPS:
                raise CodeError("this code is longer than any way through the season")
            scene = season.scenes[state.scene]
            open_ids = [c.id for c in scene.choices
                        if c.cond is None or c.cond.holds(state.values(), state.memories)]
            if not open_ids:
                raise CodeError("this code leads to a scene with no choice open")
            choice = scene.choice(pick(season, state, open_ids))
            assert choice is not None
            path.append(choice.id)
            scenes.append(scene.id)
            trusts.append(state.trust)
            aid.append(choice.aid)
            state = step(season, state, choice.id).state
        trusts.append(state.trust)
        played.append(Played(season, tuple(path), tuple(scenes), tuple(trusts), state.ending,
                             tuple(aid)))
        if index + 1 < len(story.seasons):
            trust = carried_trust(state.trust, story.seasons[index + 1].trust.start,
                                  story.carry)
            memories = state.memories
    return tuple(played)


# -- making a code ---------------------------------------------------------------------------
def make_code(story: Story, paths: Sequence[Sequence[str]]) -> str:
    """The code for these choices: one path (choice ids in order) per season of the story.
    `ValueError` if a path is not one the story can be played along."""
    if len(paths) != len(story.seasons):
        raise ValueError("one path for each season of the story")
    digits: list[tuple[int, int]] = []
    queues = [list(path) for path in paths]

    def follow(season: Season, state: GameState, open_ids: list[str]) -> str:
        queue = queues[story.seasons.index(season)]
        if not queue:
            raise ValueError(f"the path for `{season.id}` stops before an ending")
        choice_id = queue.pop(0)
        if choice_id not in open_ids:
            raise ValueError(f"`{choice_id}` was not open in `{state.scene}`")
        digits.append((open_ids.index(choice_id), len(open_ids)))
        return choice_id

    _play(story, follow)
    if any(queues):
        raise ValueError("a path goes on after its season's ending")
    number = 0
    for digit, radix in reversed(digits):
        number = number * radix + digit
    body = story.version + _chars(number)
    return _group(story.prefix, body + _chars(_crc(body), CHECK_CHARS))


def code_for(story: Story, records: Sequence[Sequence[str]]) -> str | None:
    """The code for a finished game, or None when its path is not known (an older save) or
    no longer fits the story (the season was edited since)."""
    if not records or any(not path for path in records):
        return None
    try:
        return make_code(story, records)
    except (ValueError, CodeError):
        return None


# -- reading one back --------------------------------------------------------------------------
def split(code: str) -> tuple[str, str, int]:
    """(prefix, version, the choices' number) of a well-formed code; `CodeError` otherwise."""
    text = normalise(code)
    if len(text) < 3 + VERSION_CHARS + CHECK_CHARS:
        raise CodeError("too short: a path code looks like FAM-2KD7-Q9X4-M1")
    prefix, body = text[:3], text[3:]
    wrong = sorted({c for c in body if c not in _VALUE})
    if wrong:
        raise CodeError(f"`{''.join(wrong)}` cannot be in a path code: check each letter")
    body = "".join(ALPHABET[_VALUE[c]] for c in body)
    data, check = body[:-CHECK_CHARS], body[-CHECK_CHARS:]
    if _chars(_crc(data), CHECK_CHARS) != check:
        raise CodeError("a letter or digit was copied wrongly (the check does not match): "
                        "look at the code again")
    number = 0
    for char in data[VERSION_CHARS:]:
        number = number * 32 + _VALUE[char]
    return prefix, data[:VERSION_CHARS], number


def replay(code: str, stories: Iterable[Story]) -> Replay:
    """Read a code back through the engine, against the stories it may have been made for."""
    prefix, version, number = split(code)
    candidates = [s for s in stories if s.prefix == prefix]
    story = next((s for s in candidates if s.version == version), None)
    if story is None:
        if candidates:
            raise CodeError(f"made with another version of {candidates[0].last.title}: it "
                            "cannot be replayed with this one")
        raise CodeError(f"no season here starts its codes with {prefix}")
    left = [number]

    def read(season: Season, state: GameState, open_ids: list[str]) -> str:
        left[0], digit = divmod(left[0], len(open_ids))
        return open_ids[digit]

    played = _play(story, read)
    if left[0]:
        raise CodeError("this code goes on after the season's end: check each letter")
    return Replay(_group(prefix, normalise(code)[3:]), story, played)


def stories_of(campaign: Campaign, seasons: Iterable[Season] = ()) -> list[Story]:
    """Every story a code may name: each season alone (whole and in each cut) and each chain
    of the campaign (whole and in each cut the campaign's seasons share)."""
    from game.engine.cuts import cut_of

    out: list[Story] = []
    alone = list(campaign.seasons) + [s for s in seasons if s not in campaign.seasons]
    for season in alone:
        out.append(season_story(season))
        out += [season_story(cut_of(season, cut)) for cut in season.cuts]
    cuts = {cut for season in campaign.seasons for cut in season.cuts}
    for cut in ["", *sorted(cuts)]:
        chain = tuple(cut_of(s, cut) if cut and cut in s.cuts else s for s in campaign.seasons)
        for upto in range(len(chain)):
            out.append(Story(chain[:upto + 1], campaign.trust_carry, campaign.id))
    return out
