"""`SnapshotDialog`: what to print — the title, the months, the paper, fit or tile, colour or grey.

It only gathers choices into `SnapshotOptions`; printing, preview and export are
`print_actions.py`'s. The rows are always those of the current filter, and the dialog says so.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.printing.options import MAX_PAGES_WIDE, SnapshotOptions
from planner.printing.paper import PAGE_SIZES_MM


class SnapshotDialog(QDialog):
    def __init__(self, options: SnapshotOptions, rows_text: str, verb: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline snapshot"))
        self._options = options
        form = QFormLayout()
        self.title = QLineEdit(options.title, self)
        self.title.setPlaceholderText(self.tr("the strategy, or the strategies, printed"))
        form.addRow(self.tr("&Title"), self.title)
        self.first = _month_edit(options.first, self)
        self.last = _month_edit(options.last, self)
        span = QHBoxLayout()
        span.addWidget(self.first)
        span.addWidget(QLabel("to", self))
        span.addWidget(self.last)
        form.addRow(_label("&Dates", self.first, self), span)
        form.addRow(self.tr("Rows"), QLabel(rows_text, self))

        self.page = QComboBox(self)
        self.page.addItems(list(PAGE_SIZES_MM))
        self.page.setCurrentText(options.page)
        self.orientation = QComboBox(self)
        self.orientation.addItems([self.tr("Landscape"), self.tr("Portrait")])
        self.orientation.setCurrentIndex(0 if options.landscape else 1)
        paper = QHBoxLayout()
        paper.addWidget(self.page)
        paper.addWidget(self.orientation)
        form.addRow(_label("&Paper", self.page, self), paper)

        self.fit = QRadioButton(self.tr("&Fit across"), self)
        self.pages_wide = QSpinBox(self)
        self.pages_wide.setRange(1, MAX_PAGES_WIDE)
        self.pages_wide.setValue(options.pages_wide)
        self.pages_wide.setSuffix(self.tr(" page(s) wide"))
        self.tile = QRadioButton(self.tr("T&ile, a month"), self)
        self.month_width = QDoubleSpinBox(self)
        self.month_width.setRange(1, 500)
        self.month_width.setDecimals(0)
        self.month_width.setSuffix(self.tr(" mm wide"))
        self.month_width.setValue(options.month_width_mm or 20)
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.tile)
        (self.tile if options.tiled else self.fit).setChecked(True)
        how = QGridLayout()
        how.addWidget(self.fit, 0, 0)
        how.addWidget(self.pages_wide, 0, 1)
        how.addWidget(self.tile, 1, 0)
        how.addWidget(self.month_width, 1, 1)
        form.addRow(self.tr("Scale"), how)

        self.greyscale = QCheckBox(self.tr("&Greyscale: status told by pattern and symbol"), self)
        self.greyscale.setChecked(options.greyscale)
        self.sources = QCheckBox(self.tr("Footer with the &source documents"), self)
        self.sources.setChecked(options.sources)
        form.addRow("", self.greyscale)
        form.addRow("", self.sources)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> SnapshotOptions:
        """The choices as options (not yet checked: the caller reports what is wrong)."""
        return SnapshotOptions(
            page=self.page.currentText(), landscape=self.orientation.currentIndex() == 0,
            pages_wide=self.pages_wide.value(), month_width_mm=self.month_width.value() if self.tile.isChecked() else None,
            first=_day(self.first.date()), last=_day(self.last.date()),
            greyscale=self.greyscale.isChecked(), sources=self.sources.isChecked(), title=self.title.text().strip(),
            dpi=self._options.dpi,
        )


def _month_edit(day: date | None, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _day(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A row's label whose & marks its key: QFormLayout gives a row of several fields a label
    with no buddy, which shows the & as written ("&Dates")."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label
