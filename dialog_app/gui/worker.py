"""Runs slow work off the GUI thread and hands the result back on it.

A GUI action wraps its core call in ``run_in_background``; the callbacks run on the GUI thread. The
work gets a ``Progress`` to report on and to ask whether the user cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from dialog_app.core import app_log
from dialog_app.core.errors import DialogAppError, ProjectClosedError
from dialog_app.gui import unexpected


class Cancelled(Exception):
    """Raised inside work that noticed the user's cancel."""


class Progress:
    """Handed to background work: report progress, and check for cancellation."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:  # noqa: D401 - Qt's name
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # handed to the GUI thread (its __traceback__ too), which says it
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Operation(QObject):
    """One piece of background work; keeps itself alive until its result has been delivered."""

    _running: set[Operation] = set()

    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        # The widget the callbacks belong to: if it is destroyed first, they are not called.
        self._owner = owner if owner is not None else _owner_of(on_done)
        self._signals = _Signals()
        self.progress = Progress(self._signals.progressed.emit)
        self._signals.done.connect(lambda result: self._finish(on_done, result))
        self._signals.failed.connect(lambda error: self._fail(on_error, error))
        if on_progress:
            self._signals.progressed.connect(on_progress)
        self._job = _Job(work, self._signals, self.progress)

    @classmethod
    def forget_all(cls) -> None:
        """Drop operations whose results will never be delivered (the app is closing)."""
        cls._running.clear()

    def start(self, pool: QThreadPool | None = None) -> Operation:
        Operation._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._job)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def _fail(self, on_error: Callable[[BaseException], None] | None, error: BaseException) -> None:
        """The callback first (it may undo a half-done state, and say it in its own words); then an
        unexpected error that nobody has reported yet gets the calm dialog and the log.

        A read that ran into a project closed meanwhile (the window switched or restored it) has
        nothing left to tell anyone: it is dropped. Writes never meet it: the window lets a
        project go only after its write queue has run dry."""
        if isinstance(error, ProjectClosedError):
            self._finish(None, error)
            return
        if isinstance(error, DialogAppError):
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
    work: Callable[[Progress], Any],
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
