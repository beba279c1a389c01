"""The devices a snapshot goes to: a PDF, PNG pictures, SVG drawings, a printer.

Each is set to the sheet's resolution (`units_per_inch`), so text is measured and drawn alike,
and is drawn page by page by `draw_page`: vectors and real text in PDF, SVG and on a printer,
pixels at the chosen dpi in a PNG. Files are made in memory and written with
`write_atomically`: a failed write leaves no file, and no half of one, behind.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPicture
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator

from planner.domain.sentences import QT_TRANSLATE_NOOP, said
from planner.files import FileWriteError, write_atomically

from .composer import draw_page
from .content import Content
from .errors import PrintError
from .layout import Layout, lay_out
from .options import SnapshotOptions
from .paper import MM_PER_INCH, PAGE_SIZES_MM, mm_to_units
from .sheet import page_units, units_per_inch

SUFFIXES = (".pdf", ".png", ".svg")


def page_layout(options: SnapshotOptions) -> QPageLayout:
    """The Qt page (size, orientation, no margins: the sheet keeps its own) for the options."""
    w, h = PAGE_SIZES_MM[options.page]
    size = QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, options.page, QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def pdf_bytes(content: Content, options: SnapshotOptions) -> tuple[bytes, int]:
    """The whole snapshot as one PDF, and its number of pages."""
    layout = lay_out(content, options, *page_units(options))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(units_per_inch())
    writer.setPageLayout(page_layout(options))
    writer.setTitle(content.title)
    writer.setCreator("Planner")
    _draw_pages(writer, layout, content, writer.newPage)
    buffer.close()
    return bytes(data.data()), len(layout.pages)


def png_pages(content: Content, options: SnapshotOptions) -> list[bytes]:
    """One PNG a page, the page's size at `options.dpi`."""
    width, height = page_units(options)
    layout = lay_out(content, options, width, height)
    upi = units_per_inch()
    zoom = options.dpi / upi
    out = []
    for page in layout.pages:
        image = QImage(round(width * zoom), round(height * zoom), QImage.Format.Format_RGB32)
        # Text is measured at the sheet's resolution: the image says it has that one while drawn.
        _set_dpi(image, upi)
        p = QPainter(image)
        p.scale(zoom, zoom)
        draw_page(p, layout, page, content)
        p.end()
        _set_dpi(image, options.dpi)
        out.append(_saved(image))
    return out


def svg_pages(content: Content, options: SnapshotOptions) -> list[bytes]:
    """One SVG drawing a page, in millimetres, with real text."""
    width, height = page_units(options)
    layout = lay_out(content, options, width, height)
    out = []
    for page in layout.pages:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        svg = QSvgGenerator()
        svg.setOutputDevice(buffer)
        svg.setResolution(units_per_inch())
        svg.setSize(QSize(round(width), round(height)))
        svg.setViewBox(QRectF(0, 0, width, height))
        svg.setTitle(content.title)
        svg.setDescription(f"Status as of {content.as_of.isoformat()}, page {page.number} of {len(layout.pages)}")
        p = QPainter(svg)
        draw_page(p, layout, page, content)
        p.end()
        buffer.close()
        out.append(bytes(data.data()))
    return out


def print_on(printer: QPrinter, content: Content, options: SnapshotOptions) -> int:
    """Draws the snapshot on `printer` at the page size and orientation it is set to; the pages."""
    printer.setFullPage(True)  # the sheet keeps its own margins, from the paper's edge
    upi = units_per_inch()
    printer.setResolution(upi)
    paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    layout = lay_out(content, options, mm_to_units(paper.width(), upi), mm_to_units(paper.height(), upi))
    if printer.resolution() == upi:
        _draw_pages(printer, layout, content, printer.newPage)
    else:
        # A printer that keeps its own resolution gets each page as a QPicture: recorded at the
        # sheet's resolution, replayed scaled to the printer's, text and metrics alike.
        _play_pages(printer, layout, content)
    return len(layout.pages)


def write_snapshot(path: Path, content: Content, options: SnapshotOptions) -> tuple[list[Path], int]:
    """Writes the snapshot to `path` by its suffix; a picture of several pages goes to one file a
    page (plan-1.png, plan-2.png...). Returns the files written and the pages; none on an error."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The file {path} has an unknown type; a snapshot is written as {suffixes}."), path=path, suffixes=", ".join(SUFFIXES)))
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise FileWriteError(said(QT_TRANSLATE_NOOP("Files", "The folder {folder} for {name} does not exist."), folder=path.parent, name=path.name))  # before the drawing, not after
    if suffix == ".pdf":
        pdf, pages = pdf_bytes(content, options)
        blobs = [pdf]
    else:
        blobs = png_pages(content, options) if suffix == ".png" else svg_pages(content, options)
        pages = len(blobs)
    paths = [path] if len(blobs) == 1 else [path.with_name(f"{path.stem}-{n}{suffix}") for n in range(1, len(blobs) + 1)]
    written: list[Path] = []
    try:
        for target, blob in zip(paths, blobs, strict=True):
            write_atomically(target, blob)
            written.append(target)
    except FileWriteError:
        for done in written:
            done.unlink(missing_ok=True)  # all pages or none
        raise
    return paths, pages


def _draw_pages(device, layout: Layout, content: Content, new_page) -> None:
    p = QPainter(device)
    if not p.isActive():
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The printer could not be started; nothing was printed.")))
    try:
        for n, page in enumerate(layout.pages):
            if n:
                new_page()
            draw_page(p, layout, page, content)
    finally:
        p.end()


def _play_pages(printer: QPrinter, layout: Layout, content: Content) -> None:
    pictures = []
    for page in layout.pages:
        picture = QPicture()
        p = QPainter(picture)
        draw_page(p, layout, page, content)
        p.end()
        pictures.append(picture)
    p = QPainter(printer)
    if not p.isActive():
        raise PrintError(said(QT_TRANSLATE_NOOP("Printing", "The printer could not be started; nothing was printed.")))
    try:
        for n, picture in enumerate(pictures):
            if n:
                printer.newPage()
            p.drawPicture(0, 0, picture)
    finally:
        p.end()


def _set_dpi(image: QImage, dpi: float) -> None:
    per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)


def _saved(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the format as text; its stubs say bytes, which it refuses
    buffer.close()
    return bytes(data.data())
