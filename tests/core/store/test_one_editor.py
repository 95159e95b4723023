"""Exactly one dialog_app edits a project; a second one reads, and a crash's lock is stale.

With the WAL-mode store two windows edited one project unawares, and shared one draft.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from dialog_app.core.errors import ProjectInUseError, ReadOnlyProjectError
from dialog_app.core.project import Project
from dialog_app.core.store.clock import utc_now
from dialog_app.core.store.opening import NoticeKind
from dialog_app.core.store.writer_lock import STALE_AFTER, lock_path

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def project_file(make_project_file) -> Path:
    path = make_project_file("länsdialog")
    with Project.open(path) as project:
        project.dialogues.create("Nätverksmöte")
    return path


def test_a_second_editor_is_refused_and_told_who_edits(project_file):
    with Project.open(project_file):
        with pytest.raises(ProjectInUseError) as refused:
            Project.open(project_file)
    holder = refused.value.holder
    assert holder.on_this_computer and holder.pid == os.getpid() and holder.since_time is not None


def test_a_reader_beside_the_editor_sees_its_saved_notes_and_cannot_write(project_file):
    with Project.open(project_file) as editor:
        dialogue = editor.dialogues.list()[0]
        editor.notes.add(dialogue.id, "Sparad av den som redigerar")
        with Project.open(project_file, read_only=True) as reader:
            assert [n.text for n in reader.notes.list()] == ["Sparad av den som redigerar"]
            assert [n.kind for n in reader.notices] == [NoticeKind.IN_USE_ELSEWHERE]
            with pytest.raises(ReadOnlyProjectError):
                reader.notes.add(dialogue.id, "Skrivs inte")
    with Project.open(project_file) as again:  # once the editor has closed it
        assert again.notes.count() == 1


def test_the_lock_file_is_there_while_open_and_gone_after(project_file):
    with Project.open(project_file) as project:
        content = json.loads(lock_path(project_file).read_text(encoding="utf-8"))
        assert content["pid"] == os.getpid() and content["app"] == "dialog_app"
        project.keep_lock_alive()
    assert not lock_path(project_file).exists()


def test_add_note_while_the_window_edits_it_is_one_line_and_exit_1(project_file, app_home):
    with Project.open(project_file):
        result = subprocess.run(
            [sys.executable, "-m", "dialog_app", "add-note", str(project_file), "Text", "--dialogue", "Nätverksmöte"],
            cwd=REPO, capture_output=True, text=True, timeout=120,
            env={**os.environ, "DIALOG_APP_HOME": str(app_home)})
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "open for editing in another dialog_app window or on another computer" in line


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_the_lock_of_a_killed_dialog_app_is_taken_over(project_file, app_home):
    # given a dialog_app that opened the project for editing and was killed
    code = ("import sys, time; from dialog_app.core.project import Project; "
            "p = Project.open(sys.argv[1]); print('READY', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(project_file)], cwd=REPO, stdout=subprocess.PIPE,
                             env={**os.environ, "DIALOG_APP_HOME": str(app_home)})
    assert child.stdout.readline() == b"READY\n"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    assert lock_path(project_file).exists()  # left behind
    # when the project is opened again
    with Project.open(project_file) as project:
        notices = project.notices
    # then the stale lock was taken over, and the user is told whose it was
    (stale,) = [n for n in notices if n.kind == NoticeKind.STALE_LOCK_TAKEN_OVER]
    assert stale.holder.pid == child.pid


def lock_from_another_computer(project: Path, heartbeat_age: timedelta) -> None:
    beat = (utc_now() - heartbeat_age).isoformat(timespec="seconds")
    lock_path(project).write_text(json.dumps(
        {"app": "dialog_app", "user": "anna", "host": "LAPTOP-ANNA", "pid": 4242, "since": beat, "heartbeat": beat}))


def test_a_fresh_lock_from_another_computer_on_a_share_counts_as_held(project_file):
    # given a shared folder whose server passes no locks on, and Anna editing from her laptop
    lock_from_another_computer(project_file, timedelta(seconds=30))
    with pytest.raises(ProjectInUseError) as refused:
        Project.open(project_file)
    assert (refused.value.holder.user, refused.value.holder.host) == ("anna", "LAPTOP-ANNA")
    with Project.open(project_file, read_only=True) as reader:
        assert reader.notices[0].holder.host == "LAPTOP-ANNA"


@pytest.mark.parametrize("age", [STALE_AFTER + timedelta(minutes=1), -timedelta(days=2)], ids=["old", "future"])
def test_a_silent_or_impossible_lock_from_another_computer_is_stale(project_file, age):
    lock_from_another_computer(project_file, age)
    with Project.open(project_file) as project:
        assert [n.kind for n in project.notices] == [NoticeKind.STALE_LOCK_TAKEN_OVER]
