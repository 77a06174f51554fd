"""Balance findings (VR110-VR114): the season plays, but does its arithmetic teach what its
story says?

The history review (`M5`, `M4`) found that savvy players could be generous for free, that
some choices are simply better than others in the same scene, that the warmest ending could
be reached while keeping every sack, and that in a campaign trust sits at 100 for twenty
scenes, so nothing the player does moves the meter. These are the questions asked here:

- VR110: a choice raises trust and costs nothing (no resource spent, no memory lost);
- VR111: a choice is dominated by another in the same scene that leads to the same place:
  the other one is at least as good on trust and every resource, sets and drops the same
  memories, is offered whenever this one is, and is better on one number;
- VR112: the season's best ending is reachable while ending with at least the resources the
  season started with (the best ending is the one `season: best_ending:` names, or else the
  first listed of those whose condition needs the most trust);
- VR113: on some path trust sits at 0 or 100 on arriving in `RUN` or more scenes in a row;
- VR114: random play (`WALKS` walks, seed `SEED`) reaches an ending in under 1 % of walks.

VR110 and VR111 read the model (for the choices the exhaustive search saw offered). VR112 and
VR113 read the exhaustive search's own graph (`explore(..., inspect=...)`): the states at each
ending, and the (node, trust) pairs at a bound, so a campaign's seasons are judged from every
way the seasons before them can end, exactly as `explore` judges reachability. VR114 reads
the seeded random playthroughs. Each finding may be acknowledged in the YAML
(`acknowledge:` on the choice, its scene, the ending or the season) with a reason; the CLI
hides those and lists them with `--acknowledged`.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from game.engine import conditions as C
from game.engine.diagnostics import Diagnostic
from game.engine.model import Choice, Condition, Season
from game.lang.catalogue import ENGLISH_STRINGS

from .explore import Exploration, SeasonExploration, Step
from .findings import path_text
from .machine import END_TARGET, Machine
from .sampling import Sampling, sample, sample_campaign
from .statebits import ROW
from .trustbits import back, shift

RUN = 4  # scenes in a row with trust at a bound before VR113 speaks
RARE = 0.01  # VR114: an ending reached by fewer than this share of random walks
WALKS, SEED = 500, 1  # the random playthroughs VR114 counts (fixed, so runs agree)
CANDIDATES = 20  # VR112: at most this many end states are replayed to confirm a witness
AID_WORDS = ENGLISH_STRINGS.aid_names()


@dataclass(frozen=True)
class Finding:
    """A balance diagnostic and, if the author acknowledged it, their reason."""

    diagnostic: Diagnostic
    reason: str | None = None
    place: str = ""  # where the acknowledgement is written, e.g. "choice `x` in scene `y`"

    @property
    def acknowledged(self) -> bool:
        return self.reason is not None


@contextmanager
def _paused_gc() -> Iterator[None]:
    """The search's graph is large and has no cycles: while it is alive, every collection
    would only rescan it (that tripled the cost of the random walks beside it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def weigh(exploration: Exploration, chain: bool, trust_carry: int = 100) -> list[Finding]:
    """All the balance findings of an exploration that holds its graph: the random walks,
    the findings, then the graph let go, with the collector paused throughout. Meant as
    `explore(..., inspect=lambda e: weigh(e, chain))`, which runs it before the search's
    graph is freed and before the collector is back on."""
    with _paused_gc():
        sampled = (samplings(exploration, chain, trust_carry) if exploration.complete
                   else None)
        found = findings(exploration, sampled)
        exploration.graph = None
    return found


def samplings(exploration: Exploration, chain: bool, trust_carry: int = 100
              ) -> list[Sampling]:
    """The random playthroughs VR114 counts: a campaign walked whole (trust carried by the
    campaign's `trust_carry`), or one season."""
    machines = [r.machine for r in exploration.seasons]
    with _paused_gc():
        if chain:
            return sample_campaign(machines, WALKS, SEED, trust_carry=trust_carry)
        return [sample(machines[0], WALKS, SEED)]


def findings(exploration: Exploration, sampled: Sequence[Sampling] | None = None,
             only: Sequence[str] | None = None) -> list[Finding]:
    """Every balance finding of an exploration (made with `keep=True` for VR112 and VR113;
    without its graph those two are skipped), season by season."""
    with _paused_gc():
        out: list[Finding] = []
        runs: tuple[Runs, Runs] | None = None
        finishing: list[list[tuple[Any, Any]]] | None = None
        for k, result in enumerate(exploration.seasons):
            if only is not None and result.season.id not in only:
                continue
            found = _free_trust(result) + _dominated(result)
            graph = exploration.graph
            if result.complete and graph is not None:
                if runs is None:  # every season's runs at once: one pass over the graph
                    runs = _runs(graph)
                if finishing is None:
                    finishing = _finishing(graph)
                found += (_best_ending_free(exploration, k, finishing[k])
                          + _trust_at_bound(graph, k, result, runs))
            if result.complete and sampled is not None and k < len(sampled):
                found += _rare_endings(result, sampled[k])
            out += [_acknowledged(result.season, owner, d) for owner, d in found]
        return out


def release(exploration: Exploration) -> None:
    """Free the search's graph with the collector paused (it has no cycles to find)."""
    with _paused_gc():
        exploration.graph = None


# -- acknowledgements ---------------------------------------------------------------------
Owner = tuple[str, ...]  # ("choice", scene, choice), ("scene", scene) or ("ending", ending)


def _acknowledged(season: Season, owner: Owner, diagnostic: Diagnostic) -> Finding:
    """The reason the author gave for this finding, looked up from the narrowest place
    (the choice, then its scene; the ending; the scene) to the season."""
    places: list[tuple[str, Mapping[str, str]]] = []
    if owner[0] == "choice":
        scene = season.scenes[owner[1]]
        choice = scene.choice(owner[2])
        places += [(f"choice `{owner[2]}` in scene `{owner[1]}`",
                    choice.acknowledge if choice else {}),
                   (f"scene `{owner[1]}`", scene.acknowledge)]
    elif owner[0] == "scene":
        places.append((f"scene `{owner[1]}`", season.scenes[owner[1]].acknowledge))
    else:
        places.append((f"ending `{owner[1]}`", season.endings[owner[1]].acknowledge))
    places.append(("the season", season.info.acknowledge))
    for place, acknowledged in places:
        if diagnostic.code in acknowledged:
            return Finding(diagnostic, acknowledged[diagnostic.code], place)
    return Finding(diagnostic)


def unused(season: Season, found: Sequence[Finding]) -> list[str]:
    """Acknowledgements in the season that no finding needs any more (the season was
    changed since): `VR110 on choice `x` in scene `y``, for `explore --acknowledged`."""
    used = {(f.diagnostic.code, f.place) for f in found if f.acknowledged}
    written = [("the season", season.info.acknowledge)]
    for scene in season.scenes.values():
        written.append((f"scene `{scene.id}`", scene.acknowledge))
        written += [(f"choice `{c.id}` in scene `{scene.id}`", c.acknowledge)
                    for c in scene.choices]
    written += [(f"ending `{e.id}`", e.acknowledge) for e in season.endings.values()]
    return [f"{code} on {place}" for place, acknowledged in written for code in acknowledged
            if (code, place) not in used]


# -- VR110, VR111: the choices themselves ------------------------------------------------
def _offered(result: SeasonExploration) -> list[tuple[str, Choice, int]]:
    """(scene, choice, position) of every choice the search saw offered (all of them if the
    search stopped early: then nothing is known to be never offered)."""
    out = []
    for scene, options in zip(result.season.scenes.values(), result.machine.options,
                              strict=True):
        for choice, option in zip(scene.choices, options, strict=True):
            if not result.complete or option.number in result.available:
                out.append((scene.id, choice, option.number))
    return out


def _free_trust(result: SeasonExploration) -> list[tuple[Owner, Diagnostic]]:
    out = []
    file = str(result.season.path)
    for scene_id, choice, _ in _offered(result):
        effects = choice.effects
        if effects is None or effects.trust <= 0:
            continue
        if any(delta < 0 for _, delta in effects.resources) or effects.forget:
            continue
        line, col = choice.where.of("effects")
        out.append((("choice", scene_id, choice.id), Diagnostic(
            "VR110", f"choice `{choice.id}` in scene `{scene_id}` raises trust by "
            f"{effects.trust:+d} and costs nothing: no resource is spent and no memory lost",
            file, line, col,
            "give it a price (a resource, or a cost in a later scene), or acknowledge it with "
            "the reason if giving time is meant to be free here")))
    return out


def _numbers(choice: Choice, names: Sequence[str]) -> list[int]:
    """What a choice does to trust and to each resource (its own effects, unclamped)."""
    effects = choice.effects
    if effects is None:
        return [0] * (1 + len(names))
    resources = dict(effects.resources)
    return [effects.trust, *(resources.get(name, 0) for name in names)]


def _comparable(better: Choice, worse: Choice) -> bool:
    """Same place next (same `next`, and the same routes if the format has them), the same
    memories set and dropped, and `better` offered whenever `worse` is."""
    if better.next != worse.next:
        return False
    if getattr(better, "routes", ()) or getattr(worse, "routes", ()):
        return False  # routes chosen by conditions: where each leads depends on the state
    memory = [(set(c.effects.remember), set(c.effects.forget)) if c.effects else (set(), set())
              for c in (better, worse)]
    if memory[0] != memory[1]:
        return False  # a different memory is a different story, neither better nor worse
    return better.cond is None or (worse.cond is not None
                                   and better.cond.source == worse.cond.source)


def _dominated(result: SeasonExploration) -> list[tuple[Owner, Diagnostic]]:
    season = result.season
    names = list(season.resources)
    labels = ["trust", *names]
    file = str(season.path)
    offered = _offered(result)
    out = []
    for scene_id, worse, _ in offered:
        rivals = [c for s, c, _ in offered if s == scene_id and c.id != worse.id]
        low = _numbers(worse, names)
        for better in rivals:
            if not _comparable(better, worse):
                continue
            high = _numbers(better, names)
            if all(h >= w for h, w in zip(high, low, strict=True)) and high != low:
                diffs = "; ".join(f"{label} {h:+d} against {w:+d}"
                                  for label, h, w in zip(labels, high, low, strict=True)
                                  if h != w)
                out.append((("choice", scene_id, worse.id), Diagnostic(
                    "VR111", f"choice `{worse.id}` in scene `{scene_id}` is dominated by "
                    f"`{better.id}`: both lead to `{worse.next}` with the same memories, and "
                    f"`{better.id}` is never worse and better here ({diffs})", file,
                    worse.where.line, worse.where.col,
                    f"give `{worse.id}` something `{better.id}` lacks (a memory, another next "
                    "scene, a smaller cost), or acknowledge it with the reason")))
                break
    return out


# -- VR112: the best ending without giving anything up -----------------------------------
def trust_needed(cond: Condition | None) -> int:
    """The least trust a condition needs to hold: `trust >= 72 and grain >= 3` needs 72,
    `trust > 60 or helped` needs nothing (the memory alone will do)."""
    return 0 if cond is None else _needed(cond.expr)


def _needed(expr: C.Expr) -> int:
    if isinstance(expr, C.BoolOp):
        parts = [_needed(e) for e in expr.operands]
        return max(parts) if expr.op == "and" else min(parts)
    if isinstance(expr, C.Compare):
        left, right, op = expr.left, expr.right, expr.op
        if isinstance(right, C.Name) and isinstance(left, C.Num):  # 60 <= trust
            left, right = right, left
            op = {"<=": ">=", "<": ">", ">=": "<=", ">": "<"}.get(op, op)
        if isinstance(left, C.Name) and left.name == "trust" and isinstance(right, C.Num):
            return {">=": right.value, ">": right.value + 1, "==": right.value}.get(op, 0)
    return 0


def best_ending(season: Season) -> str | None:
    """The season's best ending: the one the author names in `best_ending`, or else the
    first listed of those whose condition needs the most trust (None when none needs any)."""
    if season.info.best_ending in season.endings:
        return season.info.best_ending
    needs = {eid: trust_needed(e.cond) for eid, e in season.endings.items()}
    most = max(needs.values(), default=0)
    return next((eid for eid, n in needs.items() if n == most), None) if most else None


def replay(machines: Sequence[Machine], steps: Sequence[Step], memories: frozenset[str]
           ) -> tuple[list[int], frozenset[str]] | None:
    """Play a witness path through the rules, season after season (trust and memories
    carried), from the first season's start holding `memories`: the numbers and memories at
    its end, with every resource as it really is (the search forgets those no later
    condition reads). None if the path does not fit."""
    by_id = {m.season.id: m for m in machines}
    k = next((i for i, m in enumerate(machines) if steps and m.season.id == steps[0].season),
             None)
    if k is None:
        return None
    machine = machines[k]
    values = list(machine.start_values)
    scene, memories = machine.enter_start(values, memories)
    for step in steps:
        if step.season != machine.season.id:
            following = by_id.get(step.season)
            if following is None or scene < machine.scenes:
                return None
            trust, machine = values[0], following
            values = list(machine.start_values)
            values[0] = trust
            scene, memories = machine.enter_start(values, memories)
        if scene >= machine.scenes or machine.scene_ids[scene] != step.scene:
            return None
        option = next((o for o in machine.available(scene, values, memories)
                       if o.id == step.choice), None)
        if option is None:
            return None
        scene, memories = machine.step_values(option, values, memories)
    return values, memories


def _finishing(graph: Any) -> list[list[tuple[Any, Any]]]:
    """For each season, its nodes with a choice that ends it, in order of discovery."""
    out: list[list[tuple[Any, Any]]] = [[] for _ in graph.machines]
    edges = graph.edges
    for key, node in graph.nodes.items():
        built = edges.get(key)
        if built is not None and built[2]:
            out[key[0]].append((key, node))
    return out


def _best_ending_free(exploration: Exploration, k: int,
                      finishing: Sequence[tuple[Any, Any]] | None = None
                      ) -> list[tuple[Owner, Diagnostic]]:
    """VR112 for season `k`; `finishing` is `_finishing(graph)[k]`, when already known."""
    result, graph = exploration.seasons[k], exploration.graph
    season, machine = result.season, result.machine
    best = best_ending(season)
    if best is None or not result.endings[best].reachable:
        return []
    where = machine.scenes + machine.ending_ids.index(best)
    start = machine.start_values
    own = frozenset(m.id for m in season.memories.values() if m.from_season)
    unknown = graph.unknown if k == 0 else frozenset()
    machines = [r.machine for r in exploration.seasons]
    tried = 0
    edges, scenes = graph.edges, machine.scenes
    layout = graph.layouts[k]  # the folded resource: kept when at least its start
    resources_kept = layout.at_least(start[layout.slot]) if layout.slot else layout.full
    ending = {s for s, options in enumerate(machine.options)  # scenes with a way to an ending
              if any(o.target == END_TARGET or o.target >= scenes for o in options)}
    for key, node in _finishing(graph)[k] if finishing is None else finishing:
        if key[1] not in ending:
            continue
        for mask, option, d1, held, parts, _, seen, *_ in edges[key][2]:
            b = node[0] & mask
            if not b or not all(v >= s for v, s in zip(seen, start[1:], strict=True)):
                continue
            got = (next((part for w, part in parts if w == where), 0) & shift(b, d1)
                   & resources_kept)
            if not got:
                continue
            t = graph.earliest(key, b & back(got, d1))
            steps = (*graph.witness(key, t), graph.step(k, option))
            assumed = graph.assumed(key, t, unknown) | (held & own)
            played = replay(machines, steps, assumed)
            tried += 1
            if played is not None and all(v >= s for v, s in zip(played[0][1:], start[1:],
                                                                 strict=True)):
                return [_best_finding(result, best, steps, played[0], assumed)]
            if tried >= CANDIDATES:
                return []
    return []


def _best_finding(result: SeasonExploration, best: str, steps: tuple[Step, ...],
                  values: list[int], assumed: frozenset[str]) -> tuple[Owner, Diagnostic]:
    season, machine = result.season, result.machine
    ending = season.endings[best]
    kept = ", ".join(f"{name} {values[i]} (started with {machine.start_values[i]})"
                     for i, name in enumerate(machine.slot_names) if i)
    chosen = ("the one the season names as best" if season.info.best_ending == best
              else "the one that needs the most trust")
    needs = f" `{ending.cond.source}`" if ending.cond and not season.info.best_ending else ""
    assuming = f" (if earlier seasons set {', '.join(sorted(assumed))})" if assumed else ""
    return (("ending", best), Diagnostic(
        "VR112", f"the best ending `{best}` ({chosen}{needs}) can be "
        f"reached while keeping every resource: trust {values[0]}, {kept or 'no resources'}, "
        f"by {path_text(steps, season.id)}{assuming}", str(season.path), ending.where.line,
        ending.where.col,
        "make it need giving something up (e.g. a memory of a gift, or fewer sacks than at "
        "the start), or acknowledge it with the reason"))


# -- VR113: trust stuck at 0 or 100 ------------------------------------------------------
Runs = dict[Any, tuple[int, Any, Any]]  # node -> (scenes in the run, next node, choice)


def _runs(graph: Any) -> tuple[Runs, Runs]:
    """For every state with trust at 100 (then at 0), the longest run of scenes entered with
    trust at that bound starting there: (node, bit) pairs joined by a choice offered there
    that leaves trust at the bound on arrival (a bit is a trust value, with the folded
    resource's value when `statebits` folds one). One pass over every season's nodes in
    reverse order of discovery, each run only going on to a node found later, so every run
    found is a real path (it may miss a longer one that goes back through a loop, never
    report one that cannot happen)."""
    high: Runs = {}
    low: Runs = {}
    edges = graph.edges
    # every (trust, resource) pair with trust at 0 or 100, per season: a node with none is
    # passed over at once (on the shipped campaign, every node)
    bounds = [layout.rep << 100 | layout.rep for layout in graph.layouts]
    for key, node in reversed(graph.nodes.items()):
        bits = node[0]
        if not bits & bounds[key[0]]:
            continue
        layout = graph.layouts[key[0]]
        out = edges.get(key)
        forward = out[1] if out else ()
        for runs, bound in ((high, 100), (low, 0)):
            for z in layout.positions(bits & (layout.rep << bound)):
                one, length, following, chosen = 1 << z, 1, None, None
                for mask, option, _, _, variants, _, _, both, *_ in forward:
                    if not mask & one:
                        continue
                    after = shift(one, both)  # still at the bound on arrival?
                    z1 = after.bit_length() - 1
                    if z1 % ROW != bound:
                        continue
                    for v in variants:
                        later = runs.get((v, z1))
                        if later is not None and later[0] >= length:
                            length, following, chosen = later[0] + 1, (v, z1), option
                runs[(key, z)] = (length, following, chosen)
    return high, low


def _trust_at_bound(graph: Any, k: int, result: SeasonExploration, runs: tuple[Runs, Runs]
                    ) -> list[tuple[Owner, Diagnostic]]:
    """The longest run of this season's scenes entered with trust at 100 or at 0."""
    found = []
    for bound, best in zip((100, 0), runs, strict=True):
        mine = [(state, n) for state, (n, _, _) in best.items() if state[0][0] == k]
        longest = max((n for _, n in mine), default=0)
        if longest < RUN:
            continue
        first = min((state for state, n in mine if n == longest),
                    key=lambda state: graph.depth(*state))
        found.append(_bound_finding(graph, k, result, bound, first, best))
    return found


def _bound_finding(graph: Any, k: int, result: SeasonExploration, bound: int, first: Any,
                   longest: dict[Any, tuple[int, Any, Any]]) -> tuple[Owner, Diagnostic]:
    season, machine = result.season, result.machine
    scenes, run, state = [], [], first
    while state is not None and len(scenes) <= len(longest):
        scenes.append(machine.scene_ids[state[0][1]])
        _, following, option = longest[state]
        if option is not None:
            run.append(graph.step(k, option))
        state = following
    steps = graph.witness(*first)
    scene = season.scenes[scenes[0]]
    word = "highest" if bound else "lowest"
    return (("scene", scenes[0]), Diagnostic(
        "VR113", f"trust can sit at {bound}, its {word}, on arriving in {len(scenes)} scenes in "
        f"a row ({', '.join(scenes)}): changes of trust there show nothing (reached by "
        f"{path_text(steps, season.id)}; then {path_text(run, season.id)})",
        str(season.path), scene.where.line, scene.where.col,
        "make smaller changes before here, let some choices here cost trust, or carry less "
        "trust between seasons; or acknowledge it with the reason"))


# -- VR114: an ending random play almost never finds -------------------------------------
def player_kind(steps: Sequence[Step], machine: Machine) -> str:
    """Who walks this path, from the kinds of aid of its choices in this season: `players
    who favour sharing food (4 of 9 choices), then opening your home (2)`, or `players who
    mostly give no aid (7 of 9 choices; ...)`."""
    aid = {(machine.scene_ids[o.scene], o.id): o.aid for o in machine.all_options}
    own = [s for s in steps if s.season == machine.season.id]
    counts = Counter(aid.get((s.scene, s.choice), "none") for s in own)
    none = counts.pop("none", 0)
    kinds = [f"{AID_WORDS[kind]} ({n})" for kind, n in counts.most_common()]
    if not kinds:
        return f"players who give no aid (none of its {len(own)} choices)"
    if none > sum(counts.values()):
        return (f"players who mostly give no aid ({none} of {len(own)} choices; the others: "
                + ", ".join(kinds) + ")")
    top, n = counts.most_common(1)[0]
    rest = f", then {', '.join(kinds[1:])}" if len(kinds) > 1 else ""
    return f"players who favour {AID_WORDS[top]} ({n} of {len(own)} choices{rest})"


def _rare_endings(result: SeasonExploration, sampling: Sampling
                  ) -> list[tuple[Owner, Diagnostic]]:
    season, out = result.season, []
    if not sampling.walks:
        return out
    for ending in season.endings.values():
        place = result.endings[ending.id]
        reached = sampling.endings[ending.id]
        if not place.reachable or reached >= RARE * sampling.walks:
            continue
        share = ("none" if not reached
                 else f"{reached} ({100 * reached / sampling.walks:.1f} %)")
        kind = player_kind(place.witness or (), result.machine)
        out.append((("ending", ending.id), Diagnostic(
            "VR114", f"ending `{ending.id}` is reached by {share} of {sampling.walks:,} random "
            f"playthroughs (seed {sampling.seed}); the shortest way there is for "
            f"{kind}: {path_text(place.witness or (), season.id)}", str(season.path),
            ending.where.line, ending.where.col,
            "if it should be a real possibility, ask less of it or open more ways there; if "
            "it is a rare reward on purpose, acknowledge it with the reason")))
    return out

