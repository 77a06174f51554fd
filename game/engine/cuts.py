"""Cuts: a named shorter version of a season (one lesson, a museum visit), played, explored,
measured and saved as a season of its own.

A cut keeps some scenes (the start among them) and every ending, drops some choices
(`skip: [scene/choice]`), and sends choices that led to a dropped scene somewhere kept
(`jumps: {dropped: kept}`). `cut_of` builds that season from the whole one: it keeps the
season's id (memories, saves and other seasons still name it) and sets `Season.cut`, so a
save and a guide can say which version was played. `check_cuts` finds, with the line in the
file, every way a cut could leave a player stuck or lost, so a cut is validated like any
season rather than trusted.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from .diagnostics import Diagnostic, did_you_mean
from .format import END
from .model import Campaign, Cut, Pos, Season


class UnknownCut(ValueError):
    """`--cut ID` named a cut that the season (or no season of the campaign) declares."""


def _skipped(cut: Cut) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(item.split("/", 1)) for item in cut.skip  # type: ignore[misc]
                     if item.count("/") == 1)


def cut_of(season: Season, cut_id: str) -> Season:
    """The season as cut `cut_id` keeps it: its scenes in file order, skipped choices gone,
    links to dropped scenes sent through the cut's jumps. Checked cuts (`check_cuts`) give a
    season whose every link leads somewhere that exists."""
    cut = season.cuts.get(cut_id)
    if cut is None:
        known = ", ".join(season.cuts) or "none"
        raise UnknownCut(f"season `{season.id}` has no cut `{cut_id}` (its cuts: {known})")
    kept = frozenset(cut.scenes) & frozenset(season.scenes)
    skipped = _skipped(cut)
    scenes = {}
    for sid, scene in season.scenes.items():
        if sid not in kept:
            continue
        choices = []
        for choice in scene.choices:
            if (sid, choice.id) in skipped:
                continue
            choice = _jumped(choice, season, kept, cut)
            choices.append(choice._replace(outcome=_kept(choice.outcome, cut_id)))
        scenes[sid] = scene._replace(choices=tuple(choices), text=_kept(scene.text, cut_id),
                                     note=_note(scene.note, cut_id))
    endings = {eid: e._replace(text=_kept(e.text, cut_id), note=_note(e.note, cut_id))
               for eid, e in season.endings.items()}
    presets = {k: p for k, p in season.presets.items() if p.scene is None or p.scene in kept}
    return season._replace(scenes=MappingProxyType(scenes), presets=MappingProxyType(presets),
                           endings=MappingProxyType(endings), cut=cut_id)


def _kept(paragraphs: tuple[Any, ...], cut_id: str) -> tuple[Any, ...]:
    """The paragraphs this cut keeps (`skip_in` leaves one out of the cuts it names)."""
    return tuple(p for p in paragraphs if cut_id not in p.skip_in)


def _note(note: Any, cut_id: str) -> Any:
    return None if note is not None and cut_id in note.skip_in else note


def _jumped(choice: Any, season: Season, kept: frozenset[str], cut: Cut) -> Any:
    """The choice with every link into a dropped scene sent through the cut's jumps: its
    `next`, and each conditional route's (`Choice.routes`, where the format has them)."""
    def through(target: str) -> str:
        if target in season.scenes and target not in kept:
            return cut.jumps.get(target, target)
        return target

    changed = {}
    if through(choice.next) != choice.next:
        changed["next"] = through(choice.next)
    routes = getattr(choice, "routes", ())
    if any(through(r.next) != r.next for r in routes):
        changed["routes"] = tuple(r._replace(next=through(r.next)) for r in routes)
    return choice._replace(**changed) if changed else choice


def _targets(choice: Any) -> tuple[str, ...]:
    """Every scene or ending a choice can lead to (its conditional routes too)."""
    return (choice.next, *(r.next for r in getattr(choice, "routes", ()) if r.next))


def cut_campaign(campaign: Campaign, cut_id: str) -> Campaign:
    """Every season of the campaign that declares cut `cut_id` played in it; the others
    whole. A cut no season declares is refused, so a typo never plays the long version."""
    if not any(cut_id in s.cuts for s in campaign.seasons):
        known = sorted({c for s in campaign.seasons for c in s.cuts})
        raise UnknownCut(f"no season of `{campaign.id}` has a cut `{cut_id}` (cuts: "
                         f"{', '.join(known) or 'none'})")
    seasons = tuple(cut_of(s, cut_id) if cut_id in s.cuts else s for s in campaign.seasons)
    return campaign._replace(seasons=seasons, cut=cut_id)


