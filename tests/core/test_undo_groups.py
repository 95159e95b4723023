"""Several service calls that are one thing to the user are one undo step, and the news of one
operation is told once, with who asked for it."""

from __future__ import annotations

import threading

import pytest

from dialog_app.core.changes import ChangeKind
from dialog_app.core.history import Action, History, Step
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "Regional digitaliseringsstrategi.dialog") as project:
        yield project


def test_a_group_of_service_calls_is_one_undo_step_that_takes_all_of_them_back(project):
    # given a meeting with three notes
    meeting = project.dialogues.create("Dialogmöte med civilsamhället")
    notes = [project.notes.add(meeting.id, f"Fler mötesplatser {n}") for n in range(3)]
    steps_before = project.history.next_undo
    # when three deletions are made as one action
    with project.history.group(Action.MERGE_DUPLICATES):
        for note in notes[1:]:
            project.notes.delete([note.id])
    # then one step stands for them, counting both, and undo brings both back
    step = project.history.next_undo
    assert (step.action, step.count) == (Action.MERGE_DUPLICATES, 2)
    project.history.undo()
    assert {n.id for n in project.notes.list(NoteFilter(dialogue_ids=frozenset({meeting.id})))} == {n.id for n in notes}
    assert project.history.next_undo is steps_before
    project.history.redo()
    assert [n.id for n in project.notes.list(NoteFilter(dialogue_ids=frozenset({meeting.id})))] == [notes[0].id]


def test_a_group_that_fails_half_way_takes_back_what_it_did(project):
    meeting = project.dialogues.create("Workshop om bredband")
    notes = [project.notes.add(meeting.id, f"Fiber till byarna {n}") for n in range(2)]
    before = project.history.next_undo
    # when the second call of a group fails
    with pytest.raises(RuntimeError):
        with project.history.group(Action.MERGE_DUPLICATES):
            project.notes.delete([notes[0].id])
            raise RuntimeError("disk gone")
    # then the first call is undone too, and no step was recorded
    assert {n.id for n in project.notes.list(NoteFilter(dialogue_ids=frozenset({meeting.id})))} == {n.id for n in notes}
    assert project.history.next_undo is before


def test_an_unknown_action_is_refused_when_recorded():
    with pytest.raises(ValueError):
        Step("something_new", 1, lambda: None, lambda: None)


def test_undo_has_no_cap_that_drops_old_steps():
    history = History()
    for n in range(2_000):
        history.record(Step(Action.EDIT, 1, lambda: None, lambda: None))
    undone = 0
    while history.undo() is not None:
        undone += 1
    assert undone == 2_000


def test_the_history_lock_is_free_while_an_undo_writes():
    # given a step whose undo takes a while (a database write)
    history = History()
    writing, release = threading.Event(), threading.Event()

    def slow_undo() -> None:
        writing.set()
        release.wait(5)

    history.record(Step(Action.EDIT, 1, slow_undo, lambda: None))
    history.record(Step(Action.TAG, 1, lambda: None, lambda: None))
    history.undo()
    worker = threading.Thread(target=history.undo)
    worker.start()
    assert writing.wait(5)
    # when the Edit menu asks what can be redone meanwhile: it is answered at once
    answered = threading.Event()
    threading.Thread(target=lambda: (history.next_redo, answered.set())).start()
    assert answered.wait(1), "the history lock was held during the write"
    release.set()
    worker.join(5)


def test_the_news_of_one_operation_is_told_once_with_its_initiator(project):
    meeting = project.dialogues.create("Nätverksträff")
    heard = []
    project.changes.subscribe(heard.append)
    initiator = object()
    # when an operation makes several calls in one batch
    with project.changes.batch(initiator):
        first = project.notes.add(meeting.id, "Bibliotekens roll")
        project.notes.add(meeting.id, "E-tjänster för äldre")
        project.notes.delete([first.id])
    # then listeners hear once, of every kind and id, and of who asked
    assert len(heard) == 1
    (change,) = heard
    assert change.initiator is initiator
    assert change.touches(ChangeKind.NOTES) and change.touches(ChangeKind.HISTORY)
    assert first.id in change.ids(ChangeKind.NOTES)


def test_a_call_outside_a_batch_is_told_on_its_own(project):
    heard = []
    project.changes.subscribe(heard.append)
    project.dialogues.create("Webbsändning Våga vara digital")
    assert heard and all(change.initiator is None for change in heard)
    assert any(change.touches(ChangeKind.DIALOGUES) for change in heard)


def test_a_failing_batch_still_tells_what_it_did(project):
    meeting = project.dialogues.create("Dialog i Härnösand")
    heard = []
    project.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with project.changes.batch():
            project.notes.add(meeting.id, "Skolans digitala verktyg")
            raise RuntimeError("stopped")
    assert len(heard) == 1 and heard[0].touches(ChangeKind.NOTES)
