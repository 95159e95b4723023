"""A checkable button whose chosen state reads without colour: a check mark before its text, the
text in bold and a thick frame in the palette's highlight. Fusion drew a chosen button a shade
darker than the others (1.27:1 in light, 1.2:1 in dark palettes, nothing in high contrast)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter

from dialog_app.gui.widgets.shading import contrast, mix

MARK = "✓ "
FRAME = 3  # pixels: seen from a step back
STATE_CONTRAST = 3.0  # WCAG's minimum for a state indicator against what is around it


def state_colour(palette: QPalette) -> QColor:
    """The highlight, when it stands out 3:1 from both the button and the window behind it;
    otherwise moved toward the button's text until it does (or the text colour itself)."""
    surroundings = (palette.color(QPalette.ColorRole.Button), palette.color(QPalette.ColorRole.Window))
    highlight = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.ButtonText)
    for step in range(11):
        colour = mix(highlight, text, step / 10)
        if all(contrast(colour, around) >= STATE_CONTRAST for around in surroundings):
            return colour
    return text


class ChosenButton(QPushButton):
    """``text()`` stays the plain label (tests, accessible name); only the painting adds the mark."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.toggled.connect(lambda _on: self.update())

    def sizeHint(self) -> QSize:
        # Room for the mark and the bold text, so choosing never shifts the row.
        hint = super().sizeHint()
        plain = QFontMetrics(self.font()).horizontalAdvance(self.text())
        extra = QFontMetrics(self._bold()).horizontalAdvance(MARK + self.text()) - plain
        return QSize(hint.width() + max(extra, 0), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if self.isChecked():
            option.text = MARK + option.text
            painter.setFont(self._bold())
            option.fontMetrics = QFontMetrics(self._bold())
            option.state &= ~QStyle.StateFlag.State_On  # the frame says it; not a sunken shade
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        if self.isChecked():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(state_colour(self.palette()), FRAME))
            inset = FRAME / 2
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font
