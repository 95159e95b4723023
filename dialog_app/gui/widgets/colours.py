"""Colour helpers shared by the painted views: text that stays readable on a theme's colour."""

from __future__ import annotations

from PySide6.QtGui import QColor


def readable_on(colour: QColor) -> QColor:
    """Near-black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
                 + 0.0722 * linear(colour.blueF()))
    return QColor("#111111") if luminance > 0.18 else QColor("#ffffff")


def theme_colour(value: str) -> QColor:
    """A theme's stored colour, grey when it is not a valid colour name."""
    return QColor(value) if QColor.isValidColorName(value) else QColor("#808080")
