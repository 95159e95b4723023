"""A project file received from someone else is opened only if its schema is exactly dialog_app's.

A facilitator is mailed a ``.dialog`` file. Whoever made it could have added a trigger that
quietly drops every new note, or one that deletes them all, or put a view where the note table
belongs. Such a file is refused before anything in it runs, and left exactly as it came.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from dialog_app.core import errors
from dialog_app.core.errors import ProjectFileError
from dialog_app.core.paths import app_dirs
from dialog_app.core.project import Project
from dialog_app.core.store.identity import SCHEMA_VERSION, read_identity
from tests.core.store_fixtures import noted  # noqa: F401 - the fixture
from tests.core.store_fixtures import (
    SQLITE_INTERNALS, fingerprint, in_words, listing, notes_in, run, schema_1_project, sidecars,
)


def trigger_that_ignores_inserts(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TRIGGER keep_out BEFORE INSERT ON note BEGIN SELECT RAISE(IGNORE); END")


def trigger_that_deletes_every_note(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON note BEGIN DELETE FROM note; END")


def view_in_place_of_the_note_table(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("ALTER TABLE note RENAME TO note_store")
    connection.execute("CREATE VIEW note AS SELECT * FROM note_store WHERE votes > 0")


def extra_table(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE tracking (who TEXT, seen_at TEXT)")


def extra_index(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE INDEX ix_note_text ON note (text)")


def missing_index(connection: sqlite3.Connection) -> None:
    connection.execute("DROP INDEX ix_note_group")


def trigger_in_a_wal_mode_file(connection: sqlite3.Connection) -> None:
    """As a file of dialog_app 0.1 (WAL mode) would carry it: opening must not even convert it."""
    connection.execute("PRAGMA journal_mode=WAL")
    trigger_that_ignores_inserts(connection)


ALTERED = [
    pytest.param(trigger_that_ignores_inserts, ["trigger keep_out on note"], [], id="before-insert-ignore"),
    pytest.param(trigger_that_deletes_every_note, ["trigger wipe on note"], [], id="after-insert-delete"),
    pytest.param(view_in_place_of_the_note_table, ["view note", "table note_store"], ["table note"], id="view"),
    pytest.param(extra_table, ["table tracking"], [], id="extra-table"),
    pytest.param(extra_index, ["index ix_note_text on note"], [], id="extra-index"),
    pytest.param(missing_index, [], ["index ix_note_group on note"], id="missing-index"),
    pytest.param(trigger_in_a_wal_mode_file, ["trigger keep_out on note"], [], id="trigger-wal-mode"),
]


def received(noted: tuple[Path, dict], alter: Callable[[sqlite3.Connection], None]) -> Path:
    """A copy of a sound project, altered by someone else's tool, as it arrives by mail."""
    source, _notes = noted
    path = source.parent / "Mottagen från kommunen.dialog"
    shutil.copyfile(source, path)
    connection = sqlite3.connect(path, isolation_level=None)
    alter(connection)
    connection.close()
    assert sidecars(path) == []
    return path


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize(("alter", "foreign", "missing"), ALTERED)
def test_a_received_file_with_foreign_objects_is_refused_and_left_as_it_came(noted, alter, foreign, missing,
                                                                              read_only):
    # given
    path = received(noted, alter)
    before, names = fingerprint(path), listing(path.parent)
    # when
    with pytest.raises(ProjectFileError) as raised:
        Project.open(path, read_only=True) if read_only else Project.open(path)
    # then: refused, naming what is foreign or missing; nothing written, nothing left beside it
    assert isinstance(raised.value, errors.ForeignSchemaError)
    assert raised.value.foreign[: len(foreign)] == foreign  # what can act or stand in is named first
    assert raised.value.missing[: len(missing)] == missing
    assert "sqlite" not in in_words(str(raised.value), path)  # SQLite's own key indexes go unnamed
    assert fingerprint(path) == before
    assert listing(path.parent) == names
    assert not app_dirs().backups.exists()


@pytest.mark.parametrize(("alter", "words"), [
    (trigger_that_ignores_inserts, "did not create, so it is not opened (nothing in them runs): trigger keep_out on note"),
    (trigger_that_deletes_every_note, "did not create, so it is not opened (nothing in them runs): trigger wipe on note"),
    (view_in_place_of_the_note_table, "did not create, so it is not opened (nothing in them runs): view note"),
    (extra_index, "did not create, so it is not opened (nothing in them runs): index ix_note_text on note"),
    (missing_index, "lacks some of its own database objects: index ix_note_group on note"),
], ids=["ignore", "delete", "view", "extra-index", "missing-index"])
def test_check_names_what_is_foreign_in_words(noted, app_home, alter, words):
    # given
    path = received(noted, alter)
    before = fingerprint(path)
    # when
    result = run(app_home, "check", path)
    # then
    assert result.returncode == 1
    assert words in result.stderr
    for internal in SQLITE_INTERNALS:
        assert internal not in in_words(result.stdout + result.stderr, path)
    assert fingerprint(path) == before


@pytest.mark.parametrize("alter", [trigger_that_ignores_inserts, trigger_that_deletes_every_note], ids=["ignore", "delete"])
def test_adding_a_note_to_a_file_with_a_trap_fails_and_adds_nothing(noted, app_home, alter):
    # given
    path = received(noted, alter)
    before = notes_in(path)
    # when
    result = run(app_home, "add-note", path, "Ska inte försvinna", "--dialogue", "Dialogmöte om digital vård")
    # then: one line, naming the trigger; the file has the same notes and bytes
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert "did not create" in result.stderr and ("keep_out" in result.stderr or "wipe" in result.stderr)
    assert notes_in(path) == before


def test_a_project_upgraded_from_schema_1_is_accepted(tmp_path):
    # given a real file of schema 1, opened (and so upgraded) by today's app
    path = tmp_path / "våren 2026.dialog"
    note = schema_1_project(path)
    with Project.open(path):
        pass
    assert read_identity(path).schema_version == SCHEMA_VERSION
    # when it is opened again, for editing and for reading
    with Project.open(path) as project:
        project.notes.add(project.dialogues.list()[0].id, "Och mobiltäckning längs E4:an")
    with Project.open(path, read_only=True) as project:
        texts = sorted(n.text for n in project.notes.list())
    # then its schema is recognised as dialog_app's own
    assert texts == ["Fiber till varje by", "Och mobiltäckning längs E4:an"]
    assert note.replace("-", "") in notes_in(path)


def test_a_project_made_under_another_hash_seed_is_accepted(tmp_path, app_home):
    # given two projects created by separate runs of the app, whose table constraints come out
    # in another order each time (Python's hash seed varies between runs)
    made = []
    for seed in ("0", "1", "4242"):
        path = tmp_path / f"seed-{seed}.dialog"
        result = run(app_home, "new", path, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        made.append(path)
    # when today's app opens each, here and in a run with yet another seed
    for path in made:
        with Project.open(path) as project:
            project.notes.add(project.dialogues.create("Möte").id, "Öppnad trots annan ordning")
        checked = run(app_home, "check", path, env={"PYTHONHASHSEED": "977"})
        # then
        assert checked.returncode == 0, checked.stderr
        assert "Öppnad trots annan ordning" in notes_in(path).values()

