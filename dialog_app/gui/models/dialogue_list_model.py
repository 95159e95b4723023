"""The list of a project's dialogues, headed by an "All dialogues" row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from dialog_app.gui.labels import DIALOGUE_KINDS, label

DialogueIdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class DialogueRow:
    id: uuid.UUID | None  # None: the "All dialogues" row
    title: str
    kind: str
    starts_at: datetime | None
    place: str | None
    online: bool
    notes: int


class DialogueListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DialogueRow] = []

    def set_rows(self, rows: list[DialogueRow]) -> None:
        total = sum(row.notes for row in rows)
        self.beginResetModel()
        self._rows = [DialogueRow(None, self.tr("All dialogues"), "", None, None, False, total), *rows] if rows else []
        self.endResetModel()

    def row_of(self, dialogue_id: uuid.UUID | None) -> int:
        for number, row in enumerate(self._rows):
            if row.id == dialogue_id:
                return number
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == DetailRole:
            return self._detail(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{self._detail(row)}"
        if role == DialogueIdRole:
            return row.id
        return None

    def _detail(self, row: DialogueRow) -> str:
        notes = self.tr("%n note(s)", "", row.notes)
        if row.id is None:
            return notes
        parts = []
        if row.starts_at:
            parts.append(row.starts_at.astimezone().strftime("%Y-%m-%d"))
        parts.append(label(DIALOGUE_KINDS, row.kind))
        if row.online:
            parts.append(self.tr("online"))
        elif row.place:
            parts.append(row.place)
        parts.append(notes)
        return " · ".join(parts)
