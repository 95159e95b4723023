"""Stops a running SQLite statement when its job is cancelled: the search box asks again on every
key, and a listing of 50 000 notes for the first letter must not hold a thread (and the disk)
while the listing of the whole word waits behind it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from dialog_app.core.jobs import Cancelled, Job


@contextmanager
def interruptible(connection: Connection, job: Job | None) -> Iterator[None]:
    """Statements run in the block stop when ``job`` is cancelled (``sqlite3_interrupt`` from the
    cancelling thread); the work then raises ``Cancelled``. Without a job, nothing changes."""
    if job is None:
        yield
        return
    raw = connection.connection.dbapi_connection
    with job.stopping(raw.interrupt):
        try:
            yield
        except (OperationalError, sqlite3.OperationalError) as error:
            if job.cancelled and "interrupt" in str(error).lower():
                raise Cancelled() from error
            raise
