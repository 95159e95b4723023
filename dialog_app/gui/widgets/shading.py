"""Cell shades mixed from the palette's own colours, so the matrix reads in light and dark themes.

A busier cell moves from Base toward Highlight; its text is whichever of the palette's text colours
stands out more from that shade (black or white when neither reaches the WCAG 4.5:1 contrast).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

MIN_SHADE = 0.12  # a cell with one note is still visibly not empty
MAX_SHADE = 0.85  # the busiest cell stays a tint, never the selection colour itself
READABLE = 4.5


def mix(base: QColor, top: QColor, amount: float) -> QColor:
    """``amount`` of ``top`` over ``base``, channel by channel."""
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        base.redF() + (top.redF() - base.redF()) * amount,
        base.greenF() + (top.greenF() - base.greenF()) * amount,
        base.blueF() + (top.blueF() - base.blueF()) * amount,
    )


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def shade(palette: QPalette, count: int, largest: int,
          towards: QPalette.ColorRole = QPalette.ColorRole.Highlight, strength: float = 1.0) -> QColor:
    """The background of a cell of ``count`` notes when the busiest cell has ``largest`` (a count
    above it gets the strongest shade); ``strength`` below 1 keeps the shades light."""
    base = palette.color(QPalette.ColorRole.Base)
    if count <= 0 or largest <= 0:
        return base
    amount = MIN_SHADE + (MAX_SHADE - MIN_SHADE) * min(count / largest, 1.0) ** 0.8
    return mix(base, palette.color(towards), amount * strength)


def text_on(palette: QPalette, background: QColor) -> QColor:
    """The palette's text colour that reads best on ``background``."""
    candidates = [palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.HighlightedText)]
    best = max(candidates, key=lambda colour: contrast(colour, background))
    if contrast(best, background) >= READABLE:
        return best
    return max((QColor("black"), QColor("white")), key=lambda colour: contrast(colour, background))
