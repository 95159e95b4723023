"""Wrapped cells in the workbook sit in rows tall enough to show them whole, on screen and in print.

Read back with openpyxl: a row whose wrapped text needs several lines has an explicit height of at
least those lines; and, where LibreOffice Calc is installed, its PDF print has no text running
into the row below (the overlap that issue 16 saw).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.row_heights import DEFAULT_WIDTH, LINE_HEIGHT, MAX_HEIGHT, line_count

LONG = "Lång anteckning som måste radbrytas flera gånger i cellen, ord för ord. " * 8
LINES = "rad ett\r\nrad två\r\nrad tre\nrad fyra"
LAST = "Sista raden."
DEFAULT_ROW = 15  # points: the row of an 11-point font


def _export(exported, tmp_path):
    dialogue = exported.dialogues["second"]
    for text in (LINES, LONG, LAST):
        exported.project.notes.add(dialogue.id, text, status="approved")
    path = tmp_path / "rader.xlsx"
    export(exported.project, "xlsx", path, ExportOptions(language="sv"))
    return path


def _wrapped_rows(sheet):
    """(row number, the most lines any of its wrapped cells needs), for every row."""
    for row in sheet.iter_rows():
        needs = [line_count(c.value, sheet.column_dimensions[c.column_letter].width or DEFAULT_WIDTH, bool(c.font.b))
                 for c in row if isinstance(c.value, str) and c.alignment.wrap_text]
        yield row[0].row, max(needs, default=1)


def test_every_row_with_wrapped_text_is_as_tall_as_its_lines(exported, tmp_path):
    book = openpyxl.load_workbook(_export(exported, tmp_path))
    seen = 0
    for sheet in book.worksheets:
        for number, lines in _wrapped_rows(sheet):
            height = sheet.row_dimensions[number].height
            if lines > 1:
                seen += 1
                assert height is not None and height >= min(MAX_HEIGHT, lines * 11 * LINE_HEIGHT), (sheet.title, number)
            else:
                assert height is None, (sheet.title, number)  # one line: the reader's own height
    assert seen >= 3


def test_the_long_and_the_multi_line_notes_get_their_lines(exported, tmp_path):
    sheet = openpyxl.load_workbook(_export(exported, tmp_path)).worksheets[0]
    text = [c.value for c in sheet[1]].index("Text")
    rows = {row[text].value: row[0].row for row in sheet.iter_rows(min_row=2)}
    # eight sentences of 72 characters in a column 60 "0"s wide: no font fits that in fewer than 6 lines
    assert sheet.row_dimensions[rows[LONG]].height >= 6 * DEFAULT_ROW
    # three line breaks, the CRLFs counted once each
    assert sheet.row_dimensions[rows[LINES]].height >= 4 * DEFAULT_ROW
    assert sheet.row_dimensions[rows[LINES]].height < 5 * DEFAULT_ROW


def test_line_count_wraps_words_and_counts_each_break_once():
    assert line_count("kort", 60) == 1
    assert line_count("", 10) == 1
    assert line_count("a\r\nb\rc\nd", 60) == 4
    assert line_count("ord " * 30, 20) > line_count("ord " * 30, 60) > 1
    assert line_count("x" * 100, 10) >= 10  # a word longer than the line is broken
    assert line_count("漢字" * 20, 20) > line_count("ab" * 20, 20)  # wide characters take more room


def test_libreoffice_prints_every_wrapped_cell_inside_its_row(exported, tmp_path):
    office = shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    path = _export(exported, tmp_path)
    result = subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                            capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "rader.pdf"
    if not pdf.is_file():  # LibreOffice without Calc: "source file could not be loaded"
        pytest.skip(f"LibreOffice could not open the workbook: {result.stderr.strip()}")
    words = _words(subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
                                  capture_output=True, text=True, check=True).stdout)
    tops = sorted(top for word, top, _bottom in words if re.fullmatch(r"D\d-\d{3}", word))  # each row's top
    assert len(tops) >= 10
    _inside_its_row(words, tops, first="rad", every="fyra")
    _inside_its_row(words, tops, first="Lång", every="radbrytas", count=8)


def _inside_its_row(words, tops, first: str, every: str, count: int = 1) -> None:
    """Every ``every`` word of the note that starts with ``first`` ends above the next row's top."""
    start = min(top for word, top, _bottom in words if word == first)
    row_top = max(t for t in tops if t <= start + 1)
    next_top = min(t for t in tops if t > row_top + 1)
    bottoms = [bottom for word, _top, bottom in words if word == every]
    assert len(bottoms) == count, "the note was not printed whole on the first page"
    assert max(bottoms) <= next_top + 1, f"the note's lines run into the next row ({every!r})"


def _words(bbox_html: str) -> list[tuple[str, float, float]]:
    found = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', bbox_html)
    return [(word, float(top), float(bottom)) for top, bottom, word in found]
