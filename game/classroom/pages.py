"""The class report and the discussion slides as self-contained HTML (no scripts, no fonts or
pictures fetched from anywhere: school networks block them and a projector room may be offline).
"""

from __future__ import annotations

from html import escape

from game.engine.model import Scene, Season

from .report import AID_WORDS, ClassReport, Group, percent

STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; max-width: 52em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #222; }
h1, h2, h3 { color: #6a3510; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
.sub { color: #555; } table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #eee; padding: .25em .4em; text-align: left;
         vertical-align: top; }
td.n { text-align: right; white-space: nowrap; width: 4.5em; }
.bar { background: #b5651d; height: .9em; min-width: 1px; }
.cell { width: 35%; } section { break-inside: avoid-page; }
svg text { font-family: inherit; font-size: 11px; fill: #444; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: page; }
               a { color: inherit; } }
"""

SLIDE_STYLE = """
html { scroll-snap-type: y mandatory; } body { margin: 0; font-family: "Noto Sans", "DejaVu Sans",
sans-serif; color: #222; background: #f6efe2; }
section { box-sizing: border-box; height: 100vh; padding: 4vh 6vw; scroll-snap-align: start;
          display: flex; flex-direction: column; gap: 2.5vh; border-bottom: 2px solid #d8c7a8;
          break-after: page; }
h1 { font-size: 5vh; margin: 0; color: #6a3510; } p { font-size: 3vh; margin: 0; }
.row { display: grid; grid-template-columns: 45% 1fr 5em; gap: 1vw; align-items: center;
       font-size: 3vh; } .bar { background: #b5651d; height: 3vh; min-width: 2px; }
.note { font-size: 2.5vh; color: #444; border-left: .5vw solid #b5651d; padding-left: 1vw; }
.ask { font-size: 3.4vh; font-weight: bold; margin-top: auto; }
@media print { @page { size: landscape; } section { height: 100vh; } }
"""


def _page(title: str, style: str, body: list[str]) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{style}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _bar(share: float) -> str:
    return f'<div class="bar" style="width:{share:.1f}%"></div>'


def _reached_scenes(group: Group) -> list[Scene]:
    reached = group.reached()
    return [scene for scene in group.season.scenes.values() if reached[scene.id]]


def trust_chart(group: Group, width: int = 640, height: int = 220) -> str:
    """Each student's trust, step by step, in light lines, and the class's average in a dark
    one, with the season's bands marked: how the village's view moved for this class."""
    season, left, top, bottom = group.season, 34, 10, 26
    longest = max((len(p.trust) for p in group.played), default=1)
    span = max(1, longest - 1)

    def x(i: int) -> float:
        return left + (width - left - 10) * i / span

    def y(value: float) -> float:
        return top + (height - top - bottom) * (1 - value / 100)

    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="Village trust through the season for each student, and the average">']
    for band in season.trust.bands[1:]:
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y(band.start):.1f}" '
                     f'y2="{y(band.start):.1f}" stroke="#ccc" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{width - 12}" y="{y(band.start) - 3:.1f}" '
                     f'text-anchor="end">{escape(band.label)}</text>')
    for value in (0, 50, 100):
        parts.append(f'<text x="{left - 4}" y="{y(value) + 4:.1f}" '
                     f'text-anchor="end">{value}</text>')
    parts.append(f'<text x="{left}" y="{height - 6}">start</text>'
                 f'<text x="{width - 10}" y="{height - 6}" text-anchor="end">end</text>')
    for played in group.played:
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(played.trust))
        parts.append(f'<polyline points="{points}" fill="none" stroke="#e3b58a" '
                     f'stroke-width="1"/>')
    average = []
    for i in range(longest):
        values = [p.trust[i] for p in group.played if i < len(p.trust)]
        average.append(f"{x(i):.1f},{y(sum(values) / len(values)):.1f}")
    parts.append(f'<polyline points="{" ".join(average)}" fill="none" stroke="#6a3510" '
                 f'stroke-width="3"/>')
    parts.append("</svg>")
    return "".join(parts)


def _note(season: Season, scene: Scene) -> str:
    if scene.note is None:
        return ""
    source = next((s for s in season.info.sources if s.id == scene.note.source), None)
    cited = f" (Source: {escape(source.title)})" if source else ""
    return escape(scene.note.text) + cited


def report_html(report: ClassReport, *, names: bool = False) -> str:
    body = ["<h1>Class report</h1>",
            f"<p class=sub>{report.students} path codes read"
            + (f"; {len(report.refused)} could not be read (listed at the end)"
               if report.refused else "")
            + ". Made on this computer from the codes alone: nothing was sent anywhere, and "
            "no student is named" + (" except by the nicknames in the list" if names else "")
            + ".</p>"]
    for group in report.groups:
        body += _group_html(group, names)
    if report.refused:
        body.append("<h2>Codes that could not be read</h2><table><tr><th>where</th>"
                    "<th>code</th><th>why</th></tr>")
        body += [f"<tr><td>{escape(r.where)}</td><td><code>{escape(r.code)}</code></td>"
                 f"<td>{escape(r.why)}</td></tr>" for r in report.refused]
        body.append("</table>")
    return _page("Class report", STYLE, body)


def _group_html(group: Group, names: bool) -> list[str]:
    season, n = group.season, len(group.played)
    out = [f"<h2>{escape(group.title)}</h2>",
           f"<p class=sub>{n} student{'s' if n != 1 else ''}"
           + (", each playing on from the seasons before, as the campaign does"
              if group.campaign else "") + ".</p>",
           "<section><h3>Endings</h3><table>"]
    for ending, count in group.endings().most_common():
        out.append(f"<tr><td>{escape(season.endings[ending].title)}</td>"
                   f"<td class=n>{count}</td><td class=n>{percent(count, n)} %</td>"
                   f"<td class=cell>{_bar(percent(count, n))}</td></tr>")
    out.append("</table></section>")
    out.append("<section><h3>Village trust through the season</h3>" + trust_chart(group)
               + "</section>")
    aid = group.aid()
    out.append("<section><h3>Help given</h3><table>")
    for kind, words in AID_WORDS.items():
        givers = sum(1 for p in group.played if kind in p.aid)
        out.append(f"<tr><td>{escape(season.info.aid_words.get(kind, words).capitalize())}</td>"
                   f"<td class=n>{aid[kind]} times</td><td class=n>{percent(givers, n)} %"
                   f"</td><td>of the class did at least once</td></tr>")
    out.append("</table></section>")
    reached, chosen = group.reached(), group.choices()
    for scene in _reached_scenes(group):
        here = reached[scene.id]
        out.append(f"<section><h3>{escape(scene.title or scene.id)}</h3>"
                   f"<p class=sub>Reached by {here} of {n}.</p><table>")
        for choice in scene.choices:
            count = chosen[(scene.id, choice.id)]
            out.append(f"<tr><td>{escape(choice.label)}</td><td class=n>{count}</td>"
                       f"<td class=n>{percent(count, here)} %</td>"
                       f"<td class=cell>{_bar(percent(count, here))}</td></tr>")
        out.append("</table></section>")
    if names and any(group.names):
        out.append("<section><h3>Who ended where</h3><table>")
        for name, played in zip(group.names, group.played, strict=True):
            out.append(f"<tr><td>{escape(name or '(no name)')}</td>"
                       f"<td>{escape(season.endings[played.ending].title)}</td></tr>")
        out.append("</table></section>")
    return out


def slides_html(report: ClassReport) -> str:
    """A discussion deck for the projector: one scene a slide, what the class chose, the
    historical note, and a question to open the talk."""
    body = []
    for group in report.groups:
        n = len(group.played)
        body.append(f"<section><h1>{escape(group.title)}</h1><p>{n} of you handed in a "
                    "path code. Here is what the class chose, scene by scene.</p></section>")
        reached, chosen = group.reached(), group.choices()
        for scene in _reached_scenes(group):
            here = reached[scene.id]
            rows = []
            counts = [(chosen[(scene.id, c.id)], c) for c in scene.choices]
            for count, choice in counts:
                rows.append(f'<div class=row><span>{escape(choice.label)}</span>'
                            f'{_bar(percent(count, here))}<span>{count} '
                            f'({percent(count, here):.0f} %)</span></div>')
            note = _note(group.season, scene)
            body.append(f'<section id="{escape(group.season.id)}-{escape(scene.id)}">'
                        f"<h1>{escape(scene.title or scene.id)}</h1>" + "".join(rows)
                        + (f"<p class=note>{note}</p>" if note else "")
                        + f"<p class=ask>{escape(_question(counts, here))}</p></section>")
        endings = group.endings().most_common()
        rows = [f'<div class=row><span>{escape(group.season.endings[e].title)}</span>'
                f'{_bar(percent(c, n))}<span>{c}</span></div>' for e, c in endings]
        body.append("<section><h1>How the class's seasons ended</h1>" + "".join(rows)
                    + "<p class=ask>Was the trust meter measuring trust, or what the village "
                    "and the authorities approved of?</p></section>")
    return _page("Class discussion", SLIDE_STYLE, body)


def _question(counts: list[tuple[int, object]], here: int) -> str:
    top, choice = max(counts, key=lambda pair: pair[0])
    label = getattr(choice, "label", "")
    if here and top * 2 > here:
        return f"Most of you chose \u201c{label}\u201d. What did it cost the household, " \
               "and who did it help?"
    return "The class was divided here. What would have made you choose differently?"
