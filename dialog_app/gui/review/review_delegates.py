"""How review-table cells are painted: two lines of note text with the search words and possible names marked,
themes as chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dialog_app.core.highlight import match_spans
from dialog_app.core.services.possible_names import KEEP, MASK
from dialog_app.gui.review.note_text_layout import ELLIPSIS, lay_out
from dialog_app.gui.review.review_model import NamesRole, RowRole
from dialog_app.gui.review.review_rows import ReviewRow, ThemeChip
from dialog_app.gui.review.suggestion_chip import chip_text, outline_pen
from dialog_app.gui.widgets.colours import readable_on, theme_colour
from dialog_app.gui.widgets.readable import quiet_on
from dialog_app.gui.widgets.shading import mix

PADDING = 6
DOT_ROOM = 14  # the end of a note cell kept for the dot of a name to decide
MARKER = QColor(255, 214, 0, 170)  # what the search matched: a highlighter pen, on light and dark rows
NAME_TINT = QColor(124, 92, 230, 46)  # a possible name to decide: a soft violet, apart from the search's yellow
NAME_LINE = QColor(110, 80, 200)
NAME_LINE_DARK = QColor(185, 165, 255)  # the same on a dark palette
MASKED_FILL = QColor(128, 128, 128, 55)  # a confirmed name: greyed, as an export leaves it out


def _background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The cell's own background, selection and focus, as the style paints them."""
    style = option.widget.style() if option.widget else QApplication.style()
    blank = QStyleOptionViewItem(option)
    blank.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, blank, painter, option.widget)


def _text_margin(option: QStyleOptionViewItem) -> int:
    """The gap the style leaves on each side of an item's text (QCommonStyle: focus frame + 1)."""
    style = option.widget.style() if option.widget else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, option.widget) + 1


def _text_colour(option: QStyleOptionViewItem) -> QColor:
    selected = option.state & QStyle.StateFlag.State_Selected
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(role)


def _masked_text(option: QStyleOptionViewItem) -> QColor:
    """Grey, yet readable on the grey fill of a confirmed name (the disabled grey read 1.5:1)."""
    base = option.palette.color(QPalette.ColorRole.Base)
    fill = mix(base, QColor(MASKED_FILL.red(), MASKED_FILL.green(), MASKED_FILL.blue()), MASKED_FILL.alphaF())
    return quiet_on(option.palette.color(QPalette.ColorRole.Text), fill)


