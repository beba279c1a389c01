"""The plan's own words in the interface's language: status, precision, slippage and delivery.

The domain writes these in English for the CLI and the files; the window asks here instead, so a
French or German window says them in its language from the same facts.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from planner.domain.delivery import judge
from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment
from planner.domain.reminder_messages import NoticeWords
from planner.domain.reminder_plan import Occurrence
from planner.domain.reminders import WINDOW_OPENS
from planner.domain.status import Slippage
from planner.i18n import QT_TRANSLATE_NOOP, Counted, day_text, translate
from planner.report.writing import Words as ReportWords

if TYPE_CHECKING:  # the store's report, read without loading the store
    from planner.calendar.caldav_sync import PublishReport
    from planner.store.importing import ImportReport

PRECISIONS = {
    Precision.DAY: QT_TRANSLATE_NOOP("Words", "day"), Precision.MONTH: QT_TRANSLATE_NOOP("Words", "month"),
    Precision.QUARTER: QT_TRANSLATE_NOOP("Words", "quarter"), Precision.PART_OF_YEAR: QT_TRANSLATE_NOOP("Words", "part of a year"),
    Precision.HALF: QT_TRANSLATE_NOOP("Words", "half-year"), Precision.YEAR_END: QT_TRANSLATE_NOOP("Words", "year-end"),
    Precision.YEAR: QT_TRANSLATE_NOOP("Words", "year"), Precision.YEARS: QT_TRANSLATE_NOOP("Words", "several years"),
}
# The recorded status "delivered" beside the standings the plan list already translates.
RECORDED = (QT_TRANSLATE_NOOP("PlanModel", "delivered"),)
BASES = {"delivered": QT_TRANSLATE_NOOP("Words", "delivered"), "forecast": QT_TRANSLATE_NOOP("Words", "forecast"),
         "rescheduled": QT_TRANSLATE_NOOP("Words", "rescheduled")}


def status_word(value: str) -> str:
    """A status or standing ('overdue', 'planned'…) as the plan list shows it."""
    return translate("PlanModel", value)


def precision_word(period: Period) -> str:
    return translate("Words", PRECISIONS.get(period.precision, period.precision.value))


def slippage_text(slip: Slippage) -> str:
    """'+92 days (delivered)', '−1 day (forecast)', 'on schedule'."""
    if slip.days == 0:
        return translate("Words", "on schedule")
    sign = "+" if slip.days > 0 else "−"
    return f"{sign}{COUNTED.days(abs(slip.days))} ({translate('Words', BASES.get(slip.basis, slip.basis))})"


def delivery_text(c: Commitment) -> str:
    """'11 May 2022 by COM(2022) 209', or '' when nothing of a delivery is recorded."""
    day = day_text(c.delivered_on) if c.delivered_on is not None else ""
    if c.delivered_by:
        by = translate("Words", "by {document}").format(document=c.delivered_by)
        return f"{day} {by}".strip()
    return day


def delivery_verdict(c: Commitment) -> str:
    """On time or late, and against what (the first announcement, the revision), in the
    interface's language; planner.domain.delivery.judge decides it."""
    v = judge(c)
    if v is None:
        return ""
    if v.on_time:
        return translate("Words", "on time")
    if not v.revised:
        return COUNTED.late_by(v.late_days)
    if v.met_revision:
        return translate("Words", "late against the first announcement ({first}), on time against the revision ({now})").format(first=v.first.shown, now=v.now.shown)
    return translate("Words", "late against the first announcement ({first}) and against the revision ({now})").format(first=v.first.shown, now=v.now.shown)


def due_phrase_text(c: Commitment, today: date) -> str:
    """'due today', 'due in 7 days', 'due tomorrow', 'overdue by 2 days' (the domain's due_phrase,
    in the interface's language)."""
    days = (c.due.end - today).days
    if days == 0:
        return translate("Words", "due today")
    if days == 1:
        return translate("Words", "due tomorrow")
    return COUNTED.due_in(days) if days > 1 else COUNTED.overdue_by(-days)


