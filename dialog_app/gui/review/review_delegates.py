"""How review-table cells are painted: note text with the search words and possible names marked,
themes as chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dialog_app.core.highlight import match_spans
from dialog_app.core.services.possible_names import KEEP, MASK
from dialog_app.gui.review.review_model import NamesRole, RowRole
from dialog_app.gui.review.review_rows import ReviewRow, ThemeChip
from dialog_app.gui.widgets.colours import readable_on, theme_colour

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


class HighlightDelegate(QStyledItemDelegate):
    """One line of the note's text, elided, with what the search matched on a marker colour, and
    the possible person names the writer has not decided on a soft violet tint with a dotted
    underline (and a dot at the cell's end, for a name elided out of sight); a confirmed name is
    shown as an export will treat it, greyed in a rounded box. A dismissed name is plain text."""

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
        names = [(n.start, n.end, decision) for n, decision in (index.data(NamesRole) or ()) if decision != KEEP]
        if row is None or (not self.query.strip() and not names):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        _background(painter, option)
        # Every whitespace character becomes one space: one line, and the spans keep their offsets.
        line = "".join(" " if ch.isspace() else ch for ch in row.text)
        search = self._search_spans(line)
        unconfirmed = any(decision is None for _s, _e, decision in names)
        metrics = QFontMetrics(option.font)
        margin = _text_margin(option)  # where the style puts a plain row's text: no jump between rows
        rect = option.rect.adjusted(margin, 0, -margin - (DOT_ROOM if unconfirmed else 0), 0)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        if unconfirmed:
            _name_dot(painter, option)
        x, right = rect.left(), rect.right()
        ellipsis = metrics.horizontalAdvance("…")
        cuts = sorted({0, len(line), *(p for span in search for p in span),
                       *(p for start, end, _d in names for p in (start, end))})
        for start, end in zip(cuts, cuts[1:]):
            part = line[start:end]
            width = metrics.horizontalAdvance(part)
            elided = x + width > right
            if elided:
                part = metrics.elidedText(part, Qt.TextElideMode.ElideRight, max(right - x, ellipsis))
                width = metrics.horizontalAdvance(part)
            box = QRectF(x, rect.top() + 3, width, rect.height() - 6)
            name = next((decision for s, e, decision in names if s <= start < e), False)
            marked = any(s <= start < e for s, e in search)
            pen = _text_colour(option)
            if marked:
                painter.fillRect(box, MARKER)
                pen = QColor(0, 0, 0)
            if name is None:  # a possible name nobody decided
                if not marked:
                    painter.fillRect(box, NAME_TINT)
                _dotted_underline(painter, box, option)
            elif name == MASK and not marked:  # confirmed: shown as the export will leave it out
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(MASKED_FILL)
                painter.drawRoundedRect(box.adjusted(-1, 0, 1, 0), 3, 3)
                pen = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            painter.setPen(pen)
            painter.drawText(QRect(int(x), rect.top(), width + 1, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), part)
            x += width
            if elided or x >= right:
                break
        painter.restore()


def _dotted_underline(painter: QPainter, box: QRectF, option: QStyleOptionViewItem) -> None:
    selected = option.state & QStyle.StateFlag.State_Selected
    pen = QPen(_text_colour(option) if selected else _name_line(option), 1.3)
    pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    y = box.bottom() - 0.5
    painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))


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

