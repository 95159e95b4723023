"""The app refuses every file that is not a sound project of its own, and leaves it as it was."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dialog_app.core.errors import (
    DamagedProjectError,
    NewerSchemaError,
    NotAProjectError,
    ProjectExistsError,
    ProjectFileError,
    ProjectLockedError,
    ProjectMissingError,
)
from dialog_app.core.project import Project
from dialog_app.core.store import database, integrity, migrate, pragmas, summary
from dialog_app.core.store.identity import APPLICATION_ID, SCHEMA_VERSION, read_identity

SIDECARS = ("-wal", "-shm", "-journal")


def fingerprint(path: Path) -> str | None:
    """sha256 of a file's bytes; None for what is not a file (missing, a folder)."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def sidecars(path: Path) -> list[str]:
    return [path.name + s for s in SIDECARS if path.with_name(path.name + s).exists()]


# --- the files to refuse -----------------------------------------------------------------------


def missing_file(folder: Path, _project: Path) -> Path:
    return folder / "nowhere.dialog"


def empty_file(folder: Path, _project: Path) -> Path:
    path = folder / "empty.dialog"
    path.touch()
    return path


def text_file(folder: Path, _project: Path) -> Path:
    path = folder / "minnesanteckningar.dialog"
    path.write_text("Minnesanteckningar från dialogmötet i Härnösand\n" * 40, encoding="utf-8")
    return path


def random_bytes(folder: Path, _project: Path) -> Path:
    path = folder / "noise.dialog"
    path.write_bytes(random.Random(20261123).randbytes(16384))
    return path


def another_programs_database(folder: Path, _project: Path) -> Path:
    path = folder / "contacts.dialog"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contact VALUES ('Anna', '070-123 45 67')")
    connection.commit()
    connection.close()
    return path


def another_programs_wal_database_with_its_own_id(folder: Path, _project: Path) -> Path:
    path = folder / "other-app.dialog"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA application_id=1179402563")  # another program's signature
    connection.execute("PRAGMA user_version=7")
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()
    return path


def a_folder(folder: Path, _project: Path) -> Path:
    path = folder / "folder.dialog"
    path.mkdir()
    return path


