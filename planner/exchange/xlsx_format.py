"""Excel in and out: the CSV's columns on a sheet people can read, and the key dates on a second.

Export writes a readable header row, the window's days and the delivery as real Excel dates, a
frozen header and an autofilter. Import takes its own export back unchanged, and a sheet an
officer made: columns in any order, extra columns, title rows above the header, dates typed as
text or as Excel dates. A bad cell is named ("cell J7"); the file is read whole before anything
is stored, so one bad cell stops the import, as for CSV.
"""
from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from planner.domain.plan import Commitment, KeyDate, Plan
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, os_reason, said
from planner.domain.status import DEFAULT_DUE_SOON_DAYS

from .batch import ImportBatch, ImportFileError
from .csv_format import COLUMNS, commitment_from_row, plan_rows

COMMITMENTS_SHEET = "Commitments"
KEY_DATES_SHEET = "Key dates"

# The header people read, by CSV column; import also accepts the CSV's own names.
HEADINGS = {
    "id": "ID", "key": "Key", "strategy": "Strategy", "strategy_key": "Strategy key",
    "initiative": "Initiative", "initiative_key": "Initiative key", "title": "Title", "kind": "Kind",
    "due": "Due (as written)", "due_start": "Window start", "due_end": "Window end",
    "precision": "Precision", "start": "Start", "status": "Status", "standing": "Status as of export",
    "actor": "Responsible", "description": "Description", "baseline": "First announced",
    "forecast": "Forecast", "delivered_on": "Delivered on", "delivered_by": "Delivered by", "slippage_days": "Slippage (days)",
    "source": "Source", "section": "Section", "quote": "Quote", "url": "Link",
}
KEY_DATE_HEADINGS = {"day": "Day", "label": "Key date", "source": "Source", "quote": "Quote"}
DATE_COLUMNS = frozenset({"due_start", "due_end", "delivered_on"})
# Characters wide, by column: wide enough to read, narrow enough to see a row on a laptop.
_WIDTHS = {"title": 48, "due": 22, "strategy": 30, "initiative": 30, "actor": 22, "description": 40,
           "quote": 60, "url": 30, "source": 16, "section": 22}
_DATE_FORMAT = "yyyy-mm-dd"
_HEADER_SEARCH_ROWS = 20  # title rows an officer may put above the header


def plan_to_xlsx(plan: Plan, commitments: list[Commitment], as_of: date, due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> bytes:
    """The workbook's bytes: commitments on the first sheet, key dates on the second."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has its first sheet
    sheet.title = COMMITMENTS_SHEET
    records = [[row[c] for c in COLUMNS] for row in plan_rows(plan, commitments, as_of, due_soon_days)]
    _fill(sheet, [HEADINGS[c] for c in COLUMNS], records, [_WIDTHS.get(c, 14) for c in COLUMNS])
    days = book.create_sheet(KEY_DATES_SHEET)
    key_records = [[k.day, k.label, k.source_ref, k.quote] for k in sorted(plan.key_dates, key=lambda k: (k.day, k.label))]
    _fill(days, list(KEY_DATE_HEADINGS.values()), key_records, [12, 48, 16, 60])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: Worksheet, header: list[str], records: list[list[object]], widths: list[int]) -> None:
    sheet.append(header)
    for record in records:
        sheet.append([None if v == "" else v for v in record])
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, date):
                cell.number_format = _DATE_FORMAT
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def read_xlsx_file(path: Path) -> ImportBatch:
    """The whole workbook as one batch, or ImportFileError naming the file and the bad cell."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {path} cannot be read: {why}."), path=path, why=os_reason(exc))) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError):
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "The file {name} is not an Excel workbook (.xlsx)."), name=path.name)) from None
    try:
        batch = ImportBatch()
        sheet = book[COMMITMENTS_SHEET] if COMMITMENTS_SHEET in book.sheetnames else book.worksheets[0]
        _read_commitments(sheet, path.name, batch)
        if KEY_DATES_SHEET in book.sheetnames:
            _read_key_dates(book[KEY_DATES_SHEET], path.name, batch)
    finally:
        book.close()
    return batch


_SHEET = QT_TRANSLATE_NOOP("Import", "In {name}, sheet {sheet!r}")
_ROW = QT_TRANSLATE_NOOP("Import", "{where}, row {row}")


