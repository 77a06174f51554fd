"""Checks on a built season: links, dead ends, endings, and memories across a campaign.

These look only at the graph of links, not at conditions: whether a condition can ever be
true is the explore tool's job (`game.analysis.explore`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from . import conditions
from .diagnostics import Diagnostic, closest, did_you_mean
from .format import END
from .model import Condition, Effects, Pos, Season


def check_links(season: Season) -> list[Diagnostic]:
    """Unknown targets, orphan scenes and endings, dead ends, and how endings are chosen."""
    out: list[Diagnostic] = []
    file = str(season.path)
    targets = set(season.scenes) | set(season.endings)
    linked: set[str] = {season.start}
    first_end_link: Pos | None = None
    for scene in season.scenes.values():
        if not scene.choices and "choices" not in scene.where.fields:  # (bad ones: reported)
            out.append(Diagnostic("VR022", f"scene `{scene.id}` has no choices and is not an "
                                  "ending", file, scene.where.line, scene.where.col,
                                  "add `choices:`, or move it to `endings:`"))
        for choice in scene.choices:
            ways = [*((r.next, r.pos) for r in choice.routes),
                    (choice.next, choice.where.of("next"))]
            for target, pos in ways:
                if target == END:
                    first_end_link = first_end_link or pos
                elif target in targets:
                    linked.add(target)
                elif target:
                    out.append(Diagnostic(
                        "VR020", f"choice `{choice.id}` in scene `{scene.id}` leads to "
                        f"`{target}`, which does not exist", file, pos[0], pos[1],
                        did_you_mean(target, [*targets, END])
                        or "name a scene or an ending, or write `end`"))
    for scene in season.scenes.values():
        if scene.id not in linked:
            out.append(Diagnostic("VR021", f"no choice leads to scene `{scene.id}`", file,
                                  scene.where.line, scene.where.col,
                                  "link to it with `next:`, or remove it"))
    out.extend(_check_endings(season, linked, first_end_link))
    return out


def _check_endings(season: Season, linked: set[str], end_link: Pos | None
                   ) -> Iterator[Diagnostic]:
    file = str(season.path)
    fallback = None
    for ending in season.endings.values():
        if end_link and fallback is not None and ending.id not in linked:
            yield Diagnostic("VR026", f"ending `{ending.id}` comes after `{fallback}`, which has "
                             "no `if`, so `next: end` never chooses it", file, ending.where.line,
                             ending.where.col, "move endings without `if` to the end of the list")
        elif not end_link and ending.id not in linked:
            yield Diagnostic("VR024", f"no choice leads to ending `{ending.id}`", file,
                             ending.where.line, ending.where.col,
                             "link to it with `next:`, or write `next: end` in a final choice")
        if ending.cond is None and fallback is None:
            fallback = ending.id
    if end_link and fallback is None:
        yield Diagnostic("VR025", "`next: end` is used, but every ending has an `if`, so "
                         "sometimes no ending fits", file, end_link[0], end_link[1],
                         "give the last ending no `if`, so it catches every other case")


@dataclass
class MemoryUse:
    """Where a season sets and tests each memory (first place of each)."""

    sets: dict[str, Pos] = field(default_factory=dict)
    tests: dict[str, Pos] = field(default_factory=dict)


def memory_use(season: Season) -> MemoryUse:
    use = MemoryUse()

    def tested(cond: Condition | None) -> None:
        if cond is not None:
            for name in conditions.names(cond.expr):
                if name.name in season.memories:
                    use.tests.setdefault(name.name, (cond.line, cond.col))

    def sets(effects: Effects | None, pos: Pos) -> None:
        for name in effects.remember if effects else ():
            use.sets.setdefault(name, pos)

    for scene in season.scenes.values():
        sets(scene.effects, scene.where.of("effects"))
        for paragraph in scene.text:
            tested(paragraph.cond)
        for choice in scene.choices:
            tested(choice.cond)
            for route in choice.routes:
                tested(route.cond)
            sets(choice.effects, choice.where.of("effects"))
    for ending in season.endings.values():
        tested(ending.cond)
        for paragraph in ending.text:
            tested(paragraph.cond)
    return use


def check_memories(seasons: Sequence[Season], in_campaign: bool) -> list[Diagnostic]:
    """Memories tested but never set (error) and set but never tested (warning).

    `seasons` is a campaign in play order, or one season on its own; a memory marked
    `from: <season>` can only be checked inside a campaign.
    """
    out: list[Diagnostic] = []
    uses = [memory_use(s) for s in seasons]
    for i, (season, use) in enumerate(zip(seasons, uses, strict=True)):
        file = str(season.path)
        for memory in season.memories.values():
            at = (memory.where.line, memory.where.col)
            later = any(memory.id in u.tests and memory.id in s.memories
                        for s, u in zip(seasons[i + 1:], uses[i + 1:], strict=True))
            if memory.from_season is None:
                if memory.id in use.tests and memory.id not in use.sets:
                    out.append(Diagnostic(
                        "VR050", f"memory `{memory.id}` is tested but nothing sets it", file, *at,
                        hint=f"add `remember: {memory.id}` to a choice's effects, or mark where "
                        "it comes from with `from: <season id>`"))
                elif memory.id in use.sets and memory.id not in use.tests and not later:
                    out.append(_unused(memory.id, file, at, "is set but never tested"))
                elif memory.id not in use.sets and memory.id not in use.tests:
                    out.append(_unused(memory.id, file, at, "is declared but never used"))
                continue
            if in_campaign:
                problem = _from_problem(memory.id, memory.from_season, seasons[:i], uses[:i])
                if problem:
                    close = closest(memory.from_season, [s.id for s in seasons if s is not season])
                    hint = "check the season id in `from:` and the campaign order"
                    if close and close != memory.from_season:
                        hint = f"did you mean `from: {close}`? Or {hint}"
                    out.append(Diagnostic("VR050", problem, file, *at, hint=hint))
            if memory.id not in use.tests and memory.id not in use.sets and not later:
                out.append(_unused(memory.id, file, at, "comes from an earlier season but is "
                                   "never tested here"))
    return out


def _unused(name: str, file: str, at: Pos, what: str) -> Diagnostic:
    return Diagnostic("VR051", f"memory `{name}` {what}", file, *at,
                      hint="test it in an `if:` so the village's memory matters, or remove it")


def _from_problem(name: str, source: str, earlier: Sequence[Season],
                  uses: Sequence[MemoryUse]) -> str:
    for season, use in zip(earlier, uses, strict=True):
        if season.id == source:
            if name not in use.sets:
                return f"memory `{name}` comes from season `{source}`, which never sets it"
            return ""
    return (f"memory `{name}` comes from season `{source}`, which is not earlier in the "
            "campaign")


def check_from_beside(season: Season, beside: Sequence[Season]) -> list[Diagnostic]:
    """A season with no campaign yet: each `from:` must name a season in the files beside
    it, which must set the memory. Without this, `from: flod` went unchecked until the
    campaign file was written."""
    out: list[Diagnostic] = []
    for memory in season.memories.values():
        source = memory.from_season
        if source is None:
            continue
        at = (memory.where.line, memory.where.col)
        match = [s for s in beside if s.id == source and s is not season]
        if match:
            if memory.id not in memory_use(match[0]).sets:
                out.append(Diagnostic(
                    "VR050", f"memory `{memory.id}` comes from season `{source}`, which never "
                    "sets it", str(season.path), *at,
                    hint=f"check the memory's id here and in `{match[0].path.name}`"))
            continue
        close = closest(source, [s.id for s in beside if s is not season])
        out.append(Diagnostic(
            "VR050", f"memory `{memory.id}` comes from season `{source}`, which is not among "
            "the season files beside this one", str(season.path), *at,
            hint=(f"did you mean `from: {close}`?" if close else
                  "check the season id in `from:`, and put that season's file in this folder")))
    return out
