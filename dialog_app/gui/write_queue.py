"""One serial queue for a project's writes, so they reach the file in the order they were made.

A facilitator may press Enter, Ctrl+1 and Ctrl+Z within a few milliseconds: the note must be saved
before it is tagged, and the tag before it is undone. One worker thread, first in first out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from dialog_app.core.jobs import Job
from dialog_app.gui.worker import Operation


class WriteQueue(QObject):
    busy_changed = Signal(bool)  # True while writes are waiting or running

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0

    def submit(
        self,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> Operation:
        operation = Operation(work, on_done, on_error, owner=owner)
        operation.finished.connect(self._one_done)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        return operation.start(self._pool)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every queued write has run (closing a project, tests)."""
        return self._pool.waitForDone(milliseconds)

    def _one_done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