def choose_cut(story: Season | Campaign, cut_id: str | None) -> Season | Campaign:
    """What `--cut ID` plays: the story itself without one."""
    if not cut_id:
        return story
    if isinstance(story, Campaign):
        return cut_campaign(story, cut_id)
    return cut_of(story, cut_id)


def check_cuts(season: Season) -> list[Diagnostic]:
    """Every cut checked as a season of its own: names that exist, the start kept, every
    kept choice leading to a kept scene, an ending, `end` or through a jump, no kept scene
    left without choices or without a way in."""
    out: list[Diagnostic] = []
    for cut in season.cuts.values():
        out.extend(_check_cut(season, cut))
    return out


def _check_cut(season: Season, cut: Cut) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    file = str(season.path)
    name = f"cut `{cut.id}`"

    def at(key: str) -> Pos:
        return cut.marks.get(key, cut.where.of(key.split("/", 1)[0]))

    def say(code: str, message: str, pos: Pos, hint: str = "") -> None:
        out.append(Diagnostic(code, f"{name}: {message}", file, pos[0], pos[1], hint))

    kept_at: dict[str, Pos] = {}
    for index, sid in enumerate(cut.scenes):
        if sid in season.scenes:
            kept_at.setdefault(sid, at(f"scenes/{index}"))
        elif sid in season.endings:
            say("VR123", f"`{sid}` is an ending; a cut lists scenes only", at(f"scenes/{index}"),
                "remove it: every ending is kept")
        else:
            say("VR123", f"keeps the scene `{sid}`, which does not exist", at(f"scenes/{index}"),
                did_you_mean(sid, season.scenes) or "name a scene of this season")
    kept = set(kept_at)
    if season.start in season.scenes and season.start not in kept:
        say("VR124", f"does not keep the start scene `{season.start}`", cut.where.of("scenes"),
            f"add `{season.start}` to the cut's `scenes:`")
    for index, item in enumerate(cut.skip):
        scene_id, _, choice_id = item.partition("/")
        pos = at(f"skip/{index}")
        if not choice_id or "/" in choice_id:
            say("VR123", f"skips `{item}`, which is not written scene/choice", pos,
                "write the scene id, a `/` and the choice id, e.g. `market/haggle`")
        elif scene_id not in season.scenes:
            say("VR123", f"skips a choice of `{scene_id}`, which is not a scene", pos,
                did_you_mean(scene_id, season.scenes) or "name a scene of this season")
        elif season.scenes[scene_id].choice(choice_id) is None:
            say("VR123", f"skips `{choice_id}`, which is not a choice of scene `{scene_id}`",
                pos, did_you_mean(choice_id, [c.id for c in season.scenes[scene_id].choices])
                or "check the choice's id")
    reachable = set(kept) | set(season.endings) | {END}
    for source, target in cut.jumps.items():
        pos = at(f"jumps/{source}")
        if source not in season.scenes:
            say("VR123", f"jumps from `{source}`, which is not a scene", pos,
                did_you_mean(source, season.scenes) or "name a scene the cut drops")
        elif source in kept:
            say("VR126", f"jumps from `{source}`, a scene the cut keeps", pos,
                "a jump replaces a dropped scene: remove it, or drop the scene")
        if target not in reachable:
            say("VR126", f"jumps from `{source}` to `{target}`, which the cut does not keep",
                pos, "jump to a kept scene, an ending, or `end`")
    skipped = _skipped(cut)
    linked: set[str] = {season.start}
    for sid, pos in kept_at.items():
        scene = season.scenes[sid]
        choices = [c for c in scene.choices if (sid, c.id) not in skipped]
        if scene.choices and not choices:
            say("VR127", f"skips every choice of the kept scene `{sid}`", pos,
                "keep at least one of its choices, or drop the scene")
        for choice in choices:
            for target in dict.fromkeys(_targets(choice)):
                if target in season.scenes and target not in kept:
                    if target not in cut.jumps:
                        line = choice.where.of("next")[0]
                        say("VR125", f"choice `{choice.id}` in scene `{sid}` (line {line}) "
                            f"leads to `{target}`, which the cut drops", pos,
                            f"keep `{target}`, skip the choice (`{sid}/{choice.id}`), or add "
                            f"`{target}: <kept scene>` under the cut's `jumps:`")
                        continue
                    target = cut.jumps[target]
                linked.add(target)
    for sid, pos in kept_at.items():
        if sid not in linked:
            say("VR128", f"no kept choice leads to the kept scene `{sid}`", pos,
                "drop it from the cut, or keep a choice that leads to it")
    return out
