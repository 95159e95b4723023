"""One long operation a dialog runs in its own window (an export written, a file imported): its
progress for a bar of the dialog's own, and the news of how it ended — done, failed or cancelled.

``gui/ops.py``'s ``with_progress`` shows a separate progress dialog; a dialog that already has room
for a bar and a Cancel button uses this instead. A cancel stores and writes nothing: the operation's
``Job`` stops the work at its next report or check.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dialog_app.gui.ops import Operation


class OperationRun(QObject):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the operation's result
    failed = Signal(object)  # the exception
    cancelled = Signal()  # the user cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operation: Operation | None = None

    @property
    def running(self) -> bool:
        return self._operation is not None

    @property
    def cancelling(self) -> bool:
        return self._operation is not None and self._operation.job.cancelled

    def start(self, op, writes: bool = False) -> None:
        """Run ``op``: a ``QueryOp`` or ``FileOp`` beside other reads, with ``writes`` a ``WriteOp``
        on the project's write queue (this object its initiator)."""
        if self.running:
            raise RuntimeError("an operation is already running here")
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
        self.succeeded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._operation = None
        self.failed.emit(error)

    def _finished(self, operation: Operation) -> None:
        if operation is self._operation:  # neither callback ran: the operation was cancelled
            self._operation = None
            self.cancelled.emit()
