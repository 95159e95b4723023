"""Saves the writer's text as typed: a moment after the last keystroke, and at once when asked.

Typing is undone in the editor's own undo stack, not in the project's history: a save every pause
would otherwise fill the Edit menu with "undo typing" steps. Loading another theme's text starts a
fresh undo stack.

The saver also decides when text read back from the file may replace what is in the editor: never
while the writer has unsaved or unconfirmed typing, and never when the text read is our own save
coming back (the file then holds what the editor shows).
"""

from __future__ import annotations

import uuid
from enum import Enum
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.writing.writing_ops import save_text

SAVE_DELAY_MS = 600


class SaveState(Enum):
    IDLE = "idle"  # no theme open
    SAVED = "saved"  # the file holds what the editor shows
    SAVING = "saving"  # typed and not yet confirmed on disk
    FAILED = "failed"  # the last save failed; the next keystroke or flush tries again


class TextSaver(QObject):
    state_changed = Signal(object)  # a SaveState
    saved = Signal(object)  # theme id: a save reached the file

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._session: ProjectSession | None = None
        self._theme_id: uuid.UUID | None = None
        self._known = ""  # what the file holds, as far as we know: the text loaded or last saved
        self._dirty = False  # typed since the last save was queued
        self._in_flight = 0  # saves queued and not yet done
        self._loading = False
        self.revision = 0  # bumped by every keystroke and save: a read from before is out of date
        self.state = SaveState.IDLE
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._typed)

    def attach(self, session: ProjectSession | None) -> None:
        """Write to this session's project from now on (flush first to keep the old text)."""
        self._session = session
        self.load(None, "")

    @property
    def theme_id(self) -> uuid.UUID | None:
        return self._theme_id

    @property
    def busy(self) -> bool:
        """Typing not yet confirmed on disk: the editor's text must not be replaced now."""
        return self._dirty or self._in_flight > 0

    def load(self, theme_id: uuid.UUID | None, text: str) -> None:
        """Show a theme's text as stored, with a fresh undo stack."""
        self._timer.stop()
        self._theme_id, self._known, self._dirty = theme_id, text, False
        self._loading = True
        try:
            self._editor.setPlainText(text)
        finally:
            self._loading = False
        self._set_state(SaveState.SAVED if theme_id is not None else SaveState.IDLE)

    def offer(self, theme_id: uuid.UUID, text: str, revision: int) -> bool:
        """Text read from the file at ``revision``: shown only if it is news (somebody else's edit)
        and the writer has nothing pending. Returns whether the editor took it."""
        if theme_id != self._theme_id or revision != self.revision or self.busy or text == self._known:
            return False
        position = self._editor.textCursor().position()
        self.load(theme_id, text)
        cursor = self._editor.textCursor()
        cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
        self._editor.setTextCursor(cursor)
        return True

    def flush(self) -> None:
        """Queue the typed text now (theme switch, page hidden, project closing)."""
        self._timer.stop()
        session, theme_id = self._session, self._theme_id
        if not self._dirty or session is None or theme_id is None:
            return
        text = self._editor.toPlainText()
        self._dirty, self._known = False, text
        self._in_flight += 1
        self.revision += 1
        save_text(session, theme_id, text).success(partial(self._done, theme_id)) \
            .failure(partial(self._failed, session, theme_id)).run(initiator=self)

    def _typed(self) -> None:
        if self._loading or self._theme_id is None:
            return
        self._dirty = True
        self.revision += 1
        self._set_state(SaveState.SAVING)
        self._timer.start()

    def _done(self, theme_id: uuid.UUID, _result: None) -> None:
        self._in_flight -= 1
        if not self.busy and theme_id == self._theme_id and self.state != SaveState.FAILED:
            self._set_state(SaveState.SAVED)
        self.saved.emit(theme_id)

    def _failed(self, session: ProjectSession, theme_id: uuid.UUID, error: BaseException) -> None:
        self._in_flight -= 1
        if theme_id == self._theme_id:
            self._dirty = True  # still in the editor: the next keystroke or flush tries again
            self._set_state(SaveState.FAILED)
        session.failed.emit(error)  # and the window says why

    def _set_state(self, state: SaveState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
