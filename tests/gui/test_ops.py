"""The one path of GUI work: a named operation runs off the GUI thread, in order, tells its news
once with who asked, is one undo step when it says so, shows progress, and can be cancelled."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.history import Action
from dialog_app.core.project import Project
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp

LOAD = 10_000


@pytest.fixture
def session(qtbot, tmp_path):
    project = Project.create(tmp_path / "Länsdialog.dialog")
    session = ProjectSession(project)
    yield session
    session.close()


def test_writes_run_off_the_gui_thread_in_the_order_they_were_made(qtbot, session):
    meeting = session.project.dialogues.create("Dialogmöte i Östersund")
    threads, done = [], []
    for n in range(20):
        def add(project, _job, n=n):
            threads.append(threading.get_ident())
            return project.notes.add(meeting.id, f"Anteckning {n}").text
        WriteOp(session, add).success(done.append).run()
    qtbot.waitUntil(lambda: len(done) == 20, timeout=LOAD)
    assert done == [f"Anteckning {n}" for n in range(20)]
    assert threading.get_ident() not in threads


def test_one_write_is_told_once_with_its_initiator_and_is_one_undo_step(qtbot, session):
    meeting = session.project.dialogues.create("Workshop")
    initiator = QObject()
    heard = []
    session.changed.connect(heard.append)

    def add_three(project, _job):
        return [project.notes.add(meeting.id, f"Idé {n}").id for n in range(3)]

    with qtbot.waitSignal(session.busy_changed, timeout=LOAD, check_params_cb=lambda busy: not busy):
        WriteOp(session, add_three, undo_as=Action.IMPORT).run(initiator=initiator)
    qtbot.waitUntil(lambda: bool(heard), timeout=LOAD)
    assert len(heard) == 1 and heard[0].initiator is initiator
    assert heard[0].touches(ChangeKind.NOTES, ChangeKind.HISTORY)
    step = session.project.history.next_undo
    assert (step.action, step.count) == (Action.IMPORT, 3)


def test_a_failure_goes_to_the_session_in_words_and_a_cancel_is_silent(qtbot, session):
    failures = []
    session.failed.connect(failures.append)

    def missing(project, _job):
        return project.dialogues.get("00000000-0000-0000-0000-000000000000")

    def cancelled(_project, job):
        job.cancel()
        job.check()

    with qtbot.waitSignal(session.busy_changed, timeout=LOAD, check_params_cb=lambda busy: not busy):
        WriteOp(session, missing).run()
        WriteOp(session, cancelled).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=LOAD)
    qtbot.wait(50)
    assert len(failures) == 1 and isinstance(failures[0], NotFoundError)


def test_progress_is_shown_and_cancel_stops_the_work(qtbot, session):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, stopped = threading.Event(), []

    def long_scan(_project, job):
        started.set()
        for n in range(10_000):
            job.report(n, 10_000)
            threading.Event().wait(0.002)
        return "finished"

    results = []
    op = QueryOp(session, long_scan).success(results.append).with_progress(parent, "Söker dubbletter…")
    operation = op.run(owner=parent)
    operation.finished.connect(lambda: stopped.append(True))
    assert started.wait(5)
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.maximum() == 10_000, timeout=LOAD)
    assert dialog.labelText() == "Söker dubbletter…"
    dialog.findChild(QPushButton).click()  # the user's Cancel
    qtbot.waitUntil(lambda: bool(stopped), timeout=LOAD)
    assert results == [] and operation.job.cancelled


def test_a_view_hears_only_the_kinds_it_subscribed_to_and_nothing_after_it_is_gone(qtbot, session):
    view = QWidget()
    heard = []
    session.subscribe({ChangeKind.DIALOGUES}, heard.append, view)
    meeting = session.project.dialogues.create("Nätverksträff")  # outside a batch: told on its own
    session.project.notes.add(meeting.id, "Bredband på landsbygden")
    qtbot.waitUntil(lambda: bool(heard), timeout=LOAD)
    qtbot.wait(50)
    assert len(heard) == 1 and heard[0].touches(ChangeKind.DIALOGUES)
    view.deleteLater()
    qtbot.waitUntil(lambda: not _alive(view), timeout=LOAD)
    session.project.dialogues.create("Ännu en dialog")
    qtbot.wait(100)
    assert len(heard) == 1


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
