"""Every transcript problem (VR140-VR149) in docs/errors.md has an example that really fires:
the documented message is, word for word, what `python -m game test` prints, at the line the
example's `#^ VRnnn` comment points to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.analysis.transcript import read_goldens, run_transcript
from game.engine.library import Library
from tests.engine.test_error_catalogue import DOC, TRANSCRIPT, sections

TINY = re.search(r"```yaml\n(format: 1\n.*?)```", DOC, re.S).group(1)


def blocks(body: str, fence: str) -> list[str]:
    """The code blocks with this language after the opening ``` (none: "")."""
    found = re.finditer(r"^```(\w*)\n(.*?)^```$", body, re.S | re.M)
    return [match.group(2) for match in found if match.group(1) == fence]


def test_the_transcript_codes_are_the_range_this_feature_owns():
    assert {f"VR14{n}" for n in range(10)} == TRANSCRIPT


@pytest.mark.parametrize("code", sorted(TRANSCRIPT))
def test_documented_transcript_example_prints_its_message(code: str, tmp_path: Path):
    body = sections()[code][2]
    season = (blocks(body, "yaml") or [TINY])[0]
    (tmp_path / "tiny.yaml").write_text(season, "utf-8")
    if code == "VR149":
        listing, = blocks(body, "text")
        path = tmp_path / "goldens.txt"
        path.write_text(listing, "utf-8")
        problems = read_goldens(path)[1]
        example = listing
    else:
        example, = blocks(body, "transcript")
        path = tmp_path / "tiny-example.transcript"
        path.write_text(example, "utf-8")
        problems = run_transcript(path, Library()).problems
    message, = blocks(body, "")
    shown = [p.replace(f"{tmp_path}/", "") for p in problems]
    assert message.strip() in shown, shown
    assert f"[{code}]" in message
    caret = [n for n, line in enumerate(example.splitlines(), 1) if line == f"#^ {code}"]
    if caret:
        assert message.split(":")[1] == str(caret[0] - 1)
