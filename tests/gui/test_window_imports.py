"""File ▸ Import… and a file dropped on the main window: both open the import dialog."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from dialog_app.gui.imports.import_dialog import ImportDialog
from tests.gui.import_fixtures import WAIT, write_csv

LOAD = 10_000


def open_project(window, qtbot, path) -> None:
    with qtbot.waitSignal(window.notes_loaded, timeout=LOAD):
        window.open_project(path)


def dropped(window, path, kind=QDropEvent) -> QDropEvent:
    """A drop (or drag-enter) of ``path`` on the window, as the file manager sends it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if kind is QDragEnterEvent:
        event = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    else:
        event = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event


def test_the_file_menu_imports_with_ctrl_i(main_window, qtbot, make_project_file, tmp_path, monkeypatch):
    # given
    action = main_window.findChild(QAction, "importAction")
    assert not action.isEnabled()  # no project yet
    open_project(main_window, qtbot, make_project_file())
    assert action.isEnabled() and action.shortcut() == QKeySequence("Ctrl+I")
    assert action in main_window.menuBar().actions()[0].menu().actions()
    csv = write_csv(tmp_path / "svar.csv")
    monkeypatch.setattr(ImportDialog, "choose_file", classmethod(lambda cls, parent: csv))
    # when
    action.trigger()
    # then
    dialog = main_window.findChild(ImportDialog, "importDialog")
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT)
    assert dialog.isVisible() and dialog.path == csv
    dialog.close()


def test_a_file_dropped_on_the_window_opens_the_import(main_window, qtbot, make_project_file, tmp_path):
    # given
    open_project(main_window, qtbot, make_project_file())
    csv = write_csv(tmp_path / "svar.csv")
    # when
    assert dropped(main_window, csv, QDragEnterEvent).isAccepted()
    dropped(main_window, csv)
    # then
    dialog = main_window.findChild(ImportDialog, "importDialog")
    assert dialog is not None and dialog.path == csv
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT)
    dialog.close()


def test_a_project_file_or_no_project_is_no_import(main_window, qtbot, make_project_file, tmp_path):
    # when: nothing is open, a table is dragged over
    csv = write_csv(tmp_path / "svar.csv")
    assert not dropped(main_window, csv, QDragEnterEvent).isAccepted()
    # and with a project open, another project file is dropped
    path = make_project_file()
    open_project(main_window, qtbot, path)
    assert not dropped(main_window, make_project_file("other"), QDragEnterEvent).isAccepted()
    dropped(main_window, make_project_file("third"))
    # then
    assert main_window.findChild(ImportDialog, "importDialog") is None


def test_the_summary_shows_the_notes_in_the_review(main_window, qtbot, make_project_file, tmp_path):
    # given: a file imported through the window
    open_project(main_window, qtbot, make_project_file())
    csv = write_csv(tmp_path / "svar.csv")
    dropped(main_window, csv, QDragEnterEvent)
    dropped(main_window, csv)
    dialog = main_window.findChild(ImportDialog, "importDialog")
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=WAIT)
    dialog.chrome.next_button.click()
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        dialog.chrome.next_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.chrome.next_button.click()
    dialogue_id = dialog.result.dialogue_id
    # when
    dialog.summary.review_button.click()
    # then: the review table, filtered to the dialogue the notes went into
    assert main_window.tabs.currentWidget() is main_window.review
    qtbot.waitUntil(lambda: main_window.review.filters.current_filter().dialogue_ids == frozenset({dialogue_id}),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: main_window.review.model.rowCount() == len(dialog.result.note_ids), timeout=WAIT)
