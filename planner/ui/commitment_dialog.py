"""`CommitmentDialog`: every field of one commitment, new or existing, with its links and history.

Dates are typed as the documents write them and read as you type; OK stays off while anything
cannot be read. A change that breaks a finish-to-start link is allowed, but only after the
officer ticks "Save anyway": strategy dates slip for reasons outside the officer's hands, and the
planner must record what was announced, not refuse it — the broken link stays flagged in the view.

The dialog only collects; whoever opens it passes `save(dialog) -> bool`, which writes (through
the undo stack) and says whether the dialog may close.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.document import PlanDocument
from planner.domain import gate
from planner.domain.dependencies import Violation, would_break
from planner.domain.plan import DATED_FIELDS, Commitment, Kind, Status
from planner.i18n import QT_TRANSLATE_NOOP, window_text
from planner.i18n.sentences import error_text
from planner.i18n.words import status_word

from .accessible_names import name_form_fields
from .dependency_editor import DependencyEditor
from .initiative_combo import InitiativeCombo
from .phrase_edit import PhraseEdit
from .reminder_edit import ReminderEdit
from .revision_history import RevisionHistory, field_name

KIND_TEXT = {Kind.DEADLINE: QT_TRANSLATE_NOOP("CommitmentDialog", "Deadline: due within a window"),
             Kind.SPAN: QT_TRANSLATE_NOOP("CommitmentDialog", "Span: runs from a start to the due date")}
# The palette's own colours: a fixed pale background kept the text dark-on-light even when a
# high-contrast or dark palette made the text white.
WARNING_STYLE = "QFrame#warning { background: palette(alternate-base); border: 2px solid palette(highlight); border-radius: 4px; }"


class CommitmentDialog(QDialog):
    def __init__(
        self,
        doc: PlanDocument,
        commitment: Commitment | None,
        initiative_key: str | None = None,
        save: Callable[["CommitmentDialog"], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.original, self._save = doc, commitment, save
        self.setWindowTitle(self.tr("Edit commitment") if commitment else self.tr("New commitment"))
        self.setMinimumWidth(720)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._main_tab(), self.tr("&Commitment"))
        self.tabs.addTab(self._source_tab(), self.tr("&Source"))
        self.dependencies = DependencyEditor(doc.plan, commitment.id if commitment else None, self)
        self.tabs.addTab(self.dependencies, self.tr("&Dependencies"))
        self.history = RevisionHistory(self)
        self.tabs.addTab(self.history, self.tr("&History"))

        self.warning = QFrame(self)
        self.warning.setObjectName("warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning_text = QLabel(self.warning)
        self.warning_text.setWordWrap(True)
        self.confirm_break = QCheckBox(self.tr("Save anyway: the plan will show the link as broken"), self.warning)
        inner = QVBoxLayout(self.warning)
        inner.addWidget(self.warning_text)
        inner.addWidget(self.confirm_break)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if commitment else self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.warning)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)

        self._load(commitment, initiative_key)
        for signal in (self.title.textChanged, self.due.changed, self.start.changed, self.forecast.changed, self.delivered.changed,
                       self.reminders.changed, self.dependencies.changed, self.kind.currentIndexChanged, self.confirm_break.toggled):
            signal.connect(self._refresh)
        self.initiative.currentIndexChanged.connect(self._anchor_dates)
        self.delivered.changed.connect(self._delivered_means_delivered)
        self.status.currentIndexChanged.connect(self._delivered_needs_a_day)
        self._refresh()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.title.setFocus()

    # Building ---------------------------------------------------------------------------------------

    def _main_tab(self) -> QWidget:
        page = QWidget(self)
        self.main_form = form = QFormLayout(page)  # kept: the reason's label shows only for an edit
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(page)
        self.initiative = InitiativeCombo(self.doc.plan, page)
        self.kind = QComboBox(page)
        for k, text in ((k, self.tr(t)) for k, t in KIND_TEXT.items()):
            self.kind.addItem(text, k.value)  # Qt hands str enums back as plain str
        self.due = PhraseEdit(parent=page)
        self.start = PhraseEdit(optional=True, placeholder=self.tr("when a span begins, e.g. 2021"), parent=page)
        self.status = QComboBox(page)
        for s in Status:
            self.status.addItem(status_word(s.value).capitalize(), s.value)
        self.actor = QComboBox(page)
        self.actor.setEditable(True)
        self.actor.addItems(sorted({c.actor for c in self.doc.plan.commitments if c.actor}))
        self.forecast = PhraseEdit(optional=True, placeholder=self.tr("when you now expect it, if not when it is due"), parent=page)
        self.delivered = PhraseEdit(optional=True, day_only=True, placeholder=self.tr("the day it was actually delivered"), parent=page)
        from planner.store.reminder_store import (
            plan_lead_days,  # the store's module, loaded with the dialog
        )

        self.reminders = ReminderEdit(plan_default=plan_lead_days(self.doc.store), parent=page)
        self.reason = QLineEdit(page)
        self.reason.setPlaceholderText(self.tr("why the dates change, or the document that re-announced them"))
        self.reason.setToolTip(self.tr("Why the dates change: free text, or the reference of the document that re-announced them; kept with the revision"))
        self.date_changes = QLabel(page)
        self.date_changes.setWordWrap(True)
        self.date_changes.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Initiative:"), self.initiative)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("D&ue:"), self.due)
        form.addRow(self.tr("S&tart:"), self.start)
        form.addRow(self.tr("St&atus:"), self.status)
        form.addRow(self.tr("&Responsible:"), self.actor)
        form.addRow(self.tr("&Forecast:"), self.forecast)
        form.addRow(self.tr("Deli&vered on:"), self.delivered)
        form.addRow(self.tr("Re&minders:"), self.reminders)
        form.addRow(self.tr("Reason for the &change:"), self.reason)
        form.addRow("", self.date_changes)
        name_form_fields(form)
        return page

    def _source_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.description = QPlainTextEdit(page)
        self.source_ref = QLineEdit(page)
        self.source_ref.setPlaceholderText(self.tr("e.g. COM(2020) 607"))
        self.section = QLineEdit(page)
        self.quote = QPlainTextEdit(page)
        for text in (self.description, self.quote):
            text.setTabChangesFocus(True)  # Tab goes on to the next field: no one types a tab here
        self.quote.setPlaceholderText(self.tr("the sentence of the document the commitment comes from"))
        self.url = QLineEdit(page)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Document:"), self.source_ref)
        form.addRow(self.tr("Section:"), self.section)
        form.addRow(self.tr("Quote:"), self.quote)
        form.addRow(self.tr("Link:"), self.url)
        name_form_fields(form)
        return page

    def _load(self, c: Commitment | None, initiative_key: str | None) -> None:
        self.initiative.set_key(c.initiative_key if c else (initiative_key or ""))
        self._anchor_dates()
        self.reason.setVisible(c is not None)
        self.date_changes.setVisible(c is not None)
        label = self.main_form.labelForField(self.reason)
        if label is not None:
            label.setVisible(c is not None)
        if c is None:
            self.history.show_history(None, [])
            return
        self.title.setText(c.title)
        self.kind.setCurrentIndex(self.kind.findData(c.kind.value))
        self.due.set_period(c.due)
        self.start.set_period(c.start)
        self.status.setCurrentIndex(self.status.findData(c.status.value))
        self.actor.setCurrentText(c.actor)
        self.forecast.set_period(c.forecast)
        self.delivered.set_day(c.delivered_on)
        self.reminders.set_value(c.reminder_days, c.remind_when_window_opens)
        self.description.setPlainText(c.description)
        self.source_ref.setText(c.source_ref)
        self.section.setText(c.section)
        self.quote.setPlainText(c.quote)
        self.url.setText(c.url)
        self.history.show_history(c, self.doc.store.revisions(c.stored_id))

    # What the dialog holds ----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Why it cannot be saved yet, one sentence each; empty when it can."""
        out = [] if self.title.text().strip() else [self.tr("Give the commitment a title.")]
        spans = self._kind() is Kind.SPAN
        for edit in (self.due, self.start if spans else None, self.forecast, self.delivered):
            if edit is not None and edit.error:
                out.append(edit.error)
        start, due = self.start.period(), self.due.period()
        if spans and start and due and start.start > due.end:
            out.append(self.tr("The start ({start}) is after the end of the due window ({window}).").format(start=start.shown, window=window_text(due)))
        if self.reminders.error:
            out.append(self.reminders.error)
        if not out:
            try:  # what the command line and the imports refuse, the dialog refuses too, before OK
                gate.check_commitment(self.edited())
            except gate.GateError as exc:
                out.append(error_text(exc))
        return out

    def edited(self) -> Commitment:
        """The commitment as the fields say (call only when `problems()` is empty)."""
        spans = self._kind() is Kind.SPAN
        fields = dict(
            title=self.title.text().strip(),
            initiative_key=self.initiative.key(),
            kind=self._kind(),
            due=self.due.period(),
            start=self.start.period() if spans else None,  # a deadline has no start
            status=self._status(),
            actor=self.actor.currentText().strip(),
            forecast=self.forecast.period(),
            delivered_on=self.delivered.day(),
            reminder_days=self.reminders.reminder_days(),
            remind_when_window_opens=self.reminders.when_window_opens(),
            description=self.description.toPlainText().strip(),
            source_ref=self.source_ref.text().strip(),
            section=self.section.text().strip(),
            quote=self.quote.toPlainText().strip(),
            url=self.url.text().strip(),
        )
        return self.original.changed(**fields) if self.original else Commitment(**fields)  # type: ignore[arg-type]

    def _kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _status(self) -> Status:
        return Status(self.status.currentData())

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def predecessor_ids(self) -> list[int]:
        return self.dependencies.predecessor_ids()

    def breaks(self) -> list[Violation]:
        """The links this change breaks (and that were not broken before it)."""
        if self.problems():
            return []
        e = self.edited()
        me = e.id if e.id is not None else -1  # a new commitment stands in with an id no row has
        return would_break(self.doc.plan, e.changed(id=me), self.dependencies.links_after(me))

    # Keeping the dialog honest as the officer types -------------------------------------------------------

    def _refresh(self) -> None:
        self.start.setEnabled(self._kind() is Kind.SPAN)
        problems = self.problems()
        broken = self.breaks()
        self.dependencies.mark_broken(broken)
        self.warning.setVisible(bool(broken))
        if broken:
            self.warning_text.setText(self.tr("<b>This change breaks a dependency.</b>") + "<br>" + "<br>".join(v.text for v in broken))
        else:
            self.confirm_break.setChecked(False)  # a new break must be confirmed afresh
        # Date and reminder fields say what is wrong under themselves; the rest is said here.
        shown_in_place = {e.error for e in (self.due, self.start, self.forecast, self.delivered)} | {self.reminders.error}
        elsewhere = [p for p in problems if p not in shown_in_place]
        self.problem.setText(elsewhere[0] if elsewhere else "")
        self.problem.setVisible(bool(elsewhere))
        self.ok_button.setEnabled(not problems and (not broken or self.confirm_break.isChecked()))
        self._show_date_changes(problems)

    def _show_date_changes(self, problems: list[str]) -> None:
        if self.original is None or problems:
            self.date_changes.setText("")
            return
        e, o = self.edited(), self.original
        moved = [f"{field_name(n)}: {_shown(getattr(o, n))} → {_shown(getattr(e, n))}" for n in DATED_FIELDS if _shown(getattr(o, n)) != _shown(getattr(e, n))]
        self.date_changes.setText(self.tr("Kept in the history with the reason: {changes}").format(changes="; ".join(moved)) if moved else "")

    def _anchor_dates(self) -> None:
        # "Immediately" means the adoption date of the strategy the commitment belongs to.
        key = self.initiative.key()
        adopted = self.doc.plan.strategy(self.doc.plan.initiative(key).strategy_key).adopted if key else None
        for edit in (self.due, self.start, self.forecast, self.delivered):
            edit.set_anchor(adopted or self.doc.clock.today())

    def _delivered_means_delivered(self) -> None:
        if self.delivered.day() is not None and self._status() is not Status.DELIVERED:
            self.status.setCurrentIndex(self.status.findData(Status.DELIVERED.value))

    def _delivered_needs_a_day(self) -> None:
        if self._status() is Status.DELIVERED and not self.delivered.text().strip():
            self.delivered.pick(self.doc.as_of)  # as "Mark delivered" does; the officer may change it

    # Saving -----------------------------------------------------------------------------------------------

    def rebase(self, fresh: Commitment, notice: str) -> None:
        """After a reload: save over `fresh` next time, keeping what the officer typed."""
        self.original = fresh
        self.history.show_history(fresh, self.doc.store.revisions(fresh.stored_id))
        self.problem.setText(notice)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return  # Enter in a field must not save what OK would refuse
        if self._save is None or self._save(self):
            super().accept()


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if hasattr(value, "shown"):
        return value.shown
    return str(getattr(value, "value", value))
