"""Runs slow work off the GUI thread and hands the result back on it.

Only ``gui/ops.py`` uses this: a user action is an operation there. The work gets the core's
``Job`` to report progress on and to learn that the user cancelled; the callbacks run on the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from dialog_app.core import app_log
from dialog_app.core.errors import DialogAppError, ProjectClosedError
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.gui import unexpected


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Job], Any], signals: _Signals, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._job = job

    def run(self) -> None:  # noqa: D401 - Qt's name
        try:
            result = self._work(self._job)
        except BaseException as exc:  # handed to the GUI thread (its __traceback__ too), which says it
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Operation(QObject):
    """One piece of background work; keeps itself alive until its result has been delivered."""

    _running: set[Operation] = set()

    finished = Signal()
    job_progressed = Signal(int, int)  # (done, total) of the work's Job, on the GUI thread

    def __init__(
        self,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        # The widget the callbacks belong to: if it is destroyed first, they are not called.
        self._owner = owner if owner is not None else _owner_of(on_done)
        self._signals = _Signals()
        self.job = Job(self._signals.progressed.emit)
        self._signals.progressed.connect(self.job_progressed)
        self._signals.done.connect(lambda result: self._finish(on_done, result))
        self._signals.failed.connect(lambda error: self._fail(on_error, error))
        if on_progress:
            self._signals.progressed.connect(on_progress)
        self._runnable = _Job(work, self._signals, self.job)

    @classmethod
    def forget_all(cls) -> None:
        """Drop operations whose results will never be delivered (the app is closing)."""
        cls._running.clear()

    def start(self, pool: QThreadPool | None = None) -> Operation:
        Operation._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self.job.cancel()

    def _fail(self, on_error: Callable[[BaseException], None] | None, error: BaseException) -> None:
        """The callback first (it may undo a half-done state, and say it in its own words); then an
        unexpected error that nobody has reported yet gets the calm dialog and the log.

        A read that ran into a project closed meanwhile (the window switched or restored it) has
        nothing left to tell anyone: it is dropped. Writes never meet it: the window lets a
        project go only after its write queue has run dry."""
        if isinstance(error, ProjectClosedError):
            self._finish(None, error)
            return
        if isinstance(error, DialogAppError) and not isinstance(error, Cancelled):  # a cancel is no failure
            app_log.log_failure_shown(error)
        try:
            self._finish(on_error, error)
        finally:
            if not isinstance(error, DialogAppError | Cancelled):
                unexpected.report(error)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        Operation._running.discard(self)
        try:
            if callback is not None and (self._owner is None or shiboken6.isValid(self._owner)):
                callback(value)
        finally:
            self.finished.emit()


def run_in_background(
    work: Callable[[Job], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
) -> Operation:
    """Start ``work(progress)`` on the thread pool; callbacks run on the GUI thread, and only while
    ``owner`` (by default the object of a bound-method ``on_done``) still exists."""
    return Operation(work, on_done, on_error, on_progress, owner).start()


def _owner_of(callback: Callable[..., Any] | None) -> QObject | None:
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None
