"""The scene graph as Mermaid (renders on code-hosting sites) or Graphviz DOT.

Scenes are boxes, endings are rounded, and every choice is an arrow labelled with its text,
its kind of aid and its condition. `next: end` goes through one diamond, from which an
arrow leads to each ending, labelled with the condition that picks it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from game.engine.format import END
from game.engine.model import Choice, Season
from game.lang.catalogue import ENGLISH_STRINGS

AID = ENGLISH_STRINGS.aid_names()  # the one wording of each kind of help


def edge_label(choice: Choice, target: str | None = None,
               aid_words: Mapping[str, str] | None = None) -> str:
    """`Lend her seed (sharing food)`, and the condition on a second line if there is one.
    For a choice with a conditional next, the arrow to `target` also says when it is taken
    ("then if trust >= 60", or "then otherwise" for the default). A season's `aid_words`
    name its kinds of aid."""
    words = {**AID, **(aid_words or {})}
    label = choice.label + (f" ({words[choice.aid]})" if choice.aid in AID else "")
    label += f"\nif {choice.cond.source}" if choice.cond is not None else ""
    if choice.routes and target is not None:
        when = next((r.cond.source for r in choice.routes if r.next == target), None)
        label += f"\nthen if {when}" if when and target != choice.next else "\nthen otherwise"
    return label


def _edges(season: Season) -> Iterator[tuple[str, str, str]]:
    words = season.info.aid_words
    for scene in season.scenes.values():
        for choice in scene.choices:
            for target in choice.targets():
                yield scene.id, target, edge_label(choice, target, words)
    if any(END in c.targets() for s in season.scenes.values() for c in s.choices):
        for ending in season.endings.values():
            yield END, ending.id, f"if {ending.cond.source}" if ending.cond else "otherwise"


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("\n", "<br/>")


def _node(season: Season, ident: str) -> str:
    """Mermaid node names: prefixed, because words like `end` and `graph` are keywords."""
    if ident == END:
        return "pick_ending"
    return ("e_" if ident in season.endings else "s_") + ident


def mermaid(season: Season) -> str:
    lines = ["flowchart TD"]
    for scene in season.scenes.values():
        title = scene.title or scene.id
        start = " (start)" if scene.id == season.start else ""
        lines.append(f'  {_node(season, scene.id)}["{_mermaid_text(title)}{start}<br/>'
                     f'<i>{scene.id}</i>"]')
    for ending in season.endings.values():
        lines.append(f'  {_node(season, ending.id)}(["Ending: {_mermaid_text(ending.title)}"])')
    if any(source == END for source, _, _ in _edges(season)):
        lines.append(f'  {_node(season, END)}{{"end: the first ending that fits"}}')
    for source, target, label in _edges(season):
        lines.append(f'  {_node(season, source)} -->|"{_mermaid_text(label)}"| '
                     f'{_node(season, target)}')
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def dot(season: Season) -> str:
    lines = [f'digraph "{_dot_text(season.id)}" {{', "  rankdir=TB;",
             '  node [shape=box, style=rounded, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for scene in season.scenes.values():
        title = scene.title or scene.id
        style = ", penwidth=2" if scene.id == season.start else ""
        lines.append(f'  "{scene.id}" [label="{_dot_text(title)}\\n({scene.id})"{style}];')
    for ending in season.endings.values():
        lines.append(f'  "{ending.id}" [label="Ending: {_dot_text(ending.title)}", '
                     "shape=ellipse, style=filled, fillcolor=\"#eeeeee\"];")
    if any(source == END for source, _, _ in _edges(season)):
        lines.append(f'  "{END}" [label="end: the first ending that fits", shape=diamond];')
    for source, target, label in _edges(season):
        lines.append(f'  "{source}" -> "{target}" [label="{_dot_text(label)}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"
