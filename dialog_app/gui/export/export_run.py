"""One export written in the background: progress for the bar, a cancel that leaves no file.

The export runs as an operation (export_ops.write_export); its ``Job`` is what stops it, and the
operation's progress is the way back to the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dialog_app.gui.export.export_ops import write_export
from dialog_app.gui.ops import Operation, ProjectSession
from dialog_app.io.export import ExportOptions


class ExportRun(QObject):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the ExportResult
    failed = Signal(object)  # the exception; nothing was written
    cancelled = Signal()  # the user cancelled; nothing was written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operation: Operation | None = None

    @property
    def running(self) -> bool:
        return self._operation is not None

    @property
    def cancelling(self) -> bool:
        return self._operation is not None and self._operation.job.cancelled

    def start(self, session: ProjectSession, format_key: str, target: Path, options: ExportOptions) -> None:
        if self.running:
            raise RuntimeError("an export is already running")
        operation = write_export(session, format_key, target, options) \
            .success(self._done).failure(self._failed).run(owner=self)
        operation.job_progressed.connect(self._progressed)
        operation.finished.connect(self._finished)  # after success or failure; alone after a cancel
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

    def _finished(self) -> None:
        if self._operation is not None:  # neither callback ran: the export was cancelled
            self._operation = None
            self.cancelled.emit()
