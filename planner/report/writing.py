"""The meeting report as Markdown (a wiki, a plain e-mail) and as HTML (an e-mail, and the PDF's
first pages): the same sections, tables and words in both."""
from __future__ import annotations

import html

from .meeting import MeetingReport, long_day


def sections(report: MeetingReport) -> list[tuple[str, list[str], list[list[str]], str]]:
    """(title, column headings, rows of text, what to say when there are none) for each part."""
    r = report
    return [
        ("Delivered", ["Commitment", "Delivered", "By", "Timeliness"],
         [[d.commitment.title, _day(d.commitment.delivered_on), d.commitment.delivered_by or "—",
           "on time" if d.on_time else f"{d.late_days} days late (promised {d.commitment.announced.shown})"] for d in r.delivered],
         "Nothing was delivered in the period."),
        ("Slipped", ["Commitment", "Was due", "Now due", "Moved", "Reason and authority"],
         [[s.commitment.title, s.old.shown, s.new.shown, _days(s.days), "; ".join(s.reasons) or "not recorded"] for s in r.slipped],
         "No due date moved in the period."),
        ("Became overdue", ["Commitment", "Due", "Responsible"],
         [[c.title, c.due.shown, c.actor or "—"] for c in r.became_overdue],
         "Nothing became overdue in the period."),
        (f"Due in the next {r.ahead_weeks} weeks (to {long_day(r.ahead_until)})", ["Commitment", "Due", "Responsible"],
         [[c.title, f"{c.due.shown} ({c.due.end.isoformat()})", c.actor or "—"] for c in r.due_next],
         "Nothing falls due in these weeks."),
        ("Added", ["Commitment", "Due", "Source"], [[c.title, c.due.shown, c.source_ref or "—"] for c in r.added],
         "No commitment was added."),
        ("Dropped", ["Commitment", "Was due", "Source"], [[c.title, c.due.shown, c.source_ref or "—"] for c in r.dropped],
         "No commitment was dropped."),
    ]


def to_markdown(report: MeetingReport) -> str:
    out = [f"# {report.heading}", "", f"_{report.filter_text}_", ""]
    for title, heads, rows, none in sections(report):
        out += [f"## {title}", ""]
        if not rows:
            out += [none, ""]
            continue
        out.append("| " + " | ".join(heads) + " |")
        out.append("|" + "|".join("---" for _ in heads) + "|")
        out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
        out.append("")
    return "\n".join(out)


def to_html(report: MeetingReport, *, whole_page: bool = True) -> str:
    e = html.escape
    parts = [f"<h1>{e(report.heading)}</h1>", f"<p><i>{e(report.filter_text)}</i></p>"]
    for title, heads, rows, none in sections(report):
        parts.append(f"<h2>{e(title)}</h2>")
        if not rows:
            parts.append(f"<p>{e(none)}</p>")
            continue
        head = "".join(f"<th align='left'>{e(h)}</th>" for h in heads)
        body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in rows)
        parts.append(f"<table border='1' cellspacing='0' cellpadding='4'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    body = "\n".join(parts)
    if not whole_page:
        return body
    return f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{e(report.heading)}</title></head>\n<body>\n{body}\n</body></html>\n"



def _day(d) -> str:
    return d.isoformat() if d else "—"


def _days(n: int) -> str:
    unit = "day" if abs(n) == 1 else "days"
    return f"{n:+d} {unit}"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())
