"""Speed of the authoring tools, on generated seasons and on the shipped stories.

    python bench/explore.py [--campaign-only]

Prints, for generated seasons of 100 and 1,000 scenes: random playthroughs per second and
microseconds per step (beside the same walks played through `Session`, the straightforward
way, in the same run), and states per second for the exhaustive search. Then the time to
explore every shipped season exhaustively, and `explore stories/campaign.yaml` (the whole
chain, exactly) beside `validate stories/campaign.yaml`, both run as the commands do in this
same process, alternately, medians of five. Targets: >= 10,000 playthroughs/s on the
100-scene season (about 25 steps each, < 4 us a step); all shipped seasons in < 2 s; the
exact campaign chain in < 1 s and no more than 6 times `validate` of the same campaign.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate_season
from game.analysis.explore import explore, standalone_starts
from game.analysis.machine import Machine
from game.analysis.sampling import sample
from game.engine.library import Library, story_files
from game.engine.model import Campaign, Season
from game.engine.session import Session

STORIES = Path(__file__).resolve().parents[1] / "stories"


def session_walks(season: Season, walks: int, seed: int) -> tuple[float, int]:
    """The straightforward way: play through Session, as a front end does."""
    steps, began = 0, time.perf_counter()
    for i in range(walks):
        rng = random.Random(seed + i)
        session = Session(season)
        while not session.ended:
            session.choose(rng.choice([v for v in session.choices() if v.available]).id)
            steps += 1
    return time.perf_counter() - began, steps


def generated(size: int, folder: Path) -> None:
    path = folder / f"generated_{size}.yaml"
    path.write_text(generate_season(size, reach=18), "utf-8")
    season = Library().load(path).model
    machine = Machine(season)
    walks = 20_000 if size == 100 else 5_000
    best = min((sample(machine, walks, 1) for _ in range(3)), key=lambda r: r.seconds)
    rate, per_step = walks / best.seconds, best.seconds / best.steps * 1e6
    slow_seconds, slow_steps = session_walks(season, 1_000, 1)
    slow_step = slow_seconds / slow_steps * 1e6
    print(f"{size:>5} scenes: {rate:>9,.0f} random playthroughs/s, {per_step:.2f} us a step, "
          f"{best.steps / walks:.1f} steps a playthrough (through Session: {slow_step:.1f} us "
          f"a step, {slow_step / per_step:.0f}x slower)")
    search = explore([season], max_states=200_000)
    visited = sum(r.states for r in search.seasons)
    verdict = "complete" if search.complete else "stopped at the 200,000-state cap"
    print(f"       exhaustive search: {visited:,} states visited in {search.seconds:.2f} s = "
          f"{visited / search.seconds:,.0f} states/s ({verdict})")


def shipped() -> None:
    library, problems = Library(), []
    seasons: list[Season] = []
    campaigns: list[Campaign] = []
    for path in story_files([STORIES], problems):
        model = library.load(path).model
        if isinstance(model, Campaign):
            campaigns.append(model)
        elif isinstance(model, Season):
            seasons.append(model)
    began, total, proven = time.perf_counter(), 0, True
    for season in seasons:  # each on its own, as `explore stories/` does
        starts, assumed = standalone_starts(season)
        result = explore([season], starts=starts, unknown=frozenset(assumed))
        total += sum(r.states for r in result.seasons)
        proven = proven and result.complete
    seconds = time.perf_counter() - began
    print(f"shipped stories: {len(seasons)} seasons explored exhaustively, each on its own "
          f"({total:,} states, {'all complete' if proven else 'NOT complete'}) in "
          f"{seconds:.2f} s (target < 2 s)")
    for campaign in campaigns:
        result = explore(campaign.seasons, max_states=4_000_000)
        visited = sum(r.states for r in result.seasons)
        print(f"the whole campaign `{campaign.id}` as one exact chain (every way each season "
              f"can end starts the next): {visited:,} states in {result.seconds:.1f} s"
              f"{'' if result.complete else ' (NOT complete)'}")


def command(module, *argv: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds for one `python -m game ...` command, run in this process (output dropped)."""
    parser = argparse.ArgumentParser()
    module.configure(parser)
    args = parser.parse_args(argv)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        began = time.perf_counter()
        module.run(args)
        return time.perf_counter() - began


def campaign_beside_validate(runs: int = 5) -> None:
    from game.cli import explore as explore_command
    from game.cli import validate as validate_command

    path = str(STORIES / "campaign.yaml")
    explored, validated = [], []
    for _ in range(runs):  # alternately, so both meet the same load
        validated.append(command(validate_command, path))
        explored.append(command(explore_command, path))
    chain = Library().load(Path(path)).model
    search = statistics.median(explore(chain.seasons, max_states=4_000_000,
                                       trust_carry=chain.trust_carry).seconds
                               for _ in range(runs))
    e, v = statistics.median(explored), statistics.median(validated)
    print(f"`explore stories/campaign.yaml` (the exact chain, witnesses, findings): "
          f"{e:.3f} s (the search alone {search:.3f} s); `validate` of the same campaign: "
          f"{v:.3f} s; ratio {e / v:.1f}x (medians of {runs}; targets < 1 s and <= 6x)")
    nodes = []
    for fold in (True, False):  # the graph kept only to count it (the collector then runs)
        kept = explore(chain.seasons, max_states=4_000_000, keep=True, fold=fold,
                       trust_carry=chain.trust_carry)
        nodes.append((len(kept.graph.nodes), kept.states, kept.seconds))
        kept.graph = None
    (folded, states, seconds), (plain, _, plain_seconds) = nodes
    print(f"  the search keeps {states:,} states in {folded:,} nodes (trust and grain folded "
          f"into bits, `statebits`); folding trust alone takes {plain:,} nodes "
          f"({seconds:.2f} s against {plain_seconds:.2f} s, same run)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Speed of the authoring tools.")
    parser.add_argument("--campaign-only", action="store_true",
                        help="only `explore` of the shipped campaign beside `validate` "
                             "(a few seconds instead of about 90)")
    if parser.parse_args().campaign_only:
        campaign_beside_validate()
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in (100, 1_000):
            generated(size, Path(tmp))
    shipped()
    campaign_beside_validate()
    print("For comparison: the ink runtime (inkjs) was measured at about 42 us a step on a "
          "comparable generated story on this kind of machine (figure from the issue).")


if __name__ == "__main__":
    main()
