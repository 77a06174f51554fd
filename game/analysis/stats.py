"""Season statistics for authors: size, aid balance, playing time and reading level.

Playing time is measured, not guessed: seeded random playthroughs count the words a player
actually sees (scene text, the "Learn more" note, the choices, the outcome, the ending),
read at 200 words a minute. Reading time is also given as a range at 120-150 words a minute,
how fast 11-13-year-olds read on a screen, since a lesson or a museum visit is planned on
that; with the decisions a typical path asks for and the longest screen seen, the limits a
cut for a museum kiosk is held to (`MUSEUM`, checked by `museum_misfits`).
"""

from __future__ import annotations

import random
import statistics
from collections import Counter
from dataclasses import dataclass, field

from game.engine.campaign import CampaignSession
from game.engine.model import Campaign, Season
from game.engine.session import Session

from .readability import Reading, measure, word_count

WORDS_PER_MINUTE = 200
READING_SPEEDS = (120, 150)  # words a minute: a slow and a quick reader of 11-13
AIDS = ("share_grain", "lend_tools", "open_home")


@dataclass(frozen=True)
class VisitLimits:
    """What a visitor standing at a kiosk can take in: minutes at the slow reader's speed,
    decisions on any path, words on one screen, and the reading grade of text and notes."""

    minutes: float
    decisions: int
    screen_words: int
    grade: float

    @property
    def words(self) -> float:
        """The typical path's words that fill `minutes` for a slow reader (120 a minute)."""
        return self.minutes * READING_SPEEDS[0]


MUSEUM = VisitLimits(minutes=5.0, decisions=8, screen_words=90, grade=8.0)


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
    cut: str = ""  # the cut measured ("" for the whole season)
    cut_title: str = ""
    path_decisions: list[int] = field(default_factory=list)
    longest_screen: tuple[int, str] = (0, "")  # (words, which screen) seen in the walks

    @property
    def typical_words(self) -> float:
        """Words read on a typical path: the mean over the walks."""
        return statistics.mean(self.path_words) if self.path_words else 0.0

    @property
    def reading_minutes(self) -> tuple[float, float]:
        """A typical path's reading time, quick reader first: (at 150, at 120 words/min)."""
        slow, quick = READING_SPEEDS
        return self.typical_words / quick, self.typical_words / slow

    @property
    def decisions(self) -> float:
        """Choices made on a typical path (the mean over the walks)."""
        return statistics.mean(self.path_decisions) if self.path_decisions else 0.0

    def reading_line(self) -> str:
        quick, slow = self.reading_minutes
        return (f"reading time: {quick:.1f}-{slow:.1f} min on a typical path (at "
                f"{READING_SPEEDS[1]}-{READING_SPEEDS[0]} words/min); {self.decisions:.1f} "
                f"decisions (max {max(self.path_decisions or [0])}); longest screen "
                f"{self.longest_screen[0]} words ({self.longest_screen[1] or '-'})")

    @property
    def minutes(self) -> float:
        return self.typical_words / WORDS_PER_MINUTE

    def summary(self) -> str:
        words = self.path_words or [0]
        aid = ", ".join(f"{k} {self.aid_choices[k]}" for k in AIDS)
        endings = ", ".join(f"{k} {v}" for k, v in self.ending_counts.most_common())
        name = (f"{self.season}, cut `{self.cut}`" + (f" ({self.cut_title})"
                                                       if self.cut_title else "")
                if self.cut else self.season)
        return "\n".join([
            f"{name}: {self.scenes} scenes, {self.endings} endings",
            f"  aid choices: {aid}",
            f"  typical path: {self.typical_words:.0f} words (min {min(words)}, max "
            f"{max(words)}) = {self.minutes:.1f} min at {WORDS_PER_MINUTE} words/min",
            f"  {self.reading_line()}",
            f"  reading level: story text {self.body.level()} ({self.body.words} words, "
            f"{self.body.words_per_sentence:.1f} words/sentence); notes {self.notes.level()}",
            f"  endings reached in {len(self.path_words)} random playthroughs: {endings}",
        ])


def museum_misfits(stats: SeasonStats, limits: VisitLimits = MUSEUM) -> list[str]:
    """Each way the measured season or cut is too long or too hard for a visit, one line
    apiece (none: it fits). Shared by the shipped-stories test and the kiosk's lint, so both
    hold a cut to the same numbers."""
    words, screen = stats.typical_words, stats.longest_screen
    decisions = max(stats.path_decisions or [0])
    found = [
        (words <= limits.words, f"typical path {words:.0f} words, over {limits.words:.0f} "
         f"({limits.minutes:.1f} min at {READING_SPEEDS[0]} words/min)"),
        (decisions <= limits.decisions, f"{decisions} decisions on a path, over "
         f"{limits.decisions}"),
        (screen[0] <= limits.screen_words, f"screen `{screen[1]}` has {screen[0]} words, "
         f"over {limits.screen_words}"),
    ]
    if stats.body.language == "en":  # the grade limit is English's; stats shows Russian's ease
        found += [
            (stats.body.grade <= limits.grade, f"story text reads at grade "
             f"{stats.body.grade:.1f}, over {limits.grade:g}"),
            (stats.notes.grade <= limits.grade, f"notes read at grade {stats.notes.grade:.1f}, "
             f"over {limits.grade:g}"),
        ]
    return [message for fits, message in found if not fits]


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


