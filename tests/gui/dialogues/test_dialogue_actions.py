"""The Dialogues tab's actions (issue 15): New dialogue…, Edit…, Delete…, Start capture, from
buttons, the context menu and keys, each save one undo step; the empty state says how to begin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from dialog_app.core.project import Project
from dialog_app.gui.dialogs import messages as boxes
from dialog_app.gui.dialogs.dialogue_form import DialogueFormDialog

LOAD = 10_000
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def settled(app, window=None) -> None:
    if window is not None and window.session is not None:
        window.session.wait(LOAD)
    QThreadPool.globalInstance().waitForDone(LOAD)
    app.processEvents()
    app.processEvents()


def button(window, name: str) -> QPushButton:
    return window.dialogues.findChild(QPushButton, name)


def open_form(window, qtbot, name: str) -> DialogueFormDialog:
    button(window, name).click()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "dialogueForm") is not None, timeout=LOAD)
    form = window.findChild(QDialog, "dialogueForm")
    qtbot.waitUntil(lambda: form.ok_button.isEnabled(), timeout=LOAD)
    return form


def save(form, qtbot) -> None:
    with qtbot.waitSignal(form.saved, timeout=LOAD):
        form.ok_button.click()


@pytest.fixture
def planned_window(main_window, qtbot, project_path):
    """A project with one planned dialogue of three questions and a dialogue with a note."""
    path = project_path("Planerat")
    with Project.create(path) as project:
        project.dialogues.create_with_questions(
            "Dialogmöte i Sundsvall", [("Vad fungerar?", 20), ("Vad saknas?", 15), ("Vem gör vad?", None)],
            starts_at=datetime(2026, 3, 12, 9, 0, tzinfo=STOCKHOLM), place="Stadshuset",
            ends_at=datetime(2026, 3, 12, 12, 0, tzinfo=STOCKHOLM))
        heard = project.dialogues.create("Workshop i Härnösand",
                                         starts_at=datetime(2026, 2, 1, 13, 0, tzinfo=STOCKHOLM))
        project.notes.add(heard.id, "Bredband i hela länet")
        binned = project.notes.add(heard.id, "Felskrivet")
        project.notes.delete([binned.id])
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)
    return main_window


def choose(window, qtbot, title: str) -> None:
    model = window.dialogue_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == title)
    with qtbot.waitSignal(window.notes_loaded, timeout=LOAD):
        window.dialogue_list.setCurrentIndex(model.index(row))


def test_an_empty_project_says_how_to_begin_and_makes_the_first_dialogue(main_window, qtbot, tmp_path, app):
    # given
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.create_project(tmp_path / "tom.dialog")
    page = main_window.dialogues
    assert page.note_stack.currentWidget().objectName() == "emptyDialogues"
    assert not button(main_window, "editDialogueButton").isEnabled()
    # when: the empty state's New dialogue…, a title and two questions
    open_form(main_window, qtbot, "emptyNewDialogueButton")
    form = main_window.findChild(QDialog, "dialogueForm")
    form.title.setText("Dialogmöte med civilsamhället")
    form.organiser.setText("Region Västernorrland")
    for question, minutes in (("Vad behövs?", "20"), ("Vem gör vad?", "")):
        form.add_button.click()
        row = form.questions.rowCount() - 1
        form.questions.item(row, 0).setText(question)
        form.questions.item(row, 1).setText(minutes)
    save(form, qtbot)
    settled(app)
    # then
    [dialogue] = main_window.project.dialogues.list()
    assert (dialogue.title, dialogue.organiser) == ("Dialogmöte med civilsamhället", "Region Västernorrland")
    assert [(q.question, q.planned_minutes) for q in main_window.project.dialogues.agenda(dialogue.id)] == [
        ("Vad behövs?", 20), ("Vem gör vad?", None)]
    qtbot.waitUntil(lambda: page.selected_dialogue == dialogue.id, timeout=LOAD)
    assert main_window.undo_action.text() == "&Undo new dialogue"


def test_editing_the_whole_form_is_one_undo_step(planned_window, qtbot, app):
    window = planned_window
    choose(window, qtbot, "Dialogmöte i Sundsvall")
    # when: Edit…, everything changed at once
    form = open_form(window, qtbot, "editDialogueButton")
    assert form.title.text() == "Dialogmöte i Sundsvall"
    assert form.starts.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-12 09:00"  # the project's zone
    assert form.questions.rowCount() == 3
    form.title.setText("Workshop i Sundsvall")
    form.online.setChecked(True)
    form.purpose.setPlainText("Inspel till strategin")
    form.questions.selectRow(0)
    form.remove_question()  # "Vad fungerar?" goes
    form.questions.selectRow(1)
    form.move_question(-1)  # "Vem gör vad?" first
    form.questions.item(1, 1).setText("25")
    save(form, qtbot)
    settled(app)
    # then
    project = window.project
    edited = next(d for d in project.dialogues.list() if d.title == "Workshop i Sundsvall")
    assert (edited.online, edited.place, edited.purpose) == (True, None, "Inspel till strategin")
    assert edited.starts_at == datetime(2026, 3, 12, 9, 0, tzinfo=STOCKHOLM)
    assert edited.ends_at == datetime(2026, 3, 12, 12, 0, tzinfo=STOCKHOLM)  # its length kept
    assert [(q.question, q.planned_minutes) for q in project.dialogues.agenda(edited.id)] == [
        ("Vem gör vad?", None), ("Vad saknas?", 25)]
    assert window.undo_action.text() == "&Undo dialogue edit"
    # when
    window.undo_action.trigger()
    settled(app, window)
    # then
    assert [(q.question, q.planned_minutes) for q in project.dialogues.agenda(edited.id)] == [
        ("Vad fungerar?", 20), ("Vad saknas?", 15), ("Vem gör vad?", None)]
    assert project.dialogues.get(edited.id).title == "Dialogmöte i Sundsvall"


def test_bad_minutes_are_said_in_the_form_and_nothing_is_saved(planned_window, qtbot, app):
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    form = open_form(planned_window, qtbot, "editDialogueButton")
    form.questions.item(0, 1).setText("tjugo")
    form.ok_button.click()
    assert "whole number" in form.state.text() and form.isVisible()
    assert planned_window.undo_action.isEnabled() is False


def test_a_dialogue_with_notes_is_not_deleted_and_the_count_is_said(planned_window, qtbot, app, messages):
    choose(planned_window, qtbot, "Workshop i Härnösand")
    button(planned_window, "deleteDialogueButton").click()
    qtbot.waitUntil(lambda: bool(messages), timeout=LOAD)
    assert "holds 2 note" in messages[0] and "1 of them in the bin" in messages[0] and "not deleted" in messages[0]
    settled(app)
    assert len(planned_window.project.dialogues.list()) == 2


def test_deleting_by_the_delete_key_and_undoing(planned_window, qtbot, app, monkeypatch):
    asked = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or True)
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    planned_window.dialogue_list.setFocus()
    qtbot.keyClick(planned_window.dialogue_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(planned_window.project.dialogues.list()) == 1, timeout=LOAD)
    assert "Dialogmöte i Sundsvall" in asked[0]
    settled(app)
    assert planned_window.undo_action.text() == "&Undo dialogue deletion"
    planned_window.undo_action.trigger()
    settled(app, planned_window)
    assert len(planned_window.project.dialogues.list()) == 2


def test_start_capture_opens_the_dialogue_on_the_capture_screen(planned_window, qtbot, app):
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    chosen = planned_window.dialogues.selected_dialogue
    button(planned_window, "startCaptureButton").click()
    assert planned_window.tabs.currentWidget() is planned_window.capture
    qtbot.waitUntil(lambda: planned_window.capture.loader.shown is not None
                    and planned_window.capture.loader.shown.dialogue.id == chosen, timeout=LOAD)


def test_the_context_menu_and_keys_offer_the_same_actions(planned_window, qtbot):
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    menu = planned_window.dialogues.actions.menu()
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["startCaptureAction", "editDialogueAction", "deleteDialogueAction", "newDialogueAction"]
    assert all(not a.shortcut().isEmpty() for a in menu.actions() if a.objectName())
    planned_window.dialogue_list.setFocus()
    qtbot.keyClick(planned_window.dialogue_list, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: planned_window.findChild(QDialog, "dialogueForm") is not None, timeout=LOAD)


def test_all_dialogues_offers_no_edit(planned_window, qtbot):
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    assert button(planned_window, "editDialogueButton").isEnabled()
    with qtbot.waitSignal(planned_window.notes_loaded, timeout=LOAD):
        planned_window.dialogue_list.setCurrentIndex(planned_window.dialogue_model.index(0))
    assert planned_window.dialogues.selected_dialogue is None
    assert not button(planned_window, "editDialogueButton").isEnabled()
    assert button(planned_window, "newDialogueButton").isEnabled()
    assert button(planned_window, "dialogueParticipantsButton") is not None


def test_tab_goes_from_the_list_to_its_buttons(planned_window, qtbot):
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    planned_window.activateWindow()
    planned_window.dialogue_list.setFocus()
    qtbot.waitUntil(planned_window.dialogue_list.hasFocus)
    qtbot.keyClick(planned_window.dialogue_list, Qt.Key.Key_Tab)
    assert button(planned_window, "newDialogueButton").hasFocus()


def test_a_question_still_being_typed_is_saved_with_ok(planned_window, qtbot, app):
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    form = open_form(planned_window, qtbot, "editDialogueButton")
    form.activateWindow()
    form.add_button.click()
    qtbot.waitUntil(lambda: form.questions.state() == form.questions.State.EditingState)
    editor = form.questions.viewport().findChild(QLineEdit)
    editor.setText("Vad händer sedan?")  # typed, not yet committed with Enter
    save(form, qtbot)
    dialogue_id = planned_window.dialogues.selected_dialogue
    assert planned_window.project.dialogues.agenda(dialogue_id)[-1].question == "Vad händer sedan?"


def test_removing_a_question_with_notes_says_how_many_first(planned_window, qtbot, app, monkeypatch):
    project = planned_window.project
    dialogue = next(d for d in project.dialogues.list() if d.title == "Dialogmöte i Sundsvall")
    first = project.dialogues.agenda(dialogue.id)[0]
    project.notes.add(dialogue.id, "Bredband", agenda_item_id=first.id)
    asked = []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or False)
    choose(planned_window, qtbot, "Dialogmöte i Sundsvall")
    form = open_form(planned_window, qtbot, "editDialogueButton")
    form.questions.selectRow(0)
    form.remove_question()
    assert "1 note" in asked[0] and "Vad fungerar?" in asked[0]
    assert form.questions.rowCount() == 3  # answered No: the question stays
