"""Season statistics for authors: size, aid balance, playing time and reading level.

Playing time is measured, not guessed: seeded random playthroughs count the words a player
actually sees (scene text, the "Learn more" note, the choices, the outcome, the ending),
read at 200 words a minute.
"""

from __future__ import annotations

import random
import statistics
from collections import Counter
from dataclasses import dataclass, field

from game.engine.model import Season
from game.engine.session import Session

from .readability import Reading, measure, word_count

WORDS_PER_MINUTE = 200
AIDS = ("share_grain", "lend_tools", "open_home")


@dataclass
class SeasonStats:
    season: str
    scenes: int
    endings: int
    aid_choices: Counter[str]
    body: Reading
    notes: Reading
    path_words: list[int] = field(default_factory=list)
    ending_counts: Counter[str] = field(default_factory=Counter)

    @property
    def minutes(self) -> float:
        return statistics.mean(self.path_words) / WORDS_PER_MINUTE if self.path_words else 0.0

    def summary(self) -> str:
        words = self.path_words or [0]
        aid = ", ".join(f"{k} {self.aid_choices[k]}" for k in AIDS)
        endings = ", ".join(f"{k} {v}" for k, v in self.ending_counts.most_common())
        return "\n".join([
            f"{self.season}: {self.scenes} scenes, {self.endings} endings",
            f"  aid choices: {aid}",
            f"  typical path: {statistics.mean(words):.0f} words (min {min(words)}, max "
            f"{max(words)}) = {self.minutes:.1f} min at {WORDS_PER_MINUTE} words/min",
            f"  reading level (Flesch-Kincaid grade): story text {self.body.grade:.1f} "
            f"({self.body.words} words, {self.body.words_per_sentence:.1f} words/sentence); "
            f"notes {self.notes.grade:.1f}",
            f"  endings reached in {len(self.path_words)} random playthroughs: {endings}",
        ])


def body_texts(season: Season) -> list[str]:
    texts: list[str] = []
    for scene in season.scenes.values():
        texts += [p.text for p in scene.text]
        texts += [p.text for c in scene.choices for p in c.outcome]
    for ending in season.endings.values():
        texts += [p.text for p in ending.text]
    return texts


def note_texts(season: Season) -> list[str]:
    nodes = [*season.scenes.values(), *season.endings.values()]
    return [n.note.text for n in nodes if n.note]


def playthrough_words(season: Season, rng: random.Random, max_steps: int = 500
                      ) -> tuple[int, str | None]:
    session = Session(season)
    words = 0
    for _ in range(max_steps):
        scene = session.scene
        if scene is None:
            break
        words += sum(word_count(t) for t in session.text())
        words += word_count(scene.note.text) if scene.note else 0
        views = session.choices()
        words += sum(word_count(v.label) for v in views)
        available = [v for v in views if v.available]
        if not available:
            return words, None
        outcome = session.choose(rng.choice(available).id)
        words += sum(word_count(t) for t in outcome.text)
    ending = session.ending
    if ending is not None:
        words += sum(word_count(t) for t in session.text())
    return words, ending.id if ending else None


def season_stats(season: Season, walks: int = 300, seed: int = 1) -> SeasonStats:
    aid = Counter(c.aid for s in season.scenes.values() for c in s.choices if c.aid in AIDS)
    stats = SeasonStats(season.id, len(season.scenes), len(season.endings), aid,
                        measure(body_texts(season)), measure(note_texts(season)))
    rng = random.Random(seed)
    for _ in range(walks):
        words, ending = playthrough_words(season, rng)
        stats.path_words.append(words)
        stats.ending_counts[ending or "(no ending)"] += 1
    return stats
