"""Edit ▸ Bin… (issue 15): the deleted notes, the latest first; restore the chosen ones, or empty the
chosen ones (none chosen: the whole bin) after a question naming the count; each one undo step. A
dialogue held back only by binned notes points to the bin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QPushButton

from dialog_app.core.project import Project
from dialog_app.gui.dialogs import messages as boxes
from tests.core.services.person_fixtures import held

LOAD = 10_000
SECRET = "Kvarnbäcksskolans budget är hemlig"


@pytest.fixture
def bin_window(main_window, qtbot, project_path):
    path = project_path("Papperskorg")
    with Project.create(path) as project:
        meeting = project.dialogues.create_with_questions("Dialogmöte om skolan", [("Vad behövs?", 20)])
        question = project.dialogues.agenda(meeting.id)[0].id
        notes = [project.notes.add(meeting.id, text, agenda_item_id=question)
                 for text in (SECRET, "Skolgården är för liten", "Fler lärare")]
        project.notes.delete([notes[0].id])
        project.notes.delete([notes[1].id])
        project.dialogues.create("Tomt möte")
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)
    return main_window


def open_bin(window, qtbot) -> QDialog:
    assert window.bin_action.isEnabled()
    window.bin_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "binDialog") is not None, timeout=LOAD)
    dialog = window.findChild(QDialog, "binDialog")
    qtbot.waitUntil(lambda: bool(dialog.entries), timeout=LOAD)
    return dialog


def act(dialog, qtbot, button) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD):
        button.click()
    dialog.session.wait(LOAD)
    QThreadPool.globalInstance().waitForDone(LOAD)


def texts(dialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def test_the_bin_lists_the_deleted_notes_newest_first_and_restores_the_chosen(bin_window, qtbot):
    dialog = open_bin(bin_window, qtbot)
    assert texts(dialog) == ["Skolgården är för liten", SECRET]
    assert [dialog.table.item(1, c).text() for c in (0, 2, 3)] == ["D1-001", "Dialogmöte om skolan", "Vad behövs?"]
    restore, empty = (dialog.findChild(QPushButton, name) for name in ("restoreFromBinButton", "emptyBinButton"))
    assert not restore.isEnabled() and empty.isEnabled() and "Empty the bin" in empty.text()
    assert not dialog.table.tabKeyNavigation()
    dialog.table.selectAll()
    assert "Empty 2 chosen" in empty.text()
    dialog.table.selectRow(0)
    assert restore.isEnabled() and "Empty 1 chosen" in empty.text()
    act(dialog, qtbot, restore)
    assert texts(dialog) == [SECRET]
    assert bin_window.undo_action.text().startswith("&Undo restoring of 1 note")


def test_emptying_the_chosen_asks_with_the_count_and_undo_brings_them_back(bin_window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or True)
    dialog = open_bin(bin_window, qtbot)
    dialog.table.selectRow(1)
    act(dialog, qtbot, dialog.empty_button)
    assert "Empty 1 note" in asked[0] and "once it is closed, this cannot be undone" in asked[0]
    assert texts(dialog) == ["Skolgården är för liten"]
    assert held(bin_window.project.path, [SECRET.encode()]) == []
    assert "Emptied 1 note" in dialog.state.text()
    assert bin_window.undo_action.text().startswith("&Undo emptying 1 note")
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD):
        bin_window.undo_action.trigger()
    assert texts(dialog) == ["Skolgården är för liten", SECRET]


def test_with_nothing_chosen_the_whole_bin_is_emptied_after_saying_so_and_no_keeps_it(bin_window, qtbot, monkeypatch):
    answers = [False, True]
    asked = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or answers.pop(0))
    dialog = open_bin(bin_window, qtbot)
    dialog.empty_button.click()
    assert "Empty the whole bin? It holds 2 note" in asked[0] and len(texts(dialog)) == 2
    act(dialog, qtbot, dialog.empty_button)
    assert dialog.pages.currentWidget() is dialog.empty_text and "The bin is empty" in dialog.empty_text.text()
    assert not dialog.empty_button.isEnabled()


def test_a_dialogue_held_back_only_by_binned_notes_offers_the_bin(main_window, qtbot, project_path, monkeypatch):
    path = project_path("Bara papperskorg")
    with Project.create(path) as project:
        meeting = project.dialogues.create("Felstartat möte")
        project.notes.delete([project.notes.add(meeting.id, "Fel").id])
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)
    asked = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or True)
    page = main_window.dialogues
    main_window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.dialogue_list.model().rowCount() > 0, timeout=LOAD)
    index = next(page.dialogue_list.model().index(r, 0) for r in range(page.dialogue_list.model().rowCount())
                 if page.dialogue_list.model().index(r, 0).data() == "Felstartat möte")
    page.dialogue_list.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.selected_dialogue is not None, timeout=LOAD)
    page.findChild(QPushButton, "deleteDialogueButton").click()
    qtbot.waitUntil(lambda: main_window.findChild(QDialog, "binDialog") is not None, timeout=LOAD)
    assert "still in the bin" in asked[0] and "Edit ▸ Bin" in asked[0]
    dialog = main_window.findChild(QDialog, "binDialog")
    qtbot.waitUntil(lambda: bool(dialog.entries), timeout=LOAD)
    assert len(dialog.chosen_ids()) == 1 and "Empty 1 chosen" in dialog.empty_button.text()  # its notes chosen


def test_tab_leaves_the_table_in_one_press_and_every_control_is_named(bin_window, qtbot):
    dialog = open_bin(bin_window, qtbot)
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus, timeout=LOAD)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert not dialog.table.hasFocus() and dialog.focusWidget() is dialog.empty_button
    assert all(w.accessibleName() for w in (dialog.table, dialog.restore_button, dialog.empty_button))
