"""The Help menu's own entries: F1 lists the keys of the screen in front, and the user's guide.

The key list is read from the screen's shortcuts and actions when F1 is pressed (widgets/key_help.py);
the guide is local HTML in resources/guide/, in the app's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from dialog_app.gui.widgets.key_help import KeyHelp, help_over
from dialog_app.gui.widgets.key_list import KeyNote, describe


def add_help_actions(window, help_menu: QMenu) -> None:
    """Keyboard shortcuts (F1) and the user's guide, at the top of the Help menu."""
    window.key_help_action = QAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), window)
    window.key_help_action.setObjectName("keyHelpAction")
    window.key_help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    window.key_help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.key_help_action.triggered.connect(lambda: show_key_help(window))
    describe(window.key_help_action, QT_TRANSLATE_NOOP("ShortcutHelp", "Show or close the keys of this screen"))
    window.user_guide_action = QAction(QCoreApplication.translate("MainWindow", "User's &guide"), window)
    window.user_guide_action.setObjectName("userGuideAction")
    window.user_guide_action.setShortcut(QKeySequence("Shift+F1"))
    window.user_guide_action.triggered.connect(lambda: show_user_guide(window))
    help_menu.addAction(window.user_guide_action)
    help_menu.addAction(window.key_help_action)
    help_menu.addSeparator()
    # The menus' keys F1 lists beside a screen's own; their changing texts ("Undo Tag…") say less.
    describe(window.undo_action, QT_TRANSLATE_NOOP("ShortcutHelp", "Undo the last action"))
    describe(window.redo_action, QT_TRANSLATE_NOOP("ShortcutHelp", "Redo what was undone"))
    KeyNote(window, "Shift+F10", QT_TRANSLATE_NOOP("ShortcutHelp", "The context menu of the list or field in use"),
            covers=("Shift+F10",))  # widgets/context_key.py, app-wide


def show_key_help(window) -> KeyHelp:
    """F1: the keys of the tab in front (or of the empty window), over it; F1 again closes it."""
    if window.central.currentWidget() is window.workspace:
        tabs = window.tabs
        screen, index = tabs.currentWidget(), tabs.currentIndex()
        overlay = help_over(screen, window, lambda: tabs.tabText(index).replace("&", ""))
    else:
        overlay = help_over(window.central.currentWidget(), window)
    overlay.toggle()
    return overlay


def show_user_guide(window):
    """Help ▸ User's guide: one guide window beside the main one, in the app's language."""
    from dialog_app.gui.dialogs.user_guide import UserGuide, app_language

    guide = window.findChild(UserGuide)
    if guide is not None and guide.language != app_language():  # the language was changed meanwhile
        guide.setParent(None)
        guide.deleteLater()
        guide = None
    if guide is None:
        guide = UserGuide(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
