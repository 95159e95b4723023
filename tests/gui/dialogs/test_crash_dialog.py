"""A failure nobody expected: one calm dialog, a report without note text, and the meeting goes on.

pytest-qt fails a test on an exception in a slot by putting its own sys.excepthook in place; these
tests mark themselves ``qt_no_exception_capture`` and install the app's hooks, as the app does.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from dialog_app.core.app_log import FILE_NAME
from dialog_app.core.project import Project
from dialog_app.gui import error_text, unexpected
from dialog_app.gui.dialogs import crash_dialog
from dialog_app.gui.dialogs.crash_dialog import CrashDialog
from dialog_app.gui.ops import WriteOp
from dialog_app.gui.worker import run_in_background

NOTE = "Karin Lindqvist vill ha fiber till Ramsele före 2027, skriv till karin.lindqvist@example.se"
PRIVATE = ("Karin", "Lindqvist", "Ramsele", "fiber", "example.se", "@")

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def hooks(app):
    """The app's exception hooks, as ``gui.app.run`` installs them; no crash dialog before or after."""
    close_crash_dialog()
    unexpected.install()
    yield
    unexpected.uninstall()
    close_crash_dialog()


def close_crash_dialog() -> None:
    if unexpected.current_dialog() is not None:
        unexpected.current_dialog().close()


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(crash_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


@pytest.fixture
def window(app, qtbot, messages, hooks, project_path):
    """The main window on the capture screen of a started dialogue, with one note of Karin's saved."""
    from dialog_app.gui.main_window import MainWindow

    path = project_path("möte")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte i Sollefteå")
        project.dialogues.add_question(dialogue.id, "Vilka hinder finns?", 20)
    window = MainWindow(start_capturing=True)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.capture.loaded, timeout=10_000):
        window.open_project(path)
    with qtbot.waitSignal(window.capture.loaded, timeout=10_000):
        window.capture.start_or_finish()
    type_note(qtbot, window.capture, NOTE)
    yield window
    window.close()


def type_note(qtbot, screen, text: str) -> None:
    screen.input.setFocus()
    screen.input.insertPlainText(text)
    with qtbot.waitSignal(screen.note_saved, timeout=10_000):
        qtbot.keyClick(screen.input, Qt.Key.Key_Return)


def about_action(window) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == "&About dialog_app")


def wait_for_dialog(qtbot) -> CrashDialog:
    qtbot.waitUntil(lambda: unexpected.current_dialog() is not None, timeout=5_000)
    return unexpected.current_dialog()


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def shown_text(dialog: CrashDialog) -> str:
    return " ".join((dialog.windowTitle(), dialog.message.text(), dialog.help.text(), dialog.copied.text()))


def log_text(app_home) -> str:
    return (app_home / "logs" / FILE_NAME).read_text(encoding="utf-8")


def test_an_exception_in_a_slot_is_a_calm_dialog_and_the_meeting_goes_on(window, qtbot, monkeypatch, messages,
                                                                          opened_urls, app_home):
    # given: a slot that fails with a message holding the note's text and an e-mail address
    def broken_about(*_args):
        raise TypeError(f"cannot show {NOTE!r}")

    monkeypatch.setattr(QMessageBox, "about", broken_about)
    from dialog_app.core import app_log

    app_log.setup()
    # when
    about_action(window).trigger()
    # then: a calm dialog in words, over the window, without the class or the note
    dialog = wait_for_dialog(qtbot)
    assert dialog.parent() is window
    text = shown_text(dialog)
    assert "did not expect" in text and "still running" in text and "not yet entered is kept" in text
    assert "TypeError" not in text and "Error" not in text
    assert not any(private in text for private in PRIVATE)
    # and the report holds versions and frames, no message
    assert "TypeError" in dialog.report and "dialog_app.gui.window_menus" in dialog.report
    assert "in _about" in dialog.report and "Qt:" in dialog.report and "SQLite:" in dialog.report
    assert not any(private in dialog.report for private in PRIVATE)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.report
    assert "clipboard" in dialog.copied.text()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened_urls] == [str(app_home / "logs")]
    # and the log has the frames, not the note
    logged = log_text(app_home)
    assert "TypeError" in logged and "in _about" in logged
    assert not any(private in logged for private in PRIVATE)
    assert messages == []
    # when the facilitator closes it and types the next note
    dialog.close()
    type_note(qtbot, window.capture, "Nästa synpunkt: fler mötesplatser på biblioteken")
    # then it is saved, as ever
    assert window.capture.input.toPlainText() == ""
    assert crash_dialogs() == []


