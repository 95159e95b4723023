"""The key quotes of a theme in the writer's order: drag to reorder, Alt+Up/Alt+Down, Delete to drop.

The list moves an item at once and then says so (``order_changed``); the page writes the new order
through the write queue, where it becomes an undoable step.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QMenu

from dialog_app.gui.writing.note_delegate import NoteDelegate, NoteIdRole
from dialog_app.gui.widgets.shortcuts import shortcut


class QuoteList(QListWidget):
    order_changed = Signal(list)  # note ids in the new order
    remove_requested = Signal(object)  # note id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(NoteDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        context = Qt.ShortcutContext.WidgetShortcut
        move = QT_TRANSLATE_NOOP("ShortcutHelp", "In the key quotes: move the chosen quote up / down")
        remove = QT_TRANSLATE_NOOP("ShortcutHelp", "In the key quotes: take the chosen quote away")
        shortcut("Alt+Up", self, lambda: self.move_current(-1), context, help=move, shown_as="Alt+↑ / Alt+↓")
        shortcut("Alt+Down", self, lambda: self.move_current(+1), context, help=move, shown_as="Alt+↑ / Alt+↓")
        shortcut(QKeySequence.StandardKey.Delete, self, self.remove_current, context, help=remove,
                 shown_as="Delete / Backspace")
        shortcut("Backspace", self, self.remove_current, context, help=remove, shown_as="Delete / Backspace")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda at: self.context_menu().popup(self.viewport().mapToGlobal(at)))

    def context_menu(self) -> QMenu:
        """What the keys do, by mouse, the Menu key or Shift+F10: move the quote, take it away."""
        menu = QMenu(self)
        menu.setObjectName("quoteContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        row = self.currentRow()
        for text, keys, slot, enabled in (
                (self.tr("Move &up"), "Alt+Up", lambda: self.move_current(-1), row > 0),
                (self.tr("Move &down"), "Alt+Down", lambda: self.move_current(+1), 0 <= row < self.count() - 1),
                (self.tr("&Take away"), "Delete", self.remove_current, row >= 0)):
            action = menu.addAction(text, slot)
            action.setShortcut(QKeySequence(keys))  # shown beside the words; the shortcuts above do the work
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(enabled)
        return menu

    def note_ids(self) -> list[uuid.UUID]:
        return [self.item(row).data(NoteIdRole) for row in range(self.count())]

    def current_id(self) -> uuid.UUID | None:
        item = self.currentItem()
        return item.data(NoteIdRole) if item is not None else None

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.order_changed.emit(self.note_ids())

    def remove_current(self) -> None:
        note_id = self.current_id()
        if note_id is not None:
            self.remove_requested.emit(note_id)

    def dropEvent(self, event: QDropEvent) -> None:
        before = self.note_ids()
        super().dropEvent(event)
        if self.note_ids() != before:
            self.order_changed.emit(self.note_ids())
