"""Shift+F10 opens the context menu of the widget with the keyboard, on every screen, as the Menu key
does: one filter on the application (widgets/context_key.py), no shortcut per widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QListWidget, QMenu, QWidget

from dialog_app.gui.widgets.context_key import install_context_key
from dialog_app.gui.widgets.mnemonics import give_mnemonics, mnemonic

LOAD = 10_000


def menu_opened_by_shift_f10(qtbot, widget: QWidget) -> tuple[str, list[str]]:
    """Press Shift+F10 on ``widget`` with the keyboard on it; the objectName of the menu that opened
    (closed again by a timer, since a context menu may run its own loop) and its items' texts."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2_000)
    seen: list[tuple[str, list[str]]] = []

    def close() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None and not seen:
            QTimer.singleShot(20, close)
            return
        if isinstance(popup, QMenu):
            seen.append((popup.objectName(), [a.text() for a in popup.actions() if not a.isSeparator()]))
            popup.close()

    QTimer.singleShot(20, close)
    qtbot.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=3_000)
    return seen[0]


@pytest.fixture
def window(seeded_window, qtbot):
    seeded_window.resize(1366, 768)
    qtbot.waitExposed(seeded_window)
    return seeded_window


def test_shift_f10_opens_the_dialogue_list_menu(window, qtbot):
    window.tabs.setCurrentWidget(window.dialogues)
    window.dialogue_list.setCurrentIndex(window.dialogue_model.index(1))
    name, _texts = menu_opened_by_shift_f10(qtbot, window.dialogue_list)
    assert name == "dialogueContextMenu"


def test_shift_f10_opens_the_review_table_menu_and_the_theme_tree_menu(window, qtbot):
    review = window.review
    with qtbot.waitSignal(review.listed, timeout=LOAD):
        window.tabs.setCurrentWidget(review)
    review.select_rows([0])
    name, texts = menu_opened_by_shift_f10(qtbot, review.table)
    assert name == "reviewContextMenu"
    assert all(mnemonic(text) for text in texts)  # every item got a mnemonic
    assert len({mnemonic(text) for text in texts}) == len(texts)  # each its own
    name, _texts = menu_opened_by_shift_f10(qtbot, review.themes)
    assert name == "themeContextMenu"


def test_shift_f10_opens_the_key_quotes_menu_on_the_write_tab(window, qtbot):
    with qtbot.waitSignal(window.writing.theme_loaded, timeout=LOAD):
        window.tabs.setCurrentWidget(window.writing)
    name, texts = menu_opened_by_shift_f10(qtbot, window.writing.quotes)
    assert name == "quoteContextMenu"
    assert texts == ["Move &up", "Move &down", "&Take away"]


def test_the_event_is_the_menu_keys_at_the_current_item(app, qtbot):
    # Given a list whose third item is current, and a watcher of the events it gets
    install_context_key(app)
    widget = QListWidget()
    widget.addItems(["ett", "två", "tre"])
    widget.setCurrentRow(2)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    asked: list = []
    widget.customContextMenuRequested.connect(asked.append)
    events: list[QContextMenuEvent] = []

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.ContextMenu:
                events.append(QContextMenuEvent(event.reason(), event.pos(), event.globalPos()))
            return False

    watch = Watch()
    widget.viewport().installEventFilter(watch)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    # When Shift+F10 is pressed
    qtbot.keyClick(widget, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    # Then the list got the Menu key's event, at its current item
    assert [e.reason() for e in events] == [QContextMenuEvent.Reason.Keyboard]
    assert widget.visualItemRect(widget.item(2)).contains(asked[0])
    assert install_context_key(app) is install_context_key(app)  # installed once


def test_items_without_a_mnemonic_get_a_free_letter(app):
    menu = QMenu()
    for text in ("&Tag with", "Theme", "Themes", "Tea & cake", "T"):
        menu.addAction(text)
    give_mnemonics(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[:4] == ["&Tag with", "T&heme", "Th&emes", "Te&a && cake"]
    assert texts[4] == "T"  # no free letter left: left as it is
