"""`info`, `search`, `check` and `export` never write a project, and never wait on a pipe.

With the WAL-mode store `info` upgraded an older file in place, and every command hung forever on
a FIFO named like a project.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from dialog_app.core.store.identity import SCHEMA_VERSION
from tests.core.older_projects import schema_1_project

REPO = Path(__file__).resolve().parents[3]
COMMANDS = {
    "info": ["info", "{p}", "--json"],
    "search": ["search", "{p}", "fiber"],
    "check": ["check", "{p}"],
    "export pdf": ["export", "{p}", "--format", "pdf", "-o", "{out}/remiss.pdf", "--all-statuses"],
    "export csv": ["export", "{p}", "--format", "csv", "-o", "{out}/inspel.csv", "--all-statuses"],
    "person find": ["person", "{p}", "--find", "Anna Svensson", "--json"],
}


def run(home: Path, args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dialog_app", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "DIALOG_APP_HOME": str(home)})


def state(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture(params=["current", "schema 1"])
def project_file(request, tmp_path) -> Path:
    folder = tmp_path / "projekt"
    folder.mkdir()
    if request.param == "schema 1":
        path = folder / "våren 2026.dialog"
        schema_1_project(path, status="approved")
        return path
    path = folder / "länsdialog.dialog"
    with Project.create(path) as project:
        meeting = project.dialogues.create("Dialogmöte")
        note = project.notes.add(meeting.id, "Fiber till varje by")
        project.notes.set_status([note.id], "approved")
    return path


@pytest.mark.parametrize("command", list(COMMANDS))
def test_reading_commands_leave_the_project_its_folder_and_the_backups_alone(project_file, tmp_path, app_home,
                                                                             command):
    # given a project (today's, or one from an older version)
    out = tmp_path / "ut"
    out.mkdir()
    before = state(project_file)
    # when a reading command runs on it
    result = run(app_home, [a.format(p=project_file, out=out) for a in COMMANDS[command]])
    # then it answers, and nothing of the project changed: bytes, folder, backups
    assert result.returncode == 0, result.stderr
    assert state(project_file) == before
    assert not (app_home / "backups").exists()
    if command == "info":
        assert '"schema_version": ' + str(1 if "våren" in project_file.name else SCHEMA_VERSION) in result.stdout
    if command == "search":
        assert "Fiber till varje by" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", ["info", "search", "check", "export pdf", "add-note"])
def test_a_pipe_named_like_a_project_is_refused_at_once(tmp_path, app_home, command):
    # given a FIFO (a named pipe) with a project's name: opening it for reading waits for a writer
    fifo = tmp_path / "x.dialog"
    os.mkfifo(fifo)
    args = ["add-note", "{p}", "text", "--dialogue", "d"] if command == "add-note" else COMMANDS[command]
    # when a command is given it
    result = run(app_home, [a.format(p=fifo, out=tmp_path) for a in args], timeout=20)  # hung forever before
    # then it says so in one line
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "not a dialog_app project" in line


def test_opening_a_pipe_folder_or_device_is_refused_at_once(tmp_path):
    from dialog_app.core.errors import NotAProjectError

    fifo = tmp_path / "pipe.dialog"
    os.mkfifo(fifo)
    folder = tmp_path / "mapp.dialog"
    folder.mkdir()
    for path in (fifo, folder, Path(os.devnull)):
        with pytest.raises(NotAProjectError):
            Project.open(path)
        with pytest.raises(NotAProjectError):
            Project.open(path, read_only=True)


def test_opening_an_older_project_for_editing_upgrades_it_after_a_backup(project_file, app_home):
    if "våren" not in project_file.name:
        pytest.skip("only an older project is upgraded")
    original = project_file.read_bytes()
    with Project.open(project_file) as project:
        assert project.notes.count() == 1
    (backup,) = (app_home / "backups").rglob("*.dialog")
    assert backup.name.endswith("-before-upgrade.dialog")
    copy = shutil.copyfile(backup, project_file.with_name("jämför.dialog"))
    with Project.open(copy, read_only=True) as older:
        assert [n.text for n in older.notes.list()] == ["Fiber till varje by"]
    assert project_file.read_bytes() != original


@pytest.fixture
def unwritable(tmp_path):
    """A project nobody may write, not even root: the immutable attribute, as on read-only media."""
    path = tmp_path / "cd-skiva.dialog"
    with Project.create(path) as project:
        project.notes.add(project.dialogues.create("Dialogmöte").id, "Fiber till varje by")
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("cannot make a file immutable here (needs chattr, root and ext4)")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def test_a_project_nobody_may_write_is_checked_sound_and_opens_read_only(unwritable, app_home):
    from dialog_app.core.errors import ReadOnlyProjectError
    from dialog_app.core.store.opening import NoticeKind

    # when it is checked, and opened
    result = run(app_home, ["check", str(unwritable)])
    with pytest.raises(ReadOnlyProjectError):
        Project.open(unwritable)
    with Project.open(unwritable, read_only=True, quick_check=True) as project:
        notes = project.notes.count()
        kinds = [n.kind for n in project.notices]
    # then it is sound, not "damaged", and readable with the reason said
    assert result.returncode == 0 and result.stdout.strip().endswith(": ok"), result.stderr
    assert notes == 1 and kinds == [NoticeKind.READ_ONLY_LOCATION]