def truncated_in_half(folder: Path, project: Path) -> Path:
    data = project.read_bytes()
    path = folder / "half.dialog"
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_mid_page(folder: Path, project: Path) -> Path:
    data = project.read_bytes()
    path = folder / "cut.dialog"
    path.write_bytes(data[: len(data) // 2 + 777])
    return path


def header_only(folder: Path, project: Path) -> Path:
    path = folder / "header.dialog"
    path.write_bytes(project.read_bytes()[:100])
    return path


def newer_schema(folder: Path, project: Path) -> Path:
    path = Path(shutil.copy(project, folder / "from-the-future.dialog"))
    set_user_version(path, SCHEMA_VERSION + 1)
    return path


def unfinished_project(folder: Path, _project: Path) -> Path:
    """Our signature but schema version 0 over existing tables: a creation that stopped half-way."""
    path = folder / "unfinished.dialog"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("CREATE TABLE dialogue (id BLOB PRIMARY KEY)")
    connection.close()
    return path


def set_user_version(path: Path, version: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA user_version={version}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert sidecars(path) == []


REFUSALS = [
    pytest.param(missing_file, ProjectMissingError, id="missing"),
    pytest.param(empty_file, NotAProjectError, id="empty"),
    pytest.param(text_file, NotAProjectError, id="text"),
    pytest.param(random_bytes, NotAProjectError, id="random-bytes"),
    pytest.param(another_programs_database, NotAProjectError, id="other-sqlite"),
    pytest.param(another_programs_wal_database_with_its_own_id, NotAProjectError, id="other-sqlite-wal"),
    pytest.param(a_folder, NotAProjectError, id="folder"),
    pytest.param(truncated_in_half, DamagedProjectError, id="truncated-half"),
    pytest.param(truncated_mid_page, DamagedProjectError, id="truncated-mid-page"),
    pytest.param(header_only, DamagedProjectError, id="header-only"),
    pytest.param(newer_schema, NewerSchemaError, id="newer-schema"),
]

OPENERS = {
    "open": lambda path: Project.open(path).close(),
    "info": summary.summary,
    "check": integrity.check,
}


@pytest.fixture
def sound_project(make_project_file) -> Path:
    path = make_project_file("sound")
    with Project.open(path) as project:
        meeting = project.dialogues.create("Nätverksmöte för kommunernas digitaliseringsledare")
        for n in range(40):
            project.notes.add(meeting.id, f"Anteckning {n}: e-tjänster och digital kompetens i kommunen")
    assert sidecars(path) == []
    return path


@pytest.mark.parametrize("opener", sorted(OPENERS))
@pytest.mark.parametrize(("make", "error"), REFUSALS)
def test_a_file_that_is_not_a_sound_project_is_refused_and_left_untouched(
    tmp_path, sound_project, make: Callable[[Path, Path], Path], error: type, opener: str
):
    # given
    folder = tmp_path / "refused"
    folder.mkdir()
    path = make(folder, sound_project)
    before = fingerprint(path)
    listing = sorted(p.name for p in folder.iterdir())
    # when
    with pytest.raises(error) as raised:
        OPENERS[opener](path)
    # then
    assert isinstance(raised.value, ProjectFileError)
    assert raised.value.path == path
    assert fingerprint(path) == before
    assert sidecars(path) == []
    assert sorted(p.name for p in folder.iterdir()) == listing
    assert "\n" not in str(raised.value)


def test_a_newer_schema_is_named_in_the_error(tmp_path, sound_project):
    # given
    path = newer_schema(tmp_path, sound_project)
    # when
    with pytest.raises(NewerSchemaError) as raised:
        Project.open(path)
    # then
    assert raised.value.file_version == SCHEMA_VERSION + 1
    assert raised.value.app_version == SCHEMA_VERSION
    assert "newer version" in str(raised.value)


def test_info_on_the_command_line_refuses_a_newer_schema_and_leaves_it_untouched(tmp_path, sound_project, app_home):
    # given
    path = newer_schema(tmp_path, sound_project)
    before = fingerprint(path)
    # when
    result = subprocess.run(
        [sys.executable, "-m", "dialog_app", "info", str(path)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "DIALOG_APP_HOME": str(app_home)},
    )
    # then
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "newer version" in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(path) == before
    assert sidecars(path) == []


def test_an_unfinished_project_is_refused_as_damaged_and_left_untouched(tmp_path):
    # given
    path = unfinished_project(tmp_path, tmp_path)
    before = fingerprint(path)
    # when
    with pytest.raises(DamagedProjectError):
        Project.open(path)
    # then
    assert fingerprint(path) == before
    assert sidecars(path) == []


def garbage_after_the_header(tmp_path: Path, project: Path) -> Path:
    """A real project whose first page (header and schema) is intact and the rest is noise."""
    data = project.read_bytes()
    page_size = read_identity(project).page_size
    noise = random.Random(7).randbytes(len(data) - page_size)
    path = tmp_path / "garbled.dialog"
    path.write_bytes(data[:page_size] + noise)
    return path


def test_a_project_with_a_garbled_body_is_refused_on_open_and_left_untouched(tmp_path, sound_project):
    # given
    path = garbage_after_the_header(tmp_path, sound_project)
    before = fingerprint(path)
    # when
    with pytest.raises(DamagedProjectError) as raised:
        with Project.open(path) as project:
            project.notes.list()  # the first read, if opening did not notice
    # then
    assert "damaged" in str(raised.value)
    assert fingerprint(path) == before
    assert sidecars(path) == []


def test_check_reports_a_garbled_body_and_leaves_no_trace(tmp_path, sound_project):
    # given
    path = garbage_after_the_header(tmp_path, sound_project)
    before = fingerprint(path)
    # when
    problems = integrity.check(path)
    # then
    assert problems
    assert fingerprint(path) == before
    assert sidecars(path) == []


def test_reading_a_sound_project_leaves_no_journal_files_behind(sound_project):
    # given
    before = fingerprint(sound_project)
    # when
    counts = summary.summary(sound_project)
    problems = integrity.check(sound_project)
    # then
    assert counts["notes"] == 40
    assert problems == []
    assert fingerprint(sound_project) == before
    assert sidecars(sound_project) == []


def test_creating_over_an_existing_file_is_refused_and_the_file_kept(tmp_path):
    # given
    path = tmp_path / "taken.dialog"
    path.write_text("important", encoding="utf-8")
    # when
    with pytest.raises(ProjectExistsError):
        Project.create(path)
    # then
    assert path.read_text(encoding="utf-8") == "important"
    assert sidecars(path) == []


def test_creating_with_an_unknown_framework_writes_no_file(tmp_path):
    # given
    path = tmp_path / "never.dialog"
    # when
    with pytest.raises(Exception) as raised:
        Project.create(path, frameworks=["no-such-framework"])
    # then
    assert "no-such-framework" in str(raised.value)
    assert not path.exists()
    assert sidecars(path) == []


# --- a project busy in another program ---------------------------------------------------------

SHORT_TIMEOUT_MS = 200


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    """Wait 0.2 s instead of 5 s for another program's lock, wherever the timeout was copied."""
    monkeypatch.setattr(
        pragmas,
        "CONNECTION_PRAGMAS",
        tuple(
            f"PRAGMA busy_timeout={SHORT_TIMEOUT_MS}" if p.startswith("PRAGMA busy_timeout") else p
            for p in pragmas.CONNECTION_PRAGMAS
        ),
    )
    for module in (pragmas, database, migrate):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", SHORT_TIMEOUT_MS)
    return SHORT_TIMEOUT_MS


@pytest.fixture
def locked_elsewhere(sound_project):
    """Another program is writing the project (holds SQLite's write lock) until the test ends."""
    other = sqlite3.connect(sound_project, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_writing_to_a_project_locked_by_another_program_raises_locked(
    sound_project, short_busy_timeout, locked_elsewhere
):
    # given
    with Project.open(sound_project) as project:
        meeting = project.dialogues.list()[0]
        # when
        with pytest.raises(ProjectLockedError) as raised:
            project.notes.add(meeting.id, "Skrivs medan någon annan håller filen")
        # then: reading still works beside the other program, and nothing was half-written
        assert "busy in another program" in str(raised.value)
        assert project.notes.count() == 40
        assert project.search.search("Skrivs") == []


def test_the_project_can_be_written_again_once_the_other_program_lets_go(
    sound_project, short_busy_timeout, locked_elsewhere
):
    # given
    with Project.open(sound_project) as project:
        meeting = project.dialogues.list()[0]
        with pytest.raises(ProjectLockedError):
            project.notes.add(meeting.id, "Första försöket")
        # when
        locked_elsewhere.execute("ROLLBACK")
        note = project.notes.add(meeting.id, "Andra försöket")
        # then
        assert project.notes.get(note.id).text == "Andra försöket"
        assert project.notes.count() == 41
        assert [h.id for h in project.search.search("Andra försöket")] == [note.id]


# --- whatever the file is called ---------------------------------------------------------------

FILE_NAMES = [
    "med mellanslag.dialog",
    "Dialogmöte Ånge–Härnösand.dialog",
    "nr #3.dialog",
    "100%.dialog",
    "x%20y.dialog",
    "a@b;c=d&e.dialog",
    pytest.param("Vad nu?.dialog", marks=pytest.mark.skipif(sys.platform == "win32", reason="no ? on Windows")),
]


@pytest.mark.parametrize("name", FILE_NAMES)
def test_a_project_works_whatever_its_file_is_called(tmp_path, name):
    # given
    path = tmp_path / name
    # when
    with Project.create(path) as project:
        meeting = project.dialogues.create("Möte")
        project.notes.add(meeting.id, "Sparad anteckning")
    with Project.open(path) as project:
        texts = [n.text for n in project.notes.list()]
    # then
    assert texts == ["Sparad anteckning"]
    assert summary.summary(path)["notes"] == 1
    assert integrity.check(path) == []
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no stray file under a mangled name


def test_checking_a_project_busy_elsewhere_says_busy_not_damaged(sound_project, short_busy_timeout):
    # given another program holds the file exclusively (commits it, and so keeps readers out)
    other = sqlite3.connect(sound_project, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        # when
        with pytest.raises(ProjectLockedError):
            integrity.check(sound_project)
    finally:
        # then: once it lets go, the same file checks sound
        other.execute("ROLLBACK")
        other.close()
    assert integrity.check(sound_project) == []
