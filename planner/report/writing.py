"""The meeting report as Markdown (a wiki, a plain e-mail) and as HTML (an e-mail, and the PDF's
first pages): the same sections, tables and words in both."""
from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from planner.domain.plan import Commitment

from .meeting import MeetingReport, long_day


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks `text` for the catalogues without importing Qt: the report stays pure Python."""
    return text


@dataclass(frozen=True)
class Words:
    """How the report says its words and days: English by default; the window and the command
    line pass the interface's language (planner.i18n.words.report_words)."""

    text: Callable[[str], str] = str
    day: Callable[[date], str] = long_day
    # Counted phrases: the interface's catalogues give each language its forms for a count.
    days: Callable[[int], str] = lambda n: f"{n} day" if n == 1 else f"{n} days"
    days_late: Callable[[int], str] = lambda n: (f"{n} day" if n == 1 else f"{n} days") + " late (promised {due})"


ENGLISH = Words()


def heading(report: MeetingReport, w: Words = ENGLISH) -> str:
    return w.text(QT_TRANSLATE_NOOP("MeetingReport", "What happened from {since} to {until}")).format(since=w.day(report.since), until=w.day(report.until))


def sections(report: MeetingReport, w: Words = ENGLISH) -> list[tuple[str, list[str], list[list[str]], str]]:
    """(title, column headings, rows of text, what to say when there are none) for each part."""
    r, t = report, w.text
    commitment, due, was_due, responsible, source = (t(QT_TRANSLATE_NOOP("MeetingReport", "Commitment")), t(QT_TRANSLATE_NOOP("MeetingReport", "Due")),
                                                     t(QT_TRANSLATE_NOOP("MeetingReport", "Was due")), t(QT_TRANSLATE_NOOP("MeetingReport", "Responsible")),
                                                     t(QT_TRANSLATE_NOOP("MeetingReport", "Source")))
    return [
        (t(QT_TRANSLATE_NOOP("MeetingReport", "Delivered")), [commitment, t(QT_TRANSLATE_NOOP("MeetingReport", "Delivered")), t(QT_TRANSLATE_NOOP("MeetingReport", "By")), t(QT_TRANSLATE_NOOP("MeetingReport", "Timeliness"))],
         [[d.commitment.title, _day(d.commitment.delivered_on), d.commitment.delivered_by or "—",
           t(QT_TRANSLATE_NOOP("MeetingReport", "on time")) if d.on_time else w.days_late(d.late_days).format(due=d.commitment.announced.shown)]
          for d in r.delivered],
         t(QT_TRANSLATE_NOOP("MeetingReport", "Nothing was delivered in the period."))),
        (t(QT_TRANSLATE_NOOP("MeetingReport", "Slipped")), [commitment, was_due, t(QT_TRANSLATE_NOOP("MeetingReport", "Now due")), t(QT_TRANSLATE_NOOP("MeetingReport", "Moved")), t(QT_TRANSLATE_NOOP("MeetingReport", "Reason and authority"))],
         [[s.commitment.title, s.old.shown, s.new.shown, _days(s.days, w), "; ".join(s.reasons) or t(QT_TRANSLATE_NOOP("MeetingReport", "not recorded"))] for s in r.slipped],
         t(QT_TRANSLATE_NOOP("MeetingReport", "No due date moved in the period."))),
        (t(QT_TRANSLATE_NOOP("MeetingReport", "Became overdue")), [commitment, due, t(QT_TRANSLATE_NOOP("MeetingReport", "Overdue from")), responsible],
         [[c.title, c.due.shown, _overdue_from(r, c, w), c.actor or "—"] for c in r.became_overdue],
         t(QT_TRANSLATE_NOOP("MeetingReport", "Nothing became overdue in the period."))),
        (t(QT_TRANSLATE_NOOP("MeetingReport", "Due in the next {weeks} weeks (to {day})")).format(weeks=r.ahead_weeks, day=w.day(r.ahead_until)), [commitment, due, responsible],
         [[c.title, f"{c.due.shown} ({c.due.end.isoformat()})", c.actor or "—"] for c in r.due_next],
         t(QT_TRANSLATE_NOOP("MeetingReport", "Nothing falls due in these weeks."))),
        (t(QT_TRANSLATE_NOOP("MeetingReport", "Added")), [commitment, due, source], [[c.title, c.due.shown, c.source_ref or "—"] for c in r.added],
         t(QT_TRANSLATE_NOOP("MeetingReport", "No commitment was added."))),
        (t(QT_TRANSLATE_NOOP("MeetingReport", "Dropped")), [commitment, was_due, source], [[c.title, c.due.shown, c.source_ref or "—"] for c in r.dropped],
         t(QT_TRANSLATE_NOOP("MeetingReport", "No commitment was dropped."))),
    ]


def to_markdown(report: MeetingReport, w: Words = ENGLISH) -> str:
    out = [f"# {heading(report, w)}", "", f"_{report.filter_text}_", ""]
    for title, heads, rows, none in sections(report, w):
        out += [f"## {title}", ""]
        if not rows:
            out += [none, ""]
            continue
        out.append("| " + " | ".join(heads) + " |")
        out.append("|" + "|".join("---" for _ in heads) + "|")
        out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
        out.append("")
    return "\n".join(out)


def to_html(report: MeetingReport, *, whole_page: bool = True, w: Words = ENGLISH) -> str:
    e = html.escape
    parts = [f"<h1>{e(heading(report, w))}</h1>", f"<p><i>{e(report.filter_text)}</i></p>"]
    for title, heads, rows, none in sections(report, w):
        parts.append(f"<h2>{e(title)}</h2>")
        if not rows:
            parts.append(f"<p>{e(none)}</p>")
            continue
        # The commitment's title gets the widest column: it wraps least where it says most.
        head = "".join(f"<th align='left'{' width=40%' if n == 0 else ''}>{e(h)}</th>" for n, h in enumerate(heads))
        body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in rows)
        parts.append(f"<table width='100%' border='1' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    body = "\n".join(parts)
    if not whole_page:
        return body
    return f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{e(heading(report, w))}</title></head>\n<body>\n{body}\n</body></html>\n"



def _overdue_from(report: MeetingReport, c: Commitment, w: Words = ENGLISH) -> str:
    first = _day(report.overdue_from.get(c.id))
    if c.delivered_on is not None and c.delivered_on <= report.until:  # late, but within the period
        return w.text(QT_TRANSLATE_NOOP("MeetingReport", "{day} (delivered {delivered})")).format(day=first, delivered=c.delivered_on.isoformat())
    return first


def _day(d) -> str:
    return d.isoformat() if d else "—"


def _days(n: int, w: Words = ENGLISH) -> str:
    return ("-" if n < 0 else "+") + w.days(abs(n))


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())
