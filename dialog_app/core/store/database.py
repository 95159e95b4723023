"""Connections to one open project: sessions for reading and writing, and the search index sync.

Writes begin with ``BEGIN IMMEDIATE`` on their own engine, so a writer takes the lock up front
instead of failing half-way. Every session is short-lived and belongs to one thread: in
rollback-journal mode a commit waits for the readers of the moment, so no read is held open
across a write. A project opened read-only connects with ``mode=ro`` and refuses every write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite3

from sqlalchemy import create_engine, event, func, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from dialog_app.core.errors import ProjectClosedError, ReadOnlyProjectError
from dialog_app.core.models import Note
from dialog_app.core.store import fts
from dialog_app.core.store.pragmas import BUSY_TIMEOUT_MS, apply_pragmas, read_only_uri
from dialog_app.core.store.sqlite_errors import typed_error


class ProjectSession(Session):
    """A session whose flushes keep the full-text index in step with the note table."""


@event.listens_for(ProjectSession, "before_flush")
def _number_new_notes(session: Session, _context, _instances) -> None:
    new_notes = [obj for obj in session.new if isinstance(obj, Note) and obj.seq is None]
    if not new_notes:
        return
    next_seq = session.execute(select(func.coalesce(func.max(Note.seq), 0))).scalar_one() + 1
    for offset, note in enumerate(new_notes):
        note.seq = next_seq + offset


@event.listens_for(ProjectSession, "after_flush")
def _sync_search_index(session: Session, _context) -> None:
    added: list[tuple[int, str]] = []
    removed: list[int] = []
    for obj in session.new:
        if isinstance(obj, Note):
            added.append((obj.seq, obj.text))
    for obj in session.dirty:
        if isinstance(obj, Note) and inspect(obj).attrs.text.history.has_changes():
            removed.append(obj.seq)
            added.append((obj.seq, obj.text))
    for obj in session.deleted:
        if isinstance(obj, Note):
            removed.append(obj.seq)
    if added or removed:
        connection = session.connection()
        fts.unindex_rows(connection, removed)
        fts.index_rows(connection, added)


def _make_engine(path: Path, begin_sql: str, read_only: bool) -> Engine:
    def connect() -> sqlite3.Connection:  # a "?" or "%20" in the file name stays as it is
        target, uri = (read_only_uri(path), True) if read_only else (str(path), False)
        return sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_size=4, max_overflow=4)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        apply_pragmas(dbapi_connection, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql(begin_sql)

    return engine


class Database:
    """The engines of one project file."""

    def __init__(self, path: Path, read_only: bool = False, shown_as: Path | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self._shown_as = shown_as or path  # a private copy's errors name the project itself
        self._read_engine = _make_engine(path, "BEGIN", read_only)
        self._write_engine = None if read_only else _make_engine(path, "BEGIN IMMEDIATE", False)
        self._closed = False

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with _translate_errors(self._shown_as), ProjectSession(self._reader()) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends, or rolled back on an error."""
        with _translate_errors(self._shown_as):
            with ProjectSession(self._writer(), expire_on_commit=False) as session:
                with session.begin():
                    yield session

    @contextmanager
    def secure_write(self) -> Iterator[Session]:
        """Like ``write``, with SQLite's ``secure_delete`` on for the transaction: what it deletes or
        overwrites is zeroed in the file, not left on a free page (an erasure). Off again after."""
        with _translate_errors(self._shown_as), self._writer().connect() as connection:
            raw = connection.connection.dbapi_connection  # autocommit: a pragma outside any transaction
            raw.execute("PRAGMA secure_delete=ON")
            try:
                with ProjectSession(bind=connection, expire_on_commit=False) as session:
                    with session.begin():
                        yield session
            finally:
                raw.execute("PRAGMA secure_delete=OFF")

    def vacuum(self) -> None:
        """Rebuild the file from its live rows only (``VACUUM``): no free page, no old segment of
        the search index is left with what was deleted. It cannot run inside a transaction, so it
        runs on a connection of its own, after the write it follows has committed."""
        with _translate_errors(self._shown_as), self._writer().connect() as connection:
            connection.connection.dbapi_connection.execute("VACUUM")

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection for hot read paths (search), without the ORM's per-call cost."""
        with _translate_errors(self._shown_as), self._reader().connect() as connection:
            yield connection

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a committed-on-exit transaction, for hot write paths (capture)."""
        with _translate_errors(self._shown_as), self._writer().begin() as connection:
            yield connection

    def _reader(self) -> Engine:
        if self._closed:  # a disposed engine would quietly connect again, to a file we let go of
            raise ProjectClosedError(self._shown_as)
        return self._read_engine

    def _writer(self) -> Engine:
        if self._closed:
            raise ProjectClosedError(self._shown_as)
        if self._write_engine is None:
            raise ReadOnlyProjectError(self._shown_as)
        return self._write_engine

    def close(self) -> None:
        self._closed = True
        self._read_engine.dispose()
        if self._write_engine is not None:
            self._write_engine.dispose()


@contextmanager
def _translate_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:  # SQLAlchemy's wrapper; the sqlite3 error is exc.orig
        typed = typed_error(path, exc.orig)
        if typed is None:
            raise
        raise typed from exc
