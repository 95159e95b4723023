"""The notes of the dialogue being captured, newest first, as a model over ids.

A note typed by the facilitator is inserted at the top at once, marked as saving; it turns into a
saved note when the write queue reports the commit. Nothing is rebuilt on insert: with tens of
thousands of notes, Enter-to-visible stays within one frame.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

PAGE_SIZE = 60

NoteIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


class SaveState(StrEnum):
    SAVING = "saving"
    SAVED = "saved"
    FAILED = "failed"


@dataclass(frozen=True)
class CaptureRow:
    """What a card in the list shows."""

    id: uuid.UUID
    text: str
    created_at: datetime
    group: str
    table_label: str
    kind: str
    votes: int
    key_quote: bool
    hidden_from_projector: bool
    themes: tuple[tuple[uuid.UUID, str, str, str], ...]  # (id, code, name, colour) of its themes
    state: SaveState = SaveState.SAVED


RowFetcher = Callable[[Sequence[uuid.UUID]], dict[uuid.UUID, CaptureRow]]


class CaptureListModel(QAbstractListModel):
    edit_requested = Signal(object, str)  # note id, new text: the screen saves it through the queue

    def __init__(self, fetch_rows: RowFetcher | None = None, parent=None) -> None:
        super().__init__(parent)
        self._fetch_rows: RowFetcher = fetch_rows or (lambda ids: {})
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, CaptureRow] = {}
        self._local: dict[uuid.UUID, CaptureRow] = {}  # typed here, not yet confirmed on disk

    # --- what the screen calls -----------------------------------------------------------------

    def reset(self, ids: list[uuid.UUID], fetch_rows: RowFetcher) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._fetch_rows = fetch_rows
        self._rows.clear()
        self._local.clear()
        self.endResetModel()

    def insert_typed(self, row: CaptureRow) -> None:
        """Show a note the facilitator just typed, at the top, before it is on disk."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._ids.insert(0, row.id)
        self._local[row.id] = row
        self.endInsertRows()

    def mark(self, note_id: uuid.UUID, state: SaveState) -> None:
        row = self._local.get(note_id) or self._rows.get(note_id)
        if row is None:
            return
        updated = replace(row, state=state)
        if state == SaveState.SAVED:
            self._local.pop(note_id, None)
            self._rows[note_id] = updated
        else:
            self._local[note_id] = updated
        self._changed(note_id)

    def refresh(self, note_ids: Sequence[uuid.UUID]) -> None:
        """Fetch these notes again (edited, tagged, deleted elsewhere); drop those gone to the bin."""
        known = [i for i in note_ids if i in self._rows or i in self._local]
        if not known:
            return
        fresh = self._fetch_rows([i for i in known if i not in self._local])
        for note_id in known:
            if note_id in self._local:
                continue
            if note_id in fresh:
                self._rows[note_id] = fresh[note_id]
                self._changed(note_id)
            else:
                self.remove(note_id)

    def remove(self, note_id: uuid.UUID) -> None:
        if note_id not in self._ids:
            return
        row = self._ids.index(note_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        self._ids.pop(row)
        self._rows.pop(note_id, None)
        self._local.pop(note_id, None)
        self.endRemoveRows()

    def contains(self, note_id: uuid.UUID) -> bool:
        return note_id in self._rows or note_id in self._local or note_id in self._ids

    def note_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def row_of(self, note_id: uuid.UUID) -> int:
        return self._ids.index(note_id) if note_id in self._ids else -1

    def capture_row(self, note_id: uuid.UUID) -> CaptureRow | None:
        row = self.row_of(note_id)
        return self.index(row).data(RowRole) if row >= 0 else None

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self._row(index.row()) if index.isValid() else None
        if row is not None and row.state == SaveState.SAVED:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == NoteIdRole:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._row(index.row())
        if row is None or not isinstance(value, str) or not value.strip() or value == row.text:
            return False
        self._rows[row.id] = replace(row, text=value, state=SaveState.SAVING)
        self._changed(row.id)
        self.edit_requested.emit(row.id, value)
        return True

    # --- internals -----------------------------------------------------------------------------

    def _row(self, number: int) -> CaptureRow | None:
        note_id = self._ids[number]
        found = self._local.get(note_id) or self._rows.get(note_id)
        if found is None:
            start = (number // PAGE_SIZE) * PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows and i not in self._local]
            self._rows.update(self._fetch_rows(page))
            found = self._rows.get(note_id)
        return found

    def _changed(self, note_id: uuid.UUID) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)
