"""A CSV or TSV file as rows of text, whatever program wrote it: its encoding and delimiter found.

Municipalities send what Excel saves: "CSV UTF-8" (with a byte-order mark), "CSV (semikolonavgränsad)"
in Windows-1252, "Unicode text" (UTF-16, tab-separated); survey tools send UTF-8 with commas. The
encoding is decided by a byte-order mark, then by strict UTF-8, then by charset-normalizer (already
installed with ReportLab) among the encodings Swedish files come in; the delimiter by ``csv.Sniffer``
among comma, semicolon and tab. What was found is returned with the rows, so that the import can
show it and the user can correct it. Nothing is dropped: a byte that fits no encoding tried is
refused with a sentence, never replaced silently.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.zip_guard import read_file

DELIMITERS = ",;\t"
CANDIDATES = ("utf_8", "cp1252", "iso8859_15", "utf_16")  # what Swedish spreadsheets and surveys are saved in
SAMPLE = 64 * 1024  # enough of the file to decide its delimiter
MAX_BYTES = 200 * 1024 * 1024  # a table of text this big is no survey export


@dataclass(frozen=True)
class TableText:
    """The rows of a CSV/TSV file, the first being its header, and how the file was read.

    ``numbers`` says where each row stands as a spreadsheet shows the file (from 1; a blank line is
    a row there, a cell with a line break is not two), so that a note can say which row it came from.
    """

    encoding: str  # a Python codec name, e.g. "utf_8_sig", "cp1252", "utf_16"
    delimiter: str
    rows: list[list[str]]
    numbers: list[int] = field(default_factory=list)  # one per row in ``rows``

    @property
    def header(self) -> list[str]:
        return self.rows[0] if self.rows else []

    @property
    def records(self) -> list[list[str]]:
        return self.rows[1:]


def read_table_file(path: Path, encoding: str | None = None, delimiter: str | None = None) -> TableText:
    """Read ``path``; ``encoding`` and ``delimiter`` override what would be detected."""
    return read_table_bytes(read_file(path, MAX_BYTES), encoding, delimiter)


def read_table_bytes(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> TableText:
    text, encoding = decode(data, encoding)
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    kept = [(number, row) for number, row in enumerate(reader, 1) if any(cell.strip() for cell in row)]
    return TableText(encoding, delimiter, [row for _, row in kept], [number for number, _ in kept])


def detect_encoding(data: bytes) -> str:
    """The codec that reads ``data``: by its byte-order mark, as strict UTF-8, or the best guess."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf_8_sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf_16"
    unmarked = _utf_16_without_mark(data[:SAMPLE])
    if unmarked:
        return unmarked
    if b"\x00" in data[:SAMPLE]:
        raise ImportFileError(FileProblem.BINARY)
    try:
        data.decode("utf_8")
        return "utf_8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * SAMPLE], cp_isolation=list(CANDIDATES)).best()
    if best is not None:
        found = codecs.lookup(best.encoding).name.replace("-", "_")
        if found.startswith(("iso8859", "latin")) and _has_c1_bytes(data) and _decodes(data, "cp1252"):
            return "cp1252"  # 0x80-0x9F are control codes in ISO 8859, never text: "€", "–" and "”" in Windows
        return found
    for fallback in ("cp1252", "iso8859_15"):  # too little text to judge: what Swedish Windows saves
        if _decodes(data, fallback):
            return fallback
    raise ImportFileError(FileProblem.NOT_TEXT)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _has_c1_bytes(data: bytes) -> bool:
    return any(0x80 <= byte <= 0x9F for byte in data)


def _utf_16_without_mark(head: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: Latin text then has a zero in every other byte."""
    if len(head) < 4:
        return None
    odd, even = head[1::2], head[0::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) == 0:
        return "utf_16_le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) == 0:
        return "utf_16_be"
    return None


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: what splits the first lines into the same number of fields."""
    sample = text[:SAMPLE]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first_line = sample.splitlines()[0] if sample else ""
        return max(DELIMITERS, key=first_line.count) if any(d in first_line for d in DELIMITERS) else ","


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the codec that read it (``encoding``, or the one detected); a file
    of nothing but spaces, or with binary data in it, is refused. Minutes in plain text use it too."""
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise ImportFileError(FileProblem.WRONG_ENCODING, encoding) from error
    if text.startswith("\ufeff"):
        text = text[1:]  # a UTF-16 mark decoded by a codec that keeps it
    if not text.strip():
        raise ImportFileError(FileProblem.EMPTY)
    if "\x00" in text:
        raise ImportFileError(FileProblem.BINARY)
    return text, encoding
