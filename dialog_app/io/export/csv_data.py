"""The notes as a CSV file: one row per note, for any program that reads a table.

UTF-8 with a byte order mark, so that Excel reads å, ä, ö and Sámi letters right; the
delimiter the options ask for (a semicolon for Swedish Excel, a comma for English); CRLF line
ends and quoting as RFC 4180 has them, so a line break inside a note stays inside its field.
The columns are those of the workbook's notes sheet (note_table.py), dates written as
"2026-03-12 13:00", and every text field safe from formula injection (cells.py).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import BinaryIO

from dialog_app.core.jobs import Job
from dialog_app.io.export import note_table
from dialog_app.io.export.report import Report

DATETIME_FORMAT = "%Y-%m-%d %H:%M"


def write(report: Report, stream: BinaryIO, job: Job) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        table = csv.writer(text, delimiter=report.options.delimiter, quotechar='"', doublequote=True,
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        table.writerow(note_table.headers(report))
        for values in note_table.rows(report, job):
            table.writerow([_field(value) for value in values])
        text.flush()
    finally:
        text.detach()  # the stream belongs to the caller, who closes it


def _field(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT)
    return "" if value is None else value
