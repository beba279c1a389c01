"""Reading what was printed as a reader would: poppler's pdfinfo and pdftotext, and PNG headers."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(not (shutil.which("pdfinfo") and shutil.which("pdftotext")), reason="poppler-utils (pdfinfo, pdftotext) is not installed; scripts/system-packages.sh test installs it")


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def pdf_pages(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout


def word_heights(path: Path) -> list[float]:
    """Height of every word's box in points (pdftotext -bbox): about 1.2 x its font size."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [float(y1) - float(y0) for y0, y1 in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html)]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])
