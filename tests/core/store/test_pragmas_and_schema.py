"""Every connection runs with the project's pragmas; the file names itself; migrations upgrade it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import textwrap
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from dialog_app import cli
from dialog_app.core.paths import app_dirs
from dialog_app.core.project import Project
from dialog_app.core.store import identity, integrity, migrate, pragmas
from dialog_app.core.store.identity import APPLICATION_ID, SCHEMA_VERSION, read_identity
from tests.core.older_projects import schema_1_project

EXPECTED_PRAGMAS = {
    "journal_mode": "delete",  # a rollback journal: a commit is in the .dialog file itself
    "foreign_keys": 1,
    "synchronous": 3,  # EXTRA: FULL, and the folder is synced when the journal goes
    "trusted_schema": 0,
}


def session_pragmas(session) -> dict[str, object]:
    connection = session.connection()
    values = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}
    values["busy_timeout"] = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    return values


def test_reading_sessions_run_with_the_project_pragmas(empty_project):
    # given an open project
    # when
    with empty_project._db.read() as session:
        values = session_pragmas(session)
    # then
    assert {k: values[k] for k in EXPECTED_PRAGMAS} == EXPECTED_PRAGMAS
    assert values["busy_timeout"] > 0


def test_writing_sessions_run_with_the_project_pragmas(empty_project):
    # given an open project
    # when
    with empty_project._db.write() as session:
        values = session_pragmas(session)
    # then
    assert {k: values[k] for k in EXPECTED_PRAGMAS} == EXPECTED_PRAGMAS
    assert values["busy_timeout"] > 0


@pytest.mark.parametrize("read_only", [False, True], ids=["plain", "read-only"])
def test_plain_connections_of_info_and_check_run_with_the_pragmas(make_project_file, read_only):
    # given
    path = make_project_file()
    # when
    connection = pragmas.connect(str(path), read_only=read_only)
    try:
        values = {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED_PRAGMAS}
        busy = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    finally:
        connection.close()
    # then
    assert values == EXPECTED_PRAGMAS
    assert busy > 0


def test_a_read_only_connection_cannot_change_the_file(make_project_file):
    # given
    path = make_project_file()
    connection = pragmas.connect(str(path), read_only=True)
    # when / then
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
            connection.execute("DELETE FROM stakeholdergroup")
        assert connection.execute("SELECT count(*) FROM stakeholdergroup").fetchone()[0] > 0
    finally:
        connection.close()


def test_a_read_only_connection_never_creates_a_missing_file(tmp_path):
    # given
    path = tmp_path / "absent.dialog"
    # when
    with pytest.raises(sqlite3.OperationalError):
        pragmas.connect(str(path), read_only=True)
    # then
    assert not path.exists()


def test_the_file_names_itself_with_application_id_and_schema_version(make_project_file):
    # given
    path = make_project_file()
    # when
    connection = sqlite3.connect(path)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
    # then
    assert application_id == APPLICATION_ID
    assert user_version == SCHEMA_VERSION
    assert read_identity(path).application_id == APPLICATION_ID
    assert read_identity(path).schema_version == SCHEMA_VERSION


def test_the_migrated_schema_matches_the_models(make_project_file):
    # given
    path = make_project_file()
    engine = create_engine(f"sqlite:///{path}")
    # when
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_object": lambda obj, name, type_, reflected, compare_to: not (
                        type_ == "table" and name.startswith("note_fts")
                    ),
                },
            )
            differences = compare_metadata(context, SQLModel.metadata)
            merged_into = [row for row in connection.exec_driver_sql("PRAGMA foreign_key_list(note)")
                           if row[3] == "merged_into_id"]
    finally:
        engine.dispose()
    # then: the same, but for the ON DELETE of note.merged_into_id, which SQLAlchemy does not read
    # back from a column-level REFERENCES (migration 0003 adds it with ALTER TABLE); SQLite has it
    assert [d for d in differences if not _is_merged_into_fk(d)] == []
    assert [(row[2], row[4], row[6]) for row in merged_into] == [("note", "id", "SET NULL")]


def _is_merged_into_fk(difference) -> bool:
    kind, constraint = difference[0], difference[1] if len(difference) > 1 else None
    columns = [c.name for c in getattr(constraint, "columns", [])]
    return kind in {"add_fk", "remove_fk"} and columns == ["merged_into_id"]


def test_the_search_index_table_exists_with_the_swedish_tokenizer(make_project_file):
    # given
    path = make_project_file()
    # when
    connection = sqlite3.connect(path)
    try:
        (sql,) = connection.execute("SELECT sql FROM sqlite_schema WHERE name = 'note_fts'").fetchone()
    finally:
        connection.close()
    # then
    assert "fts5" in sql and "remove_diacritics 0" in sql


# --- a real migration: today's schema to a test-only next schema ------------------------------

NEXT = SCHEMA_VERSION + 1

REVISION_0002 = textwrap.dedent(
    '''
    """Next schema (test only): dialogues get a nullable weather column."""

    import sqlalchemy as sa
    from alembic import op

    revision = "{next:04d}"
    down_revision = "{current:04d}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        with op.batch_alter_table("dialogue") as batch_op:
            batch_op.add_column(sa.Column("weather", sa.String(), nullable=True))
        op.execute("PRAGMA user_version = {next}")


    def downgrade() -> None:
        with op.batch_alter_table("dialogue") as batch_op:
            batch_op.drop_column("weather")
        op.execute("PRAGMA user_version = {current}")
    '''
)

FAILING_0002 = textwrap.dedent(
    '''
    """Next schema (test only): adds a column, then fails half-way."""

    import sqlalchemy as sa
    from alembic import op

    revision = "{next:04d}"
    down_revision = "{current:04d}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        with op.batch_alter_table("dialogue") as batch_op:
            batch_op.add_column(sa.Column("weather", sa.String(), nullable=True))
        op.execute("UPDATE note SET text = 'overwritten'")
        op.execute("PRAGMA user_version = {next}")
        raise RuntimeError("migration failed half-way")


    def downgrade() -> None:
        pass
    '''
)


def migrations_with(tmp_path: Path, revision_source: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    source = revision_source.replace("{next:04d}", f"{NEXT:04d}").replace("{current:04d}", f"{SCHEMA_VERSION:04d}")
    source = source.replace("{next}", str(NEXT)).replace("{current}", str(SCHEMA_VERSION))
    (folder / "versions" / f"{NEXT:04d}_test_only.py").write_text(source, encoding="utf-8")
    return folder


def use_next_schema(patch: pytest.MonkeyPatch, migrations: Path) -> None:
    """The app as its next version would be, wherever the version number was copied."""
    patch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    for module in (identity, migrate, integrity):
        patch.setattr(module, "SCHEMA_VERSION", NEXT)


def notes_in(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT id, text FROM note"))
    finally:
        connection.close()


def dialogue_columns(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[1] for row in connection.execute("PRAGMA table_info(dialogue)")}
    finally:
        connection.close()


def test_opening_an_older_project_backs_it_up_then_migrates_it(tmp_path, seeded_copy):
    # given a project at today's schema with notes, and an app that reads the next schema
    before = notes_in(seeded_copy)
    migrations = migrations_with(tmp_path, REVISION_0002)
    with pytest.MonkeyPatch.context() as patch:
        use_next_schema(patch, migrations)
        # when
        with Project.open(seeded_copy) as project:
            found = {str(h.id) for h in project.search.search("digital", limit=None)}
            live_notes = project.notes.count()
        # then: the project is at the next schema and keeps every note
        assert read_identity(seeded_copy).schema_version == NEXT
        assert integrity.check(seeded_copy) == []
    assert "weather" in dialogue_columns(seeded_copy)
    assert notes_in(seeded_copy) == before
    assert live_notes == len(before) == 150
    assert found and found <= {str(uuid.UUID(i)) for i in before}
    # and a backup of today's file waits in the backups folder
    backups = list(app_dirs().backups.rglob("*.dialog"))
    assert len(backups) == 1
    assert read_identity(backups[0]).schema_version == SCHEMA_VERSION
    assert "weather" not in dialogue_columns(backups[0])
    assert notes_in(backups[0]) == before
    with Project.open(backups[0]) as restored:  # today's app opens the backup as it is
        assert restored.notes.count() == 150
    assert read_identity(backups[0]).schema_version == SCHEMA_VERSION


def test_info_on_the_command_line_reads_an_older_project_without_changing_it(tmp_path, seeded_copy, capsys):
    # given a project at today's schema, and an app that reads the next schema
    before = seeded_copy.read_bytes()
    migrations = migrations_with(tmp_path, REVISION_0002)
    with pytest.MonkeyPatch.context() as patch:
        use_next_schema(patch, migrations)
        # when
        status = cli.main(["info", "--json", str(seeded_copy)])
    # then: it answers from an upgraded private copy; the file, a backup folder: nothing is written
    assert status == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] == SCHEMA_VERSION and info["notes"] == 150
    assert seeded_copy.read_bytes() == before
    assert sorted(p.name for p in seeded_copy.parent.iterdir()) == sorted([seeded_copy.name, "migrations"])
    assert not app_dirs().backups.exists()


def test_a_failing_migration_leaves_the_project_as_it_was(tmp_path, seeded_copy):
    # given
    before = notes_in(seeded_copy)
    migrations = migrations_with(tmp_path, FAILING_0002)
    with pytest.MonkeyPatch.context() as patch:
        use_next_schema(patch, migrations)
        # when
        with pytest.raises(Exception, match="half-way"):
            Project.open(seeded_copy)
    # then: still today's schema, untouched notes, and today's app opens it
    assert read_identity(seeded_copy).schema_version == SCHEMA_VERSION
    assert "weather" not in dialogue_columns(seeded_copy)
    assert notes_in(seeded_copy) == before
    with Project.open(seeded_copy) as project:
        assert project.notes.count() == 150
    assert integrity.check(seeded_copy) == []


def test_opening_backs_up_a_changed_project_and_skips_an_unchanged_one(seeded_copy):
    # given a project at the current schema, opened once
    with Project.open(seeded_copy) as project:
        first = project.opened.backup
    # when it is opened again, unchanged, and then after a change
    with Project.open(seeded_copy) as project:
        unchanged = project.opened.backup
        project.notes.add(project.dialogues.list()[0].id, "Ny anteckning efter första öppningen")
    with Project.open(seeded_copy) as project:
        changed = project.opened.backup
    # then
    assert first is not None and first.reason == "open" and first.notes == 150
    assert unchanged is None
    assert changed is not None and changed.notes == 151
    assert len(list(app_dirs().backups.rglob("*.dialog"))) == 2


def test_a_real_schema_1_project_is_upgraded_with_its_notes(tmp_path):
    # given a project file written at schema 1 (before notes could be hidden from the projector)
    path = tmp_path / "våren 2026.dialog"
    note = schema_1_project(path)
    assert read_identity(path).schema_version == 1
    # when today's app opens it
    with Project.open(path) as project:
        stored = project.notes.get(note)
        found = project.search.search("fiber")
    # then it is at today's schema, the note kept its text and votes and is visible on the projector
    assert read_identity(path).schema_version == SCHEMA_VERSION
    assert (stored.text, stored.votes, stored.hidden_from_projector) == ("Fiber till varje by", 2, False)
    assert [hit.id for hit in found] == [note]
    assert integrity.check(path) == []
    # and the schema-1 original waits in the backups folder
    (backup,) = app_dirs().backups.rglob("*.dialog")
    assert read_identity(backup).schema_version == 1


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_the_recorded_schema_of_each_version_is_what_its_migrations_create(version):
    # given the schema objects a received file is checked against (migrations/schemas.json)
    from dialog_app.core.store import known_schemas

    recorded = known_schemas.expected_objects(version)
    # when an empty file is migrated to that version here
    migrated = known_schemas.migrated_objects(version)
    # then they agree; after adding a migration: python -m dialog_app.core.store.known_schemas
    assert recorded == migrated


def test_a_full_disk_does_not_keep_a_meeting_from_its_project(seeded_copy, monkeypatch):
    # given a disk too full for the backup made on opening
    import errno

    from dialog_app.core.store import backups
    from dialog_app.core.store.opening import NoticeKind

    def full(_project, target):
        target.with_name(f".{target.name}.partial").write_bytes(b"half a backup")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_copy_into", lambda project, partial, target: full(project, target))
    # when the project is opened for editing
    with Project.open(seeded_copy) as project:
        notes = project.notes.count()
        notices = [n.kind for n in project.notices]
    # then it opens, says the backup failed, and leaves no half backup behind
    assert notes == 150 and notices == [NoticeKind.BACKUP_FAILED]
    assert not [p for p in app_dirs().backups.rglob("*") if p.is_file()]
