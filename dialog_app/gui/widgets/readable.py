"""Quiet and warning text that still reads at WCAG's 4.5:1, mixed from the palette in use (light,
dark or high contrast) instead of fixed greys and reds. A disabled-looking hint measured 1.57:1 and
the placeholder grey of "Saved" 3.89:1; a fixed dark red vanished on a dark palette."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from dialog_app.gui.widgets.shading import contrast, mix

READABLE = 4.6  # WCAG asks 4.5:1 for text; a little margin for rounding and antialiasing
EDGE = 3.0  # WCAG's minimum for the outline of a control or a mark that means something
WARNING_RED = QColor("#a4262c")
Role = QPalette.ColorRole


def _readable_toward(start: QColor, text: QColor, backgrounds: tuple[QColor, ...], at: float = READABLE) -> QColor:
    """``start`` moved toward ``text`` in small steps until it reads (``at``:1) on every background."""
    for step in range(21):
        colour = mix(start, text, step / 20)
        if all(contrast(colour, background) >= at for background in backgrounds):
            return colour
    return text


def quiet_on(ink: QColor, paper: QColor) -> QColor:
    """A grey between ``ink`` and ``paper``, as light as still reads on ``paper``."""
    return _readable_toward(mix(ink, paper, 0.5), ink, (paper,))


def edge_on(start: QColor, ink: QColor, backgrounds: tuple[QColor, ...]) -> QColor:
    """An outline in ``start``'s colour, moved toward ``ink`` until it stands out 3:1 (WCAG's minimum
    for a shape that carries meaning) from every background."""
    return _readable_toward(start, ink, backgrounds, EDGE)


def quiet_colour(palette: QPalette, text: Role = Role.WindowText, background: Role = Role.Window) -> QColor:
    """A grey between the text and its background, as light as still reads (on Base too)."""
    ink, paper = palette.color(text), palette.color(background)
    return _readable_toward(mix(ink, paper, 0.5), ink, (paper, palette.color(Role.Base)))


def quiet_text(palette: QPalette) -> QColor:
    """Quiet text in a list or table: on Base, from Text."""
    return quiet_colour(palette, Role.Text, Role.Base)


def warning_colour(palette: QPalette, text: Role = Role.WindowText, background: Role = Role.Window) -> QColor:
    """A red for a problem, lightened or darkened toward the text until it reads."""
    return _readable_toward(WARNING_RED, palette.color(text), (palette.color(background), palette.color(Role.Base)))


TEXT_ROLES = (Role.WindowText, Role.Text, Role.ButtonText)


class _Keeper(QObject):
    """Sets the widget's colour for ``roles`` again whenever the palette around it changes."""

    def __init__(self, widget: QWidget, colour: Callable[[QPalette], QColor],
                 roles: tuple[Role, ...] = TEXT_ROLES) -> None:
        super().__init__(widget)
        self._colour = colour
        self._roles = roles
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        around = widget.parentWidget().palette() if widget.parentWidget() else QApplication.palette(widget)
        colour = self._colour(around)
        if widget.palette().color(self._roles[0]) == colour:
            return  # also ends the PaletteChange our own setPalette sends
        palette = QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for role in self._roles:
                palette.setColor(group, role, colour)
        widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                            QEvent.Type.ParentChange):
            self.apply(watched)
        return False


def _keep(widget: QWidget, colour: Callable[[QPalette], QColor] | None, roles: tuple[Role, ...] = TEXT_ROLES) -> None:
    old = next((child for child in widget.children() if isinstance(child, _Keeper)), None)
    if old is not None:
        widget.removeEventFilter(old)
        old.setParent(None)
        old.deleteLater()
        widget.setPalette(QPalette())  # back to what the parent gives
    if colour is not None:
        _Keeper(widget, colour, roles)


def quiet(widget: QWidget, on: bool = True) -> None:
    """Draw ``widget``'s text quiet but readable (``on=False``: in the ordinary text colour)."""
    _keep(widget, quiet_colour if on else None)


def warning(widget: QWidget, on: bool = True) -> None:
    """Draw ``widget``'s text as a readable warning red (``on=False``: ordinary again)."""
    _keep(widget, warning_colour if on else None)


def readable_placeholder(widget: QWidget) -> None:
    """A text box's placeholder (often the only hint how to begin) at 4.5:1: Qt draws it as the
    text at half strength, 3.9:1 to 4.0:1 on a light palette."""
    _keep(widget, quiet_text, (Role.PlaceholderText,))
