"""Headings sized relative to the system's font: a fixed "13pt" in a style sheet stayed 13 pt when
the user's text was 13.5 pt (150 %), and a heading came out smaller than the text under it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def make_heading(widget: QWidget, scale: float = 1.0) -> None:
    """``widget``'s text bold (semi-bold) and ``scale`` times the size of the text around it."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
