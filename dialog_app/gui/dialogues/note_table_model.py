"""A read-only table of notes (the Dialogues tab) that holds only their ids.

With 100 000 notes the model keeps 100 000 UUIDs; the rows on screen are read a page at a time, off
the GUI thread, by the shared engine in ``paged_rows.py``, and kept in a small cache.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.models.paged_rows import PAGE_SIZE, Listing, PagedRows
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.shown_zone import ZoneFollower

NoteIdRole = Qt.ItemDataRole.UserRole + 1
__all__ = ["PAGE_SIZE", "NoteIdRole", "NoteRow", "NoteTableModel"]


@dataclass(frozen=True)
class NoteRow:
    """What one table row shows, already resolved to names."""

    created_at: datetime
    dialogue: str
    question: str
    group: str
    table_label: str
    kind: str
    status: str
    votes: int
    key_quote: bool
    text: str


RowFetcher = Callable[[Sequence[uuid.UUID]], dict[uuid.UUID, NoteRow]]


class NoteTableModel(QAbstractTableModel):
    COLUMNS = ("time", "text", "question", "group", "kind", "status", "dialogue")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows = PagedRows(parent=self)
        self.rows.rows_arrived.connect(self._rows_arrived)
        self._zone = ZoneFollower(self._all_changed)  # the open project's, for the times column

    # --- what the window calls -----------------------------------------------------------------

    def set_ids(self, ids: list[uuid.UUID]) -> None:
        self.beginResetModel()
        self.rows.set_keys(ids)
        self.endResetModel()

    def show_listing(self, listing: Listing) -> None:
        """Show these notes, with the rows read together with their ids (no blank first screen)."""
        self.set_ids(listing.keys)
        self.rows.put_listed(listing)

    def set_source(self, session: ProjectSession | None, source: RowFetcher | None) -> None:
        """Where rows come from (a NoteRowSource built off the GUI thread); None: read nothing."""
        self.rows.set_source(session, source)
        self._zone.follow(session)
        self._all_changed()

    def note_id(self, row: int) -> uuid.UUID:
        return self.rows.key(row)

    def invalidate(self) -> None:
        """Read the shown rows again (notes were edited); they show as they were until then."""
        self.rows.invalidate()

    def _all_changed(self) -> None:
        if len(self.rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def _rows_arrived(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "time": self.tr("Time"),
            "dialogue": self.tr("Dialogue"),
            "question": self.tr("Question"),
            "group": self.tr("Stakeholder group"),
            "kind": self.tr("Kind"),
            "status": self.tr("Status"),
            "text": self.tr("Note"),
        }[self.COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == NoteIdRole:
            return self.rows.key(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: NoteRow | None = self.rows.row(index.row())  # None until its page has been read
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text if column == "text" else None
        return self._display(row, column)

    def _display(self, row: NoteRow, column: str) -> str:
        if column == "time":
            return formats.date_time(row.created_at, self._zone.zone)
        if column == "kind":
            return label(NOTE_KINDS, row.kind)
        if column == "status":
            return label(NOTE_STATUSES, row.status)
        if column == "text":
            return " ".join(row.text.split())  # one line in the table; the tooltip keeps the lines
        return getattr(row, column)
