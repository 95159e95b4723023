"""A read-only table of notes that holds only their ids and fetches rows a page at a time.

With 100 000 notes the model keeps 100 000 UUIDs; the texts of the few hundred rows on screen are
fetched when the view asks for them, and kept in a small cache.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label

NoteIdRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
CACHED_PAGES = 20


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

    def __init__(self, fetch_rows: RowFetcher, parent=None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[uuid.UUID] = []
        self._pages: OrderedDict[int, dict[uuid.UUID, NoteRow]] = OrderedDict()

    # --- what the window calls -----------------------------------------------------------------

    def set_ids(self, ids: list[uuid.UUID]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def set_fetcher(self, fetch_rows: RowFetcher) -> None:
        self._fetch_rows = fetch_rows

    def note_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def invalidate(self) -> None:
        """Forget cached rows (notes were edited); the view asks again for what it shows."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

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
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text if column == "text" else None
        return self._display(row, column)

    def _display(self, row: NoteRow, column: str) -> str:
        if column == "time":
            return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == "kind":
            return label(NOTE_KINDS, row.kind)
        if column == "status":
            return label(NOTE_STATUSES, row.status)
        if column == "text":
            return " ".join(row.text.split())  # one line in the table; the tooltip keeps the lines
        return getattr(row, column)

    def _row(self, number: int) -> NoteRow | None:
        page_number = number // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            page = self._fetch_rows(self._ids[start : start + PAGE_SIZE])
            self._pages[page_number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[number])
