"""Every diagnostic code is documented in docs/errors.md with an example, and every example
really produces its code at the line and column its caret comment points to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.analysis import balance
from game.analysis.explore import explore
from game.analysis.findings import diagnostics
from game.engine.diagnostics import CATALOGUE, CODES, Severity
from game.engine.format import ACKNOWLEDGEABLE
from tests.conftest import ROOT
from tests.helpers import TINY, load
from tests.pictures import png

DOC = (ROOT / "docs" / "errors.md").read_text("utf-8")
HEADING = re.compile(r"^### (VR\d{3}) ([a-z0-9-]+) \((error|warning)\)$", re.M)
# Codes whose example cannot be a YAML block in a document; tests below build those files.
GENERATED = {"VR002", "VR003", "VR005", "VR007", "VR009"}
# found by `explore`, not `validate` (VR118 and VR119, about `acknowledge:`, are the loader's;
# VR120 on: documents, cuts and interludes, validated)
EXPLORED = {code for code in CODES if "VR100" <= code < "VR118"}
CAMPAIGN_EXAMPLES = {"VR070", "VR129"}  # examples that are campaign files
BALANCE = set(ACKNOWLEDGEABLE)  # balance findings: `explore` with its graph and random walks
# Files an example names, written beside it (a picture cannot be shown in a YAML block);
# the section's text says what each one is.
BESIDE = {
    "VR062": {"images/well.png": png(6000, 4000, pixels=False)},  # a camera photo
    "VR063": {"images/well.png": b"RIFF\x1a\x00\x00\x00WEBPVP8 " + bytes(14)},  # a WebP
    "VR129": {"tiny.yaml": (TINY + "scenes:\n  - id: start\n    text: Snow.\n    choices:\n"
                            "      - id: on\n        label: Go on\n        next: spring\n"
                            "endings:\n  - id: spring\n    title: Spring\n    text: Thaw.\n"
                            ).encode()},
}


def sections() -> dict[str, tuple[str, str, str]]:
    """code -> (name, severity, the section's text up to the next heading)."""
    found = {}
    matches = list(HEADING.finditer(DOC))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(DOC)
        found[match.group(1)] = (match.group(2), match.group(3), DOC[match.end():end])
    return found


def example(body: str) -> tuple[str, int, int]:
    """The YAML block and the (line, col) its caret comment points at."""
    block = re.search(r"```yaml\n(.*?)```", body, re.S)
    assert block, "no ```yaml example"
    lines = block.group(1).splitlines()
    for number, line in enumerate(lines, 1):
        if re.match(r"#\s*\^ VR\d{3}$", line):
            return block.group(1), number - 1, line.index("^") + 1
    raise AssertionError("no caret comment (#   ^ VRnnn) in the example")


def test_every_code_has_a_documented_section_with_its_name_and_severity():
    documented = sections()
    assert set(documented) == set(CODES)
    for code in CATALOGUE:
        name, severity, _ = documented[code.id]
        assert (name, severity) == (code.name, code.severity.value)


@pytest.mark.parametrize("code", sorted(set(CODES) - GENERATED))
def test_documented_example_fires_its_code_at_the_caret(code, tmp_path: Path):
    name = "campaign.yaml" if code in CAMPAIGN_EXAMPLES else "season.yaml"
    text, line, col = example(sections()[code][2])
    path = tmp_path / name
    path.write_text(text, "utf-8")
    for relative, data in BESIDE.get(code, {}).items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(data)
    result = load(path)
    found = result.diagnostics
    if code in EXPLORED:
        assert result.ok, [d.one_line() for d in found]
        exploration = explore([result.model], keep=code in BALANCE)
        found = diagnostics(exploration)
        if code in BALANCE:
            found += [f.diagnostic for f in balance.findings(
                exploration, balance.samplings(exploration, chain=False))]
    assert (code, line, col) in [(d.code, d.line, d.col) for d in found], [
        d.one_line() for d in found]
    if CODES[code].severity is Severity.WARNING:
        assert not [d for d in found if d.is_error], [d.one_line() for d in found]
    else:  # the example shows this problem, not a different one by accident
        assert {d.code for d in found if d.is_error} <= {code, "VR024"}
    if code in EXPLORED:
        assert {d.code for d in found} <= {code, "VR103"}, [d.one_line() for d in found]


def test_base_example_in_the_document_is_clean(tmp_path: Path):
    base = re.search(r"```yaml\n(format: 1\n.*?)```", DOC, re.S).group(1)
    path = tmp_path / "tiny.yaml"
    path.write_text(base, "utf-8")
    assert load(path).diagnostics == []
