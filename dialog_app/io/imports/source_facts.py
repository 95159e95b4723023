"""What a file to import turned out to be, and the choices the user makes before it is read.

``inspect_source`` (reading.py) fills ``SourceFacts`` from a quick look at the file; the mapping
step shows them, lets the user change ``ReadOptions``, and ``read_source`` makes the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.import_plan import SourceKind


@dataclass(frozen=True)
class TableMapping:
    """Which column of a table plays which part; columns are named by their header text.

    With several ``text`` columns (a form: one column per question) each cell is a note and its
    column's header is the note's question; with one, ``question`` may name a column holding it, or
    ``questions_from_header`` makes its header the question (a form that asked one thing). Columns in
    no role are ignored. ``personal`` columns (a form's Name and Email) never become
    notes; with ``keep_personal`` their values go to the participant register.
    """

    text: tuple[str, ...]
    question: str | None = None
    group: str | None = None
    time: str | None = None
    votes: str | None = None
    table: str | None = None
    personal: tuple[str, ...] = ()
    keep_personal: bool = False
    header_row: int = 0  # the header's place among the rows that are not blank, from 0 (Mentimeter's is lower)
    questions_from_header: bool = False  # one text column whose header is the question


@dataclass(frozen=True)
class ReadOptions:
    sheet: str | None = None  # XLSX: None reads the first sheet (or the layout's own)
    encoding: str | None = None  # CSV/TSV: None detects it
    delimiter: str | None = None  # CSV/TSV: None detects it
    mapping: TableMapping | None = None  # tables: None takes ``SourceFacts.mapping``
    group_lines: bool = False  # documents: a line "Civilsamhälle:" or a bold lead-in names the group


@dataclass(frozen=True)
class SourceFacts:
    """A quick look at a file: enough for the mapping step and its live preview."""

    path: Path
    kind: SourceKind
    format: str  # "csv", "xlsx", "docx", "odt", "text", "markdown", "qdpx", "qdc"
    sha256: str
    encoding: str | None = None  # CSV/TSV: the codec detected (or chosen)
    delimiter: str | None = None
    sheets: tuple[str, ...] = ()  # XLSX: every sheet, in order
    sheet: str | None = None  # XLSX: the sheet looked at
    header: tuple[str, ...] = ()  # tables: column names (blank ones named "Column 3" etc. by position)
    sample: tuple[tuple[str, ...], ...] = ()  # tables: the first rows after the header (at most 50)
    sample_rows: tuple[int, ...] = ()  # tables: where each sample row stands, as a spreadsheet numbers it
    row_count: int = 0  # tables: rows after the header; documents: paragraphs; REFI: selections
    layout: str | None = None  # "microsoft_forms", "google_forms", "mentimeter", or None
    mapping: TableMapping | None = None  # tables: the layout's mapping, or the best guess


@dataclass(frozen=True)
class Source:
    """A file to import, read once: its bytes, its format (by suffix) and their SHA-256."""

    path: Path
    data: bytes
    format: str
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name
