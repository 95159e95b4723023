"""The table of notes that the spreadsheet and the CSV file share: its columns and one row per note.

Both data exports lay out the same columns in the same order, headed in the document's
language, so a CSV file and a workbook of one export can be compared line by line. Values are
plain Python: text (made safe for a spreadsheet, see cells.py), whole numbers, and naive local
datetimes, which each format writes in its own way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from dialog_app.core.jobs import Job
from dialog_app.io.export.cells import safe
from dialog_app.io.export.report import NoteEntry, Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

BATCH = 200  # rows between progress reports (each also a look for a cancel)
THEME_SEPARATOR = "; "

# What a column holds, for the layout: short text, long text to wrap, a number, a date and time.
TEXT, LONG_TEXT, NUMBER, DATETIME = "text", "long_text", "number", "datetime"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # in the document's language
    kind: str  # TEXT, LONG_TEXT, NUMBER or DATETIME


# key, English header (the source text of the "Export" context), kind
_COLUMNS = (
    ("ref", QT_TRANSLATE_NOOP("Export", "Reference"), TEXT),
    ("dialogue", QT_TRANSLATE_NOOP("Export", "Dialogue number"), NUMBER),
    ("dialogue_title", QT_TRANSLATE_NOOP("Export", "Dialogue title"), TEXT),
    ("dialogue_date", QT_TRANSLATE_NOOP("Export", "Dialogue date"), DATETIME),
    ("noted_at", QT_TRANSLATE_NOOP("Export", "Noted at"), DATETIME),
    ("group", QT_TRANSLATE_NOOP("Export", "Stakeholder group"), TEXT),
    ("kind", QT_TRANSLATE_NOOP("Export", "Kind"), TEXT),
    ("question", QT_TRANSLATE_NOOP("Export", "Question"), LONG_TEXT),
    ("table", QT_TRANSLATE_NOOP("Export", "Table"), TEXT),
    ("text", QT_TRANSLATE_NOOP("Export", "Text"), LONG_TEXT),
    ("themes", QT_TRANSLATE_NOOP("Export", "Themes"), LONG_TEXT),
    ("theme_codes", QT_TRANSLATE_NOOP("Export", "Theme codes"), TEXT),
    ("votes", QT_TRANSLATE_NOOP("Export", "Votes"), NUMBER),
    ("key_quote", QT_TRANSLATE_NOOP("Export", "Key quote"), TEXT),
    ("status", QT_TRANSLATE_NOOP("Export", "Status"), TEXT),
    ("captured_by", QT_TRANSLATE_NOOP("Export", "Captured by"), TEXT),  # personal data: only when asked for
    ("id", QT_TRANSLATE_NOOP("Export", "Note id"), TEXT),  # last, for tracing a row back to the project
)
YES = QT_TRANSLATE_NOOP("Export", "Yes")
NO = QT_TRANSLATE_NOOP("Export", "No")


def columns(report: Report) -> tuple[Column, ...]:
    """The columns of this export; "Captured by" only when personal data was asked for."""
    keep_names = report.options.include_personal_data
    return tuple(
        Column(key, report.wording(header), kind)
        for key, header, kind in _COLUMNS
        if key != "captured_by" or keep_names
    )


def headers(report: Report) -> list[str]:
    """The header row, made safe like every other text cell."""
    return [safe(column.header) for column in columns(report)]


def row(report: Report, note: NoteEntry, keys: tuple[str, ...]) -> list[object]:
    """One note's values, in the order of ``keys`` (the keys of ``columns(report)``)."""
    w = report.wording
    dialogue = report.dialogue(note.dialogue)
    themes = [report.themes[i] for i in note.themes]
    values = {
        "ref": note.ref,
        "dialogue": note.dialogue,
        "dialogue_title": dialogue.title,
        "dialogue_date": _naive(dialogue.starts_at),
        "noted_at": _naive(note.created_at),
        "group": note.group,
        "kind": note.kind,
        "question": note.question,
        "table": note.table,
        "text": note.text,
        "themes": THEME_SEPARATOR.join(theme.title for theme in themes),
        "theme_codes": THEME_SEPARATOR.join(theme.code for theme in themes if theme.code),
        "votes": note.votes,
        "key_quote": w(YES) if note.key_quote else w(NO),
        "status": note.status,
        "captured_by": note.captured_by,
        "id": str(note.id),
    }
    return [safe(values[key]) for key in keys]


def rows(report: Report, job: Job | None = None) -> Iterator[list[object]]:
    """Every note's row, in report order; reports to the job per batch (raises Cancelled)."""
    job = job or Job()
    keys = tuple(column.key for column in columns(report))
    total = len(report.notes)
    job.report(0, total)
    for done, note in enumerate(report.notes):
        if done and done % BATCH == 0:
            job.report(done, total)
        yield row(report, note, keys)
    job.report(total, total)


def _naive(moment: datetime | None) -> datetime | None:
    """The time as the report holds it (in the project's zone: gather.py) without its zone, as a
    spreadsheet stores it; None stays None."""
    if moment is None:
        return None
    local = moment.replace(tzinfo=None)
    return local.replace(microsecond=0)
