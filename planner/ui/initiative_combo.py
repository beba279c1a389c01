"""`InitiativeCombo`: choose the initiative a commitment belongs to, under its strategy.

Strategies are shown as bold headings that cannot be chosen, so the officer sees which of the
several "Strategy as a whole" initiatives is meant.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from planner.domain.plan import Plan

KEY_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # what the closed combo says: the initiative and its strategy


class InitiativeCombo(QComboBox):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)  # titles are long; the popup shows them whole
        model = QStandardItemModel(self)
        bold = QFont()
        bold.setBold(True)
        for s in plan.strategies:
            heading = QStandardItem(s.title)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(bold)
            model.appendRow(heading)
            for i in plan.initiatives:
                if i.strategy_key == s.key:
                    item = QStandardItem("    " + i.label)
                    item.setData(i.key, KEY_ROLE)
                    item.setData(f"{i.label}  ({s.reference or s.title})", SHOWN_ROLE)
                    item.setToolTip(self.tr("{title}\n{label}").format(title=s.title, label=i.label))
                    model.appendRow(item)
        self.setModel(model)
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Closed, the combo names the strategy too: several initiatives are "Strategy as a whole".
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.currentData(SHOWN_ROLE) or option.currentText.strip()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def key(self) -> str | None:
        return self.currentData(KEY_ROLE)

    def set_key(self, key: str) -> None:
        row = self.findData(key, KEY_ROLE)
        if row >= 0:
            self.setCurrentIndex(row)
