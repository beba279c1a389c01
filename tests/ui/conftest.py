"""Window fixtures: the real main window on a real SQLite plan, offscreen."""
import pytest
from PySide6.QtCore import QSettings

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
