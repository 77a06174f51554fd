"""The teacher's preview (`play --teacher`): what each choice costs and gives, when it is
offered, where it leads and the author's note for teachers, in the guide's plain words, beside
the scene as students see it. Both the terminal and the window show these lines."""

from __future__ import annotations

from game.engine.model import Choice, Scene, Season

from .guide import route_words
from .plain import choice_words, condition_words


def choice_notes(season: Season, choice: Choice) -> list[str]:
    notes = [f"Costs and gives: {choice_words(choice.effects, season)}"]
    if choice.cond is not None:
        notes.append(f"Offered only if {condition_words(choice.cond, season)} "
                     f"(`{choice.cond.source}`)")
    if choice.routes:
        routes = route_words(choice, season)
        notes.append(routes[:1].upper() + routes[1:])
    if choice.teacher_note:
        notes.append("For the teacher: " + " ".join(choice.teacher_note.split()))
    return notes


def scene_notes(scene: Scene) -> list[str]:
    if not scene.teacher_note:
        return []
    return ["For the teacher: " + " ".join(scene.teacher_note.split())]


def scene_menu(season: Season) -> list[tuple[str, str]]:
    """Every scene a teacher may jump to, in the season's order: (id, title)."""
    return [(scene.id, scene.title or scene.id) for scene in season.scenes.values()]
