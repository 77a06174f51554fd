"""Teacher guides, generated from a season or campaign file: everything a teacher needs
before class.

One structure (`Guide`: titled sections of paragraphs, lists and tables) is rendered to
Markdown and to a single self-contained HTML page (print-friendly, no scripts, nothing
fetched from the internet), so the guide always matches the season students play. A campaign
(`CampaignGuide`) is an overview followed by each season's guide, because teachers plan a
unit, not one lesson. Conditions and effects are written in plain words (`plain.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.checks import memory_use
from game.engine.cuts import cut_of
from game.engine.format import END
from game.engine.model import Campaign, Choice, Interlude, Scene, Season
from game.lang.catalogue import ENGLISH_STRINGS

from .graph import mermaid
from .plain import choice_words, condition_words
from .stats import season_stats

AID_WORDS = ENGLISH_STRINGS.aid_names()  # the one wording of each kind of help


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    table: list[tuple[str, str]] = field(default_factory=list)
    code: str = ""  # a Mermaid map (Markdown) / drawn as SVG (HTML)

    @property
    def empty(self) -> bool:
        return not (self.paragraphs or self.items or self.table or self.code)


@dataclass
class Guide:
    season: Season
    sections: list[Section]
    minutes: int = 0  # playing time on a typical path, for a campaign's total


TEACHER_NOTES = "Notes for the teacher"
SHORT = 120  # an opening paragraph shorter than this ("September 1992.") is not enough


def synopsis_of(scene: Scene) -> str:
    """The scene's opening in whole paragraphs: the first one every player reads, and the
    next ones too while they are short (a date line alone says nothing of the story)."""
    shown = [" ".join(p.text.split()) for p in scene.text if p.cond is None and p.text.strip()]
    taken: list[str] = []
    for paragraph in shown:
        taken.append(paragraph)
        if sum(len(t) for t in taken) >= SHORT:
            break
    return " ".join(taken)


def build_guide(season: Season, campaign: Campaign | None = None) -> Guide:
    info = season.info
    stats = season_stats(season, walks=200)
    quick, slow = stats.reading_minutes
    cut = season.cuts.get(season.cut)
    version = [("This version", f"the cut \u201c{cut.title}\u201d (`--cut {cut.id}`), "
                                f"{len(season.scenes)} of the season's scenes")] if cut else []
    sections = [
        Section("At a glance", [info.summary], table=[
            ("Place", info.place), ("Years", info.years), *version,
            ("Playing time", f"about {round(stats.minutes)} minutes on a typical path "
                             f"({len(season.scenes)} scenes, {len(season.endings)} endings)"),
            ("Reading time", f"{quick:.0f}-{slow:.0f} minutes at 150-120 words a minute, "
                             f"{_decisions(stats.decisions)} on a typical path"),
            ("Reading level", f"Flesch-Kincaid grade {stats.body.grade:.1f}"),
            ("What to watch for", info.watch_for or "-")]),
        Section("Synopsis", [f"The season has {len(season.scenes)} scenes. In order of the "
                             "story, how each one opens:"],
                items=[f"{s.title or s.id}: {synopsis_of(s)}"
                       for s in season.scenes.values() if synopsis_of(s)]),
        Section("Timeline", items=list(info.timeline)),
        Section("Content notes", ["Please read these before class, and let students pause "
                                  "at any time."], items=list(info.content_notes)),
        Section("Learning goals", items=list(info.learning_goals)),
        Section("Vocabulary", table=[(t.term, t.meaning) for t in info.glossary]),
        Section("The neighbours", table=[(n.name, n.household or "-")
                                         for n in season.neighbours.values()]),
        Section("The choices students face", items=_aid_summary(season)),
        Section("What each choice costs and gives", ["Scene by scene. A choice that needs "
                                                     "something is offered only then."],
                items=choice_lines(season)),
        Section("How the season can end", ["The first ending that fits is the one students "
                                           "reach:"], items=ending_lines(season)),
        Section("Memories that carry over", _memory_intro(season, campaign),
                items=carried_memories(season, campaign)),
        Section("Primary sources students can open", [
            "Each is a card students open from a scene (reading it changes nothing); the card "
            "says whether it is the source's exact words, a photograph described, or a "
            "paraphrase."] if season.documents else [], items=document_lines(season)),
        Section("Shorter versions (cuts)", [
            "Each cut is checked and can be played on its own with `play --cut ID` (and a "
            "guide of its own with `guide --cut ID`)."] if season.cuts and not season.cut
            else [], items=cut_lines(season) if not season.cut else []),
        Section(TEACHER_NOTES, [" ".join(info.teacher_note.split())]
                if info.teacher_note else [], items=teacher_notes(season)),
        Section("Questions for discussion", items=list(info.reflection)),
        Section("Sources", items=[s.title + (f" ({s.url})" if s.url else "")
                                  for s in info.sources]),
        Section("Map of the season", ["Every scene, every choice and where it leads. Arrows "
                                      "that need something (trust, grain, a memory) say so."],
                code=mermaid(season)),
    ]
    new = ("Primary sources students can open", "Shorter versions (cuts)")  # only when used
    sections = [x for x in sections if x.title not in new or not x.empty]
    # Notes for the teacher appear only when the author wrote some (`teacher_note`).
    sections = [s for s in sections if s.title != TEACHER_NOTES or not s.empty]
    return Guide(season, sections, round(stats.minutes))


def document_lines(season: Season) -> list[str]:
    """Every document card with its kind, where students find it and its full citation."""
    lines = []
    for document in season.documents.values():
        scenes = [s.title or s.id for s in season.scenes.values() if document.id in s.documents]
        where = f"; in {', '.join(scenes)}" if scenes else ""
        line = (f"{document.title} ({ENGLISH_STRINGS.document_kind(document.kind)}{where}). "
                f"Citation: {document.citation}")
        if document.archive:
            line += f". Kept at: {document.archive}"
        lines.append(line)
    return lines


def cut_lines(season: Season) -> list[str]:
    """Each cut: what it keeps and how long it reads, so a teacher can pick one."""
    lines = []
    for cut_id, cut in season.cuts.items():
        version = cut_of(season, cut_id)
        stats = season_stats(version, walks=100)
        quick, slow = stats.reading_minutes
        kept = ", ".join(s.title or s.id for s in version.scenes.values())
        lines.append(f"{cut.title} (`--cut {cut_id}`): {len(version.scenes)} of "
                     f"{len(season.scenes)} scenes ({kept}); {quick:.0f}-{slow:.0f} minutes "
                     f"of reading, {_decisions(stats.decisions)}, longest screen "
                     f"{stats.longest_screen[0]} words")
    return lines


def _decisions(mean: float) -> str:
    return f"{mean:.0f} decision" + ("" if round(mean) == 1 else "s")


def ending_lines(season: Season) -> list[str]:
    """Each ending with its condition in plain words, in the order they are tried."""
    return [f"{e.title}: " + (f"if {condition_words(e.cond, season)}" if e.cond
                              else "otherwise (when none of the endings above fits)")
            for e in season.endings.values()]


def choice_lines(season: Season) -> list[str]:
    """Every choice: what it costs, what it gives, what the village remembers, and when it
    is offered, so a teacher can plan the discussion of each dilemma."""
    lines = []
    for scene in season.scenes.values():
        for choice in scene.choices:
            line = f"{scene.title or scene.id}, \u201c{choice.label}\u201d: "
            line += choice_words(choice.effects, season)
            if choice.cond is not None:
                line += f"; offered only if {condition_words(choice.cond, season)}"
            if choice.routes:
                line += "; " + route_words(choice, season)
            lines.append(line + ".")
    return lines


def _place_name(season: Season, target: str) -> str:
    if target == END:
        return "the ending that fits"
    node = season.scenes.get(target) or season.endings.get(target)
    return (node.title or node.id) if node else target


def route_words(choice: Choice, season: Season) -> str:
    """A conditional next in plain words: "then goes to A if …, to B if …, otherwise to C"
    (checked after the choice's effects)."""
    parts = [f"to {_place_name(season, r.next)} if {condition_words(r.cond, season)}"
             for r in choice.routes]
    return ("then goes " + ", ".join(parts) +
            f", otherwise to {_place_name(season, choice.next)}")


def teacher_notes(season: Season) -> list[str]:
    """The authors' `teacher_note`s on scenes, choices and endings, in story order: for the
    teacher's eyes only (the game never shows them to players)."""
    lines = []
    for scene in season.scenes.values():
        where = scene.title or scene.id
        if scene.teacher_note:
            lines.append(f"{where}: {' '.join(scene.teacher_note.split())}")
        for choice in scene.choices:
            if choice.teacher_note:
                lines.append(f"{where}, \u201c{choice.label}\u201d: "
                             f"{' '.join(choice.teacher_note.split())}")
    for ending in season.endings.values():
        if ending.teacher_note:
            lines.append(f"Ending \u201c{ending.title}\u201d: "
                         f"{' '.join(ending.teacher_note.split())}")
    return lines


def _aid_summary(season: Season) -> list[str]:
    """Choices by kind of aid, named as the season names them to players (`aid_words`)."""
    words = ENGLISH_STRINGS.aid_names(season.info.aid_words)
    counts: dict[str, list[str]] = {aid: [] for aid in AID_WORDS}
    for scene in season.scenes.values():
        for choice in scene.choices:
            if choice.aid in counts:
                counts[choice.aid].append(f"{choice.label} ({scene.title or scene.id})")
    return [f"{words[aid][:1].upper() + words[aid][1:]}, {len(found)} choices: "
            + "; ".join(found)
            for aid, found in counts.items() if found]


def carried_memories(season: Season, campaign: Campaign | None) -> list[str]:
    """Deeds this season takes from earlier seasons, those later seasons recall, and those
    that only change later scenes of this season (a teacher wants those too)."""
    seasons = list(campaign.seasons) if campaign else [season]
    later = seasons[seasons.index(season) + 1:] if season in seasons else []
    lines = []
    for memory in season.memories.values():
        if memory.from_season:
            lines.append(f"From {memory.from_season}: {memory.label} ({memory.id})")
    use = memory_use(season)
    within = []
    for memory in season.memories.values():
        if memory.from_season or memory.id not in use.sets:
            continue
        recalled = [s.title for s in later if memory.id in s.memories]
        if recalled:
            lines.append(f"Set here, recalled in {', '.join(recalled)}: {memory.label} "
                         f"({memory.id})")
        elif memory.id in use.tests:  # a deed that changes a later scene of this season
            within.append(f"Set and recalled in this season: {memory.label} ({memory.id})")
    return lines + within


def _memory_intro(season: Season, campaign: Campaign | None) -> list[str]:
    text = ("The village remembers who helped whom. These deeds are remembered beyond the "
            "scene where they happen:")
    if campaign is None:
        text += " (this season is not part of a campaign file, so only its own are listed)"
    return [text]


def to_markdown(guide: Guide) -> str:
    info = guide.season.info
    out = [f"# Teacher guide: {info.title}", "",
           f"*{info.place}, {info.years}. Generated from `{guide.season.path.name}`.*"]
    out += _markdown_sections(guide.sections, "##")
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def _markdown_sections(sections: list[Section], level: str) -> list[str]:
    out: list[str] = []
    for section in sections:
        out += ["", f"{level} {section.title}", ""]
        out += [p + "\n" for p in section.paragraphs]
        out += [f"- {item}" for item in section.items]
        if section.table:
            out += ["| | |", "|---|---|"] + [f"| {a} | {b} |" for a, b in section.table]
        if section.code:
            out += ["```mermaid", section.code.rstrip(), "```"]
    return out


def to_html(guide: Guide, map_svg: str) -> str:
    from html import escape

    info = guide.season.info
    body = [f"<h1>Teacher guide: {escape(info.title)}</h1>",
            f"<p class=sub>{escape(info.place)}, {escape(info.years)}. Generated from "
            f"<code>{escape(guide.season.path.name)}</code>.</p>"]
    body += _html_sections(guide.sections, map_svg, "h2")
    return HTML.format(title=escape(info.title), body="\n".join(body))


def _html_sections(sections: list[Section], map_svg: str, tag: str) -> list[str]:
    from html import escape

    body: list[str] = []
    for section in sections:
        body.append(f"<section><{tag}>{escape(section.title)}</{tag}>")
        body += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
        if section.items:
            body.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in section.items)
                        + "</ul>")
        if section.table:
            body.append("<table>" + "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td>"
                                            "</tr>" for a, b in section.table) + "</table>")
        if section.code:
            body.append(f"<figure>{map_svg}</figure>")
        body.append("</section>")
    return body


