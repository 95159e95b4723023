"""The framework's themes to write about: colour, name (sub-themes indented), notes, and a mark when
the writer has begun, so the chapters still to write stand out."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from dialog_app.gui import formats
from dialog_app.gui.widgets.readable import quiet_text
from dialog_app.gui.writing.synthesis_data import ThemeEntry

ThemeIdRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2

MARGIN = 8
INDENT = 16
SWATCH = 10
DOT = 7


class ThemeList(QListWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_ThemeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)

    def set_themes(self, themes: list[ThemeEntry], keep: uuid.UUID | None) -> None:
        """Show the themes, keeping ``keep`` current without announcing a change of theme."""
        self.blockSignals(True)
        try:
            self.clear()
            for entry in themes:
                label = f"{entry.code}  {entry.name}" if entry.code else entry.name
                item = QListWidgetItem(label)
                item.setData(ThemeIdRole, entry.id)
                item.setData(EntryRole, entry)
                item.setToolTip(self._tooltip(entry))
                self.addItem(item)
            row = self.row_of(keep)
            if row >= 0:
                self.setCurrentRow(row)
        finally:
            self.blockSignals(False)

    def row_of(self, theme_id: uuid.UUID | None) -> int:
        for row in range(self.count()):
            if self.item(row).data(ThemeIdRole) == theme_id:
                return row
        return -1

    def mark_written(self, theme_id: uuid.UUID, written: bool) -> None:
        """The writer began (or emptied) this theme's synthesis."""
        row = self.row_of(theme_id)
        entry: ThemeEntry | None = self.item(row).data(EntryRole) if row >= 0 else None
        if entry is not None and entry.written != written:
            entry = replace(entry, written=written)
            self.item(row).setData(EntryRole, entry)
            self.item(row).setToolTip(self._tooltip(entry))

    def current_id(self) -> uuid.UUID | None:
        item = self.currentItem()
        return item.data(ThemeIdRole) if item is not None else None

    def _tooltip(self, entry: ThemeEntry) -> str:
        lines = [entry.name, self.tr("%Ln note(s)", "", entry.notes)]
        if entry.written:
            lines.append(self.tr("Synthesis begun"))
        if entry.description:
            lines += ["", entry.description]
        return "\n".join(lines)


class _ThemeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: ThemeEntry = index.data(EntryRole)
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        muted = colour if selected else quiet_text(option.palette)
        metrics = QFontMetrics(option.font)
        area = option.rect.adjusted(MARGIN + INDENT * entry.depth, 0, -MARGIN, 0)
        middle = area.center().y()
        count = formats.number(entry.notes)
        count_width = metrics.horizontalAdvance("0000")

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(entry.colour))
        painter.drawRoundedRect(QRect(area.left(), middle - SWATCH // 2, SWATCH, SWATCH), 2, 2)
        if entry.written:  # a filled dot: the writer has begun this chapter
            painter.setBrush(colour if selected else option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(QRect(area.right() - count_width - DOT - 6, middle - DOT // 2, DOT, DOT))
        painter.setPen(colour)
        name_rect = QRect(area.left() + SWATCH + 8, area.top(), area.width() - SWATCH - 8 - count_width - DOT - 12,
                          area.height())
        painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setPen(muted)
        painter.drawText(QRect(area.right() - count_width, area.top(), count_width, area.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() + 14)
