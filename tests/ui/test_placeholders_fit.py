"""The hints written in empty fields (placeholders) are read whole in English, French and German:
the filter field, the commitment dialog's fields and each preference page's, with the window at
1400x900. French and German run longer than English; a hint cut mid-word tells the officer less
than a shorter one, so the translations are kept short and the long explanation goes in a tooltip."""
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame

from planner.app import build_window
from planner.i18n import install_translators
from planner.ui.commitment_dialog import CommitmentDialog
from planner.ui.preferences_dialog import build_preferences
from tests.ui.helpers import select


def text_room(field: QLineEdit) -> int:
    """The width a field's hint is drawn in: its contents less its margins and QLineEdit's own 2 px
    a side (an empty field shows no clear button, and its hint runs under where it would be)."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    rect = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return rect.width() - margins.left() - margins.right() - 4


def cut_hints(fields, where: str) -> list[str]:
    return [f"{where}: {f.placeholderText()!r} needs {f.fontMetrics().horizontalAdvance(f.placeholderText())} px, has {text_room(f)}"
            for f in fields if f.placeholderText() and f.isVisible() and f.fontMetrics().horizontalAdvance(f.placeholderText()) > text_room(f)]


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_every_hint_in_an_empty_field_is_read_whole(qtbot, qapp, db_url, clock, settings, language):
    installed = install_translators(qapp, language)
    try:
        window = build_window(db_url, clock, settings)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        cut = cut_hints([window.filter_bar.text, window.filter_bar.dates], "filter bar")
        select(window, "detect and report")
        window.actions_by_name["edit_commitment"].trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CommitmentDialog))
        qtbot.waitExposed(dialog)
        cut += cut_hints(dialog.findChildren(QLineEdit), "commitment dialog")
        dialog.reject()
        preferences = build_preferences(window)
        qtbot.addWidget(preferences)
        preferences.show()
        for page in range(preferences.tabs.count()):
            preferences.tabs.setCurrentIndex(page)
            qtbot.waitExposed(preferences)
            cut += cut_hints(preferences.tabs.widget(page).findChildren(QLineEdit), f"Preferences, {preferences.tabs.tabText(page)}")
        assert not cut, "\n".join(cut)
        window.doc.close_store()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
