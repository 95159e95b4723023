"""The project file in the window: a second window reads only, backups, restore, copies, damage."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from dialog_app.core import project_files
from dialog_app.core.project import Project
from dialog_app.gui.project_file import project_dialogs

LOAD = 10_000


def open_in(window, qtbot, path) -> None:
    with qtbot.waitSignal(window.notes_loaded, timeout=LOAD):
        window.open_project(path)


def test_a_second_window_on_the_same_project_reads_only_and_says_who_edits(
    seeded_window, second_window, qtbot, seeded_copy, messages
):
    # given the project open for editing in one window
    # when the facilitator opens it again in a second window
    open_in(second_window, qtbot, seeded_copy)
    # then the second one shows it read-only, says so, and cannot capture or restore
    assert second_window.project.read_only and not seeded_window.project.read_only
    banner = second_window.findChild(QLabel, "projectBannerText")
    assert banner.isVisible() and banner.text().startswith("Read-only:")
    assert "another dialog_app window on this computer" in banner.text()
    assert "(read-only)" in second_window.windowTitle()
    assert second_window.findChild(QPushButton, "retryEditButton").isVisible()
    assert not second_window.restore_action.isEnabled()
    assert messages == []


def test_try_again_edits_once_the_other_window_has_closed_it(seeded_window, second_window, qtbot, seeded_copy):
    # given a read-only second window
    open_in(second_window, qtbot, seeded_copy)
    # when the first window closes the project and the user chooses Try again
    seeded_window.close()
    with qtbot.waitSignal(second_window.notes_loaded, timeout=LOAD):
        second_window.findChild(QPushButton, "retryEditButton").click()
    # then the second window edits it, and the banner is gone
    assert not second_window.project.read_only
    assert not second_window.banner.isVisible()


def test_opening_the_project_again_in_the_same_window_edits_it(seeded_window, qtbot, seeded_copy):
    # when the project shown is opened once more (File → Open, the recent list)
    open_in(seeded_window, qtbot, seeded_copy)
    # then it is let go first, so the window does not find it in use by itself
    assert not seeded_window.project.read_only


def test_opening_reads_nothing_on_the_gui_thread(main_window, qtbot, seeded_copy, monkeypatch):
    # given a spy on the project's settings, which the window title needs
    threads = []
    original = Project.setting
    monkeypatch.setattr(Project, "setting", lambda self, *a, **k: (threads.append(threading.current_thread()),
                                                                  original(self, *a, **k))[1])
    # when the project is opened
    open_in(main_window, qtbot, seeded_copy)
    # then the title was read off the GUI thread
    assert threads and threading.main_thread() not in threads
    assert main_window.windowTitle().startswith("Regional digitaliseringsstrategi")


def test_the_periodic_backup_copies_a_changed_project_only(seeded_window, qtbot):
    window = seeded_window
    project = window.project
    opened = project_files.list_backups(project.path)
    assert [b.reason for b in opened] == ["open"]
    # when the timer fires with nothing changed, then after a note
    with qtbot.waitSignal(window.session.busy_changed, timeout=LOAD, check_params_cb=lambda busy: not busy):
        window.back_up_now()
    unchanged = project_files.list_backups(project.path)
    project.notes.add(project.dialogues.list()[0].id, "Anteckning efter öppningen")
    with qtbot.waitSignal(window.session.busy_changed, timeout=LOAD, check_params_cb=lambda busy: not busy):
        window.back_up_now()
    changed = project_files.list_backups(project.path)
    # then
    assert len(unchanged) == 1
    assert [b.reason for b in changed] == ["periodic", "open"] and changed[0].notes == 151


def test_restore_from_backup_lists_the_backups_and_puts_one_in_place(seeded_window, qtbot, monkeypatch, messages):
    window = seeded_window
    project = window.project
    project.notes.add(project.dialogues.list()[0].id, "Skrivs efter säkerhetskopian")
    seen = {}

    def choose(parent, path):  # the real dialog, shown and read, then the first backup chosen
        dialog = project_dialogs.RestoreDialog(path, parent)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=LOAD)
        seen["row"] = [dialog.list.topLevelItem(0).text(c) for c in range(3)]
        seen["enabled"] = dialog.restore_button.isEnabled()
        return dialog.chosen()

    monkeypatch.setattr(project_dialogs, "ask_backup_to_restore", choose)
    path = project.path
    # when File → Restore from backup… is chosen
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: window.project is not None, timeout=LOAD)
    # then the list showed the backup, the project is back as it was, and the state before was kept
    assert seen["enabled"] and seen["row"][1] == "150" and seen["row"][2] == "When the project was opened"
    assert window.project.path == path and window.project.notes.count() == 150
    reasons = [b.reason for b in project_files.list_backups(path)]
    assert "before-restore" in reasons
    assert messages == []


def test_a_damaged_project_offers_its_newest_sound_backup(main_window, qtbot, seeded_copy, monkeypatch, messages):
    # given a project opened once (so it has a backup), then damaged in the middle
    open_in(main_window, qtbot, seeded_copy)
    main_window._close_project()
    data = bytearray(seeded_copy.read_bytes())
    data[len(data) // 2: len(data) // 2 + 8192] = b"\xff" * 8192
    seeded_copy.write_bytes(bytes(data))
    damaged = bytes(data)
    offered = []
    monkeypatch.setattr(project_dialogs, "ask_restore_damaged",
                        lambda parent, path, backup: offered.append(backup) or True)
    # when it is opened and the user accepts the backup offered
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(seeded_copy)
    # then the backup is in place, and the damaged bytes are kept as they were
    assert len(offered) == 1 and offered[0].notes == 150
    assert main_window.project.notes.count() == 150
    kept = [b for b in project_files.list_backups(seeded_copy) if b.reason == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_save_a_copy_writes_one_file_and_never_replaces_one(seeded_window, qtbot, tmp_path, monkeypatch, messages):
    window = seeded_window
    target = tmp_path / "att mejla.dialog"
    monkeypatch.setattr(project_dialogs, "ask_copy_path", lambda parent, path: target)
    project = window.project
    project.notes.add(project.dialogues.list()[0].id, "Med i kopian")
    # when File → Save a copy… is chosen
    with qtbot.waitSignal(window.session.busy_changed, timeout=LOAD, check_params_cb=lambda busy: not busy):
        window.save_copy_action.trigger()
    # then the copy holds every note, alone
    connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()[0] == 151
    finally:
        connection.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("att")) == ["att mejla.dialog"]
    # and a second copy to the same name is refused, the first left as it was
    before = target.read_bytes()
    with qtbot.waitSignal(window.failed, timeout=LOAD):
        window.save_copy_action.trigger()
    assert target.read_bytes() == before
    assert "already exists" in messages[-1]


def test_the_restore_dialog_says_when_there_are_no_backups(app, qtbot, tmp_path):
    dialog = project_dialogs.RestoreDialog(tmp_path / "ny.dialog")
    qtbot.addWidget(dialog)
    status = dialog.findChild(QLabel, "backupStatus")
    qtbot.waitUntil(lambda: "no backups" in status.text(), timeout=LOAD)
    assert dialog.findChild(QTreeWidget, "backupList").topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()


def test_a_project_on_read_only_media_opens_read_only(main_window, qtbot, seeded_copy, monkeypatch, messages):
    # given a folder the app may not write (a locked USB stick); as root, permissions would not stop us
    from dialog_app.core.store import opening

    monkeypatch.setattr(opening, "_writable", lambda path: False)
    before = seeded_copy.read_bytes()
    # when it is opened
    open_in(main_window, qtbot, seeded_copy)
    # then it shows, read-only, with the reason, and the file and folder are as they were
    assert main_window.project.read_only
    assert "cannot be written here" in main_window.banner.text.text()
    assert seeded_copy.read_bytes() == before
    assert sorted(p.name for p in seeded_copy.parent.iterdir()) == ["seeded.dialog"]
    assert messages == []


def test_a_read_only_window_cannot_capture_and_leaves_the_editors_draft_alone(
    seeded_window, second_window, qtbot, seeded_copy
):
    # given the editing window with half a note typed, kept as its draft
    seeded_window.capture.input.insertPlainText("Halvskriven i första fönstret")
    seeded_window.capture.drafts.save_now()
    seeded_window.capture.drafts.wait()
    # when a second window opens the project and someone types there
    open_in(second_window, qtbot, seeded_copy)
    box = second_window.capture.input
    qtbot.keyClicks(box, "Skrivs i andra fonstret")  # QTest types ASCII only
    # then the box takes no text and says why, and the first window's words are as they were
    assert box.isReadOnly() and box.toPlainText() == ""
    assert "Read-only" in box.placeholderText()
    assert seeded_window.capture.input.toPlainText() == "Halvskriven i första fönstret"
    from dialog_app.core.drafts import Drafts

    kept = [text for _, text in Drafts(seeded_copy, window="reader").left_behind()]
    assert kept == ["Halvskriven i första fönstret"]


def test_a_read_that_meets_a_closed_project_is_dropped_quietly(seeded_window, qtbot, messages):
    # given a read started on the project shown, which the window then closes before it runs
    from dialog_app.gui.worker import run_in_background

    project = seeded_window.project
    gate = threading.Event()
    answered = []

    def slow_read(_progress):
        gate.wait(10)
        return project.notes.count()

    operation = run_in_background(slow_read, answered.append, answered.append)
    seeded_window._close_project()
    # when it runs against the closed project
    with qtbot.waitSignal(operation.finished, timeout=LOAD):
        gate.set()
    # then nobody is told (no message box, no callback) and nothing read the file again
    assert answered == [] and messages == []
