"""Paper sizes by name, and the drawing units a sheet is laid out in. Pure Python, no Qt."""
from __future__ import annotations

from planner.domain.sentences import QT_TRANSLATE_NOOP, said

from .errors import PrintError

MM_PER_INCH = 25.4

# Portrait width x height in millimetres (ISO 216 and the North American sizes).
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}


def page_name(text: str) -> str:
    """The known name for `text` in any case ("a3" -> "A3"); PrintError naming the known ones."""
    for name in PAGE_SIZES_MM:
        if name.casefold() == text.strip().casefold():
            return name
    raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The page size {text!r} is not known; use one of: {sizes}."), text=text, sizes=", ".join(PAGE_SIZES_MM)))


def page_size_mm(name: str, landscape: bool) -> tuple[float, float]:
    """Width and height of the named page as it lies on the desk."""
    w, h = PAGE_SIZES_MM[page_name(name)]
    return (h, w) if landscape else (w, h)


def mm_to_units(mm: float, units_per_inch: float) -> float:
    return mm / MM_PER_INCH * units_per_inch


