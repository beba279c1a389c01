"""The details of the selected commitment: what it is, when, and the sentence it came from."""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from planner.document import PlanDocument
from planner.domain.plan import Commitment
from planner.domain.status import slippage, standing
from planner.i18n import day_text, window_text
from planner.i18n.words import (
    delivery_text,
    delivery_verdict,
    precision_word,
    slippage_text,
    status_word,
)


class DetailsPane(QTextBrowser):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("Details of the selected commitment"))
        self._shown: int | None = None
        self.show_commitment(None)
        document.commitment_changed.connect(self._refresh)
        document.as_of_changed.connect(lambda _d: self._refresh())
        document.commitment_removed.connect(lambda c: self.show_commitment(None) if c.id == self._shown else None)

    def _refresh(self, changed: Commitment | None = None) -> None:
        if self._shown is not None and (changed is None or changed.id == self._shown):
            self.show_commitment(self.doc.commitment(self._shown))

    def show_commitment(self, c: Commitment | None) -> None:
        self._shown = c.id if c else None
        if c is None:
            self.setHtml("<p>" + self.tr("Select a commitment to see its details and the sentence it came from.") + "</p>")
            return
        import html  # with the first details shown, not with the window

        e = html.escape
        plan = self.doc.plan
        ini = plan.initiative(c.initiative_key)
        strat = plan.strategy(ini.strategy_key)
        slip = slippage(c)
        as_of = self.tr("{standing} as of {day} (recorded: {status})").format(
            standing=e(status_word(standing(c, self.doc.as_of, self.doc.due_soon_days).value)), day=day_text(self.doc.as_of), status=e(status_word(c.status.value)))
        rows = [
            (self.tr("Due"), f"<b>{e(c.due.shown)}</b> &nbsp;({e(window_text(c.due))}, {e(precision_word(c.due))})"),
            (self.tr("Status"), as_of),
            (self.tr("First announced"), e(c.announced.shown)),
        ]
        if c.start:
            rows.insert(1, (self.tr("Starts"), e(c.start.shown)))
        if c.forecast:
            rows.append((self.tr("Forecast"), e(c.forecast.shown)))
        if c.delivered_on or c.delivered_by:
            verdict = delivery_verdict(c)
            rows.append((self.tr("Delivered"), e(delivery_text(c) + (f": {verdict}" if verdict else ""))))
        if slip:
            rows.append((self.tr("Slippage"), e(slippage_text(slip))))
        rows += [(self.tr("Responsible"), e(c.actor or "—")), (self.tr("Strategy"), e(f"{strat.title} ({strat.reference})")), (self.tr("Initiative"), e(ini.label))]
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()  # the system's, high contrast too
        table = "".join(f"<tr><td style='color:{quiet};padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        source = e(c.source_ref) + (f", {e(c.section)}" if c.section else "")
        if c.url:
            source = f"<a href='{e(c.url)}'>{source}</a>"
        # The sentence of the document first: it is what the officer checks the dates against,
        # and the strip below the plan is short.
        unrecorded = self.tr("No source sentence recorded") + (" — " + source if source else "") + "."
        quote = (f"<p style='margin:2px 0 4px 0'><i>“{e(c.quote)}”</i> <span>— {source}</span></p>" if c.quote
                 else f"<p style='margin:2px 0 4px 0'>{unrecorded}</p>")
        self.setHtml(
            f"<p style='margin:0'><b>{e(c.title)}</b></p>{quote}"
            f"<p style='margin:0 0 4px 0'>{e(c.description)}</p><table>{table}</table>"
        )
