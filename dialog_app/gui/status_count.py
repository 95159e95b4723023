"""The status bar's "project · N notes": counted again after every change to notes or dialogues
(off the GUI thread, a burst of changes counted once), and whenever the window comes to the front,
so a second window on the same file catches up with what the first one wrote."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.gui.ops import ProjectSession, QueryOp

COUNTED_CHANGES = {ChangeKind.NOTES, ChangeKind.DIALOGUES}
DEBOUNCE_MS = 100


def count_notes(session: ProjectSession) -> QueryOp[int]:
    """The project's live notes."""
    return QueryOp(session, lambda project, _job: project.notes.count())


class NoteCount(QObject):
    """Keeps ``label`` showing the open project's path and note count; the window's event filter."""

    def __init__(self, label: QLabel, window: QWidget, wording: Callable[[int], str]) -> None:
        """``wording(count)``: "%1 · %n note(s)" translated by the window (%1 stands for the path)."""
        super().__init__(window)
        self.label = label
        self._wording = wording
        self.session: ProjectSession | None = None
        self.count: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.recount)
        window.installEventFilter(self)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session, self.count = session, None
        self.label.clear()
        if session is not None:
            session.subscribe(COUNTED_CHANGES, partial(self._changed, session), owner=self)
            self.recount()

    def show_count(self, count: int) -> None:
        """A count known already (the Dialogues tab summed it while loading)."""
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        if self.session is None or self.count is None:
            return
        self.label.setText(self._wording(self.count).replace("%1", str(self.session.project.path)))

    def recount(self) -> None:
        session = self.session
        if session is not None:
            count_notes(session).success(
                lambda count: self.show_count(count) if session is self.session else None).run(owner=self)

    def _changed(self, session: ProjectSession, _change: Change) -> None:
        if session is self.session:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self.session is not None:
            self._timer.start()  # another window or program may have written to the file
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
