"""Paints a theme's total as a horizontal bar in the theme's colour, with the count beside it.

The bars share one scale (the busiest theme fills the space), so the column is a bar chart of the
framework read top to bottom. Cells without a bar (the "all notes" row, the count cells) are
painted as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dialog_app.gui import formats
from dialog_app.gui.overview.count_matrix_model import BarColourRole, BarRole, CountRole

PADDING = 8
GAP = 6
BAR_HEIGHT = 0.55  # of the row's height
MIN_BAR_WIDTH = 140


class BarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        fraction = index.data(BarRole)
        if fraction is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        count = formats.number(index.data(CountRole) or 0)
        metrics = option.fontMetrics
        number_width = max(metrics.horizontalAdvance("0000"), metrics.horizontalAdvance(count))
        area = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        space = max(area.width() - number_width - GAP, 0)
        width = space * float(fraction)
        if index.data(CountRole):
            width = max(width, 3.0)  # one note is still a visible bar
        height = area.height() * BAR_HEIGHT
        bar = QRectF(area.left(), area.top() + (area.height() - height) / 2, width, height)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(index.data(BarColourRole)))
        painter.drawRoundedRect(bar, 2, 2)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(bar.right() + GAP, area.top(), number_width + GAP, area.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            count,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(BarRole) is not None:
            hint.setWidth(max(hint.width(), MIN_BAR_WIDTH))
        return hint