# -- a whole campaign ---------------------------------------------------------------------

@dataclass
class CampaignGuide:
    """A unit of several seasons, planned as one: its overview, then each season's guide."""

    campaign: Campaign
    overview: list[Section]
    guides: list[Guide]
    pages: dict[int, list[Section]] = field(default_factory=dict)  # before season index


def interlude_sections(interlude: Interlude) -> list[Section]:
    """An interlude as the guide prints it: its text, its timeline, its note and sources."""
    note = []
    if interlude.note is not None and interlude.note.text:
        source = next((s.title for s in interlude.sources if s.id == interlude.note.source), "")
        note = [f"Learn more: {interlude.note.text}" + (f" (Source: {source})" if source
                                                         else "")]
    return [Section(f"Between the seasons: {interlude.title}",
                    [*interlude.text.split("\n\n"), *note], items=list(interlude.timeline)),
            Section(f"Sources of \u201c{interlude.title}\u201d",
                    items=[s.title + (f" ({s.url})" if s.url else "")
                           for s in interlude.sources])]


def build_campaign_guide(campaign: Campaign) -> CampaignGuide:
    guides = [build_guide(season, campaign) for season in campaign.seasons]
    order = [f"{season.title} ({season.info.place}, {season.info.years}): "
             f"{' '.join(season.info.summary.split())}" for season in campaign.seasons]
    minutes = sum(guide.minutes for guide in guides)
    overview = [
        Section("The campaign", [" ".join(campaign.summary.split())] if campaign.summary
                else [], table=[("Seasons", str(len(campaign.seasons))),
                                ("Playing time", f"about {minutes} minutes in all, on typical "
                                 "paths (one season per lesson works well)")]),
        Section("The seasons, in the order students play them",
                [_carry_words(campaign.trust_carry)], items=order),
        Section("Between the seasons", ["Pages students read between two seasons (printed "
                                        "in full before the season they lead to):"]
                if campaign.interludes else [],
                items=[f"{i.title} (before {campaign.seasons[i.before].title})"
                       for i in campaign.interludes if i.before < len(campaign.seasons)]),
    ]
    pages: dict[int, list[Section]] = {}
    for interlude in campaign.interludes:
        pages.setdefault(interlude.before, []).extend(
            x for x in interlude_sections(interlude) if not x.empty)
    overview = [x for x in overview if x.title != "Between the seasons" or not x.empty]
    return CampaignGuide(campaign, overview, guides, pages)


