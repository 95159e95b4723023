"""Edit ▸ Participant register… (issue 14): a person added through the form is in the file with
every field, edited and removed from the list, each change one step of Edit ▸ Undo; the Dialogues
tab opens the register of its dialogue; a read-only project shows the register but changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dialog_app.core.project import Project
from dialog_app.core.services.participant_register import ParticipantFields
from dialog_app.gui.participants.participant_form import ParticipantForm
from dialog_app.gui.participants.register_dialog import ParticipantRegisterDialog

LOAD = 10_000


def _open(main_window, qtbot, project_path, people=()):
    path = project_path("Register")
    with Project.create(path) as project:
        meeting = project.dialogues.create("Dialogmöte i Lycksele")
        project.dialogues.create("Workshop i Umeå")
        for person in people:
            project.participant_register.add(meeting.id, person)
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.open_project(path)
    return path


def _register(main_window, qtbot) -> ParticipantRegisterDialog:
    main_window.register_action.trigger()
    dialog = main_window.findChild(ParticipantRegisterDialog, "participantRegisterDialog")
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=LOAD)
    return dialog


def _form(dialog) -> ParticipantForm:
    return dialog.findChild(ParticipantForm, "participantForm")


def test_a_person_typed_into_the_form_is_stored_with_every_field(main_window, qtbot, project_path):
    _open(main_window, qtbot, project_path)
    dialog = _register(main_window, qtbot)
    assert "Nobody is registered" in dialog.empty.text()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = _form(dialog)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a name first
    qtbot.keyClicks(form.name, "Anna Svensson")
    form.organisation.setCurrentText("Region Västerbotten")
    form.role.setText("Ordförande")
    qtbot.keyClicks(form.email, "anna.svensson")
    assert not ok.isEnabled() and "e-mail" in form.problem.text()
    qtbot.keyClicks(form.email, "@example.se")
    qtbot.keyClicks(form.phone, "070-123 45 67")
    form.consent.setChecked(True)
    form.purpose.setCurrentText("Kontakt inför remissen")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LOAD)
    [person] = main_window.project.participant_register.people()
    assert person.fields == ParticipantFields("Anna Svensson", "Region Västerbotten", None, "Ordförande",
                                              "anna.svensson@example.se", "070-123 45 67", True,
                                              "Kontakt inför remissen")
    assert [dialog.table.item(0, c).text() for c in (0, 1, 6)] == ["Anna Svensson", "Dialogmöte i Lycksele", "Yes"]
    assert main_window.undo_action.text() == "&Undo adding a participant"


def test_edit_and_remove_are_undone_from_the_edit_menu(main_window, qtbot, project_path, monkeypatch):
    from dialog_app.gui.dialogs import messages

    monkeypatch.setattr(messages, "confirm", lambda _parent, _text: True)
    _open(main_window, qtbot, project_path, [ParticipantFields("Bo Ek", role="Sekreterare")])
    dialog = _register(main_window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LOAD)
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    form = _form(dialog)
    assert form.name.text() == "Bo Ek" and form.role.text() == "Sekreterare"
    form.role.setText("Ordförande")
    form.accept()
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text() == "Ordförande", timeout=LOAD)
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=LOAD)
    assert main_window.undo_action.text() == "&Undo removing 1 participant"
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LOAD)
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text() == "Sekreterare", timeout=LOAD)


def test_the_dialogues_tab_opens_the_register_of_its_dialogue(main_window, qtbot, project_path):
    _open(main_window, qtbot, project_path, [ParticipantFields("Bo Ek")])
    page = main_window.dialogues
    main_window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.participants_button.isEnabled, timeout=LOAD)
    row = page.dialogue_model.row_of(main_window.project.dialogues.find("Workshop i Umeå").id)
    page.dialogue_list.setCurrentIndex(page.dialogue_model.index(row))
    qtbot.mouseClick(page.participants_button, Qt.MouseButton.LeftButton)
    dialog = main_window.findChild(ParticipantRegisterDialog, "participantRegisterDialog")
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=LOAD)
    assert dialog.dialogue.currentText() == "Workshop i Umeå"
    assert dialog.table.rowCount() == 0 and dialog.table.isColumnHidden(1)
    dialog.dialogue.setCurrentIndex(0)  # all dialogues
    assert dialog.table.rowCount() == 1 and not dialog.table.isColumnHidden(1)


def test_a_read_only_project_shows_its_register_but_changes_nothing(main_window, qtbot, project_path, monkeypatch):
    from dialog_app.core.store import opening

    path = _open(main_window, qtbot, project_path, [ParticipantFields("Bo Ek")])
    main_window._close_project()
    monkeypatch.setattr(opening, "_writable", lambda _path: False)  # a locked USB stick
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.open_project(path)
    assert main_window.project.read_only and main_window.register_action.isEnabled()
    dialog = _register(main_window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=LOAD)
    dialog.table.selectRow(0)
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert not dialog.edit_button.isEnabled()