@dataclass
class Walk:
    """One random playthrough as read: its words, its choices, and its longest screen."""

    words: int = 0
    decisions: int = 0
    ending: str | None = None
    longest: tuple[int, str] = (0, "")

    def screen(self, words: int, name: str) -> None:
        self.words += words
        if words > self.longest[0]:
            self.longest = (words, name)


def scene_screen_words(session: Session) -> int:
    """A scene screen is its text, its "Learn more" note and its choices (locked ones too)."""
    scene, language = session.scene, session.season.language
    assert scene is not None
    return (sum(word_count(t, language) for t in session.text())
            + (word_count(scene.note.text, language) if scene.note else 0)
            + sum(word_count(v.label, language) for v in session.choices()))


def ending_screen_words(session: Session) -> int:
    """The ending with its note, which the window shows inline beneath it."""
    ending, language = session.ending, session.season.language
    assert ending is not None
    return (sum(word_count(t, language) for t in session.text())
            + (word_count(ending.note.text, language) if ending.note else 0))


def walk_words(season: Season, rng: random.Random, max_steps: int = 500) -> Walk:
    """A scene screen (`scene_screen_words`), then an outcome screen (the choice's outcome
    text), then the ending screen (`ending_screen_words`). Document cards are read by
    choice, so they are not counted in the path."""
    session = Session(season)
    walk = Walk()
    for _ in range(max_steps):
        scene = session.scene
        if scene is None:
            break
        views = session.choices()
        walk.screen(scene_screen_words(session), scene.id)
        available = [v for v in views if v.available]
        if not available:
            return walk
        chosen = rng.choice(available)
        outcome = session.choose(chosen.id)
        walk.decisions += 1
        walk.screen(sum(word_count(t, season.language) for t in outcome.text),
                    f"{scene.id}/{chosen.id}")
    ending = session.ending
    if ending is not None:
        walk.screen(ending_screen_words(session), ending.id)
        walk.ending = ending.id
    return walk


def campaign_longest_screen(campaign: Campaign, walks: int, seed: int = 1,
                            max_steps: int = 500) -> tuple[int, str]:
    """The longest screen seen on random walks through the whole campaign, measured as
    `walk_words` measures a season's. Played as a chain, memories from earlier seasons add
    paragraphs a season walked alone never shows (Anna's seed in 1947), so a museum cut is
    held to its words a screen here as well."""
    rng = random.Random(seed)
    longest = Walk()
    for _ in range(walks):
        cursor = CampaignSession(campaign)
        while True:
            for _ in range(max_steps):
                scene = cursor.session.scene
                if scene is None:
                    break
                where = f"{cursor.season.id}/{scene.id}"
                longest.screen(scene_screen_words(cursor.session), where)
                available = [v for v in cursor.choices() if v.available]
                if not available:
                    break
                chosen = rng.choice(available)
                outcome = cursor.choose(chosen.id)
                longest.screen(sum(word_count(t, cursor.season.language) for t in outcome.text),
                               f"{where}/{chosen.id}")
            ending = cursor.session.ending
            if ending is None:
                break
            longest.screen(ending_screen_words(cursor.session), f"{cursor.season.id}/{ending.id}")
            if not cursor.has_next_season:
                break
            cursor.next_season()
    return longest.longest


def playthrough_words(season: Season, rng: random.Random, max_steps: int = 500
                      ) -> tuple[int, str | None]:
    walk = walk_words(season, rng, max_steps)
    return walk.words, walk.ending


def season_stats(season: Season, walks: int = 300, seed: int = 1) -> SeasonStats:
    aid = Counter(c.aid for s in season.scenes.values() for c in s.choices if c.aid in AIDS)
    cut = season.cuts.get(season.cut)
    stats = SeasonStats(season.id, len(season.scenes), len(season.endings), aid,
                        measure(body_texts(season), season.language),
                        measure(note_texts(season), season.language),
                        cut=season.cut, cut_title=cut.title if cut else "")
    rng = random.Random(seed)
    for _ in range(walks):
        walk = walk_words(season, rng)
        stats.path_words.append(walk.words)
        stats.path_decisions.append(walk.decisions)
        stats.longest_screen = max(stats.longest_screen, walk.longest)
        stats.ending_counts[walk.ending or "(no ending)"] += 1
    return stats
