"""Reads the preview's report off the GUI thread, a moment after the last change.

Every request restarts a short timer; when it fires, the newest options are gathered in the
background and any earlier reading still under way is cancelled. A result that arrives after a
newer request was made is dropped, so the preview only ever shows the latest choices.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from dialog_app.gui.export.export_ops import read_preview
from dialog_app.gui.ops import Operation, ProjectSession
from dialog_app.io.export import ExportOptions

DELAY_MS = 250


class PreviewJob(QObject):
    started = Signal()  # a reading is due: the preview is out of date
    ready = Signal(object)  # the Report for the latest options
    failed = Signal(object)  # the exception that stopped the latest reading

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._options: ExportOptions | None = None
        self._generation = 0
        self._operation: Operation | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._run)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._operation is not None

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
        generation = self._generation
        operation = read_preview(self.session, self._options).success(partial(self._done, generation)) \
            .failure(partial(self._failed, generation)).run(owner=self)
        operation.finished.connect(self._finished)
        self._operation = operation

    def _done(self, generation: int, report) -> None:
        if generation == self._generation:
            self._operation = None
            self.ready.emit(report)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:  # a cancel never comes here
            self._operation = None
            self.failed.emit(error)

    def _finished(self) -> None:
        if self.sender() is self._operation:  # dropped unanswered: its project was closed meanwhile
            self._operation = None

    def _cancel_running(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self._operation = None
