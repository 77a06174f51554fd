"""Graph export: every scene, ending and choice appears, with labels and conditions, in
output that Mermaid and Graphviz accept."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from game.analysis.graph import dot, edge_label, mermaid
from tests.conftest import FIXTURES
from tests.helpers import load


@pytest.fixture(scope="module")
def starter():
    return load(FIXTURES / "golden" / "starter.yaml").model


def test_mermaid_has_every_node_and_edge(starter):
    text = mermaid(starter)
    assert text.startswith("flowchart TD\n")
    assert '  s_dry_summer["A thin harvest (start)<br/><i>dry_summer</i>"]' in text
    assert '  e_village_holds(["Ending: The village holds together"])' in text
    assert ('  s_spring -->|"Ask the Petrovs to help you sow<br/>if shared_seed or '
            'helped_petrova"| s_harvest') in text
    assert '  pick_ending -->|"if trust >= 65"| e_village_holds' in text
    assert '  pick_ending -->|"otherwise"| e_hard_times' in text
    choices = sum(len(s.choices) for s in starter.scenes.values())
    assert text.count("-->") == choices + len(starter.endings)


def test_mermaid_never_uses_keywords_as_node_names(starter):
    for line in mermaid(starter).splitlines()[1:]:
        assert not line.strip().startswith(("end", "graph", "subgraph", "style", "class"))


def test_quotes_are_escaped(starter, write):
    text = (FIXTURES / "golden" / "starter.yaml").read_text("utf-8").replace(
        "label: Reap your own strip first", "label: 'Reap your \"own\" strip'")
    season = load(write("quotes.yaml", text)).model
    assert "Reap your #quot;own#quot; strip" in mermaid(season)
    assert 'Reap your \\"own\\" strip' in dot(season)


def test_edge_label_shows_aid_and_condition(starter):
    choice = starter.scenes["assembly"].choices[0]
    assert edge_label(choice) == "Lend her two sacks of seed (sharing food)\nif grain >= 2"


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_graphviz_accepts_the_dot_output(starter):
    result = subprocess.run(["dot", "-Tsvg"], input=dot(starter), capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and "<svg" in result.stdout
    assert result.stdout.count('class="node"') == 6 + 2 + 1
