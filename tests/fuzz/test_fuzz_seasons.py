"""Fuzzing the shipped seasons: 2,000 seeded mutants per run through validate, play and render.

Nothing a file can contain may crash, hang or silently mislead the game: every mutant must
load without an exception escaping, every diagnostic must point at a file and a line, and
every mutant that validates clean must play 20 seeded random walks with sound states and
draw its first scene. A failure names the seed and index; `python -m tests.fuzz.mutator
--seed S --index I --folder /tmp/m` writes that mutant into a story folder to reproduce it.
`VR_FUZZ_SEED` and `VR_FUZZ_MUTANTS` change the run; `bench/fuzz.py` prints the figures.
"""

from __future__ import annotations

import os
import re
import sys

import pytest

from game.engine.library import Library
from game.engine.model import Campaign
from tests.conftest import STORIES
from tests.fuzz.harness import Fuzzer, Tally, fuzz
from tests.fuzz.mutator import (
    CAMPAIGN_MUTATORS,
    LOOP_FILE,
    SEASON_MUTATORS,
    mutant,
    read_sources,
)

SEED = int(os.environ.get("VR_FUZZ_SEED", "0"))
MUTANTS = int(os.environ.get("VR_FUZZ_MUTANTS", "2000"))
SHOWN = 20


def _report(tally: Tally) -> str:
    lines = [f"{len(tally.failures)} failures in {tally.mutants} mutants (seed {SEED}):"]
    lines += [f"  {f}" for f in tally.failures[:SHOWN]]
    if len(tally.failures) > SHOWN:
        lines.append(f"  ... and {len(tally.failures) - SHOWN} more")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def tally() -> Tally:
    result = fuzz(STORIES, SEED, MUTANTS)
    print(f"\nfuzz: {result.mutants} mutants in {result.seconds:.1f} s "
          f"({result.mutants / result.seconds:.0f}/s), {result.clean} clean, "
          f"{result.walks} walks, {result.renders} renders, {len(result.crashes)} crashes, "
          f"{len(result.failures)} failures", file=sys.__stderr__)
    return result


def test_no_mutant_crashes_hangs_or_plays_badly(tally: Tally):
    assert tally.mutants == MUTANTS
    assert not tally.failures, _report(tally)


def test_the_run_really_played_and_drew(tally: Tally):
    """Guards against a fuzz run that silently stops exercising the engine."""
    assert tally.clean >= MUTANTS // 10, tally.clean_by_mutator
    assert tally.walks == 20 * tally.clean
    assert tally.steps >= 5 * tally.walks
    assert tally.renders >= tally.clean // 3
    assert tally.diagnostics > tally.mutants  # rejected mutants explain themselves
    assert set(tally.by_mutator) == set(SEASON_MUTATORS) | set(CAMPAIGN_MUTATORS)


def test_a_mutant_is_the_same_every_time():
    sources = read_sources(STORIES)
    one, again = mutant(sources, 7, 1234), mutant(sources, 7, 1234)
    assert one == again and one.data != sources[one.target].encode()
    assert mutant(sources, 7, 1235).data != one.data


def test_the_mutator_reaches_every_root_cause_class():
    """The classes the reliability review found must keep appearing in a normal run (the
    first 600 mutants are enough to show each)."""
    sources = read_sources(STORIES)
    seen = {name: 0 for name in ("control", "fffe", "deep_paren", "deep_not", "digits_4301",
                                 "name_256", "nul_escape", "symlink_loop", "long_word")}
    digits = [c * 4301 for c in (b"9", b"f", b"7", b"1")] + [b"1_" * 2150]
    for index in range(600):
        data = mutant(sources, SEED, index).data
        seen["control"] += bool(re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data))
        seen["fffe"] += b"\xef\xbf\xbe" in data or b"\\uFFFE" in data
        seen["deep_paren"] += b"(" * 162 in data
        seen["deep_not"] += b"not " * 970 in data or b"not (" * 139 in data
        seen["digits_4301"] += any(d in data for d in digits)
        seen["name_256"] += b"a" * 256 + b".yaml" in data or b"a" * 256 + b".png" in data
        seen["nul_escape"] += b"\\0" in data
        seen["symlink_loop"] += LOOP_FILE.encode() in data or b"loops/loop.yaml" in data
        seen["long_word"] += b"a" * 10_000 in data or b"w" * 10_000 in data
    assert all(seen.values()), seen


@pytest.mark.parametrize("index", [3, 11, 25, 42, 64, 101, 150])
def test_warm_library_matches_a_cold_one(index: int, tmp_path):
    """The harness hands unmutated files to the library pre-loaded; this must not change
    what `validate` shows for a mutant (its own diagnostics, and for a campaign those of
    its seasons). It may load more (the campaign beside a broken season), never less."""
    fuzzer = Fuzzer(STORIES, tmp_path, seed=SEED)
    one = mutant(fuzzer.sources, SEED, index)
    path = fuzzer.root / one.target
    path.write_bytes(one.data)

    def everything(library: Library) -> list[str] | str:
        try:
            result = library.load(path)
        except Exception as err:  # compared, not hidden: both must fail alike
            return type(err).__name__
        shown = [result]
        if isinstance(result.model, Campaign):
            shown += [library.results[s.path.resolve()] for s in result.model.seasons]
        return sorted(d.one_line() for r in shown for d in r.diagnostics)

    assert everything(fuzzer.library_for(path)) == everything(Library())
