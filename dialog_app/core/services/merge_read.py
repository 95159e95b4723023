"""Reading rows the same way from the other file (a plain ``sqlite3`` connection, read-only) and
from this project's transaction (a SQLAlchemy connection), for the merge's modules."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator


def rows(connection, sql: str, params: Iterable = ()) -> Iterable[tuple]:
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql, tuple(params))
    return connection.exec_driver_sql(sql, tuple(params))


def rows_in(connection, sql: str, ids: list) -> Iterator[tuple]:
    """The rows of ``sql``, whose ``{marks}`` is an IN list, for ``ids``: 500 at a time, below
    SQLite's limit on parameters."""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        yield from (tuple(row) for row in rows(connection, sql.format(marks=", ".join("?" * len(chunk))), chunk))


def columns_of(connection, table: str) -> tuple[list[str], list[str]]:
    """(every column, the key columns in key order) of ``table``."""
    info = list(rows(connection, f"PRAGMA table_info({table})"))
    keys = [row[1] for row in sorted((row for row in info if row[5]), key=lambda row: row[5])]
    return [row[1] for row in info], keys


# Columns each file keeps for itself: the search index's row number (each file numbers its own notes).
LOCAL_ONLY = {"note": ("seq",)}


def shared_columns(connection, table: str) -> tuple[list[str], list[str]]:
    """(the columns a merge compares and copies, the key columns) of ``table``."""
    columns, keys = columns_of(connection, table)
    return [c for c in columns if c not in LOCAL_ONLY.get(table, ())], keys


def insert(connection, table: str, columns: list[str], values: list[tuple]) -> None:
    if values:
        marks = ", ".join("?" * len(columns))
        connection.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)


def update(connection, table: str, columns: list[str], keys: list[str], values: list[tuple]) -> None:
    """Rows written over the rows with their keys."""
    if not values:
        return
    rest = [c for c in columns if c not in keys]
    at = {c: i for i, c in enumerate(columns)}
    sql = (f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in rest)} "
           f"WHERE {' AND '.join(f'{k} = ?' for k in keys)}")
    order = [at[c] for c in (*rest, *keys)]
    connection.exec_driver_sql(sql, [tuple(row[i] for i in order) for row in values])


def delete(connection, table: str, columns: list[str], keys: list[str], values: list[tuple]) -> None:
    """The rows with these rows' keys removed."""
    if values:
        at = [columns.index(k) for k in keys]
        sql = f"DELETE FROM {table} WHERE {' AND '.join(f'{k} = ?' for k in keys)}"
        connection.exec_driver_sql(sql, [tuple(row[i] for i in at) for row in values])
