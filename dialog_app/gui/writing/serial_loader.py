"""One background read at a time: asking again while one runs remembers only the newest request.

A burst of change news (the writer's own saves, a bulk tagging) then costs at most two reads, and an
out-of-date result is never shown over a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from dialog_app.gui.ops import QueryOp


class SerialLoader(QObject):
    def __init__(self, owner: QObject, on_error: Callable[[BaseException], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._on_error = on_error
        self._running = False
        self._next: tuple[QueryOp, Callable[[Any], None]] | None = None
        self._generation = 0

    def request(self, read: QueryOp, on_done: Callable[[Any], None]) -> None:
        """Run ``read`` in the background and hand its result to ``on_done`` on the GUI thread."""
        self._next = (read, on_done)
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
        read, on_done = self._next
        self._next, self._running = None, True
        generation = self._generation
        deliver = partial(self._deliver, generation)
        operation = read.success(partial(deliver, on_done)).failure(partial(deliver, self._on_error))
        # finished comes after either callback, and also when a read is dropped (its project closed)
        operation.run(owner=self._owner).finished.connect(self._one_done)

    def _deliver(self, generation: int, callback: Callable[[Any], None], value: Any) -> None:
        if generation == self._generation and self._next is None:  # else already out of date
            callback(value)

    def _one_done(self) -> None:
        self._running = False
        if self._next is not None:
            self._start()
