"""One step of the import running in the background (reading the file, or storing it): its
progress for the bar, and a cancel after which nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from dialog_app.gui.ops import Operation


class Running(QObject):
    progressed = Signal(int, int)  # done, total
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operation: Operation | None = None
        self._on_done: Callable[[Any], None] | None = None

    @property
    def running(self) -> bool:
        return self._operation is not None

    def start(self, op, on_done: Callable[[Any], None], writes: bool = False) -> None:
        """Run ``op`` (a QueryOp, or with ``writes`` a WriteOp); ``on_done`` gets its result."""
        if self.running:
            raise RuntimeError("an import step is already running")
        self._on_done = on_done
        op.success(self._done).failure(self._failed)
        operation = op.run(initiator=self) if writes else op.run(owner=self)
        operation.job_progressed.connect(self._progressed)
        operation.finished.connect(lambda: self._finished(operation))  # after success or failure; alone after a cancel
        self._operation = operation

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if self.running:
            self.progressed.emit(done, total)

    def _done(self, result) -> None:
        self._operation = None
        self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._operation = None
        self.failed.emit(error)

    def _finished(self, operation: Operation) -> None:
        if operation is self._operation:  # neither callback ran: the step was cancelled
            self._operation = None
            self.cancelled.emit()