def _read_commitments(sheet: Worksheet, name: str, batch: ImportBatch) -> None:
    rows = sheet.iter_rows(values_only=True)
    where = said(_SHEET, name=name, sheet=sheet.title)
    header_row, columns = _find_header(rows, _COLUMN_NAMES, ("title", "due"), where)
    for offset, values in enumerate(rows, start=1):
        number = header_row + offset
        record = _record(values, columns, number, where)
        if not any(record.values()):
            continue  # a blank row
        batch.commitments.append(commitment_from_row(record, batch, said(_ROW, where=where, row=number)))
    if not batch.commitments:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where} has no commitments under its header."), where=where))


def _read_key_dates(sheet: Worksheet, name: str, batch: ImportBatch) -> None:
    rows = sheet.iter_rows(values_only=True)
    where = said(_SHEET, name=name, sheet=sheet.title)
    header_row, columns = _find_header(rows, _KEY_DATE_NAMES, ("day", "label"), where)
    for offset, values in enumerate(rows, start=1):
        number = header_row + offset
        record = _record(values, columns, number, where, date_columns=frozenset({"day"}))
        if not any(record.values()):
            continue
        if not record.get("label"):
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}, row {row}: the key date has no name."), where=where, row=number))
        if not record.get("day"):
            raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}, row {row}: the key date {label!r} has no day."), where=where, row=number, label=record["label"]))
        batch.key_dates.append(KeyDate(day=date.fromisoformat(record["day"]), label=record["label"],
                                       source_ref=record.get("source", ""), quote=record.get("quote", "")))


def _names(headings: dict[str, str]) -> dict[str, str]:
    """Every spelling of a column's name a header cell may have, folded, to the column."""
    names: dict[str, str] = {}
    for column, heading in headings.items():
        for spelling in (column, column.replace("_", " "), heading):
            names[_fold(spelling)] = column
    return names


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


_COLUMN_NAMES = _names(HEADINGS)
_KEY_DATE_NAMES = _names(KEY_DATE_HEADINGS)


def _find_header(rows, names: dict[str, str], needed: tuple[str, str], where: Sentence) -> tuple[int, dict[int, str]]:  # type: ignore[no-untyped-def]
    """The header's row number and which column (by index) holds which field. Rows above it
    (a title, merged cells, a date) are passed over."""
    for number, values in enumerate(rows, start=1):
        columns = {i: names[_fold(str(v))] for i, v in enumerate(values) if v is not None and _fold(str(v)) in names}
        if all(n in columns.values() for n in needed):
            cells = [i for i in sorted(columns)]
            twice = next((i for n, i in enumerate(cells) if columns[i] in (columns[j] for j in cells[:n])), None)
            if twice is not None:  # the later would quietly win over the earlier
                first = next(i for i in cells if columns[i] == columns[twice])
                raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}, the header in row {row} names the column {column!r} twice (cells {first} and {second}); name each column once."),
                                           where=where, row=number, column=columns[twice],
                                           first=f"{get_column_letter(first + 1)}{number}", second=f"{get_column_letter(twice + 1)}{number}"))
            return number, columns
        if number >= _HEADER_SEARCH_ROWS:
            break
    raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where} has no header row naming the columns {first!r} and {second!r} in its first {count} rows."),
                               where=where, first=needed[0], second=needed[1], count=_HEADER_SEARCH_ROWS))


def _record(values: tuple[object, ...], columns: dict[int, str], number: int, where: Sentence,
            date_columns: frozenset[str] = DATE_COLUMNS) -> dict[str, str]:
    """The row's cells as the text the CSV reader takes; a date column's cell, typed as a date
    or as text, must be a day, else its cell is named."""
    record: dict[str, str] = {}
    for index, column in columns.items():
        value = values[index] if index < len(values) else None
        if column in date_columns:
            record[column] = _day_text(value, where, f"{get_column_letter(index + 1)}{number}")
        else:
            record[column] = _cell_text(value)
    return record


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()  # a due date Excel turned into a date reads as the ISO day
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _day_text(value: object, where: Sentence, cell: str) -> str:
    text = _cell_text(value)
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}, cell {cell}: {text!r} is not a day; type it as a date or as 2020-12-31."),
                                   where=where, cell=cell, text=text)) from None


__all__ = ["plan_to_xlsx", "read_xlsx_file", "HEADINGS", "COMMITMENTS_SHEET", "KEY_DATES_SHEET"]
