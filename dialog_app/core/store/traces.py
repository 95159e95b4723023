"""Does a project file (or a backup of it) still hold a person? Asked of its bytes and of its rows.

The bytes find what no query sees: free pages, old segments of the search index, a journal beside
the file. They are searched for each name, e-mail and phone as typed, in lower, upper and title
case, in both Unicode normal forms and as JSON writes them (``\\u00e5`` for "å"). The rows find
what the bytes can miss: a text that continues on an overflow page, a name written with another
spacing or inflection. A file holds a term when either finds it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from dialog_app.core.person_terms import PersonTerms, json_strings, phone_digits
from dialog_app.core.store import fts
from dialog_app.core.store.pragmas import connect

SIDECARS = ("-journal", "-wal")
_NOT_TEXT = re.compile(r"[0-9a-f]{32}|\d{4}-\d\d-\d\d[ T][\d:.+]*")  # ids and times: never a name


def terms_held(path: Path, terms: PersonTerms, rows: bool = True) -> tuple[str, ...]:
    """The terms (names, e-mails, phones) still found in the file, its -journal or its -wal."""
    found = set(_in_bytes(path, terms))
    rest = [term for term in terms.searched_for if term not in found]
    if rows and rest:
        found.update(_in_rows(path, terms, rest))
    return tuple(term for term in terms.searched_for if term in found)


def _in_bytes(path: Path, terms: PersonTerms) -> Iterator[str]:
    blobs = []
    for file in (path, *(path.with_name(path.name + suffix) for suffix in SIDECARS)):
        try:
            blobs.append(file.read_bytes().lower())  # ASCII letters fold here; the others in needles()
        except FileNotFoundError:
            continue
    for term in terms.searched_for:
        if any(needle in blob for needle in needles(term, is_phone=term in terms.phones) for blob in blobs):
            yield term


def needles(term: str, is_phone: bool = False) -> set[bytes]:
    """The byte strings ``term`` may be stored as, ASCII letters lower-cased."""
    forms = {term, term.lower(), term.upper(), term.title(), term.casefold()}
    if is_phone:
        forms.add(phone_digits(term))
    stored = set()
    for form in forms:
        for normal in ("NFC", "NFD"):
            text = unicodedata.normalize(normal, form)
            stored.add(text.encode("utf-8", "surrogatepass").lower())
            stored.add(json.dumps(text)[1:-1].encode("ascii").lower())
    return {needle for needle in stored if needle}


def _in_rows(path: Path, terms: PersonTerms, wanted: Iterable[str]) -> set[str]:
    wanted = list(wanted)
    singles = {term: _single(terms, term) for term in wanted}
    found: set[str] = set()
    try:
        connection = connect(path, immutable=True)
    except sqlite3.Error:
        return found
    try:
        for text in _texts(connection):
            if not terms.holds(text):
                continue
            found.update(term for term, single in singles.items() if single.holds(text))
            if len(found) == len(wanted):
                break
    except sqlite3.Error:
        pass  # a damaged backup: its bytes were searched
    finally:
        connection.close()
    return found


def _single(terms: PersonTerms, term: str) -> PersonTerms:
    if term in terms.emails:
        return PersonTerms((), emails=(term,))
    if term in terms.phones:
        return PersonTerms((), phones=(term,))
    return PersonTerms((term,), detected_only=terms.detected_only)


def _texts(connection: sqlite3.Connection) -> Iterator[str]:
    """Every text value of every ordinary table, and every string inside the JSON ones."""
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        f"AND name NOT LIKE 'sqlite%' AND name NOT LIKE '{fts.FTS_TABLE}%'")]  # the index: its bytes were read
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        for row in connection.execute(f"SELECT * FROM {quoted}"):
            for value in row:
                if isinstance(value, str) and value and not _NOT_TEXT.fullmatch(value):
                    yield value
                    if value[0] in "{[\"" and "\\u" in value:
                        try:
                            decoded = json.loads(value)
                        except ValueError:
                            continue
                        for _path, text in json_strings(decoded):
                            yield text
