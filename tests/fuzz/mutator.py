"""A seeded mutator for story files: mutant `i` of seed `S` comes from `random.Random(S + i)`.

It is written for this project's seasons: each mutator knows where the format is fragile
(conditions, numbers, text, image and campaign paths) and aims at the root causes the
December 2026 reliability review found (control characters and U+FFFE, deep conditions,
numbers over 4,300 digits, odd path components). Any mutant can be regenerated alone:

    python -m tests.fuzz.mutator --seed 0 --index 1234 -o mutant.yaml
    python -m tests.fuzz.mutator --seed 0 --index 1234 --folder /tmp/m   # a whole story folder
    python -m game validate /tmp/m/stories/famine.yaml
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

SEASONS = ("famine.yaml", "war.yaml", "reconstruction.yaml")
CAMPAIGN = "campaign.yaml"
TARGETS = (*SEASONS, CAMPAIGN)
LOOP_FILE = "loop.png"  # the fuzz folder holds symlink loops under these names
LOOP_SEASON = "loops/loop.yaml"  # in a subfolder: a loop beside the seasons breaks every load

Mutate = Callable[[random.Random, str, Mapping[str, str]], str | bytes]


@dataclass(frozen=True)
class Mutant:
    seed: int
    index: int
    target: str  # a file name in the story folder
    mutator: str
    data: bytes

    @property
    def label(self) -> str:
        return f"seed {self.seed} index {self.index} ({self.mutator} on {self.target})"


# -- helpers --------------------------------------------------------------------------------
_VALUE_LINE = re.compile(r"^(\s*(?:- )?[\w<]+:) (.+)$")
_KEY_LINE = re.compile(r"^(\s*(?:- )?)([A-Za-z_]\w*)(:)")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?![\w.])")
_IF_LINE = re.compile(r"^(\s*(?:- )?if: )(.+)$")
_TEXT_LINE = re.compile(r"^(\s*(?:- )?(?:title|label|text|outcome|reason|alt|summary|locked|"
                        r"name|place|meaning): )(.+)$")
_FILE = re.compile(r"(file: )([^,}\n]+)")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _matching(lines: list[str], pattern: re.Pattern[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if pattern.match(line)]


def _replace_value(rnd: random.Random, text: str, pattern: re.Pattern[str], value: str) -> str:
    """Give one line matching `pattern` (group 1 = the line up to its value) a new value."""
    lines = _lines(text)
    found = _matching(lines, pattern) or _matching(lines, _VALUE_LINE)
    if not found:
        return text + f"\nextra: {value}\n"
    i = rnd.choice(found)
    match = pattern.match(lines[i]) or _VALUE_LINE.match(lines[i])
    assert match is not None
    lines[i] = match.group(1) + " " * (not match.group(1).endswith(" ")) + value
    return "\n".join(lines)


def _insert_in_text(rnd: random.Random, text: str, odd: str) -> str:
    """Put `odd` inside a prose value (plain scalar), or anywhere if there is none."""
    lines = _lines(text)
    found = _matching(lines, _TEXT_LINE)
    if found and rnd.random() < 0.8:
        i = rnd.choice(found)
        line = lines[i]
        at = rnd.randint(len(_TEXT_LINE.match(line).group(1)), len(line))  # type: ignore[union-attr]
        lines[i] = line[:at] + odd + line[at:]
        return "\n".join(lines)
    at = rnd.randint(0, len(text))
    return text[:at] + odd + text[at:]


def _digits(rnd: random.Random) -> int:
    return rnd.choice((20, 100, 1000, 4299, 4300, 4301, 5000, 10_000, rnd.randint(20, 10_000)))


# -- the mutators ---------------------------------------------------------------------------
_ODD_BYTES = (b"\x00", b"\x01", b"\x1b", b"\x7f", b"\xff", b"\xc3", b"\xed\xa0\x80", b":",
              b"-", b'"', b"'", b"{", b"[", b"]", b"\t", b"\n", b"&", b"*", b"!", b"%", b"#",
              b"|", b">", b"\r", b"\xef\xbf\xbe")


def byte_flip(rnd: random.Random, text: str, _: Mapping[str, str]) -> bytes:
    data = bytearray(text.encode("utf-8"))
    for _ in range(rnd.randint(1, 4)):
        at = rnd.randrange(len(data))
        data[at] = data[at] ^ (1 << rnd.randrange(8)) if rnd.random() < 0.7 else rnd.randrange(256)
    return bytes(data)


def byte_insert(rnd: random.Random, text: str, _: Mapping[str, str]) -> bytes:
    data = text.encode("utf-8")
    for _ in range(rnd.randint(1, 3)):
        at = rnd.randint(0, len(data))
        data = data[:at] + rnd.choice(_ODD_BYTES) * rnd.choice((1, 1, 2, 8)) + data[at:]
    return data


def line_delete(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    lines = _lines(text)
    at, n = rnd.randrange(len(lines)), rnd.randint(1, 8)
    return "\n".join(lines[:at] + lines[at + n:])


def line_dup(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    lines = _lines(text)
    at, n = rnd.randrange(len(lines)), rnd.randint(1, 8)
    return "\n".join(lines[:at + n] + lines[at:at + n] + lines[at + n:])


def indent_shift(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    lines = _lines(text)
    at = rnd.randrange(len(lines))
    shift = rnd.choice((-4, -2, -1, 1, 2, 4, 8))
    for i in range(at, min(len(lines), at + rnd.randint(1, 5))):
        if rnd.random() < 0.15:
            lines[i] = "\t" + lines[i]
        elif shift > 0:
            lines[i] = " " * shift + lines[i]
        else:
            strip = min(-shift, len(lines[i]) - len(lines[i].lstrip(" ")))
            lines[i] = lines[i][strip:]
    return "\n".join(lines)


_LOOKALIKE = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х"})


def key_rename(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    lines = _lines(text)
    found = _matching(lines, _KEY_LINE)
    i = rnd.choice(found)
    match = _KEY_LINE.match(lines[i])
    assert match is not None
    key = match.group(2)
    how = rnd.randrange(7)
    if how == 0 and len(key) > 1:
        j = rnd.randrange(len(key))
        new = key[:j] + key[j + 1:]
    elif how == 1 and len(key) > 1:
        j = rnd.randrange(len(key) - 1)
        new = key[:j] + key[j + 1] + key[j] + key[j + 2:]
    elif how == 2:
        new = key.translate(_LOOKALIKE) or key + "а"
    elif how == 3:
        new = f'"{key}"'
    elif how == 4:
        new = "<<"
    elif how == 5:
        new = key.upper()
    else:
        new = key + rnd.choice(("_", "s", "2", " "))
    lines[i] = match.group(1) + new + lines[i][match.end(2):]
    return "\n".join(lines)


_TYPES = ('""', "''", "[]", "{}", "[a, b]", "{a: 1}", "~", "null", "true", "no", "0", "-1",
          "3.5", "!!str 5", "!!binary aGk=", "&a x", "*a", "!custom x",
          "!!python/object:os.system x", "|\n  block\n", "\n  - a\n  - b", "\n  a: 1",
          "? complex", "[[[]]]", "{a: [b, {c: d}]}", "!!int x", "!!float y", "!!set {a}")


def type_swap(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    return _replace_value(rnd, text, _VALUE_LINE, rnd.choice(_TYPES))


def huge_number(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    n = _digits(rnd)
    form = rnd.randrange(8)
    if form == 0:
        value = "9" * n
    elif form == 1:
        value = "0x" + "f" * n
    elif form == 2:
        value = "0o" + "7" * n
    elif form == 3:
        value = rnd.choice(("0x_", "0o_", "0x__", "0o__", "-0x_", "+0o_", "0x_f", "0_", "_1"))
    elif form == 4:
        value = "-" + "1" * n
    elif form == 5:
        value = "1_" * (n // 2) + "1"
    elif form == 6:
        value = "1" + "0" * n + ".5"
    else:
        value = str(rnd.randint(-10**6, 10**6)) + "0" * rnd.randint(0, 30)
    lines = _lines(text)
    numbered = [i for i, line in enumerate(lines) if _NUMBER.search(line)]
    if numbered and rnd.random() < 0.7:
        i = rnd.choice(numbered)
        spans = list(_NUMBER.finditer(lines[i]))
        span = rnd.choice(spans)
        lines[i] = lines[i][:span.start()] + value + lines[i][span.end():]
        return "\n".join(lines)
    if rnd.random() < 0.5:  # inside a condition, where numbers are parsed separately
        return _replace_value(rnd, text, _IF_LINE, f"trust >= {value}")
    return _replace_value(rnd, text, _VALUE_LINE, value)


_SPECIAL_FLOATS = (".nan", ".NaN", ".inf", "-.inf", ".Inf", "1e999", "-1e999", "1e-999",
                   "0.0", "1_000", "1e3", "+.5", "0b101", "1:20", "NaN", "Infinity")


def nan_inf(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    value = rnd.choice(_SPECIAL_FLOATS)
    lines = _lines(text)
    numbered = [i for i, line in enumerate(lines) if _NUMBER.search(line)]
    if numbered and rnd.random() < 0.8:
        i = rnd.choice(numbered)
        span = rnd.choice(list(_NUMBER.finditer(lines[i])))
        lines[i] = lines[i][:span.start()] + value + lines[i][span.end():]
        return "\n".join(lines)
    return _replace_value(rnd, text, _IF_LINE, f"grain > {value}")


_ODD_TEXT = ("\x00", "\x01", "\x02", "\x07", "\x08", "\x0b", "\x0c", "\x1f", "\x1b[2J\x1b[31m",
             "\x7f", "\ufffe", "\uffff", "\x85", "\u2028", "\u2029", "\u200f", "\u202e",
             "\u200b", "\ufeff", "\u0301" * 1000, "e" + "\u0301" * 1000,
             "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0010ffff", "\U000e0001",
             "\u00ad", "\u3000", "\ufdd0", "\x9b", "\r", "\r\n", "\u0000x\u0000")


def unicode_odd(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    return _insert_in_text(rnd, text, rnd.choice(_ODD_TEXT))


_ESCAPES = ("\\0", "\\e", "\\x00", "\\x01", "\\a", "\\b", "\\v", "\\x1b[31m", "\\ud800",
            "\\U00110000", "\\N", "\\_", "\\L", "\\P", "\\uFFFE", "\\uffff", "\\x7f", "\\q",
            "\\", "\\x", "\\u12", "\\t\\t")


def escapes(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    escape = rnd.choice(_ESCAPES)
    words = rnd.choice(("Snow falls", "A", "", "reap_for_anna"))
    return _replace_value(rnd, text, _TEXT_LINE, f'"{words}{escape} on the village"')


_CONDS = ("trust >= 10", "grain > 1", "reaped_for_petrova", "not sold_zorka", "trust",
          "tools < 2 or room > 0")


def _nested(rnd: random.Random) -> str:
    n = rnd.choice((10, 100, 160, 161, 162, 500, 969, 970, 1000, 5000, 20_000,
                    rnd.randint(10, 20_000)))
    inner = rnd.choice(_CONDS)
    form = rnd.randrange(5)
    if form == 0:
        return "(" * n + inner + ")" * n
    if form == 1:
        return "not " * n + inner
    if form == 2:
        return "not (" * n + inner + ")" * n
    if form == 3:
        return "(" * n + inner  # unbalanced
    return "((" * (n // 2) + inner + ") and trust > 0)" * (n // 2)


def deep_cond(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    return _replace_value(rnd, text, _IF_LINE, f'"{_nested(rnd)}"')


def long_chain(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    n = rnd.choice((100, 1000, 10_000, 50_000, rnd.randint(100, 50_000)))
    glue = rnd.choice((" and ", " or "))
    terms = [rnd.choice(_CONDS) for _ in range(min(n, 8))]
    chain = glue.join(terms[i % len(terms)] for i in range(n))
    if rnd.random() < 0.3:
        chain = " and ".join(f"({t} or trust > {i})" for i, t in
                             zip(range(n // 4), terms * (n // 4 // len(terms) + 1), strict=False))
    return _replace_value(rnd, text, _IF_LINE, f'"{chain}"')


_BAD_CONDS = ("", "()", "(", ")", "and", "trust >=", ">= 3", "trust = 3", "trust => 3",
              "trust && grain", "trust || grain", "!sold_zorka", "trust >= grain >= 1",
              "grain > 'x'", "unknown_name", "trust >= 1 and", "not", "not not", "1 > 0",
              "trust >= -0", "trust != 50", "trust == 50", "trust > 1.5", "trust > 0x10",
              "trust > ²", "trust > ١", "grain >= 5 and sold_zorka > 1", "trust..",
              "трust > 1", "trust >\u200b1", "end", "reason", "[trust]", "{trust}")


def cond_ops(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    return _replace_value(rnd, text, _IF_LINE, f'"{rnd.choice(_BAD_CONDS)}"')


def long_word(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    n = rnd.choice((250, 300, 301, 2_000, 10_000, 100_000, 1_000_000,
                    rnd.randint(10_000, 200_000)))  # around the longest word allowed, and far
    word = rnd.choice("aw") * n if rnd.random() < 0.8 else "-" * n
    if rnd.random() < 0.2:
        return _replace_value(rnd, text, re.compile(r"^(\s*- id: )(.+)$"), word)
    return _insert_in_text(rnd, text, word)


def long_line(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    n = rnd.choice((10_000, 100_000, 1_000_000))
    line = ("# " if rnd.random() < 0.3 else "") + " ".join(["word"] * (n // 5))
    return _insert_in_text(rnd, text, line)


_PATHS = ("a" * 256 + ".png", "b" * 300, "images/" + "c" * 255 + ".png", "x/" * 200 + "y.png",
          '"pic.png\\0"', '"images/famine/cover.png\\0"', '"\\0"', "..", "../..",
          "../../etc/passwd", "/etc/passwd", "/", "images//famine//cover.png",
          "./images/famine/cover.png", LOOP_FILE, f"images/{LOOP_FILE}", "images", "images/famine",
          "''", "~", "http://example.com/x.png", "C:\\\\x.png", "images/famine/../../../x.png",
          "images/famine/cover.png/", "IMAGES/FAMINE/COVER.PNG", "\u202eimages.png",
          "images/famine/cover.png\u200b", "[a, b]", "{a: b}", "5", '"%2e%2e/x.png"')


def image_path(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    spans = list(_FILE.finditer(text))
    if not spans:
        return type_swap(rnd, text, _)
    span = rnd.choice(spans)
    return text[:span.start(2)] + rnd.choice(_PATHS) + text[span.end(2):]


_SEASON_ENTRIES = ("a" * 256 + ".yaml", "d" * 255 + ".yaml", '"famine.yaml\\0"', '"\\0"',
                   "../famine.yaml", "/etc/passwd", "/work/x.yaml", LOOP_SEASON, "campaign.yaml",
                   "images", "famine.yaml/", "./famine.yaml", "famine.yml", "missing.yaml",
                   "~", "5", "[famine.yaml]", "{a: b}", '""', "x/" * 100 + "y.yaml",
                   "famine.yaml\u200b", "FAMINE.YAML")


def campaign_seasons(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    lines = _lines(text)
    items = [i for i, line in enumerate(lines) if line.startswith("    - ")]
    if not items:
        return text + "\n  seasons: [" + rnd.choice(_SEASON_ENTRIES) + "]\n"
    how = rnd.randrange(6)
    if how == 0:  # replace one entry
        lines[rnd.choice(items)] = "    - " + rnd.choice(_SEASON_ENTRIES)
    elif how == 1:  # add one
        lines.insert(rnd.choice(items) + 1, "    - " + rnd.choice(_SEASON_ENTRIES))
    elif how == 2:  # repeat one
        lines.insert(items[-1] + 1, lines[rnd.choice(items)])
    elif how == 3:  # reorder
        chosen = [lines[i] for i in items]
        rnd.shuffle(chosen)
        for i, line in zip(items, chosen, strict=True):
            lines[i] = line
    elif how == 4:  # drop some
        for i in sorted(rnd.sample(items, rnd.randint(1, len(items))), reverse=True):
            del lines[i]
    else:  # many entries
        many = [rnd.choice(("famine.yaml", *_SEASON_ENTRIES)) for _ in range(rnd.randint(5, 300))]
        lines[items[0]:items[-1] + 1] = ["    - " + m for m in many]
    return "\n".join(lines)


def splice(rnd: random.Random, text: str, sources: Mapping[str, str]) -> str:
    donor = _lines(sources[rnd.choice(sorted(sources))])
    start = rnd.randrange(len(donor))
    chunk = donor[start:start + rnd.randint(1, 40)]
    lines = _lines(text)
    at = rnd.randrange(len(lines))
    cut = rnd.choice((0, 0, len(chunk)))
    return "\n".join(lines[:at] + chunk + lines[at + cut:])


_YAML_BITS = ("%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "---\n", "...\n", "--- !!map\n",
              "? [a, b]\n: c\n", "<<: {x: 1}\n", "anchor: &a {id: x}\nagain: *a\n",
              "x: !!python/name:os.system\n", "&b\n", "*undefined\n", "? |\n  block key\n: v\n",
              "- a\n", "'quoted': key\n", '"\\ud800": x\n', "{a: 1}\n", "[\n")


def yaml_features(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    bit = rnd.choice(_YAML_BITS)
    if rnd.random() < 0.4:
        return bit + text
    lines = _lines(text)
    at = rnd.randrange(len(lines))
    indent = lines[at][:len(lines[at]) - len(lines[at].lstrip(" "))]
    bits = [indent + b for b in bit.rstrip("\n").split("\n")]
    return "\n".join(lines[:at] + bits + lines[at:])


_METER = re.compile(r"^(\s*(?:- )?(?:start|min|max|from|trust|grain|tools|room|food|fuel|"
                    r"[a-z_]+): )([-+]?\d+)$")


def meter_range(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    value = rnd.choice(("101", "-1", "1000", "-1000", "+100", "-100", "0", "2147483648",
                        "-9223372036854775809", "99999999999999999999"))
    lines = _lines(text)
    found = _matching(lines, _METER)
    inline = [i for i, line in enumerate(lines) if re.search(r"(start|min|max|from): \d+", line)]
    if inline and rnd.random() < 0.5:
        i = rnd.choice(inline)
        lines[i] = re.sub(r"((?:start|min|max|from): )\d+", lambda m: m.group(1) + value,
                          lines[i], count=1)
        return "\n".join(lines)
    if found:
        i = rnd.choice(found)
        match = _METER.match(lines[i])
        assert match is not None
        lines[i] = match.group(1) + value
        return "\n".join(lines)
    return huge_number(rnd, text, _)


def deep_yaml(rnd: random.Random, text: str, _: Mapping[str, str]) -> str:
    n = rnd.choice((10, 63, 64, 65, 100, 1000, 100_000))
    form = rnd.randrange(3)
    if form == 0:
        value = "[" * n + "]" * n
    elif form == 1:
        value = "{a: " * n + "b" + "}" * n
    else:
        value = "\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(min(n, 200)))
    return _replace_value(rnd, text, _VALUE_LINE, value)


SEASON_MUTATORS: dict[str, Mutate] = {
    f.__name__: f for f in (byte_flip, byte_insert, line_delete, line_dup, indent_shift,
                            key_rename, type_swap, huge_number, nan_inf, unicode_odd, escapes,
                            deep_cond, long_chain, cond_ops, long_word, long_line, image_path,
                            splice, yaml_features, meter_range, deep_yaml)}
CAMPAIGN_MUTATORS: dict[str, Mutate] = {
    f.__name__: f for f in (byte_flip, byte_insert, line_delete, line_dup, indent_shift,
                            key_rename, type_swap, huge_number, unicode_odd, escapes, long_word,
                            splice, yaml_features, deep_yaml)}
CAMPAIGN_MUTATORS["campaign_seasons"] = campaign_seasons
CAMPAIGN_WEIGHT = 0.2  # campaign files are small; a fifth of the mutants is plenty


def mutant(sources: Mapping[str, str], seed: int, index: int) -> Mutant:
    """Mutant `index` of run `seed`: the same inputs always give the same bytes."""
    rnd = random.Random(seed + index)
    if rnd.random() < CAMPAIGN_WEIGHT:
        target = CAMPAIGN
        name = "campaign_seasons" if rnd.random() < 0.4 else rnd.choice(sorted(CAMPAIGN_MUTATORS))
        mutate = CAMPAIGN_MUTATORS[name]
    else:
        target = rnd.choice(SEASONS)
        name = rnd.choice(sorted(SEASON_MUTATORS))
        mutate = SEASON_MUTATORS[name]
    out = mutate(rnd, sources[target], sources)
    data = out if isinstance(out, bytes) else out.encode("utf-8", "surrogatepass")
    return Mutant(seed, index, target, name, data)


def read_sources(stories: Path) -> dict[str, str]:
    return {name: (stories / name).read_text("utf-8") for name in TARGETS}


def prepare_folder(stories: Path, folder: Path) -> Path:
    """A private copy of the story folder (with its images) plus the odd files the path
    mutators name: a symlink loop for a picture and one for a season."""
    copy = folder / "stories"
    shutil.copytree(stories, copy, symlinks=True)
    for name in (LOOP_FILE, f"images/{LOOP_FILE}", LOOP_SEASON):
        link = copy / name
        if not link.is_symlink():
            link.parent.mkdir(exist_ok=True)
            link.symlink_to(link.name)  # points at itself: resolve() loops
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.mutator",
                                     description="Regenerate one fuzz mutant.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--index", type=int, required=True)
    parser.add_argument("--stories", type=Path, default=Path(__file__).parents[2] / "stories")
    parser.add_argument("-o", "--output", type=Path, help="write the mutated file here")
    parser.add_argument("--folder", type=Path,
                        help="write a whole story folder with the mutant in place here")
    args = parser.parse_args(argv)
    one = mutant(read_sources(args.stories), args.seed, args.index)
    print(f"{one.label}: {len(one.data)} bytes", file=sys.stderr)
    if args.folder:
        copy = prepare_folder(args.stories, args.folder)
        (copy / one.target).write_bytes(one.data)
        print(copy / one.target)
    elif args.output:
        args.output.write_bytes(one.data)
    else:
        sys.stdout.buffer.write(one.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
