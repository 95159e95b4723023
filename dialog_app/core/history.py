"""Undo and redo of note edits, deletions and tagging, kept in the core so every front end shares it.

A service performs an action, then records a ``Step`` that knows how to reverse and repeat it. The
step names its action with a code ("edit", "tag" ...) and a count; the GUI phrases that for people.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

MAX_STEPS = 500


@dataclass(frozen=True)
class Step:
    """One undoable action: what it was, on how many notes, and the two functions that move it."""

    action: str
    count: int
    undo: Callable[[], None]
    redo: Callable[[], None]


class History:
    def __init__(self) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []

    def record(self, step: Step) -> None:
        with self._lock:
            self._done.append(step)
            del self._done[:-MAX_STEPS]
            self._undone.clear()
        self._notify()

    def undo(self) -> Step | None:
        """Reverse the newest step and return it, or None when there is nothing to undo."""
        with self._lock:
            if not self._done:
                return None
            step = self._done.pop()
            try:
                step.undo()
            except BaseException:
                self._done.append(step)
                raise
            self._undone.append(step)
        self._notify()
        return step

    def redo(self) -> Step | None:
        with self._lock:
            if not self._undone:
                return None
            step = self._undone.pop()
            try:
                step.redo()
            except BaseException:
                self._undone.append(step)
                raise
            self._done.append(step)
        self._notify()
        return step

    @property
    def next_undo(self) -> Step | None:
        with self._lock:
            return self._done[-1] if self._done else None

    @property
    def next_redo(self) -> Step | None:
        with self._lock:
            return self._undone[-1] if self._undone else None

    def clear(self) -> None:
        with self._lock:
            self._done.clear()
            self._undone.clear()
        self._notify()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()
