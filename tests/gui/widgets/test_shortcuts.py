"""Shortcuts keep the context they were given (PySide6 drops it when a slot is passed)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dialog_app.gui.widgets.shortcuts import shortcut


def test_a_widget_shortcut_stays_a_widget_shortcut(app):
    widget = QWidget()
    fired = []
    created = shortcut("Del", widget, lambda: fired.append(1), context=Qt.ShortcutContext.WidgetShortcut)
    assert created.context() == Qt.ShortcutContext.WidgetShortcut
    created.activated.emit()
    assert fired == [1]
