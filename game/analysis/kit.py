"""The lesson kit ("a lesson in a box", issue 14): a printable HTML file per season, and one
for a campaign, from `python -m game guide SEASON --kit -o kit.html`.

What can be generated from the season is generated, so the kit always matches what students
play: the timings of a 45-minute period (the `classroom` cut) and of two periods (the whole
season) come from the measured reading time (`stats.py`, 150-120 words a minute, plus a
quarter of a minute a decision); the source packet prints every document card in full; the
note-catcher lists the scenes in story order; the vocabulary activity is the glossary. What
only a teacher can write (the background essay, the debrief, the rubric) comes from the
season's lesson file (`lesson.py`); without one, or with a broken one, the kit still prints
and says what is missing. Parts are separated by page breaks so each can be photocopied.
"""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass, field
from html import escape

from game.engine.cuts import cut_of
from game.engine.model import Campaign, Interlude, Season
from game.engine.session import Session
from game.lang.catalogue import ENGLISH_STRINGS

from .lesson import Lesson, LessonProblem, lesson_path, load_lesson
from .readability import word_count
from .stats import READING_SPEEDS, ending_screen_words, scene_screen_words, season_stats

PERIOD = 45  # minutes in a lesson
DECISION_MINUTES = 0.25  # thinking over a choice, on top of reading it
CLASSROOM = "classroom"  # the cut a one-period lesson plays
WALKS = 200


@dataclass(frozen=True)
class Step:
    """One block of a lesson plan: its minutes and what the class does."""

    minutes: int
    title: str
    detail: str


@dataclass(frozen=True)
class Plan:
    title: str
    steps: tuple[Step, ...]
    note: str = ""

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


@dataclass
class SeasonKit:
    season: Season
    lesson: Lesson | None
    one_period: Plan
    two_periods: tuple[Plan, Plan]
    problems: list[str] = field(default_factory=list)  # one line each, for the command


def play_minutes(slow_reading: float, decisions: float) -> int:
    """Minutes to give students to play: the slow reader's time (120 words a minute) and a
    quarter of a minute a decision, rounded up."""
    return math.ceil(slow_reading + decisions * DECISION_MINUTES - 1e-9)


