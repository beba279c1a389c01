"""Window fixtures: the real main window on a real SQLite plan, offscreen."""
import pytest
from PySide6.QtCore import QLocale, QSettings

from planner.i18n import install_translators
from tests.ui.helpers import opened_window


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db_url, clock, settings):
    """The window as an officer opens it every day: on a plan file made at an earlier start,
    shown from its first look, and editable once its store is attached."""
    w = opened_window(qtbot, db_url, clock, settings)
    yield w
    w.doc.close_store()


@pytest.fixture
def speaking(qapp):
    """Install a language's translators for one test (`speaking("fr")`), and take them out after it."""
    installed = []
    yield lambda language: installed.extend(install_translators(qapp, language))
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))
