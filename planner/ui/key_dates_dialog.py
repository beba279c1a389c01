"""Key dates: the dated events that frame the plan ("21 Dec 2020: ePrivacy scope extended by the
Electronic Communications Code"), drawn as labelled lines across all rows of the timeline.

`KeyDatesDialog` lists them with Add, Edit and Remove; each change is saved at once as an undo
step (so Remove asks no question: Edit -> Undo brings a key date back). `KeyDateForm` edits one.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.document import PlanDocument
from planner.document.link_commands import push_delete_key_date, push_key_date
from planner.domain.plan import KeyDate
from planner.i18n.sentences import error_text
from planner.store.errors import StoreError

from .phrase_edit import PhraseEdit

ID_ROLE = Qt.ItemDataRole.UserRole


class KeyDateForm(QDialog):
    """One key date: its day, the label drawn on the line, and where it is stated."""

    def __init__(self, key_date: KeyDate | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_date = key_date
        self.setWindowTitle(self.tr("Edit key date") if key_date else self.tr("New key date"))
        self.setMinimumWidth(520)
        self.day = PhraseEdit(day_only=True, parent=self)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("what happens, as drawn on the line"))
        self.source_ref = QLineEdit(self)
        self.source_ref.setPlaceholderText(self.tr("e.g. Directive (EU) 2018/1972"))
        self.quote = QPlainTextEdit(self)
        self.quote.setFixedHeight(70)
        self.quote.setTabChangesFocus(True)  # Tab goes on to OK and Cancel: no one types a tab here
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Source:"), self.source_ref)
        form.addRow(self.tr("&Quote:"), self.quote)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        if key_date:
            self.day.set_day(key_date.day)
            self.label.setText(key_date.label)
            self.source_ref.setText(key_date.source_ref)
            self.quote.setPlainText(key_date.quote)
        self.day.changed.connect(self._refresh)
        self.label.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        ok = self.day.is_valid and self.day.day() is not None and bool(self.label.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> KeyDate:
        return KeyDate(
            day=self.day.day(),  # type: ignore[arg-type]
            label=self.label.text().strip(),
            source_ref=self.source_ref.text().strip(),
            quote=self.quote.toPlainText().strip(),
            id=self.key_date.id if self.key_date else None,
        )


class KeyDatesDialog(QDialog):
    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.form: KeyDateForm | None = None  # the open form, if any (tests fill it in)
        self.setWindowTitle(self.tr("Key dates"))
        self.resize(680, 360)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Day"), self.tr("Label"), self.tr("Source")])
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 380)
        self.table.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        doc.links_changed.connect(self._fill)  # undo while the dialog is open shows at once
        doc.plan_reloaded.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        chosen = self.selected()
        self.table.clear()
        for kd in self.doc.plan.key_dates:
            item = QTreeWidgetItem([kd.day.strftime("%d %b %Y"), kd.label, kd.source_ref])
            item.setData(0, ID_ROLE, kd.id)
            item.setToolTip(1, kd.quote or kd.label)
            self.table.addTopLevelItem(item)
            if chosen and kd.id == chosen.id:
                self.table.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def selected(self) -> KeyDate | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return next((k for k in self.doc.plan.key_dates if k.id == item.data(0, ID_ROLE)), None)

    def labels(self) -> list[str]:
        return [item.text(1) for n in range(self.table.topLevelItemCount()) if (item := self.table.topLevelItem(n)) is not None]

    # Changes -----------------------------------------------------------------------------------------

    def add(self) -> KeyDateForm:
        return self._open_form(None)

    def edit_selected(self) -> KeyDateForm | None:
        chosen = self.selected()
        return self._open_form(chosen) if chosen else None

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._safely(lambda: push_delete_key_date(self.doc, chosen))

    def _open_form(self, kd: KeyDate | None) -> KeyDateForm:
        self.form = KeyDateForm(kd, self)
        self.form.accepted.connect(lambda form=self.form: self._safely(lambda: push_key_date(self.doc, kd, form.value())))
        self.form.finished.connect(lambda _r: setattr(self, "form", None))
        self.form.open()
        return self.form

    def _safely(self, change) -> None:
        try:
            change()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Key dates"), error_text(exc))
