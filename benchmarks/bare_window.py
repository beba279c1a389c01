"""The floor for start-up: a bare PySide6 window with an empty tree, pictured as `main.py --screenshot` does.

    .venv/bin/python benchmarks/bare_window.py [OUT.png]

Same window size as the planner's first start, same picture (the event loop runs once with the
window shown, then 50 ms, then the window is read and saved as `planner/ui/window_picture.py`
does), so the difference to the planner is the planner. That module is not imported: importing
`planner` would put some of the planner into the floor. Without OUT.png the window stays open
until it is closed or the process ended (the peer benchmark measures it so).
"""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

app = QApplication([sys.argv[0]])
window = QMainWindow()
window.setCentralWidget(QTreeView(window))
window.menuBar().addMenu("&File")
window.resize(1400, 860)
window.show()


def grab() -> None:
    picture = None
    if QGuiApplication.platformName() == "offscreen":
        picture = window.screen().grabWindow(window.winId())
    if picture is None or picture.size() != window.size():
        picture = window.grab()
    picture.save(sys.argv[1], "PNG", 80)
    app.quit()


if len(sys.argv) > 1:
    QTimer.singleShot(0, lambda: QTimer.singleShot(50, grab))
sys.exit(app.exec())
