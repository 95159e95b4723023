"""Filters the writer saved under a name ("Unga om trygghet, godkända"), kept in the project file."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import datetime
from typing import Any

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.models import ProjectSetting
from dialog_app.core.services.context import ServiceContext, required_text
from dialog_app.core.services.note_filter import NoteFilter

SETTING = "saved_filters"
_ID_SETS = {"dialogue_ids", "agenda_item_ids", "group_ids", "theme_ids", "note_ids"}
_TEXT_SETS = {"kinds", "statuses"}
_TIMES = {"created_from", "created_to"}


def filter_to_json(note_filter: NoteFilter) -> dict[str, Any]:
    """A filter as plain JSON: only the fields that filter something."""
    out: dict[str, Any] = {}
    for field in fields(NoteFilter):
        value = getattr(note_filter, field.name)
        if value == field.default or (field.name in _ID_SETS | _TEXT_SETS and not value):
            continue
        if field.name in _ID_SETS:
            value = sorted(str(v) for v in value)
        elif field.name in _TEXT_SETS:
            value = sorted(value)
        elif field.name in _TIMES:
            value = value.isoformat()
        out[field.name] = value
    return out


def filter_from_json(data: dict[str, Any]) -> NoteFilter:
    """The filter back; unknown keys (from a newer app) are ignored."""
    known = {f.name for f in fields(NoteFilter)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue
        if name in _ID_SETS:
            value = frozenset(uuid.UUID(v) for v in value)
        elif name in _TEXT_SETS:
            value = frozenset(value)
        elif name in _TIMES:
            value = datetime.fromisoformat(value)
        values[name] = value
    return NoteFilter(**values)


class SavedFilterService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def save(self, name: str, note_filter: NoteFilter) -> None:
        """Save (or replace) a filter under a name."""
        name = required_text(name, "a saved filter needs a name")
        self._update(lambda saved: saved.__setitem__(name, filter_to_json(note_filter)))

    def delete(self, name: str) -> None:
        def remove(saved: dict) -> None:
            if name not in saved:
                raise NotFoundError("saved filter", name)
            del saved[name]

        self._update(remove)

    def names(self) -> list[str]:
        return sorted(self._all(), key=str.casefold)

    def get(self, name: str) -> NoteFilter:
        saved = self._all()
        if name not in saved:
            raise NotFoundError("saved filter", name)
        return filter_from_json(saved[name])

    def _all(self) -> dict[str, dict]:
        with self._ctx.db.read() as session:
            row = session.get(ProjectSetting, SETTING)
            return dict(row.value) if row and isinstance(row.value, dict) else {}

    def _update(self, change) -> None:
        with self._ctx.db.write() as session:
            row = session.get(ProjectSetting, SETTING)
            saved = dict(row.value) if row and isinstance(row.value, dict) else {}
            change(saved)
            session.merge(ProjectSetting(key=SETTING, value=saved))
        self._ctx.changes.publish(ChangeKind.SETTINGS)
