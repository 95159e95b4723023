"""The bin's operations (Edit ▸ Bin…): read what is in it, restore notes from it, and empty it
for good (one undo step until the project is closed). No dialogs here: bin_dialog.py asks first."""

from __future__ import annotations

import uuid

from dialog_app.core.history import Action
from dialog_app.core.services.bin_contents import BinEntry
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


def read_bin(session: ProjectSession) -> QueryOp[list[BinEntry]]:
    return QueryOp(session, lambda project, _job: project.bin.entries())


def restore_from_bin(session: ProjectSession, note_ids: list[uuid.UUID]) -> WriteOp[int]:
    return WriteOp(session, lambda project, _job: project.bin.restore(note_ids), undo_as=Action.RESTORE)


def empty_bin(session: ProjectSession, note_ids: list[uuid.UUID] | None) -> WriteOp[int]:
    """These binned notes (None: the whole bin) removed for good, their text wiped from the file."""
    return WriteOp(session, lambda project, job: project.bin.empty(note_ids, job=job), undo_as=Action.EMPTY_BIN)
