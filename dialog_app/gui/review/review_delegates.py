"""How review-table cells are painted: note text with the search words marked, themes as chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dialog_app.core.highlight import match_spans
from dialog_app.gui.review.review_model import RowRole
from dialog_app.gui.review.review_rows import ReviewRow, ThemeChip
from dialog_app.gui.widgets.colours import readable_on, theme_colour

PADDING = 6


def _background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The cell's own background, selection and focus, as the style paints them."""
    style = option.widget.style() if option.widget else QApplication.style()
    blank = QStyleOptionViewItem(option)
    blank.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, option.widget)


def _text_colour(option: QStyleOptionViewItem) -> QColor:
    selected = option.state & QStyle.StateFlag.State_Selected
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(role)


class HighlightDelegate(QStyledItemDelegate):
    """One line of the note's text, elided, with what the search matched on a marker colour."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ""
        self._spans: dict[str, list[tuple[int, int]]] = {}  # per line of text, for this query

    @property
    def query(self) -> str:
        return self._query

    @query.setter
    def query(self, value: str) -> None:
        if value != self._query:
            self._query = value
            self._spans.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: ReviewRow | None = index.data(RowRole)
        if row is None or not self.query.strip():
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        _background(painter, option)
        # Every whitespace character becomes one space: one line, and the spans keep their offsets.
        line = "".join(" " if ch.isspace() else ch for ch in row.text)
        spans = self._spans.get(line)
        if spans is None:  # painting asks again on every scroll and hover: find the words once
            if len(self._spans) > 2000:
                self._spans.clear()
            spans = self._spans[line] = match_spans(line, self._query)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setFont(option.font)
        x, right = rect.left(), rect.right()
        ellipsis = metrics.horizontalAdvance("…")
        marker = QColor(255, 214, 0, 170)  # a highlighter pen: readable on light and dark rows
        position = 0
        for start, end in [*spans, (len(line), len(line))]:
            for part, marked in ((line[position:start], False), (line[start:end], True)):
                if not part:
                    continue
                width = metrics.horizontalAdvance(part)
                if x + width > right:
                    part = metrics.elidedText(part, Qt.TextElideMode.ElideRight, max(right - x, ellipsis))
                    width = metrics.horizontalAdvance(part)
                if marked:
                    painter.fillRect(QRect(x, rect.top() + 3, width, rect.height() - 6), marker)
                    painter.setPen(QColor(0, 0, 0))
                else:
                    painter.setPen(_text_colour(option))
                painter.drawText(QRect(x, rect.top(), width + 1, rect.height()),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), part)
                x += width
                if x >= right:
                    painter.restore()
                    return
            position = end
        painter.restore()


class ChipDelegate(QStyledItemDelegate):
    """Themes as rounded labels in the theme's colour; suggestions outlined and dashed, so a
    suggested theme can never be mistaken for one that was applied."""

    def __init__(self, field: str, parent=None) -> None:
        super().__init__(parent)
        self._field = field

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: ReviewRow | None = index.data(RowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        _background(painter, option)
        chips: tuple[ThemeChip, ...] = getattr(row, self._field)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(option.rect)
        font = option.font
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = option.rect.left() + 4
        height = metrics.height() + 4
        top = option.rect.top() + (option.rect.height() - height) / 2
        right = option.rect.right() - 2
        for chip in chips:
            room = right - x - 12
            if room < 3 * metrics.averageCharWidth():  # not even a clipped chip fits: say there is more
                painter.setPen(_text_colour(option))
                painter.drawText(QRectF(x - 2, top, 16, height), int(Qt.AlignmentFlag.AlignVCenter), "…")
                break
            text = metrics.elidedText(chip.label, Qt.TextElideMode.ElideRight,
                                      min(room, 14 * metrics.averageCharWidth()))
            width = metrics.horizontalAdvance(text) + 12
            box = QRectF(x, top, width, height)
            colour = theme_colour(chip.colour)
            if self._field == "themes":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(box, height / 2, height / 2)
                painter.setPen(readable_on(colour))
            else:
                pen = QPen(colour.darker(120) if colour.lightnessF() > 0.6 else colour, 1.4)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0.7, 0.7, -0.7, -0.7), height / 2, height / 2)
                painter.setPen(_text_colour(option))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + 4
        painter.restore()

