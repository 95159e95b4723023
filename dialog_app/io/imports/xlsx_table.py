"""An Excel workbook (.xlsx) from a stranger as rows of text, from the sheet asked for.

The bytes reach openpyxl only after ``zip_guard`` accepted the archive and no XML part declares a
document type (openpyxl parses through defusedxml as well, for a declaration hidden further in).
Workbooks are opened read-only with cached formula values, so a big one streams instead of being
built in memory. Cells become the text a person sees: whole numbers without ".0", dates and times
as ISO text (which the time column reads; whole seconds, since Excel's day fractions leave noise in
the microseconds). Sheets that Excel formatted down to row 1 048 576 are not read to the end: a
long run of empty rows is where the table stopped.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.io.imports.safe_xml import has_declaration
from dialog_app.io.imports.zip_guard import open_zip

EMPTY_RUN = 10_000  # this many empty rows in a row: the rest is formatting, not answers
XML_HEAD = 64 * 1024  # a document type declaration stands before the first element
TOP_ROWS = 20  # enough of a sheet to recognise a layout's header
CHECK_EVERY = 1000  # rows between two looks at whether the user cancelled


@dataclass(frozen=True)
class SheetRows:
    """The rows of one sheet that are not blank, each with its row number (from 1), and every sheet's name."""

    sheets: tuple[str, ...]
    name: str
    rows: list[list[str]]
    numbers: list[int]


def read_workbook(data: bytes, sheet: str | None,
                  recognise: Callable[[Sequence[Sequence[str]]], bool] = lambda top: False,
                  job: Job | None = None) -> SheetRows:
    """The rows of ``sheet``; without one, of the first sheet whose top ``recognise`` accepts, else the first.

    ``job`` is checked now and then, so that a cancel stops a long workbook while it is read."""
    _refuse_declarations(open_zip(data))
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise _refusal(error) from error
    try:
        names = tuple(ws.title for ws in workbook.worksheets)
        if sheet is not None and sheet not in names:
            raise ImportFileError(FileProblem.NO_SHEET, sheet)
        if not names:
            raise ImportFileError(FileProblem.NOTHING)
        chosen = sheet or next((n for n in names if recognise(_rows(workbook[n], TOP_ROWS)[0])), names[0])
        rows, numbers = _rows(workbook[chosen], job=job)
        return SheetRows(names, chosen, rows, numbers)
    except (ImportFileError, Cancelled):
        raise
    except Exception as error:  # a sheet is parsed lazily, so its faults show while rows are read
        raise _refusal(error) from error
    finally:
        workbook.close()


def _refusal(error: Exception) -> ImportFileError:
    """Why openpyxl failed, in our words; it wraps defusedxml's refusals in errors of its own."""
    cause: BaseException | None = error
    while cause is not None:
        if type(cause).__module__.startswith("defusedxml"):
            return ImportFileError(FileProblem.UNSAFE_XML)
        cause = cause.__cause__ or cause.__context__
    return ImportFileError(FileProblem.BROKEN, str(error).splitlines()[0] if str(error) else type(error).__name__)


def _refuse_declarations(archive: zipfile.ZipFile) -> None:
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels", ".vml")):
            try:
                with archive.open(member) as stream:
                    head = stream.read(XML_HEAD)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
                raise ImportFileError(FileProblem.BROKEN, f"{member.filename}: {error}") from error
            if has_declaration(head):
                raise ImportFileError(FileProblem.UNSAFE_XML)


def _rows(worksheet, limit: int | None = None, job: Job | None = None) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, cells in _numbered(worksheet):
        if limit is not None and number > limit:
            break
        if job is not None and len(rows) % CHECK_EVERY == 0:
            job.check()
        rows.append(cells)
        numbers.append(number)
    return rows, numbers


def _numbered(worksheet) -> Iterator[tuple[int, list[str]]]:
    """Each row that is not blank, trimmed of its blank cells at the end; stops at a long empty run."""
    empty = 0
    for number, values in enumerate(worksheet.iter_rows(values_only=True), 1):
        cells = [cell_text(value) for value in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            empty += 1
            if empty >= EMPTY_RUN:
                return
            continue
        empty = 0
        yield number, cells


def cell_text(value: object) -> str:
    """A cell's value as the text a person reads in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return _whole_seconds(value).isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _whole_seconds(moment: datetime) -> datetime:
    return (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
