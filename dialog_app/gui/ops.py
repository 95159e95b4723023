"""The one path from a user action to the core: named operations, run off the GUI thread.

A user action is a small function that returns a ``WriteOp`` (it changes the project) or a
``QueryOp`` (it only reads), in the spirit of Anki's CollectionOp and QueryOp::

    def delete_notes(session, note_ids) -> WriteOp:
        return WriteOp(session, lambda project, job: project.notes.delete(note_ids))

    delete_notes(self.session, ids).success(self._deleted).run(initiator=self)

A write runs on the project's one write queue (in the order the user made them), inside one change
batch (views hear once, with the initiator) and, when ``undo_as`` is given, one undo step however
many service calls it makes. ``with_progress`` shows a progress dialog with a Cancel button that
cancels the operation's ``Job``. A failure goes to ``failure`` or, by default, to the session's
``failed`` signal, which the window shows in words; a cancel is silent.

This module is the only one that uses ``gui/worker.py`` and ``gui/write_queue.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.history import Action
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.project import Project
from dialog_app.gui.change_bridge import ChangeBridge
from dialog_app.gui.worker import Operation, run_in_background
from dialog_app.gui.write_queue import WriteQueue

T = TypeVar("T")
Work = Callable[[Project, Job], T]
PROGRESS_DELAY_MS = 400  # quick operations finish before a dialog would flash up


class ProjectSession(QObject):
    """One open project as the GUI holds it: its write queue, its change news, its failures."""

    changed = Signal(object)  # a core.changes.Change, on the GUI thread
    failed = Signal(object)  # an exception an operation met and nobody else handled
    busy_changed = Signal(bool)  # writes are waiting or running

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._queue = WriteQueue(self)
        self._queue.busy_changed.connect(self.busy_changed)
        self._bridge = ChangeBridge(project.changes, self)
        self._bridge.changed.connect(self.changed)

    @property
    def project(self) -> Project:
        """For operations and for facts read without the database (path, read-only, notices)."""
        return self._project

    @property
    def read_only(self) -> bool:
        return self._project.read_only

    def subscribe(self, kinds: Iterable[ChangeKind], callback: Callable[[Change], None],
                  owner: QObject) -> None:
        """Call ``callback`` with each change that touches one of ``kinds``, while ``owner`` lives."""
        wanted = tuple(kinds)

        def heard(change: Change) -> None:
            if change.touches(*wanted):
                callback(change)

        self.changed.connect(heard)
        owner.destroyed.connect(lambda *_: _disconnect(self.changed, heard))

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every queued write has run (closing the project, tests)."""
        return self._queue.wait(milliseconds)

    def close(self) -> None:
        """Let every queued write finish, stop the news, and close the project."""
        self._queue.wait()
        self._bridge.detach()
        self._project.close()

    def _submit(self, work: Callable[[Job], Any], on_done, on_error, owner) -> Operation:
        return self._queue.submit(work, on_done, on_error, owner=owner)


class _Op(Generic[T]):
    """What every operation shares: callbacks, progress, and the running operation."""

    def __init__(self, session: ProjectSession | None, work: Callable[..., T]) -> None:
        self._session = session
        self._work = work
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress: tuple[QWidget, str] | None = None
        self.operation: Operation | None = None

    def success(self, callback: Callable[[T], None]) -> _Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _Op[T]:
        self._on_failure = callback
        return self

    def with_progress(self, parent: QWidget, label: str) -> _Op[T]:
        """Show a progress dialog with Cancel while the operation runs (after a short delay)."""
        self._progress = (parent, label)
        return self

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if self._on_failure is not None:
            self._on_failure(error)
        elif self._session is not None:
            self._session.failed.emit(error)

    def _watch(self, operation: Operation) -> Operation:
        self.operation = operation
        if self._progress is not None:
            parent, label = self._progress
            dialog = _progress_dialog(parent, label)

            def show(done: int, total: int) -> None:
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, max(total, 1)))

            def finished() -> None:
                _disconnect(operation.job_progressed, show)  # reports still queued find no dialog
                dialog.deleteLater()

            operation.job_progressed.connect(show)
            dialog.canceled.connect(operation.cancel)
            operation.finished.connect(finished)
        return operation


class WriteOp(_Op[T]):
    """A user action that changes the project: serial, one change summary, optionally one undo step."""

    def __init__(self, session: ProjectSession, work: Work[T], undo_as: Action | None = None) -> None:
        super().__init__(session, work)
        self._undo_as = undo_as

    def run(self, initiator: QObject | None = None) -> Operation:
        project, work, undo_as = self._session.project, self._work, self._undo_as

        def write(job: Job) -> T:
            grouped = project.history.group(undo_as) if undo_as is not None else nullcontext()
            with project.changes.batch(initiator), grouped:
                return work(project, job)

        return self._watch(self._session._submit(write, self._on_success, self._failed, initiator))


class QueryOp(_Op[T]):
    """A user action that only reads: on the thread pool, beside other reads."""

    def run(self, owner: QObject | None = None) -> Operation:
        project, work = self._session.project, self._work
        operation = run_in_background(lambda job: work(project, job), self._on_success, self._failed, owner=owner)
        return self._watch(operation)


def _progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("Operations", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):  # the session went first
        pass


# --- before a session exists: the project file itself --------------------------------------------


class FileOp(_Op[T]):
    """Work on a project file while no session holds it: open, create, build the demo, restore,
    look for backups. On the thread pool; a failure goes to ``failure`` (there is no session to
    tell), and a cancel is silent.

    Named like the rest: ``open_file(path).success(self.set_session).failure(...).run(owner=self)``.
    """

    def __init__(self, work: Callable[[Job], T]) -> None:
        super().__init__(None, work)

    def run(self, owner: QObject | None = None) -> Operation:
        return self._watch(run_in_background(self._work, self._on_success, self._failed, owner=owner))


def forget_running_operations() -> None:
    """The app is closing: results still on their way will never be delivered."""
    Operation.forget_all()


class SerialLane(QObject):
    """Work that must run in order off the GUI thread but is no project write (a draft file beside
    the project): one worker, first in first out, with no change news, undo or project behind it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = WriteQueue(self)

    def submit(self, work: Callable[[], Any]) -> None:
        self._queue.submit(lambda _job: work())

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until everything submitted has run."""
        return self._queue.wait(milliseconds)
