"""A write that leaves no byte of what it removes or rewrites in the file: for a person's erasure
and for emptying the bin, which people do to be rid of a text. SQLite's ``secure_delete`` zeroes
what the transaction frees, the search index is merged into one segment (its old segments held the
words), and ``VACUUM`` rebuilds the file from its live rows after the commit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from dialog_app.core import app_log
from dialog_app.core.errors import DialogAppError
from dialog_app.core.store import fts
from dialog_app.core.store.database import Database


@contextmanager
def wiping_write(db: Database, project_path: Path, not_compacted: str) -> Iterator[Session]:
    """A write session as ``Database.write``, wiped as the module says. When readers keep
    ``VACUUM`` waiting too long the write stands, zeroed, and ``not_compacted`` is logged."""
    with db.secure_write() as session:
        yield session
        fts.optimize(session.connection())
    try:
        db.vacuum()
    except DialogAppError:
        app_log.log_project(not_compacted, project_path)