def test_a_storm_of_exceptions_shows_one_dialog(window, qtbot, monkeypatch, app_home):
    # given
    monkeypatch.setattr(QMessageBox, "about", lambda *_args: 1 / 0)
    from dialog_app.core import app_log

    app_log.setup()
    # when: the same slot fails a hundred times
    for _ in range(100):
        about_action(window).trigger()
    qtbot.wait(50)
    # then
    assert len(crash_dialogs()) == 1
    logged = log_text(app_home)
    assert logged.count("ERROR dialog_app: unexpected failure in the window") == 1
    assert "100 times so far" in logged


def test_a_note_that_fails_to_save_unexpectedly_is_kept_in_the_box(window, qtbot, monkeypatch, messages):
    # given: saving fails with something nobody planned for
    def broken_save(*_args, **_kwargs):
        raise RuntimeError(f"row for {NOTE}")

    monkeypatch.setattr(window.project.capture, "save", broken_save)
    screen = window.capture
    screen.input.setFocus()
    screen.input.insertPlainText("Bredband i hela länet")
    # when
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    # then: one dialog saying what it meant here; the words are back in the box
    dialog = wait_for_dialog(qtbot)
    assert "The note was not saved, and its text is back in the box." in dialog.message.text()
    assert screen.input.toPlainText() == "Bredband i hela länet"
    assert messages == []  # no second box besides the calm dialog
    assert "RuntimeError" not in shown_text(dialog)


def test_an_operation_failing_unexpectedly_is_said_without_its_class(window, qtbot, messages):
    # given
    def work(_progress):
        raise LookupError(NOTE)

    # when
    with qtbot.waitSignal(window.failed, timeout=5_000) as failed:
        run_in_background(work, None, window._show_error)
    # then
    dialog = wait_for_dialog(qtbot)
    assert "LookupError" in dialog.report and "test_crash_dialog" in dialog.report
    said = failed.args[0]
    assert said == error_text.describe(LookupError(NOTE))
    assert "LookupError" not in said and "Karin" not in said and "did not expect" in said
    assert messages == []


def test_an_operation_without_an_error_callback_still_reports(window, qtbot):
    # when: a write whose failure nobody asked to hear about
    WriteOp(window.session, lambda _project, _job: [][1]).run()
    # then
    assert "IndexError" in wait_for_dialog(qtbot).report


def test_an_exception_in_a_plain_thread_reaches_the_window(window, qtbot):
    # when
    thread = threading.Thread(target=lambda: {}["Karin"], name="background")
    thread.start()
    thread.join()
    # then
    dialog = wait_for_dialog(qtbot)
    assert "KeyError" in dialog.report and "Karin" not in dialog.report


def test_the_help_menu_shows_the_log_folder(window, opened_urls, app_home):
    # given
    action = window.findChild(QAction, "showLogFolderAction")
    # when
    action.trigger()
    # then
    assert [url.toLocalFile() for url in opened_urls] == [str(app_home / "logs")]
    assert (app_home / "logs").is_dir()


def test_an_expected_failure_keeps_its_plain_message_box(window, qtbot, messages, tmp_path):
    # when: a typed failure, such as a project that is missing
    with qtbot.waitSignal(window.failed, timeout=5_000):
        window.open_project(tmp_path / "saknas.dialog")
    # then: its sentence in the usual box, and no crash dialog
    assert messages == ["The project “saknas.dialog” was not found. It may have been moved or renamed."]
    assert crash_dialogs() == []
