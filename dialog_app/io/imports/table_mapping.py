"""Rows of a table and a ``TableMapping`` made into an ``ImportPlan``: the one place that says what a
cell becomes, shared by the whole read and the live preview of the mapping step.

A note's text is its cell stripped of the whitespace around it: spreadsheets and forms pad answers
with spaces and trailing line breaks that nobody typed as part of the answer, and a cell of only
whitespace is no answer (no note, and no unreadable row either). A row with more cells than the
header is unreadable only when a cell past the header holds something (Excel ends rows with empty
cells freely). Each note says the row it stood in as the spreadsheet numbers it. Personal columns
never become notes; a person is made of them only when the user asked to keep them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from dialog_app.core.import_plan import (
    BadRow, FileProblem, ImportedNote, ImportedPerson, ImportFileError, ImportPlan, RowProblem, SourceKind,
)
from dialog_app.core.jobs import Job
from dialog_app.core.services.note_fields import MAX_TEXT_CHARS
from dialog_app.io.imports.column_names import is_email
from dialog_app.io.imports.source_facts import TableMapping
from dialog_app.io.imports.table_cells import parse_time, parse_votes

NumberedRow = tuple[int, Sequence[str]]  # (the row's number as a spreadsheet shows it, its cells)
REPORT_EVERY = 1000
ANSWER_SUFFIXES = (": answer", ": svar")  # Mentimeter's per-question answer columns


def question_of(column: str) -> str:
    """The question a form's column asks: its header, without Mentimeter's ": Answer"."""
    folded = column.casefold().rstrip()
    for suffix in ANSWER_SUFFIXES:
        if folded.endswith(suffix):
            return column.rstrip()[: -len(suffix)].strip()
    return column.strip()


def check_mapping(header: Sequence[str], mapping: TableMapping) -> None:
    """Raise ``ImportFileError`` when the mapping names no text column or a column the table lacks."""
    if not mapping.text:
        raise ImportFileError(FileProblem.NO_TEXT_COLUMN)
    named = (*mapping.text, mapping.question, mapping.group, mapping.time, mapping.votes, mapping.table,
             *mapping.personal)
    for column in named:
        if column is not None and column not in header:
            raise ImportFileError(FileProblem.NO_COLUMN, column)


@dataclass
class _Collected:
    notes: list[ImportedNote] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    persons: list[ImportedPerson] = field(default_factory=list)
    questions: dict[str, None] = field(default_factory=dict)  # a dict keeps the order of first appearance
    groups: dict[str, None] = field(default_factory=dict)


class _RowReader:
    """The mapping resolved to column positions once, then applied to one row at a time."""

    def __init__(self, header: Sequence[str], mapping: TableMapping) -> None:
        check_mapping(header, mapping)
        position = {name: index for index, name in enumerate(header)}
        self.width = len(header)
        self.mapping = mapping
        forms = len(mapping.text) > 1 or mapping.questions_from_header
        self.texts = [(position[c], question_of(c) if forms else None, c) for c in mapping.text]
        self.question = position.get(mapping.question) if mapping.question and not forms else None
        self.group, self.table = position.get(mapping.group or ""), position.get(mapping.table or "")
        self.time, self.votes = position.get(mapping.time or ""), position.get(mapping.votes or "")
        personal = [(position[c], is_email(c)) for c in mapping.personal] if mapping.keep_personal else []
        self.emails = [index for index, email in personal if email]
        self.names = [index for index, email in personal if not email]

    def read(self, number: int, cells: Sequence[str], out: _Collected) -> None:
        origin = f"row={number}"
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            out.bad_rows.append(BadRow(origin, RowProblem.RAGGED, str(len(cells))))
            return
        row = cells if len(cells) == self.width else [*cells[: self.width], *([""] * (self.width - len(cells)))]
        answers = [(row[index].strip(), question, column) for index, question, column in self.texts]
        answers = [answer for answer in answers if answer[0]]
        if answers and not self._read_answers(row, origin, answers, out):
            return
        if self.names or self.emails:
            self._read_person(row, origin, out)

    def _read_answers(self, row: Sequence[str], origin: str, answers: list[tuple[str, str | None, str]],
                      out: _Collected) -> bool:
        time = "" if self.time is None else row[self.time].strip()
        when: datetime | None = parse_time(time) if time else None
        if time and when is None:
            out.bad_rows.append(BadRow(origin, RowProblem.BAD_TIME, time))
            return False
        counted = "" if self.votes is None else row[self.votes]
        votes = parse_votes(counted)
        if votes is None:
            out.bad_rows.append(BadRow(origin, RowProblem.BAD_VOTES, counted.strip()))
            return False
        group = _cell(row, self.group)
        table = _cell(row, self.table)
        asked = _cell(row, self.question)
        for text, question, column in answers:
            if len(text) > MAX_TEXT_CHARS:
                out.bad_rows.append(BadRow(origin, RowProblem.TOO_LONG, column))
                continue
            question = question or asked
            out.notes.append(ImportedNote(text, origin, question, group, table, when, votes))
            if question:
                out.questions.setdefault(question)
            if group:
                out.groups.setdefault(group)
        return True

    def _read_person(self, row: Sequence[str], origin: str, out: _Collected) -> None:
        name = next((row[i].strip() for i in self.names if row[i].strip()), "")
        email = next((row[i].strip() for i in self.emails if row[i].strip()), "")
        if name or email:
            out.persons.append(ImportedPerson(name, email, origin))


def _cell(row: Sequence[str], index: int | None) -> str | None:
    return (row[index].strip() or None) if index is not None else None


def build_plan(file_name: str, sha256: str, header: Sequence[str], rows: Iterable[NumberedRow],
               mapping: TableMapping, facts: dict[str, str], job: Job | None = None, total: int = 0) -> ImportPlan:
    """The plan ``rows`` make under ``mapping``; ``job`` hears of progress every thousand rows."""
    reader = _RowReader(header, mapping)
    out = _Collected()
    for done, (number, cells) in enumerate(rows, 1):
        if job is not None and done % REPORT_EVERY == 0:
            job.report(done, max(total, done))
        reader.read(number, cells, out)
    if job is not None:
        job.report(total, total)
    return ImportPlan(
        file_name=file_name, sha256=sha256, kind=SourceKind.TABLE, notes=tuple(out.notes),
        bad_rows=tuple(out.bad_rows), questions=tuple(out.questions), groups=tuple(out.groups),
        persons=tuple(out.persons), facts=dict(facts),
    )
