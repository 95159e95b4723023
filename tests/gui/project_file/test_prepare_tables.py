"""File ▸ Prepare table projects… (issue 13): the files listed before they are written, an existing
one named and nothing written, and a table project's capture screen starting at its table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dialog_app.core.project import Project
from dialog_app.gui.project_file.prepare_tables_dialog import PrepareTablesDialog

LOAD = 10_000


@pytest.fixture
def master_file(project_path):
    path = project_path("Workshop")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Workshop om digital kompetens", place="Luleå")
        project.dialogues.add_question(dialogue.id, "Vad behöver ni lära er?", 20)
    return path


@pytest.fixture
def window(main_window, qtbot, master_file):
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(master_file)
    return main_window


def open_dialog(window, qtbot) -> PrepareTablesDialog:
    window.prepare_tables_action.trigger()
    dialog = window.findChild(PrepareTablesDialog, "prepareTablesDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_dialog_lists_the_files_and_writes_them(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.folder.setText(str(tmp_path))
    dialog.tables.setValue(3)
    assert [dialog.files.item(n).text() for n in range(dialog.files.count())] == [
        f"Workshop – Table {n}.dialog" for n in (1, 2, 3)]
    assert dialog.prepare_button.isEnabled()
    with qtbot.waitSignal(dialog.prepared, timeout=LOAD) as written:
        dialog.prepare_button.click()
    assert [path.name for path in written.args[0]] == [f"Workshop – Table {n}.dialog" for n in (1, 2, 3)]
    assert "3 table projects" in window.statusBar().currentMessage()
    with Project.open(tmp_path / "Workshop – Table 3.dialog", read_only=True) as copy:
        assert copy.table_label == "Table 3"


def test_an_existing_file_is_named_and_nothing_is_written(window, qtbot, tmp_path):
    (tmp_path / "Workshop – Table 2.dialog").write_text("a colleague's file")
    dialog = open_dialog(window, qtbot)
    dialog.folder.setText(str(tmp_path))
    dialog.tables.setValue(2)
    assert not dialog.prepare_button.isEnabled()
    assert "Workshop – Table 2.dialog" in dialog.problem.text()
    dialog.label.setText("Laptop")
    assert "%1" in dialog.problem.text() and not dialog.prepare_button.isEnabled()
    dialog.label.setText("Laptop %1")
    assert dialog.prepare_button.isEnabled()
    dialog.reject()
    assert sorted(p.name for p in tmp_path.iterdir() if "Table" in p.name) == ["Workshop – Table 2.dialog"]


def test_a_table_project_captures_at_its_table(app, qtbot, messages, master_file, tmp_path):
    from dialog_app.gui.main_window import MainWindow

    with Project.open(master_file) as master:
        from dialog_app.core.table_projects import plan_tables

        path = master.prepare_tables(plan_tables(master.path, 2, tmp_path))[1]
    window = MainWindow(start_capturing=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.capture.loaded, timeout=LOAD):
        window.open_project(path)
    assert window.capture.stamps.table_label == "Bord 2"
    assert "Bord 2" in window.windowTitle()
    window.close()


def test_the_action_is_in_the_file_menu_only_with_a_project(main_window):
    assert not main_window.prepare_tables_action.isEnabled()
    assert main_window.prepare_tables_action.objectName() == "prepareTablesAction"
    file_menu = main_window.menuBar().actions()[0].menu()
    assert main_window.prepare_tables_action in file_menu.actions()
    assert Qt  # the menu is built by window_menus
