"""Progress and cancel for every long piece of work: one small vocabulary, without Qt.

Work that may take long (an export, a duplicate scan, a suggestions scan, an import, a merge, a
backup) takes a ``Job``. It calls ``job.report(done, total)`` now and then; that passes the figures
on and raises ``Cancelled`` once anybody called ``job.cancel()``, from any thread. Work that has
nothing to report between two steps calls ``job.check()``. Work that waits inside one library call
(an SQLite statement) names how to stop that call with ``job.stopping(...)``. A caller that neither
watches nor cancels passes ``Job()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from dialog_app.core.errors import DialogAppError

ProgressListener = Callable[[int, int], None]  # (done, total); total may grow while the work runs


class Cancelled(DialogAppError):
    """The user cancelled; the work stopped and kept nothing half-done."""

    def __init__(self, message: str = "the work was cancelled") -> None:
        super().__init__(message)


class Job:
    """Handed to long work: where its progress goes, and whether it was asked to stop."""

    def __init__(self, on_progress: ProgressListener | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._stops: list[Callable[[], None]] = []  # what a cancel also calls, while the work waits
        self._lock = threading.Lock()  # a stop is never called after its block has ended

    def report(self, done: int, total: int) -> None:
        """Say how far the work is; raises ``Cancelled`` once the job was cancelled."""
        self.check()
        if self._on_progress is not None:
            self._on_progress(done, total)

    def check(self) -> None:
        """Raise ``Cancelled`` once the job was cancelled; else nothing."""
        if self._cancel.is_set():
            raise Cancelled()

    def part(self, index: int, parts: int) -> Job:
        """The job of the ``index``-th of ``parts`` equal pieces of this work (one file of several):
        its progress is that piece's share of this job's, and cancelling either stops both."""
        listener = self._on_progress
        piece = Job(None if listener is None else (lambda done, total: listener(index * total + done, parts * total)))
        piece._cancel, piece._stops, piece._lock = self._cancel, self._stops, self._lock
        return piece

    def cancel(self) -> None:
        """Ask the work to stop at its next report or check (safe from any thread), and stop at
        once what it waits in (see ``stopping``)."""
        with self._lock:
            self._cancel.set()
            for stop in self._stops:
                stop()

    @contextmanager
    def stopping(self, stop: Callable[[], None]) -> Iterator[None]:
        """While the block runs, a cancel also calls ``stop`` on the cancelling thread: for a call
        that cannot check in between (an SQLite statement is stopped by its connection's
        ``interrupt``). Raises ``Cancelled`` at once when the job was already cancelled."""
        with self._lock:
            self.check()
            self._stops.append(stop)
        try:
            yield
        finally:
            with self._lock:
                self._stops.remove(stop)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()
