"""The examples teach the extension points, so they must keep working."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_event_printing_presenter_hears_a_whole_campaign():
    result = subprocess.run([sys.executable, "examples/print_events.py", "stories/campaign.yaml"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CampaignStarted")
    assert sum(line.startswith("SeasonFinished") for line in lines) == 3
    assert lines[-1].startswith("CampaignFinished")
