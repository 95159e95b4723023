"""Edit ▸ Stakeholder groups… (issue 15): add, rename, reorder, merge and delete on a real project
file, each one undo step, the notes of a merge or deletion counted before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog

from dialog_app.core.project import Project
from dialog_app.gui.dialogs import groups_dialog
from dialog_app.gui.dialogs import messages as boxes

LOAD = 10_000


@pytest.fixture
def dialog(main_window, qtbot, project_path):
    path = project_path("Grupper")
    with Project.create(path) as project:
        first = project.participation.groups()[0]
        meeting = project.dialogues.create("Dialogmöte")
        project.notes.add(meeting.id, "Fler mötesplatser", group_id=first.id)
        project.notes.add(meeting.id, "Bredband", group_id=first.id)
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.open_project(path)
    main_window.groups_action.trigger()
    qtbot.waitUntil(lambda: main_window.findChild(QDialog, "groupsDialog") is not None, timeout=LOAD)
    found = main_window.findChild(QDialog, "groupsDialog")
    qtbot.waitUntil(lambda: found.list.count() > 0, timeout=LOAD)
    return found


def names(window) -> list[str]:
    return [g.name for g in window.project.participation.groups()]


def act(dialog, qtbot, button) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD):
        button.click()
    dialog.session.wait(LOAD)
    QThreadPool.globalInstance().waitForDone(LOAD)


def test_add_rename_and_move(dialog, main_window, qtbot, monkeypatch):
    before = names(main_window)
    monkeypatch.setattr(groups_dialog, "ask_name", lambda *_args: "Ideella föreningar")
    act(dialog, qtbot, dialog.add_button)
    assert names(main_window) == before + ["Ideella föreningar"]
    assert dialog.current_id() == main_window.project.participation.groups()[-1].id
    act(dialog, qtbot, dialog.up_button)
    assert names(main_window)[-2] == "Ideella föreningar"
    monkeypatch.setattr(groups_dialog, "ask_name", lambda *_args: "Föreningar")
    act(dialog, qtbot, dialog.rename_button)
    assert names(main_window)[-2] == "Föreningar"
    assert main_window.undo_action.text() == "&Undo stakeholder group rename"


def test_merge_says_how_many_notes_move_and_undo_brings_the_group_back(dialog, main_window, qtbot, monkeypatch):
    first, second = main_window.project.participation.groups()[:2]
    asked = []
    monkeypatch.setattr(groups_dialog, "ask_kept_group", lambda *_args: 0)  # the first of the others
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or True)
    dialog.list.setCurrentRow(0)
    act(dialog, qtbot, dialog.merge_button)
    assert "2 note" in asked[0] and first.name in asked[0] and second.name in asked[0]
    assert first.name not in names(main_window)
    assert {n.group_id for n in main_window.project.notes.list()} == {second.id}
    assert main_window.undo_action.text() == "&Undo stakeholder group merge"
    main_window.undo_action.trigger()
    main_window.session.wait(LOAD)
    assert {n.group_id for n in main_window.project.notes.list()} == {first.id}


def test_delete_says_how_many_notes_keep_no_group(dialog, main_window, qtbot, monkeypatch):
    first = main_window.project.participation.groups()[0]
    asked = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or True)
    dialog.list.setCurrentRow(0)
    act(dialog, qtbot, dialog.delete_button)
    assert "2 note" in asked[0] and "no group" in asked[0]
    assert first.name not in names(main_window)
    assert {n.group_id for n in main_window.project.notes.list()} == {None}
    assert len(main_window.project.notes.list()) == 2
