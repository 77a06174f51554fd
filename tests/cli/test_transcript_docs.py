"""docs/transcripts.md, followed step by step in a fresh folder: every file it shows is
written, every command it shows is run, and each output it shows is what the game prints.
And every key the transcript reader knows has a row in its reference tables."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from game.analysis.transcript import CHECKS, HEADERS, STEPS
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "transcripts.md").read_text("utf-8")
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
FILE = re.compile(r"File `(my-seasons/[^`]+)`( then holds)?:\s*$")


def game(folder: Path, *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                            text=True, timeout=120, cwd=folder)
    return result.stdout + result.stderr


def test_every_file_and_command_on_the_page_is_real(tmp_path: Path):
    for args in (("winter_1921",), ("winter_1922",), ("--campaign", "my_unit")):
        game(tmp_path, "new", *args, "--dir", "my-seasons")
    blocks = list(BLOCK.finditer(DOC))
    ran = written = compared = 0
    for block, following in zip(blocks, [*blocks[1:], None], strict=True):
        before = DOC[:block.start()].rstrip().splitlines()[-1]
        named = FILE.search(before)
        if named and named.group(2):  # a file a command wrote: compare it
            assert (tmp_path / named.group(1)).read_text("utf-8") == block.group(2)
            compared += 1
        elif named:
            (tmp_path / named.group(1)).write_text(block.group(2), "utf-8")
            written += 1
        elif block.group(1) == "sh" and block.group(2).startswith("python -m game "):
            assert following is not None and following.group(1) == ""
            args = block.group(2).split()[3:]
            assert game(tmp_path, *args) == following.group(2), block.group(2)
            ran += 1
    assert (written, ran, compared) >= (5, 6, 1)


def test_every_key_has_a_row_in_the_reference():
    for key in (*STEPS, *CHECKS, *HEADERS):
        assert f"| `{key}` |" in DOC, key
    assert "| a resource |" in DOC
    for way in ("generous", "self-protecting", "mixed", "ask"):
        assert f"| `{way}`" in DOC, way


def test_the_tutorial_points_here():
    assert "(transcripts.md)" in (ROOT / "docs" / "authoring.md").read_text("utf-8")


def slugs(markdown: str) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, spaces to dashes, no punctuation."""
    headings = re.findall(r"^#+ (.+)$", re.sub(r"^```.*?^```$", "", markdown, flags=re.S | re.M),
                          re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


def test_every_link_to_a_section_points_at_a_heading():
    pages = {"": DOC, "transcripts.md": DOC}
    for target in re.findall(r"\]\(([\w.-]*)#([\w-]+)\)", DOC):
        if target[0] not in pages:
            pages[target[0]] = (ROOT / "docs" / target[0]).read_text("utf-8")
        page = pages[target[0]]
        assert target[1] in slugs(page), target
