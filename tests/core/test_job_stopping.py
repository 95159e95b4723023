"""A job's cancel also stops what its work waits in (an SQLite statement), and only while it waits."""

from __future__ import annotations

import pytest

from dialog_app.core.jobs import Cancelled, Job


def test_a_cancel_calls_the_stop_of_the_block_running():
    job, stopped = Job(), []
    with job.stopping(lambda: stopped.append("stop")):
        job.cancel()
        assert stopped == ["stop"]
    assert job.cancelled


def test_a_stop_is_never_called_after_its_block():
    job, stopped = Job(), []
    with job.stopping(lambda: stopped.append("stop")):
        pass
    job.cancel()
    assert stopped == []


def test_a_job_cancelled_before_the_block_never_enters_it():
    job, entered = Job(), []
    job.cancel()
    with pytest.raises(Cancelled):
        with job.stopping(lambda: None):
            entered.append(True)
    assert entered == []


def test_a_part_and_its_whole_stop_each_other():
    whole, stopped = Job(), []
    part = whole.part(0, 2)
    with part.stopping(lambda: stopped.append("part")):
        whole.cancel()
    assert stopped == ["part"] and part.cancelled
