"""The active framework's themes beside the review table: each with its number key and note count;
click one to see its notes, drop notes on one to tag them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QIcon,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from dialog_app.gui import formats
from dialog_app.gui.review.review_model import keys_from_mime
from dialog_app.gui.review.review_rows import ReviewNames
from dialog_app.gui.widgets.colours import theme_colour
from dialog_app.gui.widgets.readable import quiet_text

ThemeIdRole = Qt.ItemDataRole.UserRole + 1
ALL_NOTES = "all"  # the item that clears the theme filter
NO_THEME = "none"  # the item for notes without a theme


class _WrappingDelegate(QStyledItemDelegate):
    """A row as high as its wrapped name: QTreeView asks for a row's height without the column's
    width, so a name would be cut to one line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        option = QStyleOptionViewItem(option)
        # A valid rectangle (the style wraps only then) as wide as the column left of the branches.
        option.rect = QRect(0, 0, max(view.header().sectionSize(0) - depth * view.indentation(), 1), 1)
        return super().sizeHint(option, index)


class ThemePanel(QTreeView):
    theme_clicked = Signal(object)  # a theme id, ALL_NOTES or NO_THEME
    notes_dropped = Signal(object, list)  # theme id, note row keys

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("themeTree")
        self.setAccessibleName(self.tr("Themes"))
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        # A long name wraps rather than ending in "…" where the pane is narrow (its tooltip has it all).
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegateForColumn(0, _WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())  # rows re-wrap
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setRootIsDecorated(True)
        self.header().setStretchLastSection(False)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        self._items: dict[object, QStandardItem] = {}

    def show_themes(self, names: ReviewNames, counts: dict[uuid.UUID | None, int], total: int) -> None:
        """Fill the tree with the active framework's themes and their note counts."""
        current = self.currentIndex().data(ThemeIdRole)
        self.model_.clear()
        self.model_.setHorizontalHeaderLabels([self.tr("Theme"), "", self.tr("Notes")])
        self.model_.horizontalHeaderItem(1).setToolTip(self.tr("The number key that tags with the theme"))
        self._items = {}
        root = self.model_.invisibleRootItem()
        self._append(root, ALL_NOTES, self.tr("All notes"), total)
        self._append(root, NO_THEME, self.tr("(no theme)"), counts.get(None, 0))
        parents: dict[uuid.UUID | None, QStandardItem] = {None: root}
        for number, theme in enumerate(names.active_themes(), start=1):
            item = self._append(parents.get(theme.parent_id, root), theme.theme_id, theme.title,
                                counts.get(theme.theme_id, 0), theme_colour(theme.colour),
                                str(number) if number <= 9 else "")
            keys = (self.tr("Key %1 tags the selected notes with this theme; drop notes here to tag them")
                    .replace("%1", str(number)) if number <= 9 else "")
            item.setToolTip(f"{theme.title}\n{keys}".strip())
            parents[theme.theme_id] = item
        self.expandAll()
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        if current in self._items:
            self.setCurrentIndex(self._items[current].index())

    def wanted_width(self, whole: bool = True) -> int:
        """The width that shows every theme's name on one line, with its key and count; with
        ``whole`` false, the least width that wraps them between words and cuts none."""
        widest = 0
        for item in self._items.values():
            depth, parent = 0, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            metrics = QFontMetrics(item.font().resolve(self.font()))
            parts = [item.text()] if whole else item.text().split()
            text = max((metrics.horizontalAdvance(part) for part in parts), default=0)
            widest = max(widest, (depth + 1) * self.indentation() + self.iconSize().width() + text + 16)
        header = self.header()
        return (widest + header.sectionSize(1) + header.sectionSize(2) + 2 * self.frameWidth()
                + self.verticalScrollBar().sizeHint().width())

    def select_theme(self, key: object) -> None:
        item = self._items.get(key)
        if item is not None:
            self.setCurrentIndex(item.index())

    def _append(self, parent: QStandardItem, key: object, text: str, count: int,
                colour: QColor | None = None, shortcut: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setData(key, ThemeIdRole)
        if colour is not None:
            swatch = QPixmap(12, 12)
            swatch.fill(colour)
            item.setIcon(QIcon(swatch))
        else:
            font = item.font()
            font.setItalic(key == NO_THEME)
            font.setBold(key == ALL_NOTES)
            item.setFont(font)
        number = QStandardItem(formats.number(count))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        keys = QStandardItem(shortcut)
        keys.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        keys.setForeground(quiet_text(self.palette()))
        parent.appendRow([item, keys, number])
        self._items[key] = item
        return item

    def _activated(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(ThemeIdRole)
        if key is not None:
            self.theme_clicked.emit(key)

    # --- dropping notes --------------------------------------------------------------------------

    def _theme_at(self, event: QDropEvent | QDragMoveEvent) -> uuid.UUID | None:
        index = self.indexAt(event.position().toPoint())
        key = index.siblingAtColumn(0).data(ThemeIdRole) if index.isValid() else None
        return key if isinstance(key, uuid.UUID) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if keys_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        theme = self._theme_at(event)
        if theme is not None and keys_from_mime(event.mimeData()):
            self.setCurrentIndex(self._items[theme].index())
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        theme, keys = self._theme_at(event), keys_from_mime(event.mimeData())
        if theme is None or not keys:
            event.ignore()
            return
        event.acceptProposedAction()
        self.notes_dropped.emit(theme, keys)
