"""What self-voicing says on every registered screen (the snapshot cases of
test_snapshots.py), kept as text under `tests/ui/__snapshots__/voice/` so a change to what a
player hears shows as a diff (`pytest tests/ui/test_voicing_screens.py --snapshot-update`),
and checked for what must always hold: the heading first, every number a key presses said
with it, the top bar's meter and Menu never read with the page."""

from __future__ import annotations

import pytest

from game.ui.voicing import page
from tests.ui.snapshots import SNAPSHOTS, compare
from tests.ui.test_snapshots import CASES, shown

VOICE = SNAPSHOTS / "voice"


@pytest.mark.parametrize("case", CASES)
def test_what_each_screen_says(stories, case, tmp_path, request):
    app = shown(stories, case, tmp_path)
    description = app.top.describe()
    lines = [u.text for u in page(description, app.strings)]
    assert lines, case
    headings = [e.text for e in description.elements if e.role == "heading"]
    if headings:
        assert lines[0] == headings[0], case  # the page's heading first, then its picture
    for element in description.elements:
        if element.number is not None and element.enabled and element.key != "menu":
            assert f"{element.number}. {element.text}" in lines, (case, element.text)
    assert not [line for line in lines if line.startswith("Village trust:") or line == "Menu"]
    problem = compare(case, "\n".join(lines) + "\n",
                      bool(request.config.getoption("--snapshot-update")), VOICE)
    if problem:
        pytest.fail(problem, pytrace=False)
