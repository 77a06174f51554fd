"""Plain-text reports of explorations and random playthroughs, for `python -m game explore`."""

from __future__ import annotations

from collections import Counter

from .explore import Exploration, Place, SeasonExploration
from .findings import path_text
from .sampling import STUCK, Sampling

AIDS = ("share_grain", "lend_tools", "open_home")


def _trust(place: Place) -> str:
    low, high = place.trust
    if high < 0:
        return "-"
    return str(low) if low == high else f"{low}-{high}"


def _table(title: str, places: dict[str, Place], season: str) -> list[str]:
    reached = sum(p.reachable for p in places.values())
    width = max([len(k) for k in places] + [10])
    lines = [f"{title} ({reached} of {len(places)} reachable)",
             f"  {'':<{width}}  {'trust':>7}  shortest way there (trust: lowest-highest on "
             "arrival)"]
    for name, place in places.items():
        way = path_text(place.witness, season) if place.reachable else "NOT REACHABLE"
        if place.reachable and place.assuming:
            way += f" (if earlier seasons set {', '.join(sorted(place.assuming))})"
        lines.append(f"  {name:<{width}}  {_trust(place):>7}  {way}")
    return lines


def exploration_text(exploration: Exploration, result: SeasonExploration) -> str:
    season = result.season
    cut = f", cut `{season.cut}`" if season.cut else ""
    lines = [f"{season.path}: {season.title} (season `{season.id}`{cut})"]
    index = exploration.seasons.index(result)
    earlier = [r.season.id for r in exploration.seasons[:index]]
    if len(exploration.seasons) > 1 and not earlier:
        lines.append("  The first season of the campaign.")
    elif earlier:
        lines.append(f"  As part of the campaign, after {', '.join(earlier)}: every way those "
                     "seasons can end is a possible start.")
    elif result.assumed_memories:
        lines.append(f"  On its own: trust starts at {season.trust.start}; memories from "
                     f"earlier seasons ({', '.join(result.assumed_memories)}) may each be set "
                     "or not. To follow trust and memories across seasons exactly, explore the "
                     "campaign file.")
    states = result.states
    before = exploration.seasons[:index]
    if any(not r.complete for r in before):
        lines.append("  Not searched: an earlier season had too many states (see above); the "
                     "random playthroughs below cover this season.")
    elif result.complete:
        lines.append(f"  Every reachable state visited: {states:,} states in "
                     f"{exploration.seconds:.2f} s. Results below are proven, not sampled.")
    else:
        lines.append(f"  Too many possible states to visit them all: stopped after {states:,}. "
                     "The scenes found so far are reachable (the paths are real); the random "
                     "playthroughs below show the rest of the season's coverage.")
    lines += ["", *_table("Scenes", result.scenes, season.id)]
    lines += ["", *_table("Endings", result.endings, season.id)]
    return "\n".join(lines)


def _bar(count: int, total: int, width: int = 30) -> str:
    return "#" * max(1, round(width * count / total)) if count else ""


def sampling_text(sampling: Sampling) -> str:
    machine = sampling.machine
    season = machine.season
    total = max(sampling.walks, 1)
    rate = sampling.walks / sampling.seconds if sampling.seconds else 0.0
    per_step = sampling.seconds / sampling.steps * 1e6 if sampling.steps else 0.0
    lines = [
        f"{season.path}: {sampling.walks:,} random playthroughs of `{season.id}`, seeds "
        f"{sampling.seed} to {sampling.seed + sampling.walks - 1}",
        f"  {sampling.steps:,} steps ({sampling.steps / total:.1f} a playthrough) in "
        f"{sampling.seconds:.2f} s: {rate:,.0f} playthroughs/s, {per_step:.1f} us a step"]
    unseen_scenes = sampling.unvisited()[0]
    chosen = sum(1 for n in sampling.option_counts if n)
    lines.append(f"  Scenes visited: {machine.scenes - len(unseen_scenes)} of {machine.scenes}"
                 + (f" (never: {', '.join(unseen_scenes)})" if unseen_scenes else ""))
    never = [f"{machine.scene_ids[o.scene]} > {o.id}" for o, n in
             zip(machine.all_options, sampling.option_counts, strict=True) if not n]
    lines.append(f"  Choices made: {chosen} of {len(sampling.option_counts)}"
                 + (f" (never: {', '.join(never[:8])}{' ...' if len(never) > 8 else ''})"
                    if never else ""))
    lines += ["", "Endings (how often, and trust at the end by tens)"]
    for ending in machine.ending_ids:
        n = sampling.endings[ending]
        lines.append(f"  {ending:<24} {n:>7,} {100 * n / total:5.1f}% {_bar(n, total)}")
        histogram = sampling.trust_at_end.get(ending, Counter())
        for bucket in sorted(histogram):
            count = histogram[bucket]
            lines.append(f"      trust {bucket * 10:>2}-{bucket * 10 + 9:<3} {count:>7,} "
                         f"{_bar(count, n, 20)}")
    aids = sampling.aid_counts
    made = sum(aids.values()) or 1
    lines += ["", "Aid chosen, of all aid choices made"]
    lines += [f"  {aid:<12} {aids[aid]:>9,} {100 * aids[aid] / made:5.1f}%" for aid in AIDS]
    if sampling.failures:
        lines += ["", "Playthroughs that did not reach an ending"]
        for failed in sampling.failures[:5]:
            what = "no choice was available" if failed.outcome == STUCK else (
                f"still going after {failed.steps} steps")
            lines.append(f"  seed {failed.seed}: {what} (replay: --random 1 --seed "
                         f"{failed.seed} --show-path)")
    return "\n".join(lines)