class HighlightDelegate(QStyledItemDelegate):
    """Two lines of the note's text, elided (around the first search hit when it lies further on),
    with what the search matched on a marker colour, and the possible person names the writer has
    not decided on a soft violet tint with a dotted underline (and a dot at the cell's end, for a
    name elided out of sight); a confirmed name is shown as an export will treat it, greyed. A
    dismissed name is plain text."""

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

    def _search_spans(self, line: str) -> list[tuple[int, int]]:
        if not self._query.strip():
            return []
        spans = self._spans.get(line)
        if spans is None:  # painting asks again on every scroll and hover: find the words once
            if len(self._spans) > 2000:
                self._spans.clear()
            spans = self._spans[line] = match_spans(line, self._query)
        return spans

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: ReviewRow | None = index.data(RowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        names = [(n.start, n.end, decision) for n, decision in (index.data(NamesRole) or ()) if decision != KEEP]
        self.initStyleOption(option, index)
        _background(painter, option)
        # Every whitespace character becomes one space: the spans keep their offsets.
        line = "".join(" " if ch.isspace() else ch for ch in row.text)
        search = self._search_spans(line)
        unconfirmed = any(decision is None for _s, _e, decision in names)
        margin = _text_margin(option)  # where the style puts a plain row's text: no jump between rows
        rect = option.rect.adjusted(margin, 2, -margin - (DOT_ROOM if unconfirmed else 0), -2)
        lines = max(1, int(rect.height() // QFontMetricsF(option.font).lineSpacing()))
        laid = lay_out(line, option.font, rect.width(), lines, search[0] if search else None,
                       lambda offset, length: self._formats(option, search, names, offset, length))
        painter.save()
        painter.setClipRect(option.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        if unconfirmed:
            _name_dot(painter, option)
        top = QPointF(rect.left(), rect.top() + max(0.0, (rect.height() - laid.height) / 2))
        painter.setPen(_text_colour(option))
        laid.layout.draw(painter, top)
        if laid.ellipsis_at is not None:
            painter.setPen(_text_colour(option))
            painter.drawText(top + laid.ellipsis_at, ELLIPSIS)
        painter.restore()

    def _formats(self, option: QStyleOptionViewItem, search: list[tuple[int, int]],
                 names: list[tuple[int, int, str | None]], offset: int, length: int) -> list:
        """The marks as text formats: names first, the search's marker over them."""
        formats = []

        def add(start: int, end: int, style: QTextCharFormat) -> None:
            start, end = max(start - offset, 1 if offset else 0), min(end - offset, length)
            if end > start:
                mark = QTextLayout.FormatRange()
                mark.start, mark.length, mark.format = start, end - start, style
                formats.append(mark)

        for start, end, decision in names:
            style = QTextCharFormat()
            if decision is None:  # a possible name nobody decided: tinted, dotted underline
                style.setBackground(NAME_TINT)
                style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                selected = option.state & QStyle.StateFlag.State_Selected
                style.setUnderlineColor(_text_colour(option) if selected else _name_line(option))
            elif decision == MASK:  # confirmed: greyed, as the export will leave it out
                style.setBackground(MASKED_FILL)
                style.setForeground(_masked_text(option))
            add(start, end, style)
        for start, end in search:
            style = QTextCharFormat()
            style.setBackground(MARKER)
            style.setForeground(QColor(0, 0, 0))
            add(start, end, style)
        return formats


def _name_line(option: QStyleOptionViewItem) -> QColor:
    dark = option.palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return NAME_LINE_DARK if dark else NAME_LINE


def _name_dot(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A small dot at the end of the note's cell: this note holds a name to decide."""
    selected = option.state & QStyle.StateFlag.State_Selected
    radius = 3.5
    centre = QPointF(option.rect.right() - PADDING - radius, option.rect.center().y() + 0.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_text_colour(option) if selected else _name_line(option))
    painter.drawEllipse(centre, radius, radius)


class ChipDelegate(QStyledItemDelegate):
    """Themes as rounded labels in the theme's colour; suggestions outlined, so a suggested theme can
    never be mistaken for one that was applied (dashed, or dotted with "≈" when learned: suggestion_chip)."""

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
        height = metrics.height() + 4
        rows = 2 if 2 * height + 3 <= option.rect.height() else 1  # chips wrap onto a second row
        left, right = option.rect.left() + 4, option.rect.right() - 2
        widths = [metrics.horizontalAdvance(metrics.elidedText(
            chip_text(chip), Qt.TextElideMode.ElideRight, min(right - left - 12, 14 * metrics.averageCharWidth())))
            + 16 for chip in chips]
        if rows == 2 and sum(widths) <= right - left:
            rows = 1  # one row is enough: centred, as a plain cell's text is
        top = option.rect.top() + (option.rect.height() - rows * height - (rows - 1)) / 2
        x, row = left, 0
        for chip in chips:
            text = metrics.elidedText(chip_text(chip), Qt.TextElideMode.ElideRight,
                                      min(right - left - 12, 14 * metrics.averageCharWidth()))
            if x > left and x + metrics.horizontalAdvance(text) + 12 > right and row < rows - 1:
                x, row, top = left, row + 1, top + height + 1  # the next row, the whole chip on it
            room = right - x - 12
            if room < 3 * metrics.averageCharWidth():  # not even a clipped chip fits: say there is more
                painter.setPen(_text_colour(option))
                painter.drawText(QRectF(x - 2, top, 16, height), int(Qt.AlignmentFlag.AlignVCenter), "…")
                break
            text = metrics.elidedText(chip_text(chip), Qt.TextElideMode.ElideRight,
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
                painter.setPen(outline_pen(chip, colour.darker(120) if colour.lightnessF() > 0.6 else colour, option))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0.7, 0.7, -0.7, -0.7), height / 2, height / 2)
                painter.setPen(_text_colour(option))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + 4
        painter.restore()

