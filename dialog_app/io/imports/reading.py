"""The one door for every file to import: which reader takes it, by its suffix, and the two steps.

``inspect_source`` takes a quick look (for the mapping step and its preview); ``read_source``
reads the whole file into an ``ImportPlan``. The GUI and the command line both come through here,
so they detect the same things.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dialog_app.core.import_plan import FileProblem, ImportFileError, ImportPlan, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.io.imports import documents, refi_reader, tables
from dialog_app.io.imports.source_facts import ReadOptions, Source, SourceFacts
from dialog_app.io.imports.zip_guard import read_file

FORMATS: dict[str, tuple[SourceKind, str]] = {
    ".csv": (SourceKind.TABLE, "csv"),
    ".tsv": (SourceKind.TABLE, "csv"),
    ".tab": (SourceKind.TABLE, "csv"),
    ".xlsx": (SourceKind.TABLE, "xlsx"),
    ".xlsm": (SourceKind.TABLE, "xlsx"),
    ".docx": (SourceKind.DOCUMENT, "docx"),
    ".odt": (SourceKind.DOCUMENT, "odt"),
    ".txt": (SourceKind.DOCUMENT, "text"),
    ".text": (SourceKind.DOCUMENT, "text"),
    ".md": (SourceKind.DOCUMENT, "markdown"),
    ".markdown": (SourceKind.DOCUMENT, "markdown"),
    ".qdpx": (SourceKind.REFI, "qdpx"),
    ".qdc": (SourceKind.REFI, "qdc"),
}
SUFFIXES = tuple(FORMATS)


def kind_of(path: Path) -> tuple[SourceKind, str]:
    """The kind and format of a file by its suffix; ``ImportFileError`` for one no reader takes."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise ImportFileError(FileProblem.UNKNOWN_KIND, path.suffix or path.name)
    return found


def load(path: Path) -> tuple[SourceKind, Source]:
    kind, fmt = kind_of(path)
    data = read_file(path)
    return kind, Source(path, data, fmt, hashlib.sha256(data).hexdigest())


def inspect_source(path: Path, options: ReadOptions = ReadOptions()) -> SourceFacts:
    kind, source = load(path)
    if kind is SourceKind.TABLE:
        return tables.inspect_table(source, options)
    if kind is SourceKind.DOCUMENT:
        return documents.inspect_document(source, options)
    return refi_reader.inspect_refi(source)


def read_source(path: Path, options: ReadOptions = ReadOptions(), job: Job | None = None) -> ImportPlan:
    job = job or Job()
    kind, source = load(path)
    if kind is SourceKind.TABLE:
        plan = tables.read_table(source, options, job)
    elif kind is SourceKind.DOCUMENT:
        plan = documents.read_document(source, options, job)
    else:
        plan = refi_reader.read_refi(source, job)
    if not plan.notes and not plan.themes and not plan.bad_rows:
        raise ImportFileError(FileProblem.NOTHING)
    return plan
