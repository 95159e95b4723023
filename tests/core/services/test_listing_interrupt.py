"""A listing asked with a job stops inside SQLite when the job is cancelled: the search box asks
again on every key, and the answer for a word half typed must not hold a thread."""

from __future__ import annotations

import threading

import pytest

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.store.interrupt import interruptible

COUNT_FAR = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000) SELECT max(i) FROM n"


def test_a_cancel_from_another_thread_stops_the_statement(empty_project):
    job, done = Job(), threading.Event()

    def cancel_until_done() -> None:  # again and again: a cancel before the statement starts stops nothing
        while not done.wait(0.01):
            job.cancel()

    canceller = threading.Thread(target=cancel_until_done)
    with empty_project._db.read_connection() as connection:
        canceller.start()
        try:
            with pytest.raises(Cancelled), interruptible(connection, job):
                connection.exec_driver_sql(COUNT_FAR).scalar_one()  # minutes, unless stopped
        finally:
            done.set()
            canceller.join()


def test_the_connection_serves_the_next_listing_after_a_stop(seeded_project):
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        seeded_project.notes.keys(NoteFilter(text="digital"), job=job)
    for _ in range(8):  # every pooled connection, whichever the stopped one was
        assert seeded_project.notes.keys(NoteFilter(text="digital"), job=Job()) == \
            seeded_project.notes.keys(NoteFilter(text="digital"))


def test_an_error_that_is_no_cancel_is_left_alone(empty_project):
    with empty_project._db.read_connection() as connection:
        with pytest.raises(Exception) as raised:
            with interruptible(connection, Job()):
                connection.exec_driver_sql("SELECT * FROM no_such_table")
    assert not isinstance(raised.value, Cancelled)
