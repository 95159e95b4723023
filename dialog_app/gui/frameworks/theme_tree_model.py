"""The framework editor's theme tree; a drop on it becomes a move request, and never moves rows.

The database decides where a theme ends up: a drop (or Alt+arrow key) is turned into "theme, new
parent, position among the new siblings" for ``move_theme``, and the tree is read again afterwards.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from dialog_app.core.records import ThemeRecord
from dialog_app.gui.widgets.readable import quiet_text

THEME_MIME = "application/x-dialog-app-theme"
ThemeIdRole = Qt.ItemDataRole.UserRole + 1
Move = tuple[uuid.UUID, uuid.UUID | None, int]  # theme, new parent (None: top level), position


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small rounded square of the theme's colour, with a darker rim so pale colours show."""
    fill = QColor(colour) if QColor.isValidColorName(colour) else QColor("#808080")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(fill.darker(140))
    painter.setBrush(fill)
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


def theme_label(theme: ThemeRecord) -> str:
    return f"{theme.code}  {theme.name}" if theme.code else theme.name


class ThemeTreeModel(QStandardItemModel):
    move_requested = Signal(object, object, int)  # theme id, new parent id or None, position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: dict[uuid.UUID, QStandardItem] = {}
        self._headers()

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Notes")])
        self.horizontalHeaderItem(1).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def show_themes(self, themes: list[ThemeRecord], notes: dict[uuid.UUID, int]) -> None:
        """Fill the tree from themes in reading order (a parent before its sub-themes)."""
        self.removeRows(0, self.rowCount())  # not clear(): the columns and the view's header stay
        self._items = {}
        muted = QBrush(quiet_text(QApplication.palette()))  # the disabled grey read 1.6:1
        for theme in themes:
            name = QStandardItem(swatch(theme.colour), theme_label(theme))
            name.setData(theme.id, ThemeIdRole)
            name.setToolTip(self._tooltip(theme))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            count = notes.get(theme.id, 0)
            used = QStandardItem(str(count))
            used.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            used.setToolTip(self.tr("%n note(s) tagged with this theme", "", count))
            used.setFlags(name.flags())
            if not count:
                used.setForeground(muted)
            parent = self._items.get(theme.parent_id) if theme.parent_id else None
            (parent or self.invisibleRootItem()).appendRow([name, used])
            self._items[theme.id] = name

    def _tooltip(self, theme: ThemeRecord) -> str:
        lines = [theme.description] if theme.description else []
        if theme.keywords:
            lines.append(self.tr("Keywords: %1").replace("%1", ", ".join(theme.keywords)))
        return "\n".join(lines)

    # --- finding -------------------------------------------------------------------------------

    def index_of(self, theme_id: uuid.UUID | None) -> QModelIndex:
        item = self._items.get(theme_id) if theme_id is not None else None
        return item.index() if item is not None else QModelIndex()

    def theme_id(self, index: QModelIndex | QPersistentModelIndex) -> uuid.UUID | None:
        return index.sibling(index.row(), 0).data(ThemeIdRole) if index.isValid() else None

    def parent_id(self, theme_id: uuid.UUID) -> uuid.UUID | None:
        return self.theme_id(self.index_of(theme_id).parent())

    def inside(self, theme_id: uuid.UUID | None, ancestor_id: uuid.UUID) -> bool:
        """Whether the theme is ``ancestor_id`` or one of its sub-themes."""
        while theme_id is not None:
            if theme_id == ancestor_id:
                return True
            theme_id = self.parent_id(theme_id)
        return False

    def _children(self, parent_id: uuid.UUID | None) -> int:
        item = self._items.get(parent_id) if parent_id is not None else self.invisibleRootItem()
        return item.rowCount() if item is not None else 0

    # --- dragging and dropping -----------------------------------------------------------------

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():  # the empty space below the themes: a drop there moves to the top level
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [THEME_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        theme_id = next((self.theme_id(i) for i in indexes if self.theme_id(i) is not None), None)
        if theme_id is not None:
            data.setData(THEME_MIME, theme_id.hex.encode("ascii"))
        return data

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        theme_id = _dragged(data)
        return theme_id is not None and self.drop_move(theme_id, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        """Ask for the move and refuse the drop, so that the view removes and inserts nothing."""
        theme_id = _dragged(data)
        move = self.drop_move(theme_id, row, parent) if theme_id is not None else None
        if move is not None:
            self.move_requested.emit(*move)
        return False

    def drop_move(self, theme_id: uuid.UUID, row: int, parent: QModelIndex | QPersistentModelIndex) -> Move | None:
        """The move a drop means: ``row`` -1 is onto ``parent`` (last of its sub-themes), else
        before the ``row``-th child of ``parent``; None when it would change nothing or is not
        possible (onto itself or one of its own sub-themes)."""
        if theme_id not in self._items:
            return None
        new_parent = self.theme_id(parent)
        if new_parent is not None and self.inside(new_parent, theme_id):
            return None
        item = self._items[theme_id]
        position = self._children(new_parent) if row < 0 else row
        if self.parent_id(theme_id) == new_parent:  # among the same siblings, counted without itself
            if row >= 0 and item.row() < row:
                position -= 1
            position = min(position, self._children(new_parent) - 1)
            if position == item.row():
                return None
        return theme_id, new_parent, position

    def step_move(self, theme_id: uuid.UUID | None, direction: str) -> Move | None:
        """The move of an Alt+arrow key: "up" and "down" among its siblings, "in" under the sibling
        above (as its last sub-theme), "out" to just after its parent."""
        if theme_id not in self._items:
            return None
        row, parent_id = self._items[theme_id].row(), self.parent_id(theme_id)
        if direction == "up" and row > 0:
            return theme_id, parent_id, row - 1
        if direction == "down" and row < self._children(parent_id) - 1:
            return theme_id, parent_id, row + 1
        if direction == "in" and row > 0:
            above = self.theme_id(self.index_of(theme_id).siblingAtRow(row - 1))
            return theme_id, above, self._children(above)
        if direction == "out" and parent_id is not None:
            return theme_id, self.parent_id(parent_id), self._items[parent_id].row() + 1
        return None


def _dragged(data: QMimeData) -> uuid.UUID | None:
    if not data.hasFormat(THEME_MIME):
        return None
    try:
        return uuid.UUID(hex=bytes(data.data(THEME_MIME).data()).decode("ascii"))
    except ValueError:
        return None