def one_period_plan(season: Season, lesson: Lesson | None) -> Plan:
    """45 minutes with the classroom cut (the whole season if it has none)."""
    version = cut_of(season, CLASSROOM) if CLASSROOM in season.cuts else season
    stats = season_stats(version, walks=WALKS)
    quick, slow = stats.reading_minutes
    play = play_minutes(slow, stats.decisions)
    warm, ticket = 5, 4
    rest = PERIOD - warm - ticket - play
    sources = max(min(rest * 2 // 5, 8), min(3, rest))
    discussion = rest - sources
    question = lesson.enquiry if lesson and lesson.enquiry else season.info.watch_for
    how = (f"the one-lesson version (play --cut {CLASSROOM}), {len(version.scenes)} of "
           f"{len(season.scenes)} scenes"
           if version is not season else f"the whole season, {len(season.scenes)} scenes")
    steps = [
        Step(warm, "Warm-up", f"Locate Sosnovka and Buzuluk on a map; read the content note "
             f"aloud; pre-teach three words from the vocabulary. Pose the question: {question}"
             if "Sosnovka" in season.info.place else
             f"Read the content note aloud; pre-teach three words from the vocabulary. Pose "
             f"the question: {question}"),
        Step(play, "Play", f"In pairs, {how}: {quick:.0f}-{slow:.0f} minutes of reading at "
             f"{READING_SPEEDS[1]}-{READING_SPEEDS[0]} words a minute and about "
             f"{stats.decisions:.0f} decisions. Students fill in the note-catcher as they go."),
        Step(sources, "Source work", "One or two cards from the primary-source packet: who "
             "made it, when, and what does it show that the game did not?"),
        Step(discussion, "Discussion and debrief", "The discussion protocol, then two or three "
             "debrief questions that separate the game's rules from the history."),
        Step(ticket, "Exit ticket", "Students answer on the slip; score it with the rubric."),
    ]
    note = "" if rest >= 7 else ("This season reads too long for one period with time to "
                                 "talk; the two-period plan is better.")
    return Plan("One period (45 minutes)", tuple(s for s in steps if s.minutes > 0), note)


def break_scene(season: Season, lesson: Lesson | None) -> str:
    """The scene the first period stops after: the lesson file's, else the middle one."""
    order = list(season.scenes)
    if lesson and lesson.break_after in season.scenes:
        return lesson.break_after
    return order[max(len(order) // 2 - 1, 0)]


def split_reading(season: Season, after: str, walks: int = WALKS, seed: int = 1
                  ) -> tuple[tuple[float, float], tuple[float, float]]:
    """(words, decisions) on a typical path before and after the break, measured on seeded
    random walks as `stats.walk_words` measures a whole path: a scene up to and including
    `after` (in story order) counts to the first period, with its outcome."""
    order = {scene: index for index, scene in enumerate(season.scenes)}
    limit = order[after]
    rng = random.Random(seed)
    firsts: list[tuple[int, int]] = []
    seconds: list[tuple[int, int]] = []
    for _ in range(walks):
        session = Session(season)
        parts = [[0, 0], [0, 0]]
        for _step in range(500):
            scene = session.scene
            if scene is None:
                break
            part = parts[0 if order[scene.id] <= limit else 1]
            part[0] += scene_screen_words(session)
            available = [v for v in session.choices() if v.available]
            if not available:
                break
            outcome = session.choose(rng.choice(available).id)
            part[0] += sum(word_count(t) for t in outcome.text)
            part[1] += 1
        if session.ending is not None:
            parts[1][0] += ending_screen_words(session)
        firsts.append((parts[0][0], parts[0][1]))
        seconds.append((parts[1][0], parts[1][1]))

    def mean(rows: list[tuple[int, int]]) -> tuple[float, float]:
        return (statistics.mean(r[0] for r in rows), statistics.mean(r[1] for r in rows))

    return mean(firsts), mean(seconds)


def two_period_plan(season: Season, lesson: Lesson | None) -> tuple[Plan, Plan]:
    """The whole season over two periods, stopping after the break scene (the game saves
    after every choice, so students press Continue in the second lesson)."""
    after = break_scene(season, lesson)
    (words1, decisions1), (words2, decisions2) = split_reading(season, after)
    slow, quick = READING_SPEEDS
    play1 = play_minutes(words1 / slow, decisions1)
    play2 = play_minutes(words2 / slow, decisions2)
    stop = season.scenes[after].title or after
    first_rest = PERIOD - 5 - 8 - play1 - 3
    sources = min(first_rest, 12)  # more than two or three cards tires a class
    one = Plan("Two periods: the first", tuple(s for s in (
        Step(5, "Warm-up", "The content note, the map and the question for the unit."),
        Step(8, "Vocabulary", "The matching activity in pairs; go over the answers."),
        Step(play1, "Play, part 1", f"From the start to the end of \u201c{stop}\u201d: "
             f"{words1 / quick:.0f}-{words1 / slow:.0f} minutes of reading and about "
             f"{decisions1:.0f} decisions. Students stop after that scene's choice and fill "
             "in the note-catcher."),
        Step(sources, "Source work", "The primary-source packet in small groups: each "
             "group reads one card and reports what it shows that the game did not."),
        Step(first_rest - sources, "Pair talk", "Pairs compare their note-catchers: where "
             "did you choose differently, and what did each choice cost?"),
        Step(3, "Stop and save", "Students note where they stopped. The game has saved; "
             "nobody needs to do anything to keep their place."),
    ) if s.minutes > 0))
    second_rest = PERIOD - 4 - play2 - 5
    protocol = second_rest // 2
    two = Plan("Two periods: the second", tuple(s for s in (
        Step(4, "Recap", "Two students retell what happened so far from their "
             "note-catchers; everyone presses Continue."),
        Step(play2, "Play, part 2", f"From after \u201c{stop}\u201d to an ending: "
             f"{words2 / quick:.0f}-{words2 / slow:.0f} minutes of reading and about "
             f"{decisions2:.0f} decisions."),
        Step(protocol, "Discussion protocol", "As set out in the discussion protocol."),
        Step(second_rest - protocol, "Debrief", "The debrief questions: the game's rules "
             "against the history, and the answer guidance for the season's questions."),
        Step(5, "Exit ticket", "Students answer on the slip; score it with the rubric."),
    ) if s.minutes > 0))
    return one, two


def build_season_kit(season: Season) -> SeasonKit:
    """The season's kit: its plans and its lesson file (or why there is none)."""
    problems: list[str] = []
    lesson: Lesson | None = None
    if season.path is not None:
        found = load_lesson(lesson_path(season.path, season.id), season.id)
        if isinstance(found, LessonProblem):
            problems.append(f"{found} (the kit is printed without the lesson file's parts)")
        else:
            lesson = found
    if lesson is not None:
        problems += lesson_misfits(season, lesson)
    return SeasonKit(season, lesson, one_period_plan(season, lesson),
                     two_period_plan(season, lesson), problems)


def lesson_misfits(season: Season, lesson: Lesson) -> list[str]:
    """What in a lesson file does not fit its season (a scene or document that is not there,
    guidance for no question), one line each; the kit is still printed."""
    where = str(lesson.path)
    found = []
    if lesson.break_after and lesson.break_after not in season.scenes:
        found.append(f"{where}: `two_periods: break_after: {lesson.break_after}` is not a "
                     "scene of the season; the middle scene is used")
    for doc in lesson.document_questions:
        if doc not in season.documents:
            found.append(f"{where}: `document_questions` names `{doc}`, which is not one "
                         "of the season's documents")
    for answer in lesson.answers:
        if not any(matches(answer.question, q) for q in season.info.reflection):
            found.append(f"{where}: no reflection question of the season begins "
                         f"\u201c{answer.question}\u201d")
    return found


def matches(opening: str, question: str) -> bool:
    """Whether an answer's `question:` is the opening of a reflection question."""
    norm = " ".join(question.split()).lower()
    return norm.startswith(" ".join(opening.split()).lower())


def guidance_for(lesson: Lesson | None, question: str) -> tuple[str, ...]:
    for answer in lesson.answers if lesson else ():
        if matches(answer.question, question):
            return answer.guidance
    return ()


def vocabulary(season: Season) -> tuple[list[str], list[str], dict[int, str]]:
    """The matching activity: terms numbered in glossary order, meanings lettered in an
    order shuffled by the season's id (the same every printing), and the key."""
    terms = [t.term for t in season.info.glossary]
    order = list(range(len(terms)))
    random.Random(season.id).shuffle(order)
    meanings = [season.info.glossary[i].meaning for i in order]
    letters = [_letter(n) for n in range(len(terms))]
    key = {term: letters[order.index(term)] for term in range(len(terms))}
    return terms, meanings, key


def _letter(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else chr(ord("A") + n // 26 - 1) + chr(ord("A") + n % 26)


def meter_counts(season: Season) -> tuple[int, int, list[str]]:
    """How many choices raise and lower trust, and each reason it falls: what the meter
    counts, for the debrief."""
    up = down = 0
    falls = []
    for scene in season.scenes.values():
        for choice in scene.choices:
            effects = choice.effects
            if effects is None or not effects.trust:
                continue
            if effects.trust > 0:
                up += 1
            else:
                down += 1
                falls.append(f"{scene.title or scene.id}, \u201c{choice.label}\u201d: "
                             f"{effects.trust} ({effects.reason or 'no reason given'})")
    return up, down, falls


# -- HTML ---------------------------------------------------------------------------------

def _p(texts: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{escape(t)}</p>" for t in texts)


def _ul(items: tuple[str, ...] | list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"


def _missing(lesson: Lesson | None, what: str) -> str:
    return (f"<p class=missing>Not written yet: add {escape(what)} to the season's lesson "
            "file (see docs/lessons.md).</p>")


def _part(title: str, audience: str, body: str, cls: str = "") -> str:
    return (f"<section class=\"part {cls}\"><p class=audience>{escape(audience)}</p>"
            f"<h2>{escape(title)}</h2>{body}</section>")


TEACHER = "For the teacher"
STUDENT = "For students: photocopy this page"


def plan_html(plan: Plan) -> str:
    rows, start = [], 0
    for step in plan.steps:
        rows.append(f"<tr><th>{start}-{start + step.minutes} min</th><td><b>"
                    f"{escape(step.title)}</b> ({step.minutes} min). {escape(step.detail)}"
                    "</td></tr>")
        start += step.minutes
    note = f"<p class=missing>{escape(plan.note)}</p>" if plan.note else ""
    return (f"<h3>{escape(plan.title)}</h3>{note}<table class=plan>{''.join(rows)}"
            f"<tr><th>Total</th><td>{plan.minutes} minutes</td></tr></table>")


def season_parts(kit: SeasonKit, heading: str = "") -> list[str]:
    """Every part of a season's kit as an HTML section, teacher's parts first."""
    season, lesson = kit.season, kit.lesson
    info = season.info
    parts = [
        _cover(kit, heading),
        _part("Lesson plans", TEACHER, _plans(kit)),
        _part("Background for the teacher", TEACHER, _background(lesson)),
        _part("Discussion protocol and debrief", TEACHER, _discussion(kit)),
        _part("Answer guidance", TEACHER, _answers(season, lesson)),
        _part("Exit ticket rubric, vocabulary key and reading support", TEACHER,
              _assessment(kit)),
        _part(f"Primary sources: {info.title}", STUDENT, _packet(season, lesson), "packet"),
        _part(f"Note-catcher: {info.title}", STUDENT, _note_catcher(season), "catcher"),
        _part(f"Vocabulary: {info.title}", STUDENT, _vocabulary(season), "vocab"),
        _part(f"Exit ticket: {info.title}", STUDENT, _ticket(season, lesson), "ticket"),
    ]
    return parts


def _cover(kit: SeasonKit, heading: str) -> str:
    season, lesson = kit.season, kit.lesson
    info = season.info
    title = lesson.title if lesson and lesson.title else info.title
    rows = [("Season", f"{info.title} ({season.path.name if season.path else season.id})"),
            ("Place and years", f"{info.place}, {info.years}"),
            ("Ages", lesson.ages if lesson and lesson.ages else "11-16"),
            ("Enquiry question", lesson.enquiry if lesson and lesson.enquiry else
             info.watch_for or "-")]
    table = "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in rows)
    contents = ("<p>In this kit: lesson plans for one period and for two; background for "
                "the teacher; a discussion protocol and a debrief; answer guidance; the exit "
                "ticket's rubric, the vocabulary key and support for less fluent readers. "
                "Then, one to a page for photocopying: the primary-source packet, the "
                "note-catcher, the vocabulary activity and the exit ticket.</p>")
    privacy = ("<p>The game needs no network and no account; nothing leaves the computer. "
               "Students need not give their names.</p>")
    return (f"<section class=\"part cover\">{heading}<h2>Lesson kit: {escape(title)}</h2>"
            f"<table>{table}</table>{contents}<h3>Content notes</h3>"
            f"{_ul(info.content_notes)}<h3>Learning goals</h3>{_ul(info.learning_goals)}"
            f"{privacy}</section>")


def _plans(kit: SeasonKit) -> str:
    season = kit.season
    stop = break_scene(season, kit.lesson)
    return (_p(["Timings come from the season itself: its reading time on a typical path at "
                f"{READING_SPEEDS[1]}-{READING_SPEEDS[0]} words a minute (the play block is set "
                "for the slower reader) and a quarter of a minute a decision. Slow readers can "
                "play in pairs with a stronger reader, or with the text read aloud."])
            + plan_html(kit.one_period)
            + _p([f"For two periods students play the whole season and stop after "
                  f"\u201c{season.scenes[stop].title or stop}\u201d; the game saves after "
                  "every choice, so in the second lesson they press Continue."])
            + plan_html(kit.two_periods[0]) + plan_html(kit.two_periods[1]))


def _background(lesson: Lesson | None) -> str:
    if lesson is None or not lesson.background:
        return _missing(lesson, "a background essay (`background:`)")
    body = "".join(f"<h3>{escape(part.title)}</h3>{_p(part.paragraphs)}"
                   for part in lesson.background)
    if lesson.sources:
        body += "<h3>Where this comes from</h3>" + _ul(lesson.sources)
    return body


def _discussion(kit: SeasonKit) -> str:
    season, lesson = kit.season, kit.lesson
    body = ""
    if lesson and lesson.protocol_steps:
        body += f"<h3>{escape(lesson.protocol_title or 'Discussion protocol')}</h3>"
        body += _ul(lesson.protocol_steps, "ol")
    else:
        body += _missing(lesson, "a discussion protocol (`discussion:`)")
    body += "<h3>Debrief: the game's rules and the history</h3>"
    if lesson and lesson.debrief_intro:
        body += _p(lesson.debrief_intro)
    up, down, falls = meter_counts(season)
    body += _p([f"What the meter counts in this season: {up} choices raise village trust and "
                f"{down} lower it. Where it falls, the game gives these reasons:"])
    body += _ul(falls) if falls else _p(["(No choice lowers it.)"])
    if lesson and lesson.debrief:
        body += "<ol class=debrief>" + "".join(
            f"<li>{escape(q.ask)}" + (f"<br><i>Listen for:</i> {escape(q.listen_for)}"
                                     if q.listen_for else "") + "</li>"
            for q in lesson.debrief) + "</ol>"
    else:
        body += _missing(lesson, "debrief questions (`debrief: questions:`)")
    return body


def _answers(season: Season, lesson: Lesson | None) -> str:
    body = _p(["The season's own questions for discussion (students see them at the end), "
               "with what a good answer might include. There is no single right answer; "
               "look for reasons and evidence."])
    for number, question in enumerate(season.info.reflection, 1):
        guidance = guidance_for(lesson, question)
        body += f"<h3>{number}. {escape(question)}</h3>"
        body += _p(guidance) if guidance else _missing(lesson, "guidance for this question "
                                                       "(`answers:`)")
    return body


def _assessment(kit: SeasonKit) -> str:
    season, lesson = kit.season, kit.lesson
    body = "<h3>Exit ticket rubric</h3>"
    if lesson and lesson.exit_prompt:
        body += f"<p><b>The question:</b> {escape(lesson.exit_prompt)}</p>"
    if lesson and lesson.rubric:
        body += "<table class=rubric><tr><th>Score</th><th>The answer shows</th></tr>" + "".join(
            f"<tr><th>{escape(level.score)}</th><td>{escape(level.shows)}</td></tr>"
            for level in lesson.rubric) + "</table>"
    else:
        body += _missing(lesson, "an exit ticket with a rubric (`exit_ticket:`)")
    terms, _, key = vocabulary(season)
    body += "<h3>Vocabulary activity: answer key</h3><p class=key>" + ", ".join(
        f"{n + 1}&nbsp;{key[n]}" for n in range(len(terms))) + "</p>"
    stats = season_stats(season, walks=WALKS)
    quick, slow = stats.reading_minutes
    body += "<h3>Support for less fluent readers</h3>"
    body += _p([f"The story text reads at Flesch-Kincaid grade {stats.body.grade:.1f} and the "
                f"\u201cLearn more\u201d notes at grade {stats.notes.grade:.1f}; a typical "
                f"path through the whole season is {stats.typical_words:.0f} words "
                f"({quick:.0f}-{slow:.0f} minutes), and the longest screen "
                f"{stats.longest_screen[0]} words."])
    if lesson and lesson.reading_support:
        body += _ul(lesson.reading_support)
    else:
        body += _missing(lesson, "support for less fluent readers (`reading_support:`)")
    body += "<h3>What the game leaves out</h3>"
    body += (_ul(lesson.leaves_out) if lesson and lesson.leaves_out else
             _missing(lesson, "what the game leaves out (`leaves_out:`)"))
    return body


GENERIC_QUESTION = ("Who made this, when and why? What does it show that the game did not? "
                    "What does it leave out?")


def _packet(season: Season, lesson: Lesson | None) -> str:
    if not season.documents:
        return _p(["This season has no document cards."])
    body = _p(["Every document card students can open in the game, in full. Each says what "
               "it is: a quotation is the source's own words (cuts are marked [...]); a "
               "photograph is described in words; a paraphrase is NOT the source's own "
               "words."])
    for document in season.documents.values():
        scenes = [s.title or s.id for s in season.scenes.values() if document.id in s.documents]
        kind = ENGLISH_STRINGS.document_kind(document.kind)
        mark = " paraphrase" if document.kind == "paraphrase" else ""
        question = (lesson.document_questions.get(document.id) if lesson else None) \
            or GENERIC_QUESTION
        paragraphs = [" ".join(p.split()) for p in document.text.split("\n\n") if p.strip()]
        body += (f"<article class=\"document{mark}\"><h3>{escape(document.title)}</h3>"
                 f"<p class=kind>{escape(kind)}"
                 + (f"; in the game: {escape(', '.join(scenes))}" if scenes else "")
                 + "</p><blockquote>" + _p(paragraphs) + "</blockquote>"
                 f"<p class=cite><b>Citation:</b> {escape(document.citation)}</p>"
                 + (f"<p class=cite><b>Kept at:</b> {escape(document.archive)}</p>"
                    if document.archive else "")
                 + f"<p class=ask><b>Think:</b> {escape(question)}</p><div class=lines></div>"
                 "</article>")
    return body


def _note_catcher(season: Season) -> str:
    kept = set(cut_of(season, CLASSROOM).scenes) if CLASSROOM in season.cuts else None
    rows = []
    for number, scene in enumerate(season.scenes.values(), 1):
        skipped = kept is not None and scene.id not in kept
        label = escape(scene.title or scene.id) + (
            "<br><small>(not in the one-lesson version)</small>" if skipped else "")
        rows.append(f"<tr class=\"{'skipped' if skipped else ''}\"><th>{number}. {label}</th>"
                    "<td></td><td></td><td></td></tr>")
    return ("<p>Name or seat (you may leave this blank): ________________</p>"
            "<p>Write a few words for each scene you play. Skip the scenes you do not see.</p>"
            "<table class=catcher><colgroup><col class=scene><col><col><col></colgroup>"
            "<tr><th>Scene</th><th>What did you choose?</th>"
            "<th>Why?</th><th>What did it cost? (your family, your neighbours)</th></tr>"
            + "".join(rows) + "</table>"
            "<p>Who else decided what happened? (the village, the state, foreign relief, the "
            "weather) ______________________________________________</p>")


def _vocabulary(season: Season) -> str:
    terms, meanings, _ = vocabulary(season)
    if not terms:
        return _p(["This season has no glossary."])
    left = "".join(f"<li>____ {escape(t)}</li>" for t in terms)
    right = "".join(f"<li><b>{_letter(n)}.</b> {escape(m)}</li>"
                    for n, m in enumerate(meanings))
    return ("<p>Match each word to its meaning: write the letter of the meaning on the line "
            "before the word.</p><div class=match><ol class=terms>" + left +
            "</ol><ul class=meanings>" + right + "</ul></div>")


def _ticket(season: Season, lesson: Lesson | None) -> str:
    prompt = (lesson.exit_prompt if lesson and lesson.exit_prompt else
              season.info.reflection[-1] if season.info.reflection else
              "What was the hardest choice you made, and why?")
    slip = (f"<div class=slip><p><b>{escape(season.info.title)}: exit ticket.</b> "
            f"{escape(prompt)}</p><div class=lines></div></div>")
    return slip + slip  # two to a page: cut along the line


def kit_html(kit: SeasonKit) -> str:
    title = kit.lesson.title if kit.lesson and kit.lesson.title else kit.season.info.title
    return HTML.format(title=escape(title), body="\n".join(season_parts(kit)))


# -- a campaign ---------------------------------------------------------------------------

@dataclass
class CampaignKit:
    campaign: Campaign
    seasons: list[SeasonKit]

    @property
    def problems(self) -> list[str]:
        return [line for kit in self.seasons for line in kit.problems]


def build_campaign_kit(campaign: Campaign) -> CampaignKit:
    return CampaignKit(campaign, [build_season_kit(season) for season in campaign.seasons])


def campaign_kit_html(kit: CampaignKit) -> str:
    campaign = kit.campaign
    rows = []
    for number, season_kit in enumerate(kit.seasons, 1):
        info = season_kit.season.info
        rows.append(f"<tr><th>Season {number}</th><td><b>{escape(info.title)}</b> "
                    f"({escape(info.years)}): one period with the classroom version, or two "
                    "with the whole season.</td></tr>")
    unit = (f"<section class=\"part cover\"><h1>Lesson kit: {escape(campaign.title)}</h1>"
            + _p([" ".join(campaign.summary.split())] if campaign.summary else [])
            + _p([f"A unit of {len(kit.seasons)} seasons: {len(kit.seasons)} to "
                  f"{2 * len(kit.seasons)} periods. Each season's kit follows, complete with "
                  "its own handouts; the pages between seasons are readings for the class."])
            + f"<table>{''.join(rows)}</table>"
            + _p([_interlude_line(campaign, i) for i in campaign.interludes
                  if i.before < len(campaign.seasons)])
            + _p(["The game needs no network and no account; nothing leaves the computer. "
                  "Students need not give their names."]) + "</section>")
    body = [unit]
    for number, season_kit in enumerate(kit.seasons, 1):
        for interlude in campaign.interludes:
            if interlude.before == number - 1:
                text = [" ".join(p.split()) for p in interlude.text.split("\n\n") if p.strip()]
                note = ([f"Learn more: {' '.join(interlude.note.text.split())}"]
                        if interlude.note and interlude.note.text else [])
                body.append(_part(f"Between the seasons: {interlude.title}", STUDENT,
                                  _p(text) + _ul(interlude.timeline) + _p(note), "interlude"))
        body += season_parts(season_kit, f"<p class=season>Season {number} of "
                                         f"{len(kit.seasons)}</p>")
    return HTML.format(title=escape(campaign.title), body="\n".join(body))


def _interlude_line(campaign: Campaign, interlude: Interlude) -> str:
    """When to read a page between the seasons with the class, and how long it takes."""
    words = word_count(interlude.text) + (word_count(interlude.note.text)
                                          if interlude.note else 0)
    minutes = math.ceil(words / READING_SPEEDS[0])
    return (f"Read “{interlude.title}” with the class before "
            f"{campaign.seasons[interlude.before].title} (about {minutes} minutes at "
            f"{READING_SPEEDS[0]} words a minute, with its note): it tells years no season "
            "plays, and is printed as a reading before that season's kit.")


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lesson kit: {title}</title>
<style>
body {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; max-width: 50em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #222; }}
h1, h2, h3 {{ color: #6a3510; }} h2 {{ border-bottom: 1px solid #ccc; margin-top: .2em; }}
.audience {{ text-transform: uppercase; letter-spacing: .08em; font-size: .8em; color: #555;
            margin: 0; }}
.season {{ font-weight: bold; color: #6a3510; margin: 0; }}
.part {{ margin-bottom: 3em; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .3em; text-align: left; vertical-align: top; }}
table.plan th, .cover th {{ width: 7em; white-space: nowrap; }}
.missing {{ color: #8a1c1c; font-style: italic; }}
.document {{ break-inside: avoid; border-left: 4px solid #c9a27a; padding-left: .8em;
            margin: 1.2em 0; }}
.document.paraphrase {{ border-left-style: dashed; }}
.kind {{ font-weight: bold; margin: 0; }} .cite {{ font-size: .9em; margin: .2em 0; }}
blockquote {{ margin: .4em 0 .4em 1em; font-family: "Noto Serif", "DejaVu Serif", serif; }}
.lines {{ height: 3.2em; background: repeating-linear-gradient(transparent 0 1.55em,
          #999 1.55em 1.6em); }}
table.catcher {{ table-layout: fixed; }} table.catcher col {{ width: 26%; }}
table.catcher col.scene {{ width: 22%; }} table.catcher td, table.catcher th {{
  border: 1px solid #999; }}
table.catcher td {{ height: 3.4em; }} .skipped th {{ color: #777; font-weight: normal; }}
.match {{ display: flex; gap: 2em; }} .terms {{ flex: 0 0 14em; }} .meanings {{ flex: 1;
  list-style: none; padding: 0; }} .meanings li, .terms li {{ margin-bottom: .35em; }}
.slip {{ border: 2px dashed #999; padding: 1em; margin-bottom: 2em; }}
.slip .lines {{ height: 9.6em; }}
.key {{ columns: 3; }}
@page {{ size: A4; margin: 14mm; }}
@media print {{
  body {{ margin: 0; max-width: none; font-size: 10.5pt; }}
  .part {{ break-before: page; margin: 0; }}
  .part:first-child {{ break-before: auto; }}
  .catcher, .vocab, .ticket {{ font-size: 10pt; }}
  h3 {{ break-after: avoid; }}
  a {{ color: inherit; }}
}}
</style></head>
<body>
{body}
</body></html>
"""
