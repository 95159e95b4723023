"""Draws a note as the writer reads it: its words wrapped, then its marks, dialogue and group in grey.

Used by both the key-quote list and the theme's notes; the row grows with the text up to a few
lines (the tooltip holds the rest), so a long survey answer does not push every other note away.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dialog_app.gui.widgets.readable import quiet_text
from dialog_app.gui.widgets.shading import mix
from dialog_app.gui.writing.synthesis_data import NoteEntry

NoteIdRole = Qt.ItemDataRole.UserRole + 1
MetaRole = Qt.ItemDataRole.UserRole + 2  # "Group · Dialogue"
MarksRole = Qt.ItemDataRole.UserRole + 3  # "★ Key quote · In the quotes", shown before the meta line
SearchRole = Qt.ItemDataRole.UserRole + 4  # folded text the search box matches

MARGIN = 8
MAX_LINES = 6
WRAP = int(Qt.TextFlag.TextWordWrap)


def note_item(entry: NoteEntry, marks: list[str]) -> QListWidgetItem:
    item = QListWidgetItem(entry.text)
    meta = " · ".join(part for part in (entry.group, entry.dialogue) if part)  # the short one first
    item.setData(NoteIdRole, entry.id)
    item.setData(MetaRole, meta)
    item.setData(MarksRole, " · ".join(marks))
    item.setData(SearchRole, f"{entry.text}\n{meta}".casefold())
    item.setToolTip(f"{entry.text}\n\n{meta}" if meta else entry.text)
    return item


class NoteDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        palette = option.palette
        main = palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = main if selected else quiet_text(palette)
        area = option.rect.adjusted(MARGIN, MARGIN // 2 + 1, -MARGIN, -MARGIN // 2)
        text_height = self._text_height(option.font, text, area.width())
        small = self._small(option.font)
        small_metrics = QFontMetrics(small)

        painter.save()
        painter.setFont(option.font)
        painter.setPen(main)
        painter.setClipRect(option.rect)
        painter.drawText(QRect(area.left(), area.top(), area.width(), text_height), WRAP, text)
        line = QRect(area.left(), area.top() + text_height + 2, area.width(), small_metrics.height())
        marks = index.data(MarksRole) or ""
        if marks:
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), marks)
            line.setLeft(line.left() + QFontMetrics(bold).horizontalAdvance(marks + "   "))
        painter.setFont(small)
        painter.setPen(muted)
        meta = small_metrics.elidedText(index.data(MetaRole) or "", Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), meta)
        if not selected:
            painter.setPen(mix(palette.color(group, QPalette.ColorRole.Base), main, 0.15))
            painter.drawLine(option.rect.left() + MARGIN, option.rect.bottom(), option.rect.right() - MARGIN,
                             option.rect.bottom())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        widget = option.widget
        width = (widget.viewport().width() if widget is not None else option.rect.width()) - 2 * MARGIN
        text_height = self._text_height(option.font, index.data() or "", max(width, 80))
        height = text_height + QFontMetrics(self._small(option.font)).height() + MARGIN + 4
        return QSize(max(width, 80), height)

    @staticmethod
    def _text_height(font: QFont, text: str, width: int) -> int:
        metrics = QFontMetrics(font)
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text).height()
        return min(max(needed, metrics.height()), MAX_LINES * metrics.lineSpacing())

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small
