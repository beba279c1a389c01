"""The floor for start-up: a bare PySide6 window with an empty tree, grabbed as `main.py --screenshot` does.

    .venv/bin/python benchmarks/bare_window.py OUT.png

Same window size as the planner's first start, same grab (the event loop runs once with the
window shown, then 50 ms, then `grab().save`), so the difference to the planner is the planner.
"""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

app = QApplication([sys.argv[0]])
window = QMainWindow()
window.setCentralWidget(QTreeView(window))
window.menuBar().addMenu("&File")
window.resize(1400, 860)
window.show()


def grab() -> None:
    window.grab().save(sys.argv[1])
    app.quit()


QTimer.singleShot(0, lambda: QTimer.singleShot(50, grab))
sys.exit(app.exec())
