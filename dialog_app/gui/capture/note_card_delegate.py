"""Draws a captured note as a card: when, who and what kind above; the text; themes and marks below.

Every card has the same height (three lines of text, elided), so the list lays out tens of
thousands of notes at no cost. Editing in place opens a multi-line editor on the whole text;
Enter in it saves, Shift+Enter breaks a line.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dialog_app.gui.capture.capture_list_model import CaptureRow, RowRole, SaveState
from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_KINDS, label
from dialog_app.gui.widgets.colours import readable_on
from dialog_app.gui.widgets.readable import quiet_text

PAD = 10
GAP = 4
TEXT_LINES = 3


class NoteCardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    # --- drawing -------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: CaptureRow | None = index.data(RowRole)
        if row is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        card = option.rect.adjusted(4, 3, -4, -3)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(card), 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus_pen = painter.pen()
            focus_pen.setColor(palette.color(QPalette.ColorRole.Highlight).darker(130))
            focus_pen.setWidth(2)
            painter.setPen(focus_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(card.adjusted(1, 1, -1, -1)), 6, 6)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text_colour if selected else quiet_text(palette)  # 4.5:1 at least, as all text
        inner = card.adjusted(PAD, PAD // 2 + 2, -PAD, -PAD // 2)

        small = _small_font(option.font)
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        meta = self.meta_line(row, getattr(index.model(), "zone", None))
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, inner.width()))
        marks = self.marks(row)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), small_metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, marks)

        top = inner.top() + small_metrics.height() + GAP
        text_font = QFont(option.font)
        text_font.setItalic(row.state != SaveState.SAVED)
        painter.setFont(text_font)
        painter.setPen(text_colour)
        line_height = QFontMetrics(text_font).lineSpacing()
        for number, line in enumerate(_elided_lines(row.text, text_font, inner.width(), TEXT_LINES)):
            painter.drawText(QRectF(inner.left(), top + number * line_height, inner.width(), line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)

        y = top + TEXT_LINES * line_height + GAP
        x = inner.left()
        painter.setFont(small)
        for _theme_id, code, name, colour in row.themes:
            chip = f"{code} {name}".strip()
            width = small_metrics.horizontalAdvance(chip) + 14
            rect = QRectF(x, y, min(width, inner.right() - x), small_metrics.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(readable_on(QColor(colour)))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, small_metrics.elidedText(chip, Qt.TextElideMode.ElideRight, int(rect.width()) - 8))
            x += width + 6
            if x > inner.right() - 40:
                break
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """The same for every card: the list never measures its rows one by one."""
        return QSize(200, self.card_height(option.font))

    @staticmethod
    def card_height(font: QFont) -> int:
        small_height = QFontMetrics(_small_font(font)).height()
        text_height = TEXT_LINES * QFontMetrics(font).lineSpacing()
        return PAD + small_height + GAP + text_height + GAP + small_height + 4 + PAD

    # --- words on the card ---------------------------------------------------------------------

    def meta_line(self, row: CaptureRow, zone: tzinfo | None = None) -> str:
        """Time (in ``zone``, the project's), kind, group, table and the save state, as one line."""
        parts = [formats.time(row.created_at, zone), label(NOTE_KINDS, row.kind)]
        parts += [p for p in (row.group, row.table_label) if p]
        if row.state == SaveState.SAVING:
            parts.append(self.tr("saving…"))
        elif row.state == SaveState.FAILED:
            parts.append(self.tr("NOT SAVED"))
        return " · ".join(parts)

    def marks(self, row: CaptureRow) -> str:
        marks = []
        if row.votes:
            marks.append(self.tr("%n vote(s)", "", row.votes))
        if row.key_quote:
            marks.append("★ " + self.tr("key quote"))
        if row.hidden_from_projector:
            marks.append(self.tr("hidden from projector"))
        return "   ".join(marks)

    # --- editing in place ----------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName("captureEditor")
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        editor.setGeometry(option.rect.adjusted(4, 3, -4, -3))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.5, font.pointSizeF() * 0.86))
    return small


def _elided_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """The text wrapped to ``width``, at most ``most`` lines, the last elided when there is more."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].replace("\n", " ").rstrip())
    more = layout.createLine().isValid()
    layout.endLayout()
    if more and lines:
        metrics = QFontMetrics(font)
        lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return lines

