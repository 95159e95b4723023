"""The full-text index of notes (SQLite FTS5), kept in step with the note table by the store.

Triggers cannot do this job: with ``trusted_schema=OFF`` SQLite forbids triggers that write to an
FTS5 table. So the store writes the index in the same transaction as the note (see session.py).
The tokenizer keeps å, ä and ö distinct from a and o (``remove_diacritics 0``), folds case, and
treats combining marks as part of a word, so a decomposed "å" is one letter too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

FTS_TABLE = "note_fts"  # created by migration 0001; its DDL lives there, frozen

_TOKEN_CATEGORIES = ("L", "N", "Co", "M")


def index_rows(connection, rows: Iterable[tuple[int, str]]) -> None:
    """Add (seq, text) pairs to the index, on the caller's SQLAlchemy connection."""
    _executemany(connection, f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (?, ?)", list(rows))


def unindex_rows(connection, seqs: Iterable[int]) -> None:
    _executemany(connection, f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(s,) for s in seqs])


def optimize(connection) -> None:
    """Merge the index into one segment (FTS5's 'optimize'): the tokens of rows deleted or changed
    are dropped from it, not only marked deleted in a newer segment. On a SQLAlchemy connection."""
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


def out_of_step(connection) -> tuple[int, int]:
    """(notes missing from the index or stale there, index rows of no note), on a plain sqlite3 connection."""
    (missing,) = connection.execute(
        f"SELECT count(*) FROM note LEFT JOIN {FTS_TABLE} AS f ON f.rowid = note.seq "
        "WHERE f.rowid IS NULL OR f.text IS NOT note.text"
    ).fetchone()
    (orphans,) = connection.execute(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT seq FROM note)"
    ).fetchone()
    return missing, orphans


def _executemany(connection, sql: str, params: list[tuple]) -> None:
    """Run in the caller's transaction, on its SQLAlchemy connection."""
    if params:
        connection.exec_driver_sql(sql, params)


def has_terms(query: str) -> bool:
    """True when the query holds at least one character the tokenizer treats as part of a word."""
    return any(unicodedata.category(ch).startswith(_TOKEN_CATEGORIES) for ch in query)


def match_expression(query: str) -> str | None:
    """Turn what a person typed into an FTS5 query: every word must occur; the last is a prefix.

    Each word is quoted, so FTS5 syntax in the input (AND, NEAR, *, quotes, colons) is inert.
    A NUL would end FTS5's reading of the query mid-string; like the tokenizer, treat it as a space.
    """
    words = [w for w in query.replace("\x00", " ").split() if has_terms(w)]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)
