"""Themes × stakeholder groups (or dialogues) as a table of note counts, with the filter behind each cell.

Rows: the active framework's themes in reading order, then the notes with no theme of the
framework, then all notes. Columns: the theme's total (a bar, so the chart stays in view however
many groups follow), then the groups (or dialogues). Each cell knows the NoteFilter that lists exactly the notes it counts, or None when no filter can.
"""

from __future__ import annotations

import textwrap
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPixmap

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui import formats
from dialog_app.gui.widgets import shading
from dialog_app.gui.overview.matrix_data import BY_DIALOGUE, BY_GROUP, Column, MatrixData

CountRole = Qt.ItemDataRole.UserRole + 1  # int: the notes the cell counts
FilterRole = Qt.ItemDataRole.UserRole + 2  # NoteFilter | None: what clicking the cell shows
BarRole = Qt.ItemDataRole.UserRole + 3  # float 0..1: the theme's bar length, in the total column only
BarColourRole = Qt.ItemDataRole.UserRole + 4  # QColor: the theme's colour

NO_THEME, TOTAL = "no theme", "total"
_Index = QModelIndex | QPersistentModelIndex


class CountMatrixModel(QAbstractTableModel):
    def __init__(self, palette: Callable[[], QPalette] = QPalette, parent=None) -> None:
        """``palette`` gives the view's palette as it is now: the shades follow a switch to dark."""
        super().__init__(parent)
        self._data: MatrixData | None = None
        self._axis = BY_GROUP
        self._palette = palette
        self._swatches: dict[str, QPixmap] = {}

    # --- feeding ---------------------------------------------------------------------------------

    def set_matrix(self, data: MatrixData | None) -> None:
        self.beginResetModel()
        self._data = data
        self.endResetModel()

    def set_axis(self, axis: str) -> None:
        """Columns by stakeholder group (BY_GROUP) or by dialogue (BY_DIALOGUE)."""
        if axis not in (BY_GROUP, BY_DIALOGUE):
            raise ValueError(axis)
        self.beginResetModel()
        self._axis = axis
        self.endResetModel()

    @property
    def axis(self) -> str:
        return self._axis

    # --- shape -----------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return self._data.columns[self._axis] if self._data else []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._data is None else len(self._data.themes) + 2

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._data is None else len(self._columns()) + 1

    def _row_key(self, row: int) -> uuid.UUID | str:
        themes = self._data.themes
        return themes[row].id if row < len(themes) else (NO_THEME if row == len(themes) else TOTAL)

    def _column_key(self, column: int) -> Column | str:
        return TOTAL if column == 0 else self._columns()[column - 1]

    @staticmethod
    def total_column() -> int:
        """The column of the themes' totals and their bars."""
        return 0

    # --- counts and filters ----------------------------------------------------------------------

    def count(self, row: int, column: int) -> int:
        data, theme, where = self._data, self._row_key(row), self._column_key(column)
        theme_id = None if theme == NO_THEME else theme
        if theme == TOTAL:
            return data.total_notes if where == TOTAL else data.column_totals[self._axis].get(where.id, 0)
        if where == TOTAL:
            return data.per_theme.get(theme_id, 0)
        return data.cells[self._axis].get((theme_id, where.id), 0)

    def note_filter(self, row: int, column: int) -> NoteFilter | None:
        """The filter that lists exactly the notes of the cell, or None when no NoteFilter can."""
        if self._data is None or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        fields: dict[str, Any] = {}
        theme, where = self._row_key(row), self._column_key(column)
        if theme == NO_THEME:
            if not self._data.no_theme_is_untagged:
                return None
            fields["untagged"] = True
        elif theme != TOTAL:
            fields["theme_ids"] = frozenset({theme})
        if where != TOTAL:
            if where.id is None:  # notes with no group: the filter has no way to ask for them
                return None
            fields["group_ids" if self._axis == BY_GROUP else "dialogue_ids"] = frozenset({where.id})
        return NoteFilter(**fields)

    def header_filter(self, orientation: Qt.Orientation, section: int) -> NoteFilter | None:
        """A row's header stands for its theme; a column's for its group or dialogue."""
        if orientation == Qt.Orientation.Vertical:
            return self.note_filter(section, self.total_column())
        return self.note_filter(self.rowCount() - 1, section)

    # --- what is shown ---------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._data is None:
            return None
        row, column = index.row(), index.column()
        is_total = self._row_key(row) == TOTAL or self._column_key(column) == TOTAL
        if role == CountRole:
            return self.count(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            count = self.count(row, column)
            return formats.number(count) if count or is_total else ""
        if role == FilterRole:
            return self.note_filter(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self._background(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(shading.text_on(self._palette(), self._background(row, column)))
        if role == Qt.ItemDataRole.FontRole and self._row_key(row) == TOTAL:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._explain(row, column)
        if column == self.total_column() and self._row_key(row) != TOTAL:
            if role == BarRole:
                largest = max(self._data.per_theme.values(), default=0)
                return self.count(row, column) / largest if largest else 0.0
            if role == BarColourRole:
                theme = self._row_key(row)
                if theme == NO_THEME:
                    return self._palette().color(QPalette.ColorRole.PlaceholderText)
                return QColor(self._data.themes[row].colour)
        return None

    def _background(self, row: int, column: int) -> QColor:
        palette = self._palette()
        if self._row_key(row) == TOTAL or self._column_key(column) == TOTAL:
            return palette.color(QPalette.ColorRole.AlternateBase)
        largest = self._data.max_cell.get(self._axis, 0)
        if self._row_key(row) == NO_THEME:  # a to-do rather than a finding: a light grey, same scale
            return shading.shade(palette, self.count(row, column), largest, QPalette.ColorRole.Text, 0.3)
        return shading.shade(palette, self.count(row, column), largest)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._data is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            where = self._column_key(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return _wrapped(self._column_name(where), 14 if self._axis == BY_GROUP else 18)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._explain(self.rowCount() - 1, section)
            if role == Qt.ItemDataRole.FontRole and where == TOTAL:
                return _bold()
            return None
        if not 0 <= section < self.rowCount():
            return None
        theme = self._row_key(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_name(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._explain(section, self.total_column())
        if role == Qt.ItemDataRole.FontRole and theme == TOTAL:
            return _bold()
        if role == Qt.ItemDataRole.DecorationRole and theme not in (NO_THEME, TOTAL):
            return self._swatch(self._data.themes[section].colour)
        return None

    def _row_name(self, row: int) -> str:
        theme = self._row_key(row)
        if theme == NO_THEME:
            return self.tr("No theme in this framework")
        if theme == TOTAL:
            return self.tr("All notes")
        line = self._data.themes[row]
        return "    " * line.depth + (f"{line.code}  {line.name}" if line.code else line.name)

    def _theme_name(self, row: int) -> str:
        line = self._data.themes[row]
        return f"{line.code} {line.name}" if line.code else line.name

    def _column_name(self, where: Column | str) -> str:
        if where == TOTAL:
            return self.tr("All groups") if self._axis == BY_GROUP else self.tr("All dialogues")
        return where.name or self.tr("No group")

    def _explain(self, row: int, column: int) -> str:
        """A sentence for the cell ("12 notes from Civil society tagged Digital competence") and
        what clicking it does."""
        n, theme, where = self.count(row, column), self._row_key(row), self._column_key(column)
        if where == TOTAL:
            if theme == TOTAL:
                text = self.tr("%n note(s) in the project", "", n)
            elif theme == NO_THEME:
                text = self.tr("%n note(s) with no theme of this framework", "", n)
            else:
                text = self.tr("%n note(s) tagged %1", "", n)
        elif self._axis == BY_DIALOGUE:
            text = {
                TOTAL: self.tr("%n note(s) from the dialogue “%2”", "", n),
                NO_THEME: self.tr("%n note(s) from the dialogue “%2” with no theme of this framework", "", n),
            }.get(theme) or self.tr("%n note(s) from the dialogue “%2” tagged %1", "", n)
        elif where.id is None:
            text = {
                TOTAL: self.tr("%n note(s) with no stakeholder group", "", n),
                NO_THEME: self.tr("%n note(s) with no stakeholder group and no theme of this framework", "", n),
            }.get(theme) or self.tr("%n note(s) with no stakeholder group tagged %1", "", n)
        else:
            text = {
                TOTAL: self.tr("%n note(s) from %2", "", n),
                NO_THEME: self.tr("%n note(s) from %2 with no theme of this framework", "", n),
            }.get(theme) or self.tr("%n note(s) from %2 tagged %1", "", n)
        if theme not in (NO_THEME, TOTAL):
            text = text.replace("%1", self._theme_name(row))
        if where != TOTAL:
            text = text.replace("%2", self._column_name(where))
        return f"{text}\n{self._hint(row, column)}"

    def _hint(self, row: int, column: int) -> str:
        if self.note_filter(row, column) is not None:
            hint = self.tr("Click, or press Enter, to list these notes.")
        elif self._row_key(row) == NO_THEME and not self._data.no_theme_is_untagged:
            hint = self.tr("Some of these notes have themes of another framework, so the note list "
                           "cannot pick them out.")
        else:
            hint = self.tr("The note list cannot pick out notes with no stakeholder group.")
        if self._row_key(row) == TOTAL:
            hint = self.tr("A note with several themes is counted once here.") + "\n" + hint
        return hint

    def _swatch(self, colour: str) -> QPixmap:
        if colour not in self._swatches:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(0, 0, 12, 12, 3, 3)
            painter.end()
            self._swatches[colour] = pixmap
        return self._swatches[colour]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _wrapped(name: str, width: int, lines: int = 3) -> str:
    """A long group or dialogue name on up to three header lines, the rest elided."""
    wrapped = textwrap.wrap(name, width, break_long_words=False) or [name]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1].rstrip(" ,.:–-") + "…"
    return "\n".join(wrapped)
