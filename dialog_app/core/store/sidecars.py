"""Reads the -journal and -wal files that may lie beside a project, without SQLite.

SQLite applies whatever journal or WAL it finds beside a database the moment it reads it. A
journal from another file (a copy restored over a crashed one) overwrites pages with another
file's pages; a journal may name a "super-journal", which SQLite then deletes, whatever file that
is. So before any connection is opened, these files are read here, as bytes, and judged by
recovery.py. The formats are SQLite's documented file formats (sqlite.org/fileformat.html).
"""

from __future__ import annotations

import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.errors import NotAProjectError

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32
_NO_COUNT = 0xFFFFFFFF  # nRec of a journal written without syncs: count the records by size


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_of(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


@dataclass(frozen=True)
class JournalFacts:
    """What a rollback journal says of itself."""

    hot: bool  # SQLite would play it back: it has a valid header
    names_super_journal: bool  # it names another file for SQLite to open and perhaps delete
    page_size: int = 0
    records: int = 0  # original pages it would write back
    page_1_change_counter: int | None = None  # the file's change counter before the write, if page 1 is in it


def _regular(sidecar: Path) -> bool:
    """True for a file; False when there is none. A pipe or folder under a sidecar's name is refused:
    reading a pipe waits for a writer forever (SQLite's own reading too), before anything is judged."""
    try:
        mode = os.stat(sidecar).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISREG(mode):
        return True
    raise NotAProjectError(sidecar, "it is a folder" if stat.S_ISDIR(mode) else "not a regular file")


def read_journal(path: Path) -> JournalFacts | None:
    """Facts of the -journal beside ``path``; None when there is none."""
    journal = journal_of(path)
    try:
        if not _regular(journal):
            return None
        with open(journal, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return None
    names_super = len(data) >= 16 and data[-8:] == JOURNAL_MAGIC and struct.unpack(">I", data[-16:-12])[0] > 0
    if len(data) < 28 or data[:8] != JOURNAL_MAGIC:
        return JournalFacts(hot=False, names_super_journal=names_super)
    page_size = struct.unpack(">I", data[24:28])[0]
    records, counter = _scan_records(data, page_size)
    return JournalFacts(True, names_super, page_size, records, counter)


def _scan_records(data: bytes, page_size: int) -> tuple[int, int | None]:
    """Walk the journal's segments: a header (one sector), then records of page number, page, checksum."""
    records, counter, offset = 0, None, 0
    record_size = page_size + 8
    if page_size < 512 or page_size & (page_size - 1):
        return 0, None
    while offset + 28 <= len(data) and data[offset : offset + 8] == JOURNAL_MAGIC:
        count, _nonce, _pages, sector = struct.unpack(">IIII", data[offset + 8 : offset + 24])
        if sector < 512 or sector & (sector - 1):
            break
        start = offset + sector
        if count == _NO_COUNT:
            count = max(0, (len(data) - start) // record_size)
        for index in range(count):
            at = start + index * record_size
            if at + record_size > len(data):
                break
            records += 1
            (page_number,) = struct.unpack(">I", data[at : at + 4])
            if page_number == 1 and counter is None:
                (counter,) = struct.unpack(">I", data[at + 4 + 24 : at + 4 + 28])
        end = start + count * record_size
        offset = -(-end // sector) * sector if count else len(data)  # the next segment starts on a sector
    return records, counter


@dataclass(frozen=True)
class WalFacts:
    frames: bool  # it holds at least one frame after its header
    page_size: int
    valid_header: bool


def read_wal(path: Path) -> WalFacts | None:
    wal = wal_of(path)
    try:
        _regular(shm_of(path))  # the WAL's index: SQLite opens it with the WAL, and fails on a pipe
        if not _regular(wal):
            return None
        size = os.path.getsize(wal)
        with open(wal, "rb") as handle:
            header = handle.read(WAL_HEADER_SIZE)
    except FileNotFoundError:
        return None
    if len(header) < WAL_HEADER_SIZE:
        return WalFacts(False, 0, False)
    magic, _version, page_size = struct.unpack(">III", header[:12])
    valid = magic in WAL_MAGICS
    return WalFacts(valid and size > WAL_HEADER_SIZE + 24, page_size, valid)
