"""The log file helps whoever supports the app, and holds nothing anyone wrote or who they are."""

from __future__ import annotations

import logging
import platform
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from dialog_app import __version__
from dialog_app.core import app_log
from dialog_app.core.errors import DamagedProjectError
from dialog_app.core.failure_report import report_text
from dialog_app.core.services.notes import NoteService

NOTE_TEXT = "Karin Lindqvist på Bredbandsgruppen Sollefteå vill ha fiber före 2027"
E_MAIL = "karin.lindqvist@sollefteå.example.se"
SECRETS = ("Lindqvist", "Sollefteå", "sollefte", "fiber före", "karin")


def log_text() -> str:
    path = app_log.log_file()
    assert path is not None and path.exists()
    return path.read_text(encoding="utf-8")


def failing_edit(project, note_id) -> OperationalError:
    try:
        project.notes.update(note_id, status="reviewed")
    except OperationalError as exc:
        return exc
    raise AssertionError("the edit did not fail")


@pytest.fixture
def note_of_karin(empty_project):
    dialogue = empty_project.dialogues.create("Dialogmöte i Sollefteå")
    note = empty_project.notes.add(dialogue.id, f"{NOTE_TEXT}, skriv till {E_MAIL}")
    return empty_project, note


def test_a_failing_operation_on_a_note_leaves_neither_its_text_nor_an_address_in_the_log(note_of_karin, monkeypatch):
    # given: a note with a distinctive text, and an edit that fails with that text in its message
    project, note = note_of_karin

    def broken_update(self, note_id, **fields):
        """Fails the way SQLAlchemy does: the statement's parameters, the note's text, in the message."""
        stored = self.get(note_id).text
        orig = sqlite3.OperationalError(f"disk I/O error near {E_MAIL}")
        raise OperationalError("UPDATE note SET text=?, status=? WHERE id=?", (stored, fields["status"], str(note_id)),
                               orig)

    monkeypatch.setattr(NoteService, "update", broken_update)
    app_log.setup()
    error = failing_edit(project, note.id)
    assert NOTE_TEXT in str(error) and E_MAIL in str(error)  # the danger is real
    # when: it is logged every way the app and a careless future module might
    app_log.log_unexpected(error, "in a test")
    try:
        raise DamagedProjectError(project.path, str(error.orig)) from error
    except DamagedProjectError as typed:
        app_log.log_unexpected(typed, "in a test, chained")
        app_log.log_failure_shown(typed)
        logging.getLogger("dialog_app.gui.projector").exception("reload failed: %s", typed)
    logging.getLogger("dialog_app.core").warning("edit failed: %s", error)
    # then: classes and frames, and nothing of the note, the address or the file
    logged = log_text()
    assert "sqlalchemy.exc.OperationalError" in logged and "DamagedProjectError" in logged
    assert "test_app_log:" in logged and "in broken_update" in logged
    for secret in (*SECRETS, E_MAIL, "@", "UPDATE note", str(project.path), project.path.stem):
        assert secret not in logged, secret


def test_the_start_says_which_versions_run(app_home):
    # when
    app_log.setup()
    app_log.log_startup("window", {"Qt": "6.7.0"})
    # then
    line = log_text().splitlines()[-1]
    assert "start (window)" in line
    for fact in (f"dialog_app {__version__}", f"Python {platform.python_version()}",
                 f"SQLite {sqlite3.sqlite_version}", f"OS {platform.system()}", "Qt 6.7.0"):
        assert fact in line
    assert platform.node() not in line  # the machine's name identifies a person's laptop


def test_the_log_lives_in_the_log_folder_and_rotates_at_five_files(app_home, monkeypatch):
    # given: a tiny size limit, to rotate quickly
    monkeypatch.setattr(app_log, "MAX_BYTES", 2_000)
    # when
    path = app_log.setup()
    for number in range(400):
        app_log.log.info("event %d of a long afternoon", number)
    # then
    assert path == app_home / "logs" / app_log.FILE_NAME
    names = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(app_log.FILE_NAME))
    assert names == [app_log.FILE_NAME] + [f"{app_log.FILE_NAME}.{n}" for n in range(1, 5)]
    assert all(p.stat().st_size <= 2_100 for p in path.parent.iterdir())


def test_a_storm_of_the_same_failure_is_counted_not_repeated(app_home):
    # given
    def paint():
        raise ZeroDivisionError("row 12: Karin Lindqvist")

    app_log.setup()
    # when
    for _ in range(1_000):
        try:
            paint()
        except ZeroDivisionError as error:
            app_log.log_unexpected(error, "while painting")
    # then
    logged = log_text()
    assert logged.count(": unexpected failure while painting") == 1
    assert "10 times so far" in logged and "100 times so far" in logged and "1000 times so far" in logged
    assert len(logged.splitlines()) < 20


def test_a_project_is_named_by_a_short_hash_and_its_suffix(tmp_path):
    # given
    path = tmp_path / "Karin Lindqvists möten.dialog"
    # when
    tag = app_log.project_tag(path)
    # then
    assert tag == app_log.project_tag(path) and tag.endswith(".dialog") and len(tag) == 17
    assert "Karin" not in tag and tag != app_log.project_tag(tmp_path / "other.dialog")


def test_a_log_folder_that_cannot_be_written_costs_nothing_but_the_log(app_home, capfd):
    # given: something else already stands where the log folder should be
    (app_home / "logs").write_text("not a folder")
    # when
    path = app_log.setup()
    app_log.log.error("nobody will read this")
    # then
    assert path is None and app_log.log_file() is None
    assert capfd.readouterr().err == ""


def test_a_log_file_that_fails_while_writing_prints_nothing(app_home, capfd):
    # given: the folder vanishes after set-up, and a file takes its place
    folder = app_log.setup().parent
    folder.rmdir()
    folder.write_text("a removed drive, in effect")
    # when
    app_log.log.error("this line is lost")
    # then: no "--- Logging error ---" with a traceback on the user's terminal
    assert capfd.readouterr().err == ""


def test_a_copied_report_holds_versions_and_frames_but_no_message():
    # given
    try:
        {}["Karin Lindqvist"]
    except KeyError as error:
        # when
        report = report_text(error, {"Qt": "6.7.0"})
    # then
    assert report.startswith("dialog_app problem report")
    assert f"dialog_app: {__version__}" in report and "Qt:" in report and "KeyError" in report
    assert "test_app_log:" in report and "Karin" not in report
