"""Creates project files and brings older ones up to the current schema.

Alembic is imported only when a file actually needs migrating, so that opening a current project
(and the command line's quick commands) stays fast. Opening (store/opening.py) takes the backup
before it asks for an upgrade.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog_app.core.errors import DamagedProjectError, ProjectAccessError, ProjectExistsError
from dialog_app.core.store.identity import APPLICATION_ID, SCHEMA_VERSION, read_identity
from dialog_app.core.store.pragmas import BUSY_TIMEOUT_MS, JOURNAL_MODE, apply_pragmas

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def create_file(path: Path, target: str = "head") -> None:
    """Write a new, empty project file at the current schema (or migration ``target``); nothing is
    left behind on failure."""
    try:
        exists = path.exists()
    except OSError as exc:  # a name too long for the file system, a folder we may not look into
        raise ProjectAccessError.from_os_error(path, exc) from exc
    if exists:
        raise ProjectExistsError(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(path), isolation_level=None)
        try:
            connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
            apply_pragmas(connection)
        finally:
            connection.close()
        _run_alembic(path, target)
    except BaseException as exc:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            _remove_quietly(leftover)
        if isinstance(exc, OSError):
            raise ProjectAccessError.from_os_error(path, exc) from exc
        if isinstance(exc, sqlite3.OperationalError):
            raise ProjectAccessError(path, str(exc)) from exc
        raise


def _remove_quietly(path: Path) -> None:
    """Remove what a failed create left; the failure that got us here is the one worth reporting."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def needs_upgrade(path: Path) -> bool:
    """True for a sound project file at an older schema version."""
    identity = read_identity(path)
    if identity.schema_version == 0 and _has_tables(path):
        raise DamagedProjectError(path, "an unfinished project file")
    return identity.schema_version < SCHEMA_VERSION


def upgrade(path: Path) -> None:
    """Migrate ``path`` to the current schema, in one transaction (the caller backed it up)."""
    _run_alembic(path)


def use_rollback_journal(path: Path) -> None:
    """Turn a file written by the WAL-mode store of dialog_app 0.1 into a rollback-journal file.

    SQLite first copies every page of the WAL into the file, then deletes the WAL.
    """
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        mode = connection.execute(f"PRAGMA journal_mode={JOURNAL_MODE}").fetchone()[0]
    finally:
        connection.close()
    if mode.lower() != JOURNAL_MODE:
        raise DamagedProjectError(path, f"its journal mode stays {mode}")


def _has_tables(path: Path) -> bool:
    connection = sqlite3.connect(str(path))
    try:
        return bool(connection.execute("SELECT count(*) FROM sqlite_schema WHERE type='table'").fetchone()[0])
    finally:
        connection.close()


def _run_alembic(path: Path, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL
    from sqlalchemy.pool import NullPool

    engine = create_engine(  # URL.create: a "?" or "%20" in the file name stays as it is
        URL.create("sqlite", database=str(path)),
        poolclass=NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        # pysqlite would run DDL outside any transaction; BEGIN is issued below, so that a
        # failing migration rolls back whole instead of leaving a half-altered schema.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)
        # Copy-and-rename migrations must not cascade deletes; integrity is checked afterwards.
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DamagedProjectError(path, f"{len(problems)} broken references after migration")
    finally:
        engine.dispose()
