"""The list of a project's dialogues, headed by an "All dialogues" row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from dialog_app.gui import formats
from dialog_app.gui.labels import DIALOGUE_KINDS, label
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.shown_zone import ZoneFollower

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
        self._zone = ZoneFollower(self._all_changed)  # the project's: a dialogue's day is the day there

    def set_rows(self, rows: list[DialogueRow], session: ProjectSession | None = None) -> None:
        """``session``: the project the rows are of, whose zone their days are shown in."""
        self._zone.follow(session)
        total = sum(row.notes for row in rows)
        self.beginResetModel()
        self._rows = [DialogueRow(None, self.tr("All dialogues"), "", None, None, False, total), *rows] if rows else []
        self.endResetModel()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

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
        notes = self.tr("%Ln note(s)", "", row.notes)
        if row.id is None:
            return notes
        parts = []
        if row.starts_at:
            parts.append(formats.date(row.starts_at, self._zone.zone))
        parts.append(label(DIALOGUE_KINDS, row.kind))
        if row.online:
            parts.append(self.tr("online"))
        elif row.place:
            parts.append(row.place)
        parts.append(notes)
        return " · ".join(parts)
