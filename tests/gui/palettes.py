"""Palettes a user's system may give the app, for tests that render screens in them: a dark one and
the two high-contrast ones (white on black, black on white), each complete enough that no role
falls back to Fusion's light default."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole


def _palette(window: str, text: str, base: str, button: str, highlight: str, highlighted: str,
             muted: str, link: str) -> QPalette:
    palette = QPalette()
    colours = {
        Role.Window: window, Role.WindowText: text, Role.Base: base, Role.AlternateBase: button,
        Role.Text: text, Role.Button: button, Role.ButtonText: text, Role.BrightText: text,
        Role.Highlight: highlight, Role.HighlightedText: highlighted, Role.ToolTipBase: base,
        Role.ToolTipText: text, Role.Link: link, Role.LinkVisited: link,
        Role.Light: button, Role.Midlight: button, Role.Mid: muted, Role.Dark: muted, Role.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(Role.PlaceholderText, placeholder)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(muted))
    return palette


def dark() -> QPalette:
    return _palette("#323232", "#eeeeee", "#1e1e1e", "#3c3c3c", "#2a82da", "#ffffff", "#7a7a7a", "#6cb4ff")


def high_contrast_black() -> QPalette:
    return _palette("#000000", "#ffffff", "#000000", "#000000", "#1aebff", "#000000", "#9a9a9a", "#ffff00")


def high_contrast_white() -> QPalette:
    return _palette("#ffffff", "#000000", "#ffffff", "#ffffff", "#37006e", "#ffffff", "#606060", "#00009f")


@contextmanager
def system_look(palette: QPalette | None = None, font_scale: float = 1.0) -> Iterator[None]:
    """The application as a system with this palette and font size starts it; put back after."""
    app = QApplication.instance()
    old_palette, old_font = QPalette(app.palette()), QFont(app.font())
    if palette is not None:
        app.setPalette(palette)
    if font_scale != 1.0:
        bigger = QFont(old_font)
        bigger.setPointSizeF(old_font.pointSizeF() * font_scale)
        app.setFont(bigger)
    try:
        yield
    finally:
        app.setFont(old_font)
        app.setPalette(old_palette)
