"""Trust as a bit set: the shift and its pre-image must agree with clamping one value at a
time, since the explorer's answers are exact only if these are."""

from __future__ import annotations

import random

from game.analysis.trustbits import ALL, back, shift, values


def one_at_a_time(bits: int, delta: int) -> int:
    out = 0
    for t in values(bits):
        out |= 1 << max(0, min(100, t + delta))
    return out


def samples() -> list[tuple[int, int]]:
    rng = random.Random(7)
    found = [(ALL, 150), (ALL, -150), (1, -1), (1 << 100, 1), (0, 5)]
    for _ in range(3000):
        bits = rng.getrandbits(101) if rng.random() < 0.5 else (
            1 << rng.randrange(101)) | (1 << rng.randrange(101))
        found.append((bits, rng.randint(-120, 120)))
    return found


def test_shift_clamps_each_value_as_the_rules_do():
    for bits, delta in samples():
        assert shift(bits, delta) == one_at_a_time(bits, delta), (bits, delta)


def test_back_gives_exactly_the_values_that_shift_into_a_set():
    for bits, delta in samples():
        expected = 0
        for t in range(101):
            if one_at_a_time(1 << t, delta) & bits:
                expected |= 1 << t
        assert back(bits, delta) == expected, (bits, delta)


def test_two_clamps_of_the_same_sign_are_one():
    """The explorer folds a choice's and an arrival's trust changes into one shift when
    they have the same sign (and keeps them apart otherwise: +10 then -10 from 95 is 90)."""
    for bits, delta in samples()[:500]:
        for other in (3, -3, 0, 40, -40):
            if delta * other >= 0:
                assert shift(shift(bits, delta), other) == shift(bits, delta + other)
    assert shift(shift(1 << 95, 10), -10) == 1 << 90 != 1 << 95
