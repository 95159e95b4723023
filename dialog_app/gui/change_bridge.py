"""Carries the core's change news to the GUI thread as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dialog_app.core.changes import Change, ChangeFeed


class ChangeBridge(QObject):
    """Lives on the GUI thread; a change published on any thread arrives here queued."""

    changed = Signal(object)  # a dialog_app.core.changes.Change

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = feed.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)  # queued to this object's thread when emitted elsewhere

    def detach(self) -> None:
        self._unsubscribe()
