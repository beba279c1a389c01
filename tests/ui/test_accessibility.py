"""What a screen reader is told: every control of the window and its docks has a name, every
menu command a name and a description, and the timeline says what is selected on it."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDockWidget

from planner.ui.filter_bar import FilterBar

R = QAccessible.Role
# Roles a person operates; each needs a name to be announced as more than "button" or "edit".
INTERACTIVE = {
    R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox, R.Slider,
    R.ButtonMenu, R.ButtonDropDown, R.PageTab, R.Table, R.Tree, R.List, R.Dial, R.Client,
}


@pytest.fixture(autouse=True)
def assistive_technology():
    QAccessible.setActive(True)  # as when a screen reader is running
    yield
    QAccessible.setActive(False)


def qt_internal(obj) -> bool:
    """Qt's own parts of a composite control (a scroll area's viewport, a toolbar's overflow
    button, a line edit's clear button, a completer's hidden popup): named through their owner."""
    if obj is None:
        return True
    name = obj.objectName()
    if name.startswith("qt_"):
        return True
    parent = obj.parent()
    inner = {"QLineEdit": ("QToolButton",), "QComboBox": ("QListView", "QLineEdit"), "QCompleter": ("QListView",)}
    return parent is not None and type(obj).__name__ in inner.get(type(parent).__name__, ())


def nameless(iface, path="") -> list[str]:
    if iface is None or not iface.isValid():
        return []
    obj = iface.object()
    if obj is not None and hasattr(obj, "isVisible") and not obj.isVisible():
        return []
    found = []
    role = iface.role()
    here = f"{path}/{type(obj).__name__ if obj else role.name}"
    plain_container = role == R.Client and type(obj).__name__ in ("QWidget", "QFrame", "QTabWidget", "QStackedWidget")  # holds controls, is none
    if role in INTERACTIVE and not plain_container and not qt_internal(obj) and not iface.text(QAccessible.Text.Name).strip():
        found.append(f"{here} ({role.name})")
    if role in (R.Tree, R.Table, R.List):
        return found  # their rows are the model's, named by its text
    for i in range(iface.childCount()):
        found += nameless(iface.child(i), here)
    return found


def test_no_control_of_the_window_or_its_docks_is_nameless(window, qtbot):
    for dock in window.findChildren(QDockWidget):
        dock.show()
    QApplication.processEvents()
    missing = nameless(QAccessible.queryAccessibleInterface(window))
    assert missing == [], "\n".join(missing)


def test_every_menu_command_has_a_name_and_a_description(window):
    missing = []
    for menu in window.menus.values():
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            if not action.text().replace("&", "").strip() or not (action.statusTip() or action.toolTip()).strip():
                missing.append(action.text() or repr(action))
    assert missing == []


def test_every_dock_has_a_name_and_a_description(window):
    for dock in window.findChildren(QDockWidget):
        assert dock.windowTitle() and dock.accessibleDescription(), dock.objectName()


def test_the_timeline_tells_a_screen_reader_which_commitment_its_marks_stand_for(window, qtbot):
    timeline = window.plan_view.timeline
    assert timeline.accessibleDescription().startswith(window.plan_view.tree.currentIndex().data())  # the first row, a strategy
    c = next(c for c in window.doc.plan.commitments if c.due.shown == "by Q2 2021")
    window.plan_view.select_commitment(c.id)
    told = timeline.accessibleDescription()
    assert told.startswith(c.title)
    assert "by Q2 2021" in told and "Window: Apr–Jun 2021" in told
    assert QAccessible.queryAccessibleInterface(timeline).text(QAccessible.Text.Description) == told


def test_no_field_of_the_edit_dialog_is_nameless(window, qtbot):
    from planner.ui.commitment_dialog import CommitmentDialog

    c = window.doc.plan.commitments[0]
    dialog = CommitmentDialog(window.doc, window.doc.commitment(c.id), save=lambda *a: None, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    missing = nameless(QAccessible.queryAccessibleInterface(dialog))
    assert missing == [], "\n".join(missing)


def test_tab_leaves_the_text_fields_of_the_forms_instead_of_typing_a_tab(window, qtbot):
    from planner.ui.commitment_dialog import CommitmentDialog
    from planner.ui.key_dates_dialog import KeyDateForm

    c = window.doc.plan.commitments[0]
    dialog = CommitmentDialog(window.doc, window.doc.commitment(c.id), save=lambda *a: None, parent=window)
    form = KeyDateForm(None, parent=window)
    for shown, fields in ((dialog, (dialog.description, dialog.quote)), (form, (form.quote,))):
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        for field in fields:
            before = field.toPlainText()
            field.setFocus()
            qtbot.keyClick(field, Qt.Key.Key_Tab)
            assert field.toPlainText() == before and not field.hasFocus()


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_status_words_meet_wcag_aa_contrast_on_light_and_dark_rows():
    from planner.qtmodels.status_colors import STANDING_COLORS

    for standing, style in STANDING_COLORS.items():
        for row in ("#ffffff", "#f0f0f0"):  # a row and an alternate row
            assert contrast(style.text, row) >= 4.5, (standing, style.text, row)
        for row in ("#1e1e1e", "#353535"):
            assert contrast(style.text_on_dark, row) >= 4.5, (standing, style.text_on_dark, row)


def test_the_status_column_follows_a_dark_palette(window):
    from PySide6.QtGui import QColor, QPalette

    from planner.qtmodels.plan_model import COL_STATUS

    tree = window.plan_view.tree
    model = tree.model()

    def status_colour():
        for row in range(model.rowCount()):
            strategy = model.index(row, 0)
            for r in range(model.rowCount(strategy)):
                initiative = model.index(r, 0, strategy)
                if model.rowCount(initiative):
                    return model.index(0, COL_STATUS, initiative).data(Qt.ItemDataRole.ForegroundRole).color()

    light = status_colour()
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    old = QApplication.palette()
    QApplication.setPalette(dark)
    try:
        assert status_colour().lightness() > light.lightness()
    finally:
        QApplication.setPalette(old)


def test_tab_reaches_every_part_of_the_window_in_reading_order(window, qtbot):
    """From the filter at the top, Tab goes through its fields, then the plan list, the
    timeline and the details, and comes round again: nothing needs the mouse to be reached."""
    window.activateWindow()
    window.findChild(FilterBar).text.setFocus()
    names = []
    for _ in range(9):
        focused = QApplication.focusWidget()
        names.append(focused.accessibleName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert names == ["Filter words", "Strategy", "Responsible", "Status", "Due within", "Dates",
                     "Plan", "Timeline", "Details of the selected commitment"]
    assert QApplication.focusWidget().accessibleName() == "Filter words"


def test_a_marks_title_tells_its_status_by_symbol_not_by_colour_alone():
    from planner.domain.status import Standing
    from planner.timeline.painting import label_text

    symbols = {label_text("Report", s).split(" ")[0] for s in Standing}
    assert len(symbols) == len(Standing)  # one symbol a status, each different
    assert label_text("Report", Standing.OVERDUE) == "! Report"
