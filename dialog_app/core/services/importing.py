"""Storing an ImportPlan in the project: one transaction, one undo step, and a record of the files
imported so that the same file coming twice is noticed.

The readers (io/imports) make the plan; ``Project.imports.apply`` stores it. The writing itself is
in import_writing.py, the undo in import_undo.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as upsert

from dialog_app.core.changes import ChangeKind
from dialog_app.core.history import Action, Step
from dialog_app.core.import_plan import ImportPlan
from dialog_app.core.jobs import Job
from dialog_app.core.models import AgendaItem, Note, Participant, ProjectSetting, StakeholderGroup, Theme, ThemeFramework
from dialog_app.core.origins import parse_origin
from dialog_app.core.services.context import ServiceContext, as_uuid
from dialog_app.core.services.import_undo import Kept, remove, restore
from dialog_app.core.services.import_writing import ImportTarget, Made, PlanWriter, note_key
from dialog_app.core.timeutil import utc_now

__all__ = ["ImportResult", "ImportService", "ImportTarget", "PastImport"]

IMPORTS_SETTING = "imports"
_SETTING, _NOTE, _AGENDA = ProjectSetting.__table__, Note.__table__, AgendaItem.__table__


@dataclass(frozen=True)
class ImportResult:
    """What one import stored (the review table can show ``note_ids``)."""

    dialogue_id: uuid.UUID | None  # None: the plan held themes only
    note_ids: tuple[uuid.UUID, ...]
    dialogue_created: bool
    questions_created: int
    groups_created: int
    themes_created: int
    syntheses_created: int
    persons_created: int
    tagged_notes: int
    skipped_existing: int
    bad_rows: int  # rows the reader could not read: not stored


@dataclass(frozen=True)
class PastImport:
    """One earlier import of a file, from the project's record of imports."""

    file_name: str
    sha256: str
    at: datetime
    dialogue_id: uuid.UUID | None
    notes: int
    skipped: int
    bad_rows: int


class ImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def already_there(self, plan: ImportPlan, dialogue_id: uuid.UUID | str) -> int:
        """How many of the plan's notes the dialogue already holds (not counting the bin)."""
        stored = self._stored_keys(as_uuid(dialogue_id, "dialogue id"))
        return sum(note_key(plan.file_name, note) in stored for note in plan.notes)

    def imported_before(self, sha256: str) -> list[PastImport]:
        """Earlier imports of the file with these bytes, oldest first."""
        with self._ctx.db.read_connection() as connection:
            entries = _record(connection)
        return [_past(entry) for entry in entries if entry.get("sha256") == sha256]

    def history(self) -> list[PastImport]:
        """Every import the project remembers, oldest first."""
        with self._ctx.db.read_connection() as connection:
            return [_past(entry) for entry in _record(connection)]

    def apply(self, plan: ImportPlan, target: ImportTarget, job: Job | None = None) -> ImportResult:
        """Store the plan's notes (bad rows left out) where ``target`` says, as one undoable step.

        Everything is one transaction: when ``job`` is cancelled (``Cancelled``) or anything
        fails, nothing is stored. With ``target.skip_existing`` the notes the dialogue already
        holds (``already_there``) are left out and counted.
        """
        job = job or Job()
        now = utc_now()
        skip = self._stored_keys(target.dialogue_id) if target.skip_existing and target.dialogue_id else set()
        entry_id = str(uuid.uuid4())
        with self._ctx.db.write_connection() as connection:
            made = PlanWriter(connection, self._ctx.user, now, job).write(plan, target, skip)
            dialogue_id = made.dialogue_id or target.dialogue_id
            skipped = len(plan.notes) - len(made.note_ids)
            entry = {"id": entry_id, "file_name": plan.file_name, "sha256": plan.sha256, "at": now.isoformat(),
                     "dialogue_id": str(dialogue_id) if dialogue_id else None, "notes": len(made.note_ids), "skipped": skipped,
                     "bad_rows": len(plan.bad_rows)}
            _write_record(connection, [*_record(connection), entry])
        self._publish(made)
        self._record_step(made, entry)
        return ImportResult(
            dialogue_id=dialogue_id, note_ids=tuple(made.note_ids), dialogue_created=made.dialogue_id is not None,
            questions_created=made.count(AgendaItem), groups_created=made.count(StakeholderGroup),
            themes_created=made.count(Theme), syntheses_created=sum(bool(t.synthesis.strip()) for t in plan.themes),
            persons_created=made.count(Participant), tagged_notes=made.tagged, skipped_existing=skipped,
            bad_rows=len(plan.bad_rows),
        )

    def _record_step(self, made: Made, entry: dict[str, Any]) -> None:
        kept: list[Kept] = []

        def undo() -> None:
            with self._ctx.db.write_connection() as connection:
                kept[:] = [remove(connection, made)]
                _write_record(connection, [e for e in _record(connection) if e.get("id") != entry["id"]])
            self._publish(made)

        def redo() -> None:
            with self._ctx.db.write_connection() as connection:
                restore(connection, kept[0])
                _write_record(connection, [*_record(connection), entry])
            self._publish(made)

        self._ctx.history.record(Step(Action.IMPORT, len(made.note_ids), undo=undo, redo=redo))

    def _publish(self, made: Made) -> None:
        publish = self._ctx.changes.publish
        for model, kind in ((ThemeFramework, ChangeKind.THEMES), (Theme, ChangeKind.THEMES),
                            (AgendaItem, ChangeKind.AGENDA), (StakeholderGroup, ChangeKind.PARTICIPATION),
                            (Participant, ChangeKind.PARTICIPATION)):
            if made.rows.get(model):
                publish(kind, made.rows[model])
        if made.rows.get(Theme):
            publish(ChangeKind.SYNTHESIS, made.rows[Theme])
        if made.dialogue_id is not None:
            publish(ChangeKind.DIALOGUES, [made.dialogue_id])
        if made.note_ids:
            publish(ChangeKind.NOTES, made.note_ids)
        if made.tagged:
            publish(ChangeKind.TAGS, made.note_ids)
        publish(ChangeKind.SETTINGS)

    def _stored_keys(self, dialogue_id: uuid.UUID) -> set[tuple]:
        """The identity (see ``import_writing.note_key``) of every live note of the dialogue, in both
        forms: by time, and by file and place when the note was imported."""
        statement = (
            select(_NOTE.c.text, _NOTE.c.created_at, _NOTE.c.source_ref, _AGENDA.c.question)
            .select_from(_NOTE.outerjoin(_AGENDA, _AGENDA.c.id == _NOTE.c.agenda_item_id))
            .where(_NOTE.c.dialogue_id == dialogue_id, _NOTE.c.deleted_at.is_(None))
        )
        keys: set[tuple] = set()
        with self._ctx.db.read_connection() as connection:
            for text, created_at, ref, question in connection.execute(statement):
                question = (question or "").strip().casefold()
                keys.add(("time", question, text, created_at.timestamp()))
                origin = parse_origin(ref)
                if origin is not None:
                    keys.add(("origin", question, text, origin.file_name, origin.place))
        return keys


def _record(connection) -> list[dict[str, Any]]:
    value = connection.execute(select(_SETTING.c.value).where(_SETTING.c.key == IMPORTS_SETTING)).scalar()
    return list(value) if isinstance(value, list) else []


def _write_record(connection, entries: list[dict[str, Any]]) -> None:
    if not entries:  # the undo of the first import leaves the settings as they were
        connection.execute(delete(_SETTING).where(_SETTING.c.key == IMPORTS_SETTING))
        return
    statement = upsert(_SETTING).values(key=IMPORTS_SETTING, value=entries)
    connection.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": entries}))


def _past(entry: dict[str, Any]) -> PastImport:
    return PastImport(
        file_name=entry["file_name"], sha256=entry["sha256"], at=datetime.fromisoformat(entry["at"]),
        dialogue_id=uuid.UUID(entry["dialogue_id"]) if entry.get("dialogue_id") else None, notes=entry["notes"], skipped=entry["skipped"],
        bad_rows=entry["bad_rows"],
    )
