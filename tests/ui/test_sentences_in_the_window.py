"""What the layers below the window refuse reaches the officer in the window's language: a date
phrase the reader cannot read, a value the gate turns away, in the commitment dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .helpers import opened_window, select


@pytest.mark.parametrize("language, refused, too_long", [
    ("fr", "Impossible de lire la date 'T5 2021' : utilisez une forme telle que « T4 2020 », « d'ici fin 2020 »",
     "La valeur 'xxx", ),
    ("de", "Das Datum 'T5 2021' ist nicht lesbar: verwenden Sie eine Form wie „Q4 2020“, „bis Ende 2020“",
     "Der Wert 'xxx"),
])
def test_the_commitment_dialog_says_a_refused_date_and_value_in_the_windows_language(qtbot, db_url, clock, settings, speaking, language, refused, too_long):
    speaking(language)
    window = opened_window(qtbot, db_url, clock, settings)
    select(window, "Europol")
    qtbot.keyClick(window.plan_view.tree, Qt.Key.Key_Return)
    dialog = window.features.edit_actions.dialog
    dialog.due.setText("T5 2021")
    assert not dialog.ok_button.isEnabled()
    assert dialog.due.feedback.text().startswith(refused)
    assert dialog.due.feedback.text().endswith("('T5' reste à côté de la date '2021')." if language == "fr" else "('T5' bleibt neben dem Datum '2021' übrig).")
    dialog.due.setText("T4 2021")
    dialog.actor.setCurrentText("x" * 201)
    [problem] = dialog.problems()
    assert problem.startswith(too_long)
    assert problem.endswith(" (201 caractères) du champ « acteur » dépasse les 200 caractères permis." if language == "fr"
                            else " (201 Zeichen) im Feld „Akteur“ ist länger als die erlaubten 200 Zeichen.")
    dialog.reject()
    window.doc.close_store()
