"""The first main window: opening, creating and switching projects, and browsing notes."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QTableView

from dialog_app.core import app_settings
from dialog_app.core.paths import app_dirs
from dialog_app.gui.models.dialogue_list_model import DialogueIdRole


def wait_notes(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.notes_loaded, timeout=10_000):
        action()


def test_starts_on_the_default_project_when_given_none(app, qtbot, messages):
    # given a fresh machine: no default project yet
    from dialog_app.gui.app import start_window

    assert not app_dirs().default_project.exists()
    # when the app starts without a path
    window = start_window(None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.project_loaded, timeout=10_000):
        pass
    # then the default project was created and is shown, empty, with a hint
    assert app_dirs().default_project.exists()
    assert window.project.path == app_dirs().default_project
    assert "no dialogues" in window.dialogues.findChild(QLabel, "emptyDialoguesText").text().lower()
    assert messages == []
    window.close()


def test_shows_dialogues_and_their_notes(seeded_window, seeded_copy, qtbot):
    window = seeded_window
    # given the demo project, its dialogue list has "All dialogues" plus its 5 dialogues
    dialogue_list = window.findChild(QListView, "dialogueList")
    table = window.findChild(QTableView, "noteTable")
    assert dialogue_list.model().rowCount() == 6
    assert table.model().rowCount() == window.project.notes.count()
    # and the rows show real text from the file
    text_column = table.model().COLUMNS.index("text")
    qtbot.waitUntil(lambda: table.model().index(0, text_column).data() is not None)  # read off the GUI thread
    first = table.model().index(0, text_column).data()
    assert first and first in {" ".join(n.text.split()) for n in window.project.notes.list()}


def test_selecting_a_dialogue_shows_only_its_notes(seeded_window, qtbot):
    window = seeded_window
    model = window.dialogue_model
    # when the facilitator picks the second dialogue
    index = model.index(2)
    dialogue_id = index.data(DialogueIdRole)
    wait_notes(qtbot, window, lambda: window.dialogue_list.setCurrentIndex(index))
    # then only that dialogue's notes are listed, and the heading says how many
    expected = window.project.dialogues.note_counts()[dialogue_id]
    assert window.note_model.rowCount() == expected
    assert f"{expected} notes" in window.notes_heading.text()
    assert window.note_table.isColumnHidden(window.note_model.COLUMNS.index("dialogue"))


def test_a_dialogues_notes_are_shown_with_their_text_at_once(seeded_window, qtbot):
    # when the facilitator picks a dialogue
    window = seeded_window
    index = window.dialogue_model.index(2)
    wait_notes(qtbot, window, lambda: window.dialogue_list.setCurrentIndex(index))
    # then the first rows came with the list of notes: no row is blank while its text is read
    model, text = window.note_model, window.note_model.COLUMNS.index("text")
    first = [model.index(row, text).data() for row in range(min(20, model.rowCount()))]
    assert first and all(first)
    note = window.project.notes.get(model.note_id(0))
    assert first[0] == " ".join(note.text.split())


def test_ctrl_n_creates_a_project_and_remembers_it(main_window, qtbot, monkeypatch, tmp_path):
    # given the file dialog answers with a name without the suffix
    from dialog_app.gui.dialogs import project_files

    monkeypatch.setattr(project_files, "ask_new_project_path", lambda _parent: tmp_path / "Länsdialog.dialog")
    # when Ctrl+N is pressed
    with qtbot.waitSignal(main_window.project_loaded, timeout=10_000):
        qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # then the project exists on disk, is shown, and is first among recent projects
    assert (tmp_path / "Länsdialog.dialog").exists()
    assert main_window.project.path == tmp_path / "Länsdialog.dialog"
    assert "Länsdialog" in main_window.windowTitle()
    assert app_settings.recent_projects()[0] == (tmp_path / "Länsdialog.dialog").resolve()


def test_ctrl_o_opens_a_project(main_window, qtbot, monkeypatch, seeded_copy):
    from dialog_app.gui.dialogs import project_files

    monkeypatch.setattr(project_files, "ask_open_project_path", lambda _parent: seeded_copy)
    with qtbot.waitSignal(main_window.notes_loaded, timeout=10_000):
        qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert main_window.project.path == seeded_copy
    assert main_window.note_model.rowCount() == 150


def test_opening_a_foreign_file_says_so_and_keeps_the_open_project(seeded_window, qtbot, tmp_path, messages):
    # given a text file with a project's suffix
    foreign = tmp_path / "minnesanteckningar.dialog"
    foreign.write_text("Mötet började 13.00", encoding="utf-8")
    before = foreign.read_bytes()
    # when the facilitator tries to open it
    with qtbot.waitSignal(seeded_window.failed, timeout=10_000):
        seeded_window.open_project(foreign)
    # then a plain message names the file, it is untouched, and the demo project is still shown
    assert len(messages) == 1 and "minnesanteckningar.dialog" in messages[0]
    assert "not a dialog_app project" in messages[0]
    assert foreign.read_bytes() == before
    assert seeded_window.project is not None and seeded_window.project.path.name == "seeded.dialog"


def test_recent_menu_lists_opened_projects(main_window, qtbot, seeded_copy, tmp_path):
    other = Path(shutil.copy(seeded_copy, tmp_path / "annan.dialog"))
    for path in (seeded_copy, other):
        with qtbot.waitSignal(main_window.notes_loaded, timeout=10_000):
            main_window.open_project(path)
    main_window.recent_menu.aboutToShow.emit()
    names = [action.text() for action in main_window.recent_menu.actions()]
    assert names[:2] == ["annan.dialog", "seeded.dialog"]


def test_a_note_added_elsewhere_appears_without_reload(seeded_window, qtbot):
    window = seeded_window
    project = window.project
    dialogue = project.dialogues.list()[0]
    before = window.note_model.rowCount()
    # when a note is added from another thread (as a capture worker would)
    with qtbot.waitSignal(window.notes_loaded, timeout=10_000):
        worker = threading.Thread(target=lambda: project.notes.add(dialogue.id, "Fler laddstolpar vid biblioteket"))
        worker.start()
        worker.join()
    # then the table shows it
    assert window.note_model.rowCount() == before + 1


def test_undo_in_the_edit_menu_reverses_an_edit(seeded_window, qtbot):
    window = seeded_window
    project = window.project
    note = project.notes.list(limit=1)[0]
    # given an edit made through the core
    with qtbot.waitSignal(window.notes_loaded, timeout=10_000):
        project.notes.update(note.id, text="Ändrad av skribenten")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    assert window.undo_action.text() == "&Undo edit of 1 note"
    # when Ctrl+Z is pressed
    with qtbot.waitSignal(window.notes_loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # then the note has its old text and redo is offered
    assert project.notes.get(note.id).text == note.text
    qtbot.waitUntil(lambda: window.redo_action.isEnabled())
    assert window.redo_action.text() == "&Redo edit of 1 note"


def test_note_table_fetches_only_visible_pages(app, qtbot, tmp_path):
    # given a project with 1 000 notes
    from dialog_app.demo.build import build_demo
    from dialog_app.gui.dialogues.note_table_model import PAGE_SIZE, NoteTableModel
    from dialog_app.gui.dialogues.note_rows import NoteRowSource
    from dialog_app.gui.ops import ProjectSession

    with build_demo(tmp_path / "big.dialog", notes=1000) as project:
        source = NoteRowSource(project)
        fetched: list[int] = []

        def fetch(ids):
            fetched.append(len(ids))
            return source(ids)

        model = NoteTableModel()
        model.set_source(ProjectSession(project, model), fetch)
        model.set_ids(project.notes.ids())
        # when rows on two pages are read
        model.index(0, 1).data()
        model.index(5, 1).data()
        model.index(PAGE_SIZE * 3 + 1, 1).data()
        # then exactly two pages were fetched, not the 1 000 notes
        qtbot.waitUntil(lambda: None not in (model.index(5, 1).data(), model.index(PAGE_SIZE * 3 + 1, 1).data()))
        assert fetched == [PAGE_SIZE, PAGE_SIZE]
        assert model.rowCount() == 1000


def test_the_interface_speaks_swedish(qapp, qtbot, monkeypatch, messages):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from dialog_app.gui.i18n import install_translators
    from dialog_app.gui.main_window import MainWindow

    monkeypatch.setenv("DIALOG_APP_LANG", "sv")
    translators_before = set(map(id, qapp.findChildren(QTranslator)))
    assert install_translators(qapp) == "sv"
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Arkiv", "&Redigera", "&Visa", "&Inställningar", "&Hjälp"]  # Visa: once the .ts has it
        assert QCoreApplication.translate("Labels", "Approved for publication") == "Godkänd för publicering"
    finally:
        for translator in qapp.findChildren(QTranslator):
            if id(translator) not in translators_before:
                qapp.removeTranslator(translator)
                translator.deleteLater()


def test_the_demo_project_opens_from_the_file_menu(main_window, qtbot):
    # given a new user with an empty project and no idea of the command line
    demo_action = main_window.findChild(type(main_window.new_action), "openDemoAction")
    # when they choose File → Open demo project
    with qtbot.waitSignal(main_window.notes_loaded, timeout=20_000):
        demo_action.trigger()
    # then a demo project is built in the app's folder and shown with its dialogues and notes
    assert main_window.project.path == app_dirs().data / "Demo.dialog"
    assert main_window.dialogue_model.rowCount() >= 4
    assert main_window.note_model.rowCount() >= 120
    # and choosing it again opens the same file instead of building another
    with qtbot.waitSignal(main_window.notes_loaded, timeout=10_000):
        demo_action.trigger()
    assert main_window.project.path == app_dirs().data / "Demo.dialog"


def test_an_empty_project_points_to_the_demo(main_window, qtbot, tmp_path):
    with qtbot.waitSignal(main_window.project_loaded, timeout=10_000):
        main_window.create_project(tmp_path / "tom.dialog")
    assert main_window.notes_heading.text() == "No dialogues yet"
    assert main_window.dialogues.note_stack.currentWidget().objectName() == "emptyDialogues"
    assert main_window.dialogues.findChild(QPushButton, "emptyDemoButton").isVisible()
