"""Exports read back as plain text, and that text compared with a stored reference file.

Each format is read back with the library a reader's tool would trust (openpyxl, python-docx,
pypdf, lxml) and written out as lines a diff can show: what changed in an export is then seen
in the test's output, in words, rather than as a changed zip.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

REFERENCE = Path(__file__).resolve().parent / "reference"
UPDATE_ENV = "DIALOG_APP_UPDATE_REFERENCE"
EXPORT_TIME = "(the export's time)"


def check(name: str, actual: str) -> None:
    """Fail with a unified diff unless ``actual`` is the stored reference/``name``.

    With DIALOG_APP_UPDATE_REFERENCE=1 the reference is written from ``actual`` instead: a
    deliberate change of an export is made by regenerating and reviewing the diff in git.
    """
    path = REFERENCE / name
    if os.environ.get(UPDATE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    if not path.is_file():
        pytest.fail(f"{path} is missing; write it with {UPDATE_ENV}=1 and review what it holds")
    expected = path.read_bytes().decode("utf-8")  # as bytes: line ends are part of a CSV
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"reference/{name}", tofile="this export",
        )
        shown = "".join(line if line.endswith("\n") else line + "\n" for line in diff)
        pytest.fail(f"the export differs from reference/{name} "
                    f"(set {UPDATE_ENV}=1 to accept it deliberately):\n{shown}", pytrace=False)


def _line(value: object) -> str:
    """One value as JSON: quotes show leading and trailing spaces, escapes show tabs and line breaks.

    A date and time is written unquoted ("datetime 2026-03-12T13:05:00"), so that one turned into
    text (which a spreadsheet no longer sorts by time) shows in the diff.
    """
    if isinstance(value, datetime):
        return f"datetime {value.isoformat()}"
    return json.dumps(value, ensure_ascii=False)


def xlsx_text(path: Path) -> str:
    """Every sheet's cell values, row by row."""
    book = openpyxl.load_workbook(path)
    lines: list[str] = []
    for sheet in book.worksheets:
        lines.append(f"## {sheet.title} ({sheet.dimensions})")
        lines += ["[" + ", ".join(_line(v) for v in row) + "]" for row in sheet.iter_rows(values_only=True)]
    return "\n".join(lines) + "\n"


def docx_text(path: Path) -> str:
    """The document's properties, its body's paragraphs (style and text) and tables, and its footers."""
    document = docx.Document(str(path))
    p = document.core_properties
    lines = ["## properties"]
    for key in ("title", "subject", "author", "last_modified_by", "keywords", "comments", "language",
                "created", "modified"):
        lines.append(f"{key}: {_line(getattr(p, key))}")
    lines.append("## body")
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            lines.append(f"[table: {item.style.name if item.style is not None else ''}]")
            lines += ["  [" + ", ".join(_line(c.text) for c in row.cells) + "]" for row in item.rows]
        else:
            lines.append(f"[{item.style.name}] {_line(item.text)}")
    for number, section in enumerate(document.sections, 1):
        lines.append(f"## section {number}: first page different: {section.different_first_page_header_footer}")
        lines.append("footer: " + _line([par.text for par in section.footer.paragraphs]))
        lines.append("first page footer: " + _line([par.text for par in section.first_page_footer.paragraphs]))
    return "\n".join(lines) + "\n"


def pdf_text(path: Path) -> str:
    """The text of each page as pypdf extracts it."""
    reader = PdfReader(path)
    pages = [f"=== page {n} of {len(reader.pages)} ===\n{page.extract_text() or ''}"
             for n, page in enumerate(reader.pages, 1)]
    return "\n".join(pages) + "\n"


_MOMENT = re.compile(r'(creationDateTime|modifiedDateTime)="([^"]+)"')


def qdpx_text(path: Path, made_from: datetime, made_until: datetime) -> str:
    """The zip's entries and the text of each, project.qde with the export's own moment normalised.

    The REFI writer stamps the project, the sources and the codings with the time of the export
    (the wall clock); those stamps, and only those, become EXPORT_TIME. A note's own time stays.
    """
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        parts = [f"## entries\n{_line(names)}"]
        for name in names:
            text = archive.read(name).decode("utf-8")
            if name == "project.qde":
                text = _MOMENT.sub(lambda m: _moment(m, made_from, made_until), text)
            parts.append(f"## {name}\n{text}")
    return "\n".join(parts) + "\n"


def _moment(match: re.Match[str], made_from: datetime, made_until: datetime) -> str:
    stamp = datetime.fromisoformat(match.group(2).replace("Z", "+00:00"))
    during_export = made_from.replace(microsecond=0) <= stamp <= made_until
    return f'{match.group(1)}="{EXPORT_TIME}"' if during_export else match.group(0)
