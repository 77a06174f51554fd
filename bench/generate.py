"""Generated seasons for benchmarks: N scenes of about 80 words and 3 choices each, with
conditions, effects and memories, every scene reachable from the start."""

from __future__ import annotations

import random

WORDS = ("the village field grain winter snow house neighbour bread door road family cart "
         "horse sickle stove child mother father river church well barn seed harvest rye "
         "frost smoke evening morning quiet long cold warm small old new empty full").split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _text(rng: random.Random, words: int = 80) -> str:
    sentences, count = [], 0
    while count < words:
        n = rng.randint(8, 14)
        sentences.append(_sentence(rng, n))
        count += n
    return " ".join(sentences)


def generate_season(scenes: int, seed: int = 1, memories: int = 12, reach: int = 6) -> str:
    """YAML text of a valid season with `scenes` scenes; choices jump up to `reach` ahead."""
    rng = random.Random(seed)
    out = [
        "format: 1",
        "season:",
        f"  id: generated_{scenes}",
        f"  title: Generated season of {scenes} scenes",
        "  place: Nowhere",
        "  years: 1921-1922",
        "  summary: A season generated for benchmarks.",
        "  reflection: [\"Did it load quickly?\"]",
        "resources:",
        "  - { id: grain, start: 5, min: 0, max: 10 }",
        "  - { id: tools, start: 2, min: 0, max: 5 }",
        "memories:",
    ]
    out += [f"  - {{ id: deed_{i}, label: Deed number {i} }}" for i in range(memories)]
    out.append("scenes:")
    for i in range(scenes):
        out += [f"  - id: s{i}", f"    title: Scene {i}", "    text: |",
                f"      {_text(rng)}", "    choices:"]
        for c in range(3):
            last = i == scenes - 1
            ahead = f"s{rng.randint(i + 1, min(scenes - 1, i + reach))}" if not last else "end"
            target = "end" if last else f"s{i + 1}" if c == 0 else ahead
            deed = rng.randrange(memories)
            out += [f"      - id: c{c}", f"        label: {_sentence(rng, 5)}",
                    f"        aid: {('share_grain', 'lend_tools', 'open_home')[c]}"]
            if c == 1:
                out.append(f"        if: grain >= {rng.randint(1, 3)} or deed_{deed}")
            if c == 2:
                out.append(f"        if: trust >= {rng.randint(20, 60)} and not deed_{deed}")
            out += ["        effects:", f"          trust: {rng.choice((-3, -1, 2, 4, 6))}",
                    f"          reason: {_sentence(rng, 6)}",
                    f"          grain: {rng.choice((-2, -1, 1))}",
                    f"          remember: deed_{rng.randrange(memories)}",
                    f"        outcome: {_sentence(rng, 12)}", f"        next: {target}"]
    out += ["endings:",
            "  - { id: united, title: United, if: trust >= 70, text: The village held. }",
            "  - { id: apart, title: Apart, text: Each house for itself. }"]
    return "\n".join(out) + "\n"
