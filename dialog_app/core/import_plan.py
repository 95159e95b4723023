"""What an import brings in, read and checked but not yet stored: the one thing every reader makes.

A reader in ``io/imports`` turns a file (a table, a document, a REFI-QDA project) into an
``ImportPlan``; the import service stores a plan in one transaction and one undo step. The plan
names questions, groups and themes by their text; the service finds or makes them in the project.
Rows that could not be read travel with the plan, each with its reason, so the user decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from dialog_app.core.errors import DialogAppError


# Some eight pages: longer is a document pasted into a note, not a note. Typed and imported notes alike
# (note_fields.checked_text holds typed ones to it), so a row the reader let through is always stored.
MAX_NOTE_CHARS = 20_000


class SourceKind(StrEnum):
    TABLE = "table"  # CSV, TSV, XLSX: survey and poll exports, filled-in sheets
    DOCUMENT = "document"  # Word, OpenDocument, plain text and Markdown minutes
    REFI = "refi"  # a REFI-QDA project (.qdpx) or codebook (.qdc) from another QDA tool


class FileProblem(StrEnum):
    """Why a whole file was refused; the GUI and the CLI phrase each one for people."""

    UNREADABLE = "unreadable"  # the system could not read it (detail: the system's words)
    TOO_BIG = "too_big"  # detail: its size in MB
    EMPTY = "empty"
    BINARY = "binary"  # binary data where text was expected (a renamed file)
    NOT_TEXT = "not_text"  # no encoding tried decodes it
    WRONG_ENCODING = "wrong_encoding"  # the encoding the user chose does not decode it (detail: it)
    BROKEN = "broken"  # not a readable file of its kind (detail: the reader's words)
    ZIP_BOMB = "zip_bomb"  # unpacks to far more than a sane file of its kind
    UNSAFE_PATH = "unsafe_path"  # a zip member that climbs out of its folder (detail: its name)
    UNSAFE_XML = "unsafe_xml"  # a document type declaration or entities (bombs, external files)
    UNKNOWN_KIND = "unknown_kind"  # no reader for this kind of file (detail: the suffix)
    NO_SHEET = "no_sheet"  # the sheet asked for is not in the workbook (detail: its name)
    NO_COLUMN = "no_column"  # a column asked for is not in the table (detail: its name)
    NO_TEXT_COLUMN = "no_text_column"  # nothing says which column holds the notes
    NOTHING = "nothing"  # the file was read but holds nothing to import


class ImportFileError(DialogAppError):
    """A file that cannot be imported at all; nothing was stored."""

    def __init__(self, problem: FileProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"cannot import the file: {problem.value}" + (f" ({detail})" if detail else ""))


class RowProblem(StrEnum):
    """Why one row, paragraph or selection could not be read; the rest of the file can be."""

    RAGGED = "ragged"  # more cells than the header has columns
    BAD_TIME = "bad_time"  # detail: the cell
    BAD_VOTES = "bad_votes"  # detail: the cell
    TOO_LONG = "too_long"  # a note longer than a note may be
    BAD_SELECTION = "bad_selection"  # a coded selection outside its source's text
    NO_SOURCE = "no_source"  # a selection whose source text is missing from the file


@dataclass(frozen=True)
class BadRow:
    origin: str  # where, as in ``ImportedNote.origin``
    problem: RowProblem
    detail: str = ""


@dataclass(frozen=True)
class ImportedNote:
    """One note to be.

    ``origin`` says where in the file it stood, in a form that does not depend on the language:
    ``row=14`` (the row as a spreadsheet numbers it, header included), ``paragraph=12`` (counted from
    1 over the document's paragraphs), ``selection=<guid>`` (REFI-QDA). ``themes`` are keys of
    ``ImportPlan.themes``.
    """

    text: str
    origin: str
    question: str | None = None
    group: str | None = None
    table: str | None = None
    time: datetime | None = None  # timezone-aware when given
    votes: int = 0
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportedTheme:
    """A code from a QDA tool, to become a theme; ``parent`` is another theme's ``key``."""

    key: str
    name: str
    parent: str | None = None
    colour: str | None = None  # "#rrggbb"
    description: str = ""
    synthesis: str = ""  # a memo on the code


@dataclass(frozen=True)
class ImportedPerson:
    """Personal data a file held (a form's Name and Email); stored only when the user asks, and
    then only in the participant register."""

    name: str
    email: str = ""
    origin: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """Everything one file would bring in, in the order the file gave it."""

    file_name: str  # the name only, no folder: it is stored with every note
    sha256: str  # of the file's bytes: the same file imported twice is recognised
    kind: SourceKind
    notes: tuple[ImportedNote, ...]
    bad_rows: tuple[BadRow, ...] = ()
    questions: tuple[str, ...] = ()  # every question the notes name, in order, plus headings without notes
    groups: tuple[str, ...] = ()  # every group name the notes name, in order
    themes: tuple[ImportedTheme, ...] = ()  # parents before children
    framework: str = ""  # the name for a framework holding ``themes``
    persons: tuple[ImportedPerson, ...] = ()
    facts: dict[str, str] = field(default_factory=dict)  # how it was read: encoding, delimiter, sheet, layout
