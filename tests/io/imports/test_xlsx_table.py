"""Excel workbooks as rows of text: the sheet chosen, cells as a person reads them, and workbooks
that are hostile or merely enormous refused or cut short in time."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.xlsx_table import EMPTY_RUN, cell_text, read_workbook

SHEET_XML = "xl/worksheets/sheet1.xml"
BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def workbook_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_member(data: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one member replaced (or added), as a hostile sender would make it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            if item.filename != name:
                copy.writestr(item, original.read(item))
        copy.writestr(name, content)
    return out.getvalue()


def refusal(data: bytes) -> FileProblem:
    with pytest.raises(ImportFileError) as refused:
        read_workbook(data, None)
    return refused.value.problem


def test_the_sheet_asked_for_is_read_and_every_sheet_named():
    data = workbook_bytes({"Instruktioner": [["Fyll i bladet Svar"]], "Svar": [["Synpunkt"], ["Mer buss"]]})
    sheet = read_workbook(data, "Svar")
    assert (sheet.sheets, sheet.name, sheet.rows, sheet.numbers) == (
        ("Instruktioner", "Svar"), "Svar", [["Synpunkt"], ["Mer buss"]], [1, 2])
    assert read_workbook(data, None).name == "Instruktioner"
    assert read_workbook(data, None, lambda top: top[0] == ["Synpunkt"]).name == "Svar"


def test_a_sheet_not_in_the_workbook_is_refused_by_name():
    with pytest.raises(ImportFileError) as refused:
        read_workbook(workbook_bytes({"Blad1": [["a"]]}), "Blad2")
    assert (refused.value.problem, refused.value.detail) == (FileProblem.NO_SHEET, "Blad2")


def test_cells_read_as_a_person_sees_them():
    assert [cell_text(v) for v in (None, 3, 3.0, 2.5, -0.0, True, "  text ")] == [
        "", "3", "3", "2.5", "0", "TRUE", "  text "]
    assert cell_text(datetime(2024, 3, 5, 14, 3, 21, 999_700)) == "2024-03-05 14:03:22"
    assert cell_text(date(2024, 3, 5)) == "2024-03-05"


def test_blank_rows_are_skipped_but_rows_keep_their_numbers():
    data = workbook_bytes({"Blad1": [["Synpunkt", None, None], [None], ["Ja", 12, datetime(2024, 3, 5, 9, 30)]]})
    sheet = read_workbook(data, None)
    assert sheet.rows == [["Synpunkt"], ["Ja", "12", "2024-03-05 09:30:00"]] and sheet.numbers == [1, 3]


def test_a_sheet_formatted_down_to_the_last_excel_row_is_read_in_moments():
    book = Workbook()
    sheet = book.active
    sheet.append(["Synpunkt"])
    sheet.append(["Mer grönt"])
    fill = PatternFill("solid", fgColor="FFFF00")
    for row in range(3, 3 + 3 * EMPTY_RUN):  # formatted, empty cells: what Excel leaves after a "format column"
        sheet.cell(row=row, column=1).fill = fill
    sheet.cell(row=1_048_576, column=1).fill = fill
    out = io.BytesIO()
    book.save(out)
    started = time.monotonic()
    read = read_workbook(out.getvalue(), None)
    assert read.rows == [["Synpunkt"], ["Mer grönt"]]
    assert time.monotonic() - started < 10


def test_an_entity_bomb_in_a_sheet_is_refused_at_once():
    data = with_member(workbook_bytes({"Blad1": [["a"]]}), SHEET_XML, BOMB.encode())
    started = time.monotonic()
    assert refusal(data) is FileProblem.UNSAFE_XML
    assert time.monotonic() - started < 5


def test_an_entity_bomb_hidden_behind_a_long_comment_is_refused_by_the_parser():
    hidden = BOMB.replace("<!DOCTYPE", "<!--" + "x" * 100_000 + "-->\n<!DOCTYPE", 1)
    data = with_member(workbook_bytes({"Blad1": [["a"]]}), SHEET_XML, hidden.encode())
    assert refusal(data) is FileProblem.UNSAFE_XML


def test_a_zip_bomb_member_is_refused_before_openpyxl_sees_it():
    data = with_member(workbook_bytes({"Blad1": [["a"]]}), "xl/media/image1.png", bytes(64 * 1024 * 1024))
    assert refusal(data) is FileProblem.ZIP_BOMB


def test_a_file_that_is_no_workbook_is_refused_as_broken(tmp_path: Path):
    assert refusal(b"Synpunkt;Grupp\r\nMer buss;Kommun\r\n") is FileProblem.BROKEN
    docx_like = with_member(workbook_bytes({"Blad1": [["a"]]}), "xl/workbook.xml", b"<not a workbook/>")
    assert refusal(docx_like) is FileProblem.BROKEN
