"""One background read at a time: asking again while one runs remembers only the newest request.

A burst of change news (the writer's own saves, a bulk tagging) then costs at most two reads, and an
out-of-date result is never shown over a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from dialog_app.core.jobs import Job
from dialog_app.gui.worker import run_in_background

Work = Callable[[Job], Any]


class SerialLoader(QObject):
    def __init__(self, owner: QObject, on_error: Callable[[BaseException], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._on_error = on_error
        self._running = False
        self._next: tuple[Work, Callable[[Any], None]] | None = None
        self._generation = 0

    def request(self, work: Work, on_done: Callable[[Any], None]) -> None:
        """Run ``work`` in the background and hand its result to ``on_done`` on the GUI thread."""
        self._next = (work, on_done)
        if not self._running:
            self._start()

    def reset(self) -> None:
        """Forget what was asked: a read still running is not shown (another project, say)."""
        self._generation += 1
        self._next = None

    @property
    def busy(self) -> bool:
        return self._running or self._next is not None

    def _start(self) -> None:
        work, on_done = self._next
        self._next, self._running = None, True
        generation = self._generation
        run_in_background(work, lambda result: self._finish(generation, on_done, result),
                          lambda error: self._finish(generation, self._on_error, error), owner=self._owner)

    def _finish(self, generation: int, callback: Callable[[Any], None], value: Any) -> None:
        self._running = False
        try:
            # a newer request is waiting: this result is already out of date
            if generation == self._generation and self._next is None:
                callback(value)
        finally:
            if self._next is not None:
                self._start()
