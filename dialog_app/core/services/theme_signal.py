"""What the theme learner learns from, read straight from the store: tags and refusals of live notes.

Read through the driver, with ids as the stored hex text: at 100 000 tagged notes turning every id
into a ``uuid.UUID`` (SQLAlchemy's type, then Python-level hashing) cost four times the training
itself. Only theme ids (a few) become UUIDs; note ids stay hex, and only the few notes an
explanation names get a reference ("D2-017", numbered as ``note_refs`` numbers them). After a change
that names its notes, only those are read again (``reread``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dialog_app.core.services.note_refs import NoteRefs

REJECTED = "suggestion_rejected"  # as suggestions.REJECTED (not imported: that module imports the learner)

_THEMES = "SELECT id FROM theme WHERE framework_id = ?"
# One pass over the tagging key (note, theme), which holds both columns ("+" keeps SQLite off the theme
# index, which would fetch every row), less the few binned notes: a third of the time of joining every note.
_TAGGED = ("SELECT note_id, theme_id FROM tagging WHERE +theme_id IN (SELECT id FROM theme WHERE framework_id = ?) "
           "AND note_id NOT IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)")
_REFUSED = ("SELECT note.id, noteevent.detail FROM noteevent JOIN note ON note.id = noteevent.note_id "
            "WHERE noteevent.action = ? AND note.deleted_at IS NULL")
_TAGGED_OF = ("SELECT note.id, tagging.theme_id FROM tagging JOIN note ON note.id = tagging.note_id "
              "WHERE note.deleted_at IS NULL AND tagging.note_id IN ({marks})")
_REFUSED_OF = _REFUSED + " AND noteevent.note_id IN ({marks})"
_IN_CHUNK = 500
_NUMBERING = "SELECT id, dialogue_id FROM note ORDER BY dialogue_id, created_at, seq"


@dataclass
class Signal:
    """Per note (hex id): the framework's themes it carries and those it refused (hex)."""

    themes: set[str] = field(default_factory=set)
    positive: dict[str, set[str]] = field(default_factory=dict)
    rejected: dict[str, set[str]] = field(default_factory=dict)


def read_signal(context, framework_id: uuid.UUID) -> Signal:
    signal = Signal()
    with context.db.read_connection() as connection:
        signal.themes = {row[0] for row in _raw(connection, _THEMES, (framework_id.hex,))}
        _add(signal, _raw(connection, _TAGGED, (framework_id.hex,)), _raw(connection, _REFUSED, (REJECTED,)))
    return signal


def reread(context, signal: Signal, note_ids: Iterable[str]) -> None:
    """Bring ``signal`` up to date for the notes ``note_ids`` only (those changes named since it was read)."""
    ids = list(note_ids)
    for note_id in ids:
        signal.positive.pop(note_id, None)
        signal.rejected.pop(note_id, None)
    with context.db.read_connection() as connection:
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = tuple(ids[start : start + _IN_CHUNK])
            marks = ", ".join("?" * len(chunk))
            tagged = _raw(connection, _TAGGED_OF.format(marks=marks), chunk)
            _add(signal, (row for row in tagged if row[1] in signal.themes),
                 _raw(connection, _REFUSED_OF.format(marks=marks), (REJECTED, *chunk)))


def _add(signal: Signal, tagged: Iterable[tuple[str, str]], refused: Iterable[tuple[str, Any]]) -> None:
    positive, rejected = signal.positive, signal.rejected
    for note_id, theme_id in tagged:
        themes = positive.get(note_id)
        if themes is None:
            positive[note_id] = {theme_id}
        else:
            themes.add(theme_id)
    for note_id, detail in refused:
        theme_id = _theme_of(detail)
        if theme_id in signal.themes:
            rejected.setdefault(note_id, set()).add(theme_id)


def texts_of(context, note_ids: list[str]) -> dict[str, str]:
    """The texts of notes named by hex id (those whose features are not cached yet)."""
    texts: dict[str, str] = {}
    with context.db.read_connection() as connection:
        for start in range(0, len(note_ids), _IN_CHUNK):
            chunk = note_ids[start : start + _IN_CHUNK]
            marks = ", ".join("?" * len(chunk))
            texts.update(_raw(connection, f"SELECT id, text FROM note WHERE id IN ({marks})", tuple(chunk)))
    return texts


def numbering(context) -> dict[str, str]:
    """Every note's reference by hex id, as ``NoteRefs.numbering`` numbers them (one pass over every
    note: ``theme_refs`` keeps it)."""
    number = {d.hex: n for n, d in enumerate(NoteRefs(context).dialogue_order(), start=1)}
    with context.db.read_connection() as connection:
        rows = _raw(connection, _NUMBERING, ())
    counted: dict[int, int] = {}
    refs: dict[str, str] = {}
    for note_id, dialogue_id in rows:
        dialogue = number.get(dialogue_id, 0)
        counted[dialogue] = counted.get(dialogue, 0) + 1
        refs[note_id] = f"D{dialogue}-{counted[dialogue]:03d}"
    return refs


def count_notes(context, note_ids: Iterable[str]) -> int:
    """How many of the notes (hex ids) exist, binned or not."""
    ids, found = list(note_ids), 0
    with context.db.read_connection() as connection:
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = tuple(ids[start : start + _IN_CHUNK])
            marks = ", ".join("?" * len(chunk))
            found += next(iter(_raw(connection, f"SELECT count(*) FROM note WHERE id IN ({marks})", chunk)))[0]
    return found


def changed_notes(before: Signal, now: Signal) -> set[str]:
    """The notes whose tags or refusals differ between two signals (come, gone or changed)."""
    changed: set[str] = set()
    for old, new in ((before.positive, now.positive), (before.rejected, now.rejected)):
        changed.update(n for n, themes in new.items() if old.get(n) != themes)
        changed.update(n for n in old if n not in new)
    return changed


def _raw(connection, sql: str, parameters: tuple) -> list[tuple]:
    """Rows as plain tuples from the sqlite3 connection under SQLAlchemy's (its Row objects cost a third more)."""
    return connection.connection.driver_connection.execute(sql, parameters)


def _theme_of(detail) -> str | None:
    try:
        value = json.loads(detail) if isinstance(detail, str) else detail
        return uuid.UUID(str(value["theme_id"])).hex
    except (TypeError, KeyError, ValueError):  # a malformed event (hand-edited, merged)
        return None
