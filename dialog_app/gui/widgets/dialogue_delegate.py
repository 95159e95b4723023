"""Draws a dialogue as two lines: its title, and its date, kind, place and note count in grey."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dialog_app.gui.models.dialogue_list_model import DetailRole, DialogueIdRole
from dialog_app.gui.widgets.readable import quiet_text

MARGIN = 8


class DialogueDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font = QFont(option.font)
        title_font.setBold(index.data(DialogueIdRole) is None)
        title_metrics = QFontMetrics(title_font)
        detail_font = QFont(option.font)
        detail_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        detail_metrics = QFontMetrics(detail_font)
        area = option.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)

        painter.save()
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group, text_role))
        title_rect = QRect(area.left(), area.top(), area.width(), title_metrics.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title_metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, area.width()))
        painter.setFont(detail_font)
        detail_colour = option.palette.color(group, text_role)
        if not selected:
            detail_colour = quiet_text(option.palette)
        painter.setPen(detail_colour)
        detail_rect = QRect(area.left(), title_rect.bottom() + 2, area.width(), detail_metrics.height())
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         detail_metrics.elidedText(index.data(DetailRole) or "", Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(240, metrics.height() * 2 + MARGIN + 4)
