"""One dialog_app at a time edits a project; others may read it, and a crashed one's lock is stale.

Two windows (or two computers on a shared folder) editing one file would each believe their own
view. The second is told who has the project, and may read it; a lock left by a dialog_app that
was killed, or by a computer that stopped long ago, does not keep anyone out.
"""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from dialog_app.core import errors
from dialog_app.core.errors import ProjectFileError
from dialog_app.core.project import Project
from tests.core.store_fixtures import REPO, listing, noted, notes_in, run  # noqa: F401 - noted: the fixture

ANOTHER_COMPUTER = "kommunhuset-pc-17"


def lock_file(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def meeting_of(project: Project):
    return project.dialogues.list()[0]


def test_a_second_window_cannot_edit_and_is_told_who_can(noted):
    # given
    path, _notes = noted
    with Project.open(path):
        # when
        with pytest.raises(ProjectFileError) as raised:
            Project.open(path)
    # then
    assert isinstance(raised.value, errors.ProjectInUseError)
    assert getpass.getuser() in str(raised.value) and socket.gethostname() in str(raised.value)


def test_beside_the_editor_the_project_can_be_read_but_not_changed(noted):
    # given a facilitator capturing notes
    path, notes = noted
    with Project.open(path) as editor:
        editor.notes.add(meeting_of(editor).id, "Sagt medan någon annan läser")
        # when a writer opens it beside them
        with Project.open(path, read_only=True) as reader:
            seen = reader.notes.count()
            # then it reads the file as it is, is told who edits it, and changes nothing
            with pytest.raises(errors.ReadOnlyProjectError):
                reader.notes.add(meeting_of(reader).id, "Ska inte sparas")
            (notice,) = [n for n in reader.notices if n.kind.value == "in_use_elsewhere"]
    assert seen == len(notes) + 1
    assert notice.holder.user == getpass.getuser() and notice.holder.host == socket.gethostname()
    assert "Ska inte sparas" not in notes_in(path).values()


def test_adding_a_note_from_the_command_line_while_the_project_is_open_fails_in_one_line(noted, app_home):
    # given
    path, notes = noted
    with Project.open(path):
        # when
        result = run(app_home, "add-note", path, "Från ett skript", "--dialogue", "Dialogmöte om digital vård")
    # then
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("dialog-app: error: ") and "open for editing" in line and socket.gethostname() in line
    assert notes_in(path) == notes


def test_after_the_editor_closes_the_project_can_be_edited_and_the_lock_is_gone(noted):
    # given
    path, notes = noted
    with Project.open(path):
        assert lock_file(path).exists()
    # when
    assert not lock_file(path).exists()
    with Project.open(path) as project:
        project.notes.add(meeting_of(project).id, "Efter att den andra stängt")
    # then
    assert len(notes_in(path)) == len(notes) + 1
    assert listing(path.parent) == [path.name]


HOLD_OPEN = (
    "import sys, time\n"
    "from dialog_app.core.project import Project\n"
    "project = Project.open(sys.argv[1])\n"
    "print('READY', flush=True)\n"
    "time.sleep(600)\n"
)


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_the_lock_of_a_killed_dialog_app_is_taken_over(noted, app_home):
    # given a dialog_app that has the project open for editing
    path, _notes = noted
    child = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(path)], stdout=subprocess.PIPE, text=True,
                             cwd=REPO, env={**os.environ, "DIALOG_APP_HOME": str(app_home)})
    try:
        assert child.stdout.readline().strip() == "READY"
        with pytest.raises(ProjectFileError):
            Project.open(path)  # while it runs, the project is its own
    finally:
        # when it is killed, with no chance to remove its lock
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert lock_file(path).exists()
    with Project.open(path) as project:
        project.notes.add(meeting_of(project).id, "Efter kraschen")
    # then
    (notice,) = project.notices
    assert notice.kind.value == "stale_lock_taken_over"
    assert notice.holder.pid == child.pid
    assert not lock_file(path).exists()


def write_lock(path: Path, host: str, heartbeat: datetime) -> None:
    """A lock as a dialog_app on another computer writes it, on a share that passes no locks on."""
    since = (heartbeat - timedelta(hours=1)).isoformat(timespec="seconds")
    lock_file(path).write_text(json.dumps({
        "app": "dialog_app", "user": "karin", "host": host, "pid": 4711, "since": since,
        "heartbeat": heartbeat.isoformat(timespec="seconds"),
    }), encoding="utf-8")


def test_a_fresh_lock_of_another_computer_keeps_the_project_in_use(noted):
    # given
    path, notes = noted
    write_lock(path, ANOTHER_COMPUTER, datetime.now(timezone.utc) - timedelta(seconds=30))
    # when
    with pytest.raises(ProjectFileError) as raised:
        Project.open(path)
    # then
    assert isinstance(raised.value, errors.ProjectInUseError)
    assert "karin" in str(raised.value) and ANOTHER_COMPUTER in str(raised.value)
    assert lock_file(path).exists() and notes_in(path) == notes


@pytest.mark.parametrize("age", [timedelta(minutes=6), timedelta(days=40), -timedelta(days=3)],
                         ids=["older-than-stale-after", "weeks-old", "far-in-the-future"])
def test_a_lock_of_another_computer_with_an_old_or_impossible_heartbeat_is_stale(noted, age):
    # given
    from dialog_app.core.store.writer_lock import STALE_AFTER

    path, _notes = noted
    assert age > STALE_AFTER or age < timedelta(0)
    write_lock(path, ANOTHER_COMPUTER, datetime.now(timezone.utc) - age)
    # when
    with Project.open(path) as project:
        project.notes.add(meeting_of(project).id, "Den andra datorn är borta")
    # then
    (notice,) = project.notices
    assert (notice.kind.value, notice.holder.host, notice.holder.user) == (
        "stale_lock_taken_over", ANOTHER_COMPUTER, "karin")
    assert not lock_file(path).exists()


def test_an_error_while_the_project_is_open_still_lets_it_go(noted):
    # given
    path, _notes = noted
    # when something fails while the project is open
    with pytest.raises(errors.NotFoundError):
        with Project.open(path) as project:
            project.notes.add("00000000-0000-0000-0000-000000000000", "Till ett möte som inte finns")
    # then
    assert not lock_file(path).exists()
    Project.open(path).close()


def test_closing_lets_the_project_go_even_when_closing_its_connections_fails(noted, monkeypatch):
    # given a project whose connections fail to close (a drive pulled out, say)
    from dialog_app.core.store.database import Database

    path, _notes = noted
    project = Project.open(path)

    def fails(_self):
        raise OSError("the drive is gone")

    monkeypatch.setattr(Database, "close", fails)
    # when
    with pytest.raises(OSError):
        project.close()
    # then the lock is released all the same: the next opening is not refused
    monkeypatch.undo()
    assert not lock_file(path).exists()
    Project.open(path).close()