def _carry_words(carry: int) -> str:
    if carry == 100:
        trust = "Village trust and every memory carry from each season into the next"
    elif carry == 0:
        trust = ("Every memory carries from each season into the next; village trust starts "
                 "afresh at each season's own starting value")
    else:
        trust = (f"Every memory carries from each season into the next; village trust carries "
                 f"{carry} % of the way (each season starts at its own starting value, moved "
                 f"{carry} % of the way towards where the season before ended)")
    return trust + "; resources start afresh."


def campaign_to_markdown(guide: CampaignGuide) -> str:
    campaign = guide.campaign
    out = [f"# Teacher guide: {campaign.title}", "",
           f"*A campaign of {len(guide.guides)} seasons. Generated from "
           f"`{campaign.path.name}`.*"]
    out += _markdown_sections(guide.overview, "##")
    for number, season_guide in enumerate(guide.guides, 1):
        info = season_guide.season.info
        out += _markdown_sections(guide.pages.get(number - 1, []), "##")
        out += ["", f"## Season {number}: {info.title}", "", f"*{info.place}, {info.years}. "
                f"From `{season_guide.season.path.name}`.*"]
        out += _markdown_sections(season_guide.sections, "###")
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def campaign_to_html(guide: CampaignGuide, map_svgs: list[str]) -> str:
    from html import escape

    campaign = guide.campaign
    body = [f"<h1>Teacher guide: {escape(campaign.title)}</h1>",
            f"<p class=sub>A campaign of {len(guide.guides)} seasons. Generated from "
            f"<code>{escape(campaign.path.name)}</code>.</p>"]
    body += _html_sections(guide.overview, "", "h2")
    for number, (season_guide, svg) in enumerate(zip(guide.guides, map_svgs, strict=True), 1):
        info = season_guide.season.info
        body += _html_sections(guide.pages.get(number - 1, []), "", "h2")
        body += [f"<h2 class=season>Season {number}: {escape(info.title)}</h2>",
                 f"<p class=sub>{escape(info.place)}, {escape(info.years)}. From "
                 f"<code>{escape(season_guide.season.path.name)}</code>.</p>"]
        body += _html_sections(season_guide.sections, svg, "h3")
    return HTML.format(title=escape(campaign.title), body="\n".join(body))


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Teacher guide: {title}</title>
<style>
body {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; max-width: 50em; margin: 2em auto;
       padding: 0 1em; line-height: 1.5; color: #222; }}
h1, h2, h3 {{ color: #6a3510; }} h2 {{ border-bottom: 1px solid #ccc; }}
h2.season {{ break-before: page; margin-top: 2em; }}
.sub {{ color: #555; }} th {{ text-align: left; padding-right: 1em; vertical-align: top; }}
table {{ border-collapse: collapse; }} td, th {{ border-bottom: 1px solid #eee; padding: .3em; }}
figure {{ margin: 0; overflow-x: auto; }} section {{ break-inside: avoid-page; }}
@media print {{ body {{ margin: 0; max-width: none; }} a {{ color: inherit; }} }}
</style></head>
<body>
{body}
</body></html>
"""
