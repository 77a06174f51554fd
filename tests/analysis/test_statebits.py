"""2-D sets of (trust, resource): every move and its pre-image agree with the plain rules."""

from __future__ import annotations

import random

from game.analysis.statebits import Layout
from game.analysis.trustbits import back, shift

LAYOUT = Layout(1, 0, 4, 2)  # a resource from 0 to 4 that starts at 2


def _states(bits: int) -> set[tuple[int, int]]:
    return {LAYOUT.split(z) for z in LAYOUT.positions(bits)}


def _clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, x))


def test_moves_and_their_pre_images_match_the_rules_state_by_state() -> None:
    rng = random.Random(1)
    for _ in range(300):
        dt = rng.randint(-120, 120)
        changes = [rng.randint(-6, 6) for _ in range(rng.randint(0, 2))]
        reset = rng.random() < 0.3
        move = LAYOUT.move(dt, changes, reset)

        def rule(t: int, g: int, dt: int = dt, changes: list[int] = changes,
                 reset: bool = reset) -> tuple[int, int]:
            t = _clamp(t + dt, 0, 100)
            for c in changes:
                g = _clamp(g + c, 0, 4)
            return t, (2 if reset else g)

        src = {(rng.randint(0, 100), rng.randint(0, 4)) for _ in range(rng.randint(1, 20))}
        bits = sum(LAYOUT.at(t, g) for t, g in src)
        assert _states(shift(bits, move)) == {rule(*s) for s in src}
        dst = {(rng.randint(0, 100), rng.randint(0, 4)) for _ in range(rng.randint(1, 20))}
        pre = {(t, g) for t in range(101) for g in range(5) if rule(t, g) in dst}
        assert _states(back(sum(LAYOUT.at(t, g) for t, g in dst), move)) == pre


def test_a_season_without_resources_keeps_plain_trust_sets() -> None:
    plain = Layout.for_numbers([0], [100], [50])
    assert plain.rows == 1
    assert plain.move(5) == 5 and plain.move(0) == 0


def test_the_widest_resource_is_folded() -> None:
    layout = Layout.for_numbers([0, 0, 0], [100, 3, 12], [50, 1, 4])
    assert (layout.slot, layout.rows, layout.start) == (2, 13, 4)
    assert layout.resource(layout.at(7, 5) | layout.at(9, 12)) == [5, 12]
    assert layout.trust(layout.at(7, 5) | layout.at(9, 12)) == (1 << 7) | (1 << 9)


def test_composed_moves_take_the_fewest_steps_and_still_match_the_rules() -> None:
    """`Layout.then` of two moves (a choice, then arriving): trust changes of both signs
    between changes of the resource, at and away from the bounds. Same-sign changes add up,
    trust and resource changes commute, and a set with nothing at a bound is moved by one
    shift; each answer must be the rules' own, state by state."""
    rng = random.Random(7)
    shortened = 0
    for _ in range(400):
        parts = []
        for _ in range(2):
            dt = rng.choice([0, rng.randint(-4, 4), rng.randint(-120, 120)])
            changes = [rng.randint(-3, 3) for _ in range(rng.randint(0, 2))]
            parts.append((dt, changes, rng.random() < 0.2))
        first, second = (LAYOUT.move(*part) for part in parts)
        move = LAYOUT.then(first, second)
        if not move:
            continue
        shortened += len(move.steps) < len(move.ops)

        def rule(t: int, g: int, parts: list[tuple[int, list[int], bool]] = parts
                 ) -> tuple[int, int]:
            for dt, changes, reset in parts:
                t = _clamp(t + dt, 0, 100)
                for c in changes:
                    g = _clamp(g + c, 0, 4)
                g = 2 if reset else g
            return t, g

        near = rng.random() < 0.5  # away from every bound, or anywhere
        src = {(rng.randint(10, 90) if near else rng.randint(0, 100),
                rng.randint(1, 3) if near else rng.randint(0, 4))
               for _ in range(rng.randint(1, 12))}
        bits = sum(LAYOUT.at(t, g) for t, g in src)
        assert _states(move.fwd(bits)) == {rule(*s) for s in src}, move
    assert shortened > 50  # the case worth having was met
