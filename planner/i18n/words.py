"""The plan's own words in the interface's language: status, precision, slippage and delivery.

The domain writes these in English for the CLI and the files; the window asks here instead, so a
French or German window says them in its language from the same facts.
"""
from __future__ import annotations

from planner.domain.delivery import judge
from planner.domain.period import Period, Precision
from planner.domain.plan import Commitment
from planner.domain.status import Slippage
from planner.i18n import QT_TRANSLATE_NOOP, day_text, number_text, translate
from planner.report.writing import Words

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
    days = translate("Words", "1 day") if abs(slip.days) == 1 else translate("Words", "{count} days").format(count=number_text(abs(slip.days)))
    return f"{sign}{days} ({translate('Words', BASES.get(slip.basis, slip.basis))})"


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
        late = v.late_days
        return translate("Words", "late by 1 day") if late == 1 else translate("Words", "late by {count} days").format(count=number_text(late))
    if v.met_revision:
        return translate("Words", "late against the first announcement ({first}), on time against the revision ({now})").format(first=v.first.shown, now=v.now.shown)
    return translate("Words", "late against the first announcement ({first}) and against the revision ({now})").format(first=v.first.shown, now=v.now.shown)


def report_words() -> Words:
    """The meeting report's words and days in the interface's language."""
    return Words(text=lambda text: translate("MeetingReport", text), day=day_text)


__all__ = ["report_words", "delivery_text", "delivery_verdict", "precision_word", "slippage_text", "status_word"]
