"""Tables to import (CSV, TSV, XLSX): a quick look for the mapping step, the whole read, and the
live preview of a mapping on the first rows.

A table is read as rows of text, whatever it was saved as (``table_text`` for CSV and TSV,
``xlsx_table`` for workbooks); a known survey layout is looked for among its first rows (its header
need not be the first), and otherwise a mapping is guessed. Reading and previewing go through the
same ``table_mapping``, so the preview shows exactly what the import will bring in.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from dialog_app.core.import_plan import FileProblem, ImportFileError, ImportPlan, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.io.imports import xlsx_table
from dialog_app.io.imports.column_guess import guess_mapping
from dialog_app.io.imports.column_names import header_names
from dialog_app.io.imports.layouts import HEADER_SCAN, find_header_row
from dialog_app.io.imports.source_facts import ReadOptions, Source, SourceFacts, TableMapping
from dialog_app.io.imports.table_mapping import build_plan
from dialog_app.io.imports.table_text import read_table_bytes

SAMPLE_ROWS = 50


@dataclass(frozen=True)
class _Grid:
    """The rows of a file that are not blank, each with its number as a spreadsheet shows it."""

    rows: list[list[str]]
    numbers: list[int]
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    widen_header: bool = False  # a sheet's cells past its header are columns without a name, not ragged


_recent: dict[tuple[str | None, ...], _Grid] = {}  # the last file read: a workbook of 100 000 rows takes seconds
_recent_lock = threading.Lock()


@dataclass(frozen=True)
class _Table:
    """A grid with its header found and a mapping proposed."""

    grid: _Grid
    header_row: int
    header: tuple[str, ...]
    layout: str | None
    proposed: TableMapping

    @property
    def body(self) -> list[tuple[int, list[str]]]:
        start = self.header_row + 1
        return list(zip(self.grid.numbers[start:], self.grid.rows[start:]))


def inspect_table(source: Source, options: ReadOptions) -> SourceFacts:
    """What the mapping step shows: the header, the first rows, the layout and a proposed mapping."""
    table = _table(source, options)
    body = table.body
    sample = tuple(_padded(cells, len(table.header)) for _, cells in body[:SAMPLE_ROWS])
    grid = table.grid
    return SourceFacts(
        path=source.path, kind=SourceKind.TABLE, format=source.format, sha256=source.sha256,
        encoding=grid.encoding, delimiter=grid.delimiter, sheets=grid.sheets, sheet=grid.sheet,
        header=table.header, sample=sample, sample_rows=tuple(n for n, _ in body[:SAMPLE_ROWS]),
        row_count=len(body), layout=table.layout, mapping=table.proposed,
    )


def read_table(source: Source, options: ReadOptions, job: Job) -> ImportPlan:
    """Every row of the table under ``options.mapping`` (or the proposed one) as a plan."""
    table = _table(source, options, job)
    body = table.body
    grid = table.grid
    facts = read_facts(grid.sheet, grid.encoding, grid.delimiter, table.layout)
    return build_plan(source.name, source.sha256, table.header, body, options.mapping or table.proposed, facts,
                      job, len(body))


def preview_plan(facts: SourceFacts, mapping: TableMapping) -> ImportPlan:
    """The plan ``mapping`` makes of the first rows only: the mapping step's live preview."""
    numbers = facts.sample_rows or tuple(range(mapping.header_row + 2, mapping.header_row + 2 + len(facts.sample)))
    return build_plan(facts.path.name, facts.sha256, facts.header, zip(numbers, facts.sample), mapping,
                      read_facts(facts.sheet, facts.encoding, facts.delimiter, facts.layout))


def read_facts(sheet: str | None, encoding: str | None, delimiter: str | None, layout: str | None) -> dict[str, str]:
    """How a table was read, for ``ImportPlan.facts``: its sheet, or its encoding and delimiter; its layout."""
    found = {"sheet": sheet} if sheet is not None else {"encoding": encoding or "", "delimiter": delimiter or ""}
    return found | ({"layout": layout} if layout else {})


def _table(source: Source, options: ReadOptions, job: Job | None = None) -> _Table:
    grid = _grid(source, options, job)
    found = find_header_row(grid.rows)
    header_row = options.mapping.header_row if options.mapping else (found[0] if found else 0)
    if header_row >= len(grid.rows):
        raise ImportFileError(FileProblem.NOTHING)
    cells = grid.rows[header_row]
    if grid.widen_header:
        width = max(len(row) for row in grid.rows[header_row:])
        cells = _padded(cells, width)
    header = header_names(cells)
    layout = found[1] if found and found[0] == header_row else None
    if layout is not None:
        proposed = layout[1]
    else:
        sample = grid.rows[header_row + 1: header_row + 1 + SAMPLE_ROWS]
        proposed = guess_mapping(header, [_padded(row, len(header)) for row in sample], header_row)
    return _Table(grid, header_row, header, layout[0] if layout else None, proposed)


def _grid(source: Source, options: ReadOptions, job: Job | None) -> _Grid:
    """The file's rows; the last file's are kept, since the mapping step looks before the import reads."""
    key = (source.sha256, source.format, options.sheet, options.encoding, options.delimiter)
    with _recent_lock:
        if key in _recent:
            return _recent[key]
    if source.format == "xlsx":
        sheet = xlsx_table.read_workbook(source.data, options.sheet, _has_layout, job)
        grid = _Grid(sheet.rows, sheet.numbers, sheet.sheets, sheet.name, widen_header=True)
    else:
        text = read_table_bytes(source.data, options.encoding, options.delimiter)
        grid = _Grid(text.rows, text.numbers, encoding=text.encoding, delimiter=text.delimiter)
    with _recent_lock:
        _recent.clear()
        _recent[key] = grid
    return grid


def _has_layout(top: Sequence[Sequence[str]]) -> bool:
    return find_header_row(top[:HEADER_SCAN]) is not None


def _padded(cells: Sequence[str], width: int) -> tuple[str, ...]:
    return (*cells[:width], *([""] * (width - len(cells))))
