"""An operation run in a dialog's own window: its result, its progress, and a cancel told apart
from a failure."""

from __future__ import annotations

import threading

from dialog_app.core.errors import DialogAppError
from dialog_app.gui.operation_run import OperationRun
from dialog_app.gui.ops import ProjectSession, QueryOp

WAIT = 10_000


def test_the_result_and_the_progress_come_back(app, qtbot, empty_project):
    # given
    session = ProjectSession(empty_project)
    run = OperationRun()
    seen: list[tuple[int, int]] = []
    run.progressed.connect(lambda done, total: seen.append((done, total)))

    def work(project, job):
        job.report(1, 2)
        return project.title

    # when
    with qtbot.waitSignal(run.succeeded, timeout=WAIT) as done:
        run.start(QueryOp(session, work))
        assert run.running
    # then
    assert done.args == [empty_project.title] and seen == [(1, 2)] and not run.running


def test_a_cancel_is_no_failure(app, qtbot, empty_project):
    # given: work that waits until it is cancelled
    session = ProjectSession(empty_project)
    run = OperationRun()
    started = threading.Event()
    failures: list[BaseException] = []
    run.failed.connect(failures.append)

    def work(_project, job):
        started.set()
        while not job.cancelled:
            threading.Event().wait(0.01)
        job.check()

    run.start(QueryOp(session, work))
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    # when
    with qtbot.waitSignal(run.cancelled, timeout=WAIT):
        run.cancel()
        assert run.cancelling
    # then
    assert failures == [] and not run.running


def test_a_failure_is_told(app, qtbot, empty_project):
    session = ProjectSession(empty_project)
    run = OperationRun()

    def work(_project, _job):
        raise DialogAppError("refused")

    with qtbot.waitSignal(run.failed, timeout=WAIT) as failed:
        run.start(QueryOp(session, work))
    assert str(failed.args[0]) == "refused" and not run.running
