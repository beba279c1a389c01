"""Renders the app's SVG icon to the PNG sizes desktops look for (hicolor theme sizes).

Run after changing planner/desktop/icons/*.svg: `.venv/bin/python scripts/make_icons.py`.
The PNGs are committed, so installing needs no SVG renderer.
"""
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parents[1] / "planner" / "desktop" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])  # noqa: F841 - Qt needs it
    for svg in ICONS.glob("*.svg"):
        renderer = QSvgRenderer(str(svg))
        for size in SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            image.save(str(ICONS / f"{svg.stem}-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
