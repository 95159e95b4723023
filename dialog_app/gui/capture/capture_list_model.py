"""The notes of the dialogue being captured, newest first, as a model over ids.

A note typed by the facilitator is inserted at the top at once, marked as saving; it turns into a
saved note when the write queue reports the commit. Nothing is rebuilt on insert: with tens of
thousands of notes, Enter-to-visible stays within one frame. The saved notes' cards are read a page
at a time off the GUI thread (``gui/models/paged_rows.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from enum import StrEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dialog_app.gui.models.paged_rows import PagedRows
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.shown_zone import ZoneFollower

PAGE_SIZE = 60
CACHED_PAGES = 20

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

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows = PagedRows(PAGE_SIZE, CACHED_PAGES, self)  # the saved notes, read off the GUI thread
        self.rows.rows_arrived.connect(self._rows_arrived)
        self.rows.keys_arrived.connect(self._keys_arrived)
        self._local: dict[uuid.UUID, CaptureRow] = {}  # typed here, not yet confirmed on disk
        self._refreshing: set[uuid.UUID] = set()  # read again: gone from the answer means deleted
        self._zone = ZoneFollower(self._repaint_all)  # the project's: the cards' times are shown there

    @property
    def zone(self) -> tzinfo | None:
        """Where the cards' times are shown (the project's zone)."""
        return self._zone.zone

    def _repaint_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    # --- what the screen calls -----------------------------------------------------------------

    def reset(self, ids: list[uuid.UUID], session: ProjectSession | None, source: RowFetcher | None) -> None:
        """Show these notes, their cards read through ``session`` from ``source`` (None: nothing)."""
        self.beginResetModel()
        self.rows.set_source(session, source)
        self._zone.follow(session)
        self.rows.set_keys(list(ids))
        self._local.clear()
        self._refreshing.clear()
        self.endResetModel()

    def insert_typed(self, row: CaptureRow) -> None:
        """Show a note the facilitator just typed, at the top, before it is on disk."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, row.id)
        self._local[row.id] = row
        self.endInsertRows()

    def mark(self, note_id: uuid.UUID, state: SaveState) -> None:
        row = self._local.get(note_id) or self.rows.cached(note_id)
        if row is None:
            return
        updated = replace(row, state=state)
        if state == SaveState.SAVED:
            self._local.pop(note_id, None)
            self.rows.put(note_id, updated)
        else:
            self._local[note_id] = updated
        self._changed(note_id)

    def refresh(self, note_ids: Sequence[uuid.UUID]) -> None:
        """Read these notes again (edited, tagged, deleted elsewhere), off the GUI thread; the cards
        show as they were until then, and those gone to the bin are dropped when the answer comes."""
        known = [i for i in note_ids if i not in self._local and self.rows.cached(i) is not None]
        if known:
            self._refreshing.update(known)
            self.rows.fetch(known)

    def remove(self, note_id: uuid.UUID) -> None:
        row = self.row_of(note_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self.rows.remove(row)
        self._local.pop(note_id, None)
        self._refreshing.discard(note_id)
        self.endRemoveRows()

    def contains(self, note_id: uuid.UUID) -> bool:
        # by the key map, not a scan: a thousand notes tagged in the review table ask this of each
        return note_id in self._local or self.rows.cached(note_id) is not None or self.rows.position(note_id) >= 0

    def note_id(self, row: int) -> uuid.UUID:
        return self.rows.key(row)

    def row_of(self, note_id: uuid.UUID) -> int:
        keys = self.rows.keys  # a list scan: a new note is at the top, where it is found at once
        return keys.index(note_id) if note_id in keys else -1

    def capture_row(self, note_id: uuid.UUID) -> CaptureRow | None:
        row = self.row_of(note_id)
        return self.index(row).data(RowRole) if row >= 0 else None

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

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
            return self.rows.key(index.row())
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
        self.rows.put(row.id, replace(row, text=value, state=SaveState.SAVING))
        self._changed(row.id)
        self.edit_requested.emit(row.id, value)
        return True

    # --- internals -----------------------------------------------------------------------------

    def _row(self, number: int) -> CaptureRow | None:
        """The card's row: typed here, or read (None, an empty card of the same height, until its
        page has come)."""
        return self._local.get(self.rows.key(number)) or self.rows.row(number)

    def _rows_arrived(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first), self.index(last))

    def _keys_arrived(self, keys: list[uuid.UUID], found: dict[uuid.UUID, CaptureRow]) -> None:
        for note_id in keys:
            if note_id not in self._refreshing:
                continue
            self._refreshing.discard(note_id)
            if note_id in self._local:
                continue  # typed again meanwhile: its own row stands
            if note_id in found:
                self._changed(note_id)
            else:
                self.remove(note_id)

    def _changed(self, note_id: uuid.UUID) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)
