"""The words of the note being typed, on disk, so that neither a crash nor a slow commit can take them.

The draft is the text of every note sent to the file whose commit has not returned yet, then the
box's text. It is written a moment after typing stops, and at once when a commit returns, off the GUI
thread (an fsync may take long on a USB stick). Each window keeps its own draft (core/drafts.py);
a window that reads a project only keeps none.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from dialog_app.core.drafts import Drafts
from dialog_app.gui.ops import SerialLane

DRAFT_DELAY_MS = 400


class DraftKeeper(QObject):
    def __init__(self, box: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._box = box
        self._drafts: Drafts | None = None
        self._sending: dict[uuid.UUID, str] = {}  # note id: its text, until its commit returns
        self._lane = SerialLane(self)  # drafts in order, never on the GUI thread
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        box.textChanged.connect(self._timer.start)

    def set_project(self, path: Path | None) -> str:
        """Leave the project shown, its draft up to date, and return the draft of ``path``: the
        words that windows which closed without sending them left behind (None: keep no draft)."""
        if self._drafts is not None and (self._timer.isActive() or self._sending):
            # The window waits for every queued note before it lets a project go: what was being
            # sent is in the file now, and the words typed a moment ago go with their project.
            self._sending.clear()
            self.save_now()
        self._sending.clear()
        self._drafts = Drafts(path) if path is not None else None
        if self._drafts is None:
            return ""
        try:
            return self._drafts.take_over("")  # small files in the app's own folder, rarely written
        except OSError:
            return ""

    def sending(self, note_id: uuid.UUID, text: str) -> None:
        """Enter was pressed: the note's words stay in the draft until its commit has returned."""
        self._sending[note_id] = text

    def returned(self, note_id: uuid.UUID) -> None:
        """The note's commit returned (saved, or failed and its words are back in the box)."""
        self._sending.pop(note_id, None)

    def text(self) -> str:
        return "\n".join(text for text in (*self._sending.values(), self._box.toPlainText()) if text)

    def save_now(self) -> None:
        self._timer.stop()
        if self._drafts is not None:
            keeper, text = self._drafts, self.text()
            self._lane.submit(lambda: _keep_draft(keeper, text))

    def wait(self) -> bool:
        """Block until every draft queued has been written (tests)."""
        return self._lane.wait()


def _keep_draft(keeper: Drafts, text: str) -> None:
    try:
        keeper.save(text)
    except OSError:
        pass  # the draft is a safety net; the note itself is saved by Enter
