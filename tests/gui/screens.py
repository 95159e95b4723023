"""The app's screens and dialogs, each shown as a user meets it on a seeded project at 1366×768 in
Swedish: the walks over every screen (translation, accessibility, palettes and font sizes) share them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dialog_app.core.services.participant_register import ParticipantFields
from dialog_app.core.table_projects import plan_tables
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)

LOAD = 15_000
SURVEY = ("ID;Starttid;Sluttid;E-post;Namn;Vad behöver din organisation?;Aktörsgrupp\r\n"
          "1;2026-11-02 09:10;2026-11-02 09:15;anna@example.se;Anna Berg;Fler mötesplatser;Kommun\r\n")


@pytest.fixture
def window(app, qtbot, messages, seeded_copy, swedish_ui):  # noqa: F811
    swedish_ui()
    from dialog_app.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.notes_loaded, timeout=LOAD):
        window.open_project(seeded_copy)
    yield window
    for dialog in QApplication.topLevelWidgets():
        if dialog is not window and dialog.isVisible():
            dialog.close()
    window.close()
    QThreadPool.globalInstance().waitForDone(LOAD)
    app.processEvents()


def settle(qtbot, milliseconds: int = 300) -> None:
    QThreadPool.globalInstance().waitForDone(LOAD)
    qtbot.wait(milliseconds)


def tab(name: str) -> Callable:
    def show(window, qtbot, _tmp: Path) -> QWidget:
        window.tabs.setCurrentWidget(getattr(window, name))
        settle(qtbot, 500)
        return window
    return show


def no_project(window, qtbot, _tmp: Path) -> QWidget:
    window._close_project()
    window._show_no_project()
    return window


def capture_first(window, qtbot, _tmp: Path) -> QWidget:
    window.tabs.setCurrentWidget(window.capture)
    settle(qtbot)
    return window


def capture_new_project(window, qtbot, tmp: Path) -> QWidget:
    """The first capture screen a new user meets: a new, empty project."""
    with qtbot.waitSignal(window.project_loaded, timeout=LOAD):
        window.create_project(tmp / "Ny.dialog")
    window.tabs.setCurrentWidget(window.capture)
    settle(qtbot)
    return window


def capture_running(window, qtbot, _tmp: Path) -> QWidget:
    window.tabs.setCurrentWidget(window.capture)
    meeting = window.project.dialogues.list()[0]
    with qtbot.waitSignal(window.capture.loaded, timeout=LOAD):
        window.capture.open_dialogue(meeting.id)
    settle(qtbot)
    return window


def dialog(make: Callable) -> Callable:
    def show(window, qtbot, tmp: Path) -> QWidget:
        shown = make(window, tmp)
        shown.show()
        settle(qtbot, 600)
        return shown
    return show


def _export(window, _tmp):
    from dialog_app.gui.export.export_dialog import ExportDialog
    return ExportDialog(window.session, window)


def _import(window, tmp):
    from dialog_app.gui.imports.import_dialog import ImportDialog
    survey = tmp / "enkät.csv"
    survey.write_bytes(SURVEY.encode("cp1252"))
    return ImportDialog(window.session, survey, window)


def import_columns(window, qtbot, tmp: Path) -> QWidget:
    shown = _import(window, tmp)
    shown.show()
    settle(qtbot, 600)
    shown.chrome.next_button.click()
    settle(qtbot, 600)
    return shown


def _merge(window, tmp):
    from dialog_app.gui.project_file.merge_dialog import MergeDialog
    window.session.wait()
    tables = window.project.prepare_tables(plan_tables(window.project.path, 2, tmp))
    return MergeDialog(window.session, tables, window)


def _prepare(window, _tmp):
    from dialog_app.gui.project_file.prepare_tables_dialog import PrepareTablesDialog
    return PrepareTablesDialog(window.session, window)


def _possible_names(window, _tmp):
    from dialog_app.gui.dialogs.possible_names_dialog import PossibleNamesDialog
    window.project.notes.add(window.project.dialogues.list()[0].id, "Enligt Jonathan Mayhew saknas fiber i byarna.")
    return PossibleNamesDialog(window.session, window)


PERSON = ParticipantFields("Eva Lindqvist", "Storumans kommun", None, "Kommunalråd", "eva@example.se",
                           "070-123 45 67", True, "Kontakt om remissen")


def _register(window, _tmp):
    from dialog_app.gui.participants.register_dialog import ParticipantRegisterDialog
    window.project.participant_register.add(window.project.dialogues.list()[0].id, PERSON)
    return ParticipantRegisterDialog(window.session, None, window)


def participant_form(window, qtbot, tmp: Path) -> QWidget:
    from dialog_app.gui.participants.participant_form import ParticipantForm
    register = _register(window, tmp)
    register.show()
    qtbot.waitUntil(lambda: register.table.rowCount() > 0, timeout=LOAD)
    form = ParticipantForm(register.view, register.shown[0].fields, register.shown[0].dialogue_id, register)
    form.show()
    settle(qtbot)
    return form


def _person(window, _tmp):
    from dialog_app.gui.participants.person_dialog import PersonDataDialog
    window.project.participant_register.add(window.project.dialogues.list()[0].id, PERSON)
    return PersonDataDialog(window.session, PERSON.name, window)


def _retention(window, _tmp):
    from dialog_app.gui.dialogs.retention_dialog import RetentionDialog
    return RetentionDialog(window.session, window)


def _frameworks(window, _tmp):
    from dialog_app.gui.frameworks.framework_editor import FrameworkEditor
    return FrameworkEditor(window.session, window)


def _new_dialogue(window, _tmp):
    from dialog_app.gui.dialogs.new_dialogue import NewDialogueDialog
    return NewDialogueDialog(window)


def _restore(window, _tmp):
    from dialog_app.gui.project_file.restore_dialog import RestoreDialog
    window.back_up_now()
    window.session.wait()
    return RestoreDialog(window.project.path, window)


def _privacy(window, _tmp):
    from dialog_app.core.project_files import backup_folder
    from dialog_app.gui.dialogs.privacy_page import PrivacyPage
    return PrivacyPage(window.project.path, backup_folder(window.project.path), window)


def _dialogue_form(window, _tmp):
    from dialog_app.gui.dialogs.dialogue_form import DialogueFormDialog
    return DialogueFormDialog(window.session, window.project.dialogues.list()[0].id, window)


def _groups(window, _tmp):
    from dialog_app.gui.dialogs.groups_dialog import GroupsDialog
    return GroupsDialog(window.session, window)


def _bin(window, _tmp):
    from dialog_app.gui.dialogs.bin_dialog import BinDialog
    notes = window.project.notes
    if not window.project.bin.entries():  # two notes in the bin, so the table is shown
        notes.delete([note.id for note in notes.list(limit=2)])
    return BinDialog(window.session, window)


def _project_facts(window, _tmp):
    from dialog_app.gui.dialogs.project_facts_dialog import ProjectFactsDialog
    return ProjectFactsDialog(window.session, window)


def _guide(window, _tmp):
    from dialog_app.gui.dialogs.user_guide import UserGuide
    return UserGuide(window, "sv")


def message_box(window, qtbot, _tmp: Path) -> QWidget:
    box = QMessageBox(QMessageBox.Icon.Question, "dialog_app", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, window)
    box.show()
    return box


SCREENS: dict[str, Callable] = {
    "no project": no_project,
    "dialogues tab": tab("dialogues"),
    "capture, first screen": capture_first,
    "capture, a new project": capture_new_project,
    "capture, a dialogue open": capture_running,
    "review tab": tab("review"),
    "writing tab": tab("writing"),
    "overview tab": tab("matrix"),
    "export dialog": dialog(_export),
    "import dialog, the file": dialog(_import),
    "import dialog, the columns": import_columns,
    "merge dialog": dialog(_merge),
    "prepare tables": dialog(_prepare),
    "possible names": dialog(_possible_names),
    "participant register": dialog(_register),
    "participant form": participant_form,
    "person data": dialog(_person),
    "retention dialog": dialog(_retention),
    "framework editor": dialog(_frameworks),
    "new dialogue": dialog(_new_dialogue),
    "restore": dialog(_restore),
    "dialogue form": dialog(_dialogue_form),
    "stakeholder groups": dialog(_groups),
    "bin": dialog(_bin),
    "project settings": dialog(_project_facts),
    "user's guide": dialog(_guide),
    "privacy page": dialog(_privacy),
    "a standard message box": message_box,
}
