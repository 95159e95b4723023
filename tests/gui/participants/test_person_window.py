"""A person's data in the window (issue 14): from the register, the person's mentions are listed;
the extract is saved as a PDF and JSON; an erasure asks, leaves no byte of them in the file, is one
step of Edit ▸ Undo, and offers to erase the backups that still hold them. The retention prompt's
Anonymise… erases everyone registered and every confirmed name."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from dialog_app.gui.participants.person_dialog import PersonDataDialog
from dialog_app.gui.participants.register_dialog import ParticipantRegisterDialog
from tests.core.services.person_fixtures import EMAIL, NAME, add_anna, held

LOAD = 10_000


def _open_anna(main_window, qtbot, project_path, until: date | None = None):
    path = project_path("Personer")
    with Project.create(path, user="anna") as project:
        add_anna(project)
        project.retention.set_until(until)
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.open_project(path)
    return path


def _confirm_all(monkeypatch, asked: list[str]) -> None:
    from dialog_app.gui.dialogs import messages

    monkeypatch.setattr(messages, "confirm", lambda _parent, text: asked.append(text) or True)


def test_the_register_opens_a_persons_data_and_saves_the_extract(main_window, qtbot, project_path, tmp_path,
                                                                 monkeypatch, messages):
    _open_anna(main_window, qtbot, project_path)
    main_window.register_action.trigger()
    register = main_window.findChild(ParticipantRegisterDialog, "participantRegisterDialog")
    qtbot.waitUntil(lambda: register.table.rowCount() == 2, timeout=LOAD)
    register.table.selectRow(0)  # Anna Svensson, by name
    assert register.person_button.isEnabled()
    qtbot.mouseClick(register.person_button, Qt.MouseButton.LeftButton)
    dialog = main_window.findChild(PersonDataDialog, "personDataDialog")
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=LOAD)
    assert dialog.asked() == NAME and NAME in dialog.summary.text() and EMAIL in dialog.summary.text()
    places = [dialog.mentions.topLevelItem(i).text(0) for i in range(dialog.mentions.topLevelItemCount())]
    assert places[0].startswith("Notes (") and any(p.startswith("Syntheses") for p in places)
    notes = dialog.mentions.topLevelItem(0)
    assert any("in the bin" in notes.child(i).text(1) for i in range(notes.childCount()))
    monkeypatch.setattr(dialog, "ask_extract_path", lambda _name: tmp_path / "utdrag.pdf")
    qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "utdrag.json").exists() and bool(messages), timeout=LOAD)
    assert (tmp_path / "utdrag.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "utdrag.json").read_text(encoding="utf-8"))["person"] == NAME
    assert "give it only to them" in messages[-1]
    qtbot.mouseClick(dialog.extract_button, Qt.MouseButton.LeftButton)  # the same name again: refused
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=LOAD)
    assert "exists already; nothing was written" in messages[-1]


def test_an_erasure_leaves_nothing_in_the_file_and_is_undone_until_closed(main_window, qtbot, project_path,
                                                                          monkeypatch):
    asked: list[str] = []
    _confirm_all(monkeypatch, asked)
    path = _open_anna(main_window, qtbot, project_path)
    assert list_backups(path)  # the backup taken on opening holds her
    main_window.person_data_action.trigger()
    dialog = main_window.findChild(PersonDataDialog, "personDataDialog")
    dialog.name.setCurrentText("anna svensson")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.erase_button.isEnabled(), timeout=LOAD)
    qtbot.waitUntil(lambda: dialog.backups != [], timeout=LOAD)  # the backup taken on opening
    with qtbot.waitSignal(dialog.erased, timeout=LOAD):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "final" in asked[-1]
    main_window.session.wait()
    assert held(path) == []
    assert "erased" in dialog.summary.text() and dialog.mentions.topLevelItemCount() == 0
    assert dialog.backups and not dialog.erase_button.isEnabled()
    assert main_window.undo_action.text() == "&Undo erasure of 1 person"
    qtbot.mouseClick(dialog.erase_backups_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backups == [], timeout=LOAD)
    assert all(not held(backup.path) for backup in list_backups(path))
    main_window.undo_action.trigger()
    main_window.session.wait()
    assert NAME in [p.fields.name for p in main_window.project.participant_register.people()]


def test_anonymising_from_the_retention_prompt_erases_the_registered_and_confirmed(main_window, qtbot, project_path,
                                                                                 monkeypatch, messages):
    asked: list[str] = []
    _confirm_all(monkeypatch, asked)
    path = _open_anna(main_window, qtbot, project_path, until=date(2020, 1, 31))
    qtbot.waitUntil(lambda: main_window.findChild(QMessageBox, "retentionDuePrompt") is not None, timeout=LOAD)
    prompt = main_window.findChild(QMessageBox, "retentionDuePrompt")
    qtbot.waitUntil(prompt.isVisible, timeout=LOAD)
    prompt.findChild(QPushButton, "retentionAnonymise").click()
    qtbot.waitUntil(lambda: any(m.endswith("erased.") for m in messages), timeout=LOAD)
    assert asked[0].startswith("Anonymise the project?") and "still hold personal data" in asked[1]
    main_window.session.wait()
    assert main_window.project.participant_register.people() == []
    assert held(path, (b"Anna Svensson", b"Per Holm", b"Jonathan Mayhew", b"mayhew")) == []
    assert all(not held(backup.path, (b"Per Holm",)) for backup in list_backups(path))


def test_an_erasure_takes_the_person_out_of_the_capture_box_and_its_draft(main_window, qtbot, project_path,
                                                                         monkeypatch):
    from dialog_app.core.drafts import draft_files

    _confirm_all(monkeypatch, [])
    path = _open_anna(main_window, qtbot, project_path)
    main_window.capture.input.put_text("Enligt Anna Svenssons kollega saknas")
    main_window.capture.drafts.save_now()
    main_window.person_data(NAME)
    dialog = main_window.findChild(PersonDataDialog, "personDataDialog")
    qtbot.waitUntil(lambda: dialog.erase_button.isEnabled(), timeout=LOAD)
    with qtbot.waitSignal(dialog.erased, timeout=LOAD):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert main_window.capture.input.toPlainText() == "Enligt [borttagen person] kollega saknas"
    assert not main_window.capture.input.document().isUndoAvailable()
    main_window.capture.drafts.wait()
    assert all(b"Svensson" not in draft.read_bytes() for draft in draft_files(path))
