"""Reads the preview's report off the GUI thread, a moment after the last change.

Every request restarts a short timer; when it fires, the newest options are gathered in the
background and any earlier reading still under way is cancelled. A result that arrives after a
newer request was made is dropped, so the preview only ever shows the latest choices.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.project import Project
from dialog_app.gui.worker import run_in_background
from dialog_app.io.export import ExportOptions
from dialog_app.io.export.gather import gather

DELAY_MS = 250


class PreviewJob(QObject):
    started = Signal()  # a reading is due: the preview is out of date
    ready = Signal(object)  # the Report for the latest options
    failed = Signal(object)  # the exception that stopped the latest reading

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._options: ExportOptions | None = None
        self._generation = 0
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._run)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._job is not None

    def request(self, options: ExportOptions) -> None:
        self._options = options
        self._generation += 1
        self._cancel_running()
        self._timer.start()
        self.started.emit()

    def stop(self) -> None:
        self._generation += 1
        self._timer.stop()
        self._cancel_running()

    def _run(self) -> None:
        project, options, generation = self.project, self._options, self._generation
        job = self._job = Job()
        run_in_background(lambda _p: gather(project, options, job=job),
                          lambda report: self._done(generation, report),
                          lambda error: self._failed(generation, error), owner=self)

    def _done(self, generation: int, report) -> None:
        if generation == self._generation:
            self._job = None
            self.ready.emit(report)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and not isinstance(error, Cancelled):
            self._job = None
            self.failed.emit(error)

    def _cancel_running(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
