"""The database objects of each schema version, exactly as dialog_app's migrations create them.

A project file is opened only if its tables, indexes, triggers and views are exactly those of its
schema version. Anything else came from somewhere else: a trigger in a received file would run on
every write (one made saved notes vanish), a view can stand in for a table. Such a file is
refused before anything in it is used, and ``check`` names what is foreign.

The lists live in ``migrations/schemas.json``, written by ``python -m
dialog_app.core.store.known_schemas`` and compared with freshly migrated files by a test. A
version missing there (a migration being written) is computed by migrating an empty file.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dialog_app.core.store import fts

SCHEMAS_FILE = Path(__file__).resolve().parent / "migrations" / "schemas.json"

# FTS5 writes its shadow tables' DDL itself, and SQLite releases may word it differently: for
# these, any plain list of columns will do; a default, check or generated expression will not.
_SHADOW_TABLES = {f"{fts.FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")}
_SHADOW_SQL = re.compile(r"CREATE TABLE '?(\w+)'?\s*\(([\w ,]*(?:PRIMARY KEY\s*\([\w ,]+\))?[\w ,]*)\)( WITHOUT ROWID)?")
_SHADOW_MARK = "<fts5 shadow table>"


@dataclass(frozen=True, order=True)
class SchemaObject:
    type: str  # table, index, trigger, view
    name: str
    table: str
    sql: str | None  # whitespace folded, double quotes dropped: as SQLite versions may rewrite it

    def describe(self) -> str:
        return self.type + " " + self.name + (f" on {self.table}" if self.table != self.name else "")


@dataclass(frozen=True)
class SchemaDifference:
    foreign: list[str]  # objects the file has and the version does not, described
    missing: list[str]

    def __bool__(self) -> bool:
        return bool(self.foreign or self.missing)


def normalise(sql: str | None) -> str | None:
    """Whitespace folded, double quotes dropped, and a table's columns and constraints sorted:
    the migration that creates a table lists its constraints in an order that varies by run."""
    if sql is None:
        return None
    text = " ".join(sql.replace('"', "").split())
    match = _CREATE_TABLE.fullmatch(text)
    if match is None:
        return text
    items = sorted(part.strip() for part in _top_level_parts(match["body"]))
    return f"{match['head']} ( {', '.join(items)} ){match['tail']}"


_CREATE_TABLE = re.compile(r"(?P<head>CREATE TABLE [\w']+) ?\((?P<body>.*)\)(?P<tail>( WITHOUT ROWID)?)")


def _top_level_parts(body: str) -> list[str]:
    """Split at the commas outside parentheses and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(body):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(body[start:index])
            start = index + 1
    parts.append(body[start:])
    return parts


def objects_in(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    """What a connected file defines; SQLite's own internal tables are no one's choice and left out."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return frozenset(_object(*row) for row in rows)


def _object(type_: str, name: str, table: str, sql: str | None) -> SchemaObject:
    normal = normalise(sql)
    if type_ == "table" and name in _SHADOW_TABLES and normal is not None:
        match = _SHADOW_SQL.fullmatch(normal)
        if match and match.group(1) == name:
            normal = _SHADOW_MARK
    return SchemaObject(type_, name, table, normal)


def compare(connection: sqlite3.Connection, version: int) -> SchemaDifference:
    """How a connected file's schema differs from ``version``'s; empty when it is exactly that."""
    expected = expected_objects(version)
    actual = objects_in(connection)
    return SchemaDifference(foreign=_described(actual - expected), missing=_described(expected - actual))


def _described(objects: frozenset[SchemaObject]) -> list[str]:
    """Tables, views, triggers and indexes by name; SQLite's own indexes for a table's keys only
    where nothing else differs (they come and go with their table)."""
    ranked = sorted(objects, key=lambda o: (_RANK.get(o.type, len(_RANK)), o.name))  # what can run first
    named = [o for o in ranked if not o.name.startswith(AUTOINDEX)]
    return [o.describe() for o in (named or ranked)]


_RANK = {"trigger": 0, "view": 1, "table": 2, "index": 3}
AUTOINDEX = "sqlite_autoindex_"  # the prefix of the indexes SQLite makes for a table's keys


def expected_objects(version: int) -> frozenset[SchemaObject]:
    if version == 0:
        return frozenset()  # a file whose creation never got to its first migration
    recorded = _recorded().get(version)
    return recorded if recorded is not None else migrated_objects(version)


@lru_cache(maxsize=1)
def _recorded() -> dict[int, frozenset[SchemaObject]]:
    try:
        data = json.loads(SCHEMAS_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {int(version): frozenset(SchemaObject(*row) for row in rows) for version, rows in data.items()}


def migrated_objects(version: int) -> frozenset[SchemaObject]:
    """Migrate an empty file to ``version`` and read what it holds (about half a second)."""
    from dialog_app.core.store import migrate

    with tempfile.TemporaryDirectory(prefix="dialog_app-schema-") as folder:
        path = Path(folder) / f"v{version}.dialog"
        migrate.create_file(path, target=f"{version:04d}")
        connection = sqlite3.connect(path)
        try:
            return objects_in(connection)
        finally:
            connection.close()


def write_recorded(versions: range) -> None:
    """One object a line, so that a migration's change reads well in a diff."""
    blocks = []
    for version in versions:
        rows = [json.dumps(list(vars(o).values()), ensure_ascii=False) for o in sorted(migrated_objects(version))]
        blocks.append(f' "{version}": [\n  ' + ",\n  ".join(rows) + "\n ]")
    SCHEMAS_FILE.write_text("{\n" + ",\n".join(blocks) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":  # after adding a migration: record every version's schema
    from dialog_app.core.store.identity import SCHEMA_VERSION

    write_recorded(range(1, SCHEMA_VERSION + 1))
    print(f"wrote {SCHEMAS_FILE}", file=sys.stderr)
