"""One export written in the background: progress for the bar, a cancel that leaves no file.

The export's own ``Job`` (core/jobs.py) is what stops it; the worker's progress is only the way back
to the GUI thread, reported when the shown permille changes so that a fast writer cannot flood it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.project import Project
from dialog_app.gui.worker import Operation, run_in_background
from dialog_app.io.export import ExportOptions, export


class ExportRun(QObject):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the ExportResult
    failed = Signal(object)  # the exception; nothing was written
    cancelled = Signal()  # the user cancelled; nothing was written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._operation: Operation | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    @property
    def cancelling(self) -> bool:
        return self._job is not None and self._job.cancelled

    def start(self, project: Project, format_key: str, target: Path, options: ExportOptions) -> None:
        if self.running:
            raise RuntimeError("an export is already running")
        shown = [-1]
        relay: list[Job] = []  # the worker's way back to the GUI thread, once the work runs

        def report(done: int, total: int) -> None:
            permille = done * 1000 // total if total > 0 else 0
            if permille != shown[0]:
                shown[0] = permille
                relay[0].report(done, total)

        job = self._job = Job(on_progress=report)

        def work(progress: Job):
            relay.append(progress)
            return export(project, format_key, target, options, job)

        self._operation = run_in_background(work, self._done, self._failed, self._progressed, owner=self)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if self.running:
            self.progressed.emit(done, total)

    def _done(self, result) -> None:
        self._job = self._operation = None
        self.succeeded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._job = self._operation = None
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
