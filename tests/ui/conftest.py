"""Window fixtures: the real main window on a real SQLite plan, offscreen."""
import pytest
from PySide6.QtCore import QSettings

from planner.app import build_window


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db_url, clock, settings):
    w = build_window(db_url, clock, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.store.close()
