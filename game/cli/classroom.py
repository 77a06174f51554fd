"""`python -m game class report CODES_OR_FILES... -o report.html [--csv F] [--slides F]`.

The teacher's side of the path codes: read what the class handed in (typed lists, `.vrplay`
files, folders of them), replay every code through the engine, and write the class report,
a CSV for a spreadsheet and a discussion deck. Nothing touches the network.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    report = sub.add_parser("report", help="what the class chose, from their path codes",
                            description="Read path codes (one a line in a text file, a "
                            "nickname or seat after a tab if you like), .vrplay files or "
                            "folders of them, and write the class report.")
    report.add_argument("items", nargs="+", metavar="CODES_OR_FILES",
                        help="code lists, .vrplay files, folders, or codes themselves")
    report.add_argument("-o", "--output", type=Path, default=Path("class-report.html"),
                        help="the report to write (HTML; default class-report.html)")
    report.add_argument("--csv", type=Path, help="also write the counts as CSV: season, cut, "
                        "scene, choice, label, count, percent")
    report.add_argument("--slides", type=Path, help="also write discussion slides (HTML)")
    report.add_argument("--names", action="store_true", help="show the nicknames or seats "
                        "given in the code lists (the report is anonymous without it)")
    report.add_argument("--stories", type=Path, default=None,
                        help="the campaign file or season the codes were made with "
                        "(default: the shipped stories/campaign.yaml)")


def run(args: argparse.Namespace) -> int:
    from game import assets
    from game.classroom.pages import report_html, slides_html
    from game.classroom.pathcode import season_story, stories_of
    from game.classroom.report import build_report, csv_rows, read_entries
    from game.engine.atomic import write_text_atomic
    from game.engine.library import Library
    from game.engine.model import Campaign

    from .stories import report_problems

    source = args.stories or assets.stories() / "campaign.yaml"
    result = Library().load(source)
    if not result.ok:
        report_problems(result)
        return 1
    model = result.model
    stories = (stories_of(model) if isinstance(model, Campaign) else
               [season_story(model)])
    problems: list[str] = []
    entries = read_entries(args.items, problems)
    for problem in problems:
        print(f"error: {problem}")
    report = build_report(entries, stories)
    for refused in report.refused:
        print(f"{refused.where}: {refused.code}: {refused.why}")
    if not report.groups:
        print("No code could be read, so no report was written.")
        return 1
    written = [args.output]
    write_text_atomic(args.output, report_html(report, names=args.names))
    if args.csv:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(csv_rows(report))
        write_text_atomic(args.csv, out.getvalue())
        written.append(args.csv)
    if args.slides:
        write_text_atomic(args.slides, slides_html(report))
        written.append(args.slides)
    print(f"Read {report.students} codes ({len(report.refused)} could not be read); wrote "
          + ", ".join(str(p) for p in written) + ".")
    return 1 if problems else 0
