"""The status bar's note count follows every change: a note added while another tab is shown, and
in a second window on the same file once that window comes to the front."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from dialog_app.gui.ops import WriteOp

LOAD = 10_000


def count_shown(window) -> str:
    return window.status_label.text().rsplit("·", 1)[-1].strip()


def add_note(window, qtbot) -> None:
    dialogue = window.project.dialogues.list()[0].id
    operation = WriteOp(window.session, lambda project, _job: project.notes.add(dialogue, "En ny anteckning"))
    with qtbot.waitSignal(operation.run().finished, timeout=LOAD):
        pass


def test_a_note_added_on_another_tab_is_counted_at_once(seeded_window, qtbot):
    window = seeded_window
    total = window.project.notes.count()
    assert count_shown(window) == f"{total} notes"
    window.tabs.setCurrentWidget(window.review)  # not the Dialogues tab, which used to be the only source
    add_note(window, qtbot)
    qtbot.waitUntil(lambda: count_shown(window) == f"{total + 1} notes", timeout=LOAD)


def test_a_second_window_catches_up_when_it_comes_to_the_front(seeded_window, second_window, qtbot, seeded_copy):
    with qtbot.waitSignal(second_window.notes_loaded, timeout=LOAD):
        second_window.open_project(seeded_copy)
    assert second_window.project.read_only
    total = seeded_window.project.notes.count()
    add_note(seeded_window, qtbot)
    QCoreApplication.sendEvent(second_window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: count_shown(second_window) == f"{total + 1} notes", timeout=LOAD)
    assert count_shown(seeded_window) == f"{total + 1} notes"
