"""Names for assistive technology where Qt cannot find them itself.

Qt names a field after the label whose buddy it is. A field made of parts (a phrase edit is a
line edit with a reading beside it) hands the label's name to the part that takes the typing.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget


def name_form_fields(form: QFormLayout) -> None:
    """Give each field of `form`, and the part of it that is typed into, its label's words."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        shown = label.widget() if label is not None else None
        typed = field.widget() if field is not None else None
        if not isinstance(shown, QLabel) or typed is None:
            continue
        words = shown.text().replace("&", "").rstrip(":").strip()
        if words:
            name_field(typed, words)


def name_field(widget: QWidget, words: str) -> None:
    if not widget.accessibleName():
        widget.setAccessibleName(words)
    if not isinstance(widget, QLineEdit):
        for part in widget.findChildren(QLineEdit):
            if part.parentWidget() is widget and not part.accessibleName():
                part.setAccessibleName(words)


__all__ = ["name_form_fields", "name_field"]
