"""`python -m game explore PATH`: prove every scene and ending reachable, or play N seeded
random playthroughs with `--random N --seed S`. Exits 1 when something is unreachable, a
player can get stuck, or (random) a playthrough fails; so it can guard a CI pipeline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import add_cut_option


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("stories")],
                        help="season or campaign files, or folders (default: stories/)")
    parser.add_argument("--random", type=int, metavar="N",
                        help="play N seeded random playthroughs instead of the full search")
    parser.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    parser.add_argument("--max-steps", type=int, default=1000,
                        help="a random playthrough longer than this counts as a loop")
    parser.add_argument("--max-states", type=int,
                        help="stop a season's full search after this many states and sample "
                        "instead (default 400,000; 4,000,000 for a campaign file)")
    parser.add_argument("--samples", type=int, default=20_000,
                        help="random playthroughs used when the full search is too large")
    parser.add_argument("--show-path", action="store_true",
                        help="with --random: print each playthrough's choices (for replays)")
    parser.add_argument("--strict", action="store_true",
                        help="fail on warnings too (balance findings included, unless "
                        "acknowledged in the season with `acknowledge:`)")
    parser.add_argument("--acknowledged", action="store_true",
                        help="also list the balance findings the season acknowledges, with "
                        "their reasons")
    add_cut_option(parser, "explore", "explore the season's cut ID (declared under `cuts:`) "
                   "as a season of its own; `all` explores every cut; on a campaign, every "
                   "season that has that cut")


def run(args: argparse.Namespace) -> int:
    from game.engine.library import Library

    from .targets import targets

    # Pictures are validate's to check (it reads each header); exploring proves the story's
    # paths, and a picture never changes one (play skips the check the same way).
    library = Library(check_pictures=False)
    failed = False
    for target in targets(library, args.paths, args.cut):
        if target is None:
            failed = True
            continue
        if args.random is not None:
            failed = _random(args, target) or failed
        else:
            failed = _exhaustive(args, target) or failed
        print()
    return 1 if failed else 0


def _exhaustive(args: argparse.Namespace, target) -> bool:  # type: ignore[no-untyped-def]
    from game.analysis import balance
    from game.analysis.explore import explore
    from game.analysis.findings import diagnostics
    from game.analysis.machine import Machine
    from game.analysis.report import exploration_text, sampling_text
    from game.analysis.sampling import sample, sample_campaign

    cap = args.max_states or (4_000_000 if target.chain else 400_000)
    exploration = explore(target.seasons, target.focus, target.starts, cap,
                          frozenset(target.assumed), trust_carry=target.trust_carry,
                          inspect=lambda seen: balance.weigh(seen, target.chain,
                                                             target.trust_carry))
    exploration.seasons[0].assumed_memories = target.assumed
    weighed = exploration.inspected
    samplings = None
    failed = False
    for index, result in enumerate(exploration.seasons):
        if index:
            print()
        print(exploration_text(exploration, result))
        found = diagnostics(exploration, only=[result.season.id])
        file = str(result.season.path)
        mine = [f for f in weighed if f.diagnostic.file == file]
        found += [f.diagnostic for f in mine if not f.acknowledged]
        meant = [f for f in mine if f.acknowledged]
        failed = failed or any(d.is_error for d in found) or (args.strict and bool(found))
        if not result.complete:
            if samplings is None:
                machines = [Machine(s) for s in target.seasons]
                samplings = (sample_campaign(machines, args.samples, args.seed, args.max_steps,
                                             target.trust_carry)
                             if target.chain else
                             [sample(machines[0], args.samples, args.seed, args.max_steps)])
            sampling = samplings[index]
            print("\n" + sampling_text(sampling))
            unseen = [*sampling.unvisited()[0], *sampling.unvisited()[1]]
            failed = failed or bool(sampling.failures) or bool(unseen)
        if found:
            print("\nProblems")
            for problem in found:
                print("  " + problem.one_line())
        elif result.complete:
            print("\nNo problems: every scene and ending can be reached, no player can get "
                  "stuck, and no balance finding is left unacknowledged.")
        stale = (balance.unused(result.season, mine)
                 if args.acknowledged and result.complete else [])
        if meant and args.acknowledged:
            print("\nAcknowledged (balance findings the season says are meant)")
            for finding in meant:
                print("  " + finding.diagnostic.one_line())
                print(f"      acknowledged on {finding.place}: {finding.reason}")
        elif meant:
            print(f"\n{len(meant)} acknowledged balance finding"
                  f"{'s' if len(meant) != 1 else ''} not shown (see --acknowledged).")
        if stale:
            print("\nAcknowledged, but no such finding any more (remove these lines): "
                  + "; ".join(stale))
    return failed


def _random(args: argparse.Namespace, target) -> bool:  # type: ignore[no-untyped-def]
    """Seeded random playthroughs. A campaign file is walked whole: each season starts with
    the trust and memories the one before it ended with (walk `i` uses seed `S + i` in every
    season), so every season's coverage is reported."""
    from game.analysis.machine import Machine
    from game.analysis.report import sampling_text
    from game.analysis.sampling import sample, sample_campaign, season_seed, walk
    from game.engine.campaign import carried_trust

    seasons = list(target.seasons) if target.chain else [target.season]
    machines = [Machine(s) for s in seasons]
    if args.show_path:
        for i in range(args.random):
            parts, trust, memories = [], None, frozenset()
            for k, machine in enumerate(machines):
                start = ((machine.values_for(trust=carried_trust(
                    trust, machine.season.trust.start, target.trust_carry)), memories)
                    if trust is not None else None)
                one = walk(machine, season_seed(args.seed + i, k), args.max_steps, record=True,
                           start=start, carry=True)
                steps = ", ".join(f"{machine.scene_ids[s]} > {c}" for s, c in one.path or [])
                ended = one.outcome >= machine.scenes
                end = machine.ending_ids[one.outcome - machine.scenes] if ended else "no ending"
                label = f"[{machine.season.id}] " if len(machines) > 1 else ""
                parts.append(f"{label}{steps} => {end} (trust {one.trust})")
                if not ended:
                    break
                trust, memories = one.trust, one.memories
            print(f"seed {args.seed + i}: " + "; ".join(parts))
    samplings = (sample_campaign(machines, args.random, args.seed, args.max_steps,
                                 target.trust_carry)
                 if len(machines) > 1 else
                 [sample(machines[0], args.random, args.seed, args.max_steps)])
    failed = False
    for index, sampling in enumerate(samplings):
        if index:
            print()
        print(sampling_text(sampling))
        scenes, endings = sampling.unvisited()
        if scenes or endings:
            print("  Not reached by these playthroughs: " + ", ".join(scenes + endings) +
                  " (run `explore` without --random to prove whether they can be)",
                  file=sys.stderr)
        failed = failed or bool(sampling.failures or scenes or endings)
    return failed
