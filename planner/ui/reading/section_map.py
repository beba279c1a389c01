"""The document's initiative headings mapped to the plan's initiatives: one choice a heading,
the plan's initiative of the same number by default, else a new one made from the heading."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.reading.review import Review

from ..accessible_names import name_field


class SectionMap(QWidget):
    changed = Signal()  # a heading was mapped elsewhere

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        self.setAccessibleName(self.tr("Sections and initiatives"))
        intro = QLabel(self.tr("Each of the document's sections is filed under an initiative of the plan, "
                               "or under a new one made from its heading."), self)
        intro.setWordWrap(True)
        self.inner = QWidget()
        self.form = QFormLayout(self.inner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("The document's sections"))
        scroll.setWidget(self.inner)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(scroll, 1)

    def show_review(self, review: Review) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        theirs = review.initiatives()
        for heading in review.headings:
            combo = QComboBox(self.inner)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
            default = review.section_initiative(heading)
            known = {i.key for i in theirs}
            if default.key not in known:
                combo.addItem(self.tr("New initiative: %s") % default.label, default.key)
            for ini in theirs:
                combo.addItem(ini.label, ini.key)
            combo.setCurrentIndex(max(0, combo.findData(default.key)))
            combo.activated.connect(lambda _n, h=heading, c=combo: self._chosen(review, h, c))
            label = QLabel(heading or self.tr("Outside any numbered section"), self.inner)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            name_field(combo, self.tr("Section %s") % (heading or self.tr("outside any numbered section")))
            self.combos[heading] = combo

    def _chosen(self, review: Review, heading: str, combo: QComboBox) -> None:
        key = combo.currentData()
        known = {i.key for i in review.initiatives()}
        if key in known:
            review.sections[heading] = key
        else:
            review.sections.pop(heading, None)  # the new one made from the heading
        self.changed.emit()