def reminder_label_text(o: Occurrence, deadline: date, today: date) -> str:
    """What a reminder says it is (the domain's notice_label): its lead time, or 'overdue' once
    its deadline has passed."""
    return status_word("overdue") if deadline < today else lead_time_text(o)


def lead_time_text(o: Occurrence) -> str:
    """A reminder's lead time (the domain's Occurrence.label): '7 days before', 'window opens'."""
    if o.lead_days == WINDOW_OPENS:
        return translate("Words", "window opens")
    return translate("Words", "due today") if o.lead_days == 0 else COUNTED.before(o.lead_days)


def import_text(report: ImportReport) -> str:
    """What an import did ('3 added, 1 updated'), as the store's ImportReport.text says it in English."""
    parts = [COUNTED.added(report.added), COUNTED.updated(report.updated)]
    if report.kept:
        parts.append(COUNTED.kept(report.kept))
    return ", ".join(parts)


def publish_text(report: PublishReport) -> str:
    """What publishing to a team calendar did ('2 created, 0 updated, 0 deleted, 23 unchanged')."""
    return ", ".join((COUNTED.created(report.created), COUNTED.updated(report.updated), COUNTED.deleted(report.deleted), COUNTED.unchanged(report.unchanged)))


def notice_words() -> NoticeWords:
    """A desktop notification's words in the interface's language."""
    return NoticeWords(title=lambda title: translate("Words", "Reminder: {title}").format(title=title), due=due_phrase_text,
                       window_opens=translate("Words", "its window opens"), group=COUNTED.reminders, more=COUNTED.more_in_due_soon)


class Words(Counted):
    """The counted phrases of the plan's words (see planner.i18n.Counted)."""

    def days(self, n: int) -> str:
        return self.tr("%Ln day(s)", "", n)

    def late_by(self, n: int) -> str:
        return self.tr("late by %Ln day(s)", "", n)

    def due_in(self, n: int) -> str:
        return self.tr("due in %Ln day(s)", "", n)

    def overdue_by(self, n: int) -> str:
        return self.tr("overdue by %Ln day(s)", "", n)

    def before(self, n: int) -> str:
        return self.tr("%Ln day(s) before", "", n)

    def reminders(self, n: int, away: bool) -> str:
        return self.tr("%Ln reminder(s) while you were away", "", n) if away else self.tr("%Ln reminder(s)", "", n)

    def added(self, n: int) -> str:
        return self.tr("%Ln added", "", n)

    def updated(self, n: int) -> str:
        return self.tr("%Ln updated", "", n)

    def created(self, n: int) -> str:
        return self.tr("%Ln created", "", n)

    def deleted(self, n: int) -> str:
        return self.tr("%Ln deleted", "", n)

    def unchanged(self, n: int) -> str:
        return self.tr("%Ln unchanged", "", n)

    def kept(self, n: int) -> str:
        return self.tr("%Ln kept as you edited them", "", n)

    def more_in_due_soon(self, n: int) -> str:
        return self.tr("and %Ln more in the Due soon list", "", n)


class MeetingReport(Counted):
    """The meeting report's counted phrases, handed to its Qt-free writer in `Words`."""

    def days(self, n: int) -> str:
        return self.tr("%Ln day(s)", "", n)

    def days_late(self, n: int) -> str:
        return self.tr("%Ln day(s) late (promised {due})", "", n)


COUNTED = Words()


def report_words() -> ReportWords:
    """The meeting report's words and days in the interface's language."""
    counted = MeetingReport()
    return ReportWords(text=lambda text: translate("MeetingReport", text), day=day_text, days=counted.days, days_late=counted.days_late)


__all__ = ["due_phrase_text", "import_text", "publish_text", "notice_words", "lead_time_text", "reminder_label_text", "report_words", "delivery_text", "delivery_verdict", "precision_word", "slippage_text", "status_word"]
