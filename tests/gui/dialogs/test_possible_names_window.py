"""Edit ▸ Possible names… in the main window (issue 14): the names found in the notes, confirmed
with one key, and the choice one step of Edit ▸ Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialog_app.core.project import Project
from dialog_app.gui.dialogs.possible_names_dialog import PossibleNamesDialog

LOAD = 10_000


def test_a_name_found_in_a_note_is_confirmed_with_m_and_undone(main_window, qtbot, project_path):
    path = project_path("Namn")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Workshop i Storuman")
        project.notes.add(dialogue.id, "Enligt Jonathan Mayhew saknas fiber i byarna.")
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)
    main_window.possible_names_action.trigger()
    dialog = main_window.findChild(PossibleNamesDialog, "possibleNamesDialog")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LOAD)
    assert dialog.table.item(0, 0).text() == "Jonathan Mayhew"
    assert "saknas fiber" in dialog.table.item(0, 2).text()
    with qtbot.waitSignal(dialog.decided, timeout=LOAD):
        qtbot.keyClick(dialog.table, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=LOAD)
    assert main_window.project.possible_names.decisions() == {"jonathan mayhew": "mask"}
    assert main_window.undo_action.text() == "&Undo choice for 1 possible name"
