"""The notes as an Excel workbook: a sheet of notes, a theme × stakeholder group table, and "About".

For the people who go on working with the consultation's material in a spreadsheet: one row per
published note with every field (note_table.py), ready to filter (bold frozen header,
autofilter, wrapped text in rows tall enough to print it (row_heights.py), real dates); the
counts per theme and group (theme_counts.py); and a sheet that says what the file holds and what
was masked (export_facts.py). Every text cell is stored as text and made safe from formula
injection (cells.py). The workbook is built in memory rather than in openpyxl's write-only mode,
whose temporary files would outlive a cancelled export (and could hold unmasked personal data).
"""

from __future__ import annotations

import re
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from dialog_app.core.jobs import Job
from dialog_app.io.export import note_table
from dialog_app.io.export.cells import safe
from dialog_app.io.export.export_facts import facts
from dialog_app.io.export.note_table import DATETIME, LONG_TEXT, NUMBER, TEXT
from dialog_app.io.export.report import Report
from dialog_app.io.export.row_heights import fit_rows
from dialog_app.io.export.theme_counts import CountRow, count_table
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

MAX_CELL = 32_767  # characters Excel holds in one cell
DATE_FORMAT = "yyyy-mm-dd hh:mm"
BOLD = Font(bold=True)
ITALIC = Font(italic=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TOP = Alignment(vertical="top")
WRAPPED = Alignment(vertical="top", wrap_text=True)
TOTAL_BORDER = Border(top=Side(style="thin"))
# Column widths, in characters: long texts get a fixed width and wrap, the rest fit their content.
LONG_WIDTHS = {"text": 60, "question": 36, "themes": 36}
DATE_WIDTH = 17
MIN_WIDTH, MAX_WIDTH = 8, 40
MEASURED_ROWS = 500  # rows looked at to size the columns
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write(report: Report, stream: BinaryIO, job: Job) -> None:
    w = report.wording
    book = Workbook()
    book.remove(book.active)
    _notes_sheet(book.create_sheet(_sheet_name(w(QT_TRANSLATE_NOOP("Export", "Notes")))), report, job)
    job.check()
    _counts_sheet(book.create_sheet(_sheet_name(w(QT_TRANSLATE_NOOP("Export", "Themes × groups")))), report)
    _about_sheet(book.create_sheet(_sheet_name(w(QT_TRANSLATE_NOOP("Export", "About")))), report)
    for sheet in book.worksheets:
        job.check()
        fit_rows(sheet)  # wrapped cells print whole (row_heights.py)
    job.check()
    book.save(stream)


# --- the sheets --------------------------------------------------------------------------------

def _notes_sheet(sheet, report: Report, job: Job) -> None:
    columns = note_table.columns(report)
    keys = tuple(column.key for column in columns)
    sample = [note_table.row(report, note, keys) for note in report.notes[:MEASURED_ROWS]]
    for number, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = _width(column, [r[number - 1] for r in sample])
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.append([_header(sheet, text) for text in note_table.headers(report)])
    for values in note_table.rows(report, job):
        sheet.append([_cell(sheet, value, column.kind) for value, column in zip(values, columns)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(report.notes) + 1}"


def _counts_sheet(sheet, report: Report) -> None:
    w = report.wording
    table = count_table(report, w(QT_TRANSLATE_NOOP("Export", "No theme")),
                        w(QT_TRANSLATE_NOOP("Export", "Total (each note once)")))
    not_stated = w(QT_TRANSLATE_NOOP("Export", "Group not stated"))
    group_headers = [group or not_stated for group in table.groups]
    labels = [row.label for row in (*table.themes, table.total)]
    sheet.column_dimensions["A"].width = min(max([len(label) for label in labels] + [20]) + 4, 60)
    for number in range(2, len(group_headers) + 3):
        sheet.column_dimensions[get_column_letter(number)].width = 14
    sheet.freeze_panes = "B2"
    sheet.append([_header(sheet, text) for text in
                  [w(QT_TRANSLATE_NOOP("Export", "Theme")), *group_headers, w(QT_TRANSLATE_NOOP("Export", "Total"))]])
    for row in table.themes:
        sheet.append(_count_row(sheet, row))
    if table.uncovered is not None:
        sheet.append(_count_row(sheet, table.uncovered, font=ITALIC))
    sheet.append(_count_row(sheet, table.total, font=BOLD, border=TOTAL_BORDER))
    sheet.append([])
    sheet.append([_cell(sheet, w(QT_TRANSLATE_NOOP(
        "Export", "A note with several themes is counted under each of them, and a sub-theme's notes are "
                  "not added to its main theme; the total row counts each note once.")), font=ITALIC)])


def _about_sheet(sheet, report: Report) -> None:
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 80
    for label, value in facts(report):
        value_cell = _cell(sheet, value, LONG_TEXT)
        if isinstance(value, int):
            value_cell.alignment = Alignment(vertical="top", horizontal="left")
        sheet.append([_cell(sheet, label, font=BOLD), value_cell])


# --- cells -------------------------------------------------------------------------------------

def _header(sheet, text: str) -> Cell:
    cell = _cell(sheet, text, font=BOLD)
    cell.fill = HEADER_FILL
    cell.alignment = WRAPPED
    return cell


def _count_row(sheet, row: CountRow, font: Font | None = None, border: Border | None = None) -> list[Cell]:
    cells = [_cell(sheet, row.label, font=font), *(_cell(sheet, n, NUMBER, font) for n in (*row.counts, row.total))]
    if row.depth:
        cells[0].alignment = Alignment(vertical="top", indent=2 * row.depth)
    if border is not None:
        for cell in cells:
            cell.border = border
    return cells


def _cell(sheet, value: object, kind: str = TEXT, font: Font | None = None) -> Cell:
    """One cell; text is always stored as text (never a formula), made safe and cut to Excel's size."""
    value = safe(value)
    if value == "":
        value = None  # an empty cell, not an empty string
    if isinstance(value, str):
        cell = Cell(sheet, value=_fit(value))
        cell.data_type = "s"
    else:
        cell = Cell(sheet, value=value)
    if kind == DATETIME and value is not None:
        cell.number_format = DATE_FORMAT
    cell.alignment = WRAPPED if kind == LONG_TEXT else TOP
    if font is not None:
        cell.font = font
    return cell


def _fit(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _width(column: note_table.Column, values: list[object]) -> float:
    if column.key in LONG_WIDTHS:
        return LONG_WIDTHS[column.key]
    if column.kind == DATETIME:
        return max(DATE_WIDTH, min(len(column.header) + 2, MAX_WIDTH))
    longest = max([len(column.header)] + [len(str(v)) for v in values if v is not None])
    return max(MIN_WIDTH, min(longest + 2, MAX_WIDTH))


def _sheet_name(name: str) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters, not blank."""
    return _SHEET_NAME_FORBIDDEN.sub("-", name).strip("'")[:31] or "Sheet"
