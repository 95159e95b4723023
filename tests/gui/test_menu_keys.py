"""Every menu item has a mnemonic of its own within its menu, in English and in Swedish, and no two
keys of a window are bound where both could fire (Qt would then run neither: an ambiguous shortcut)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from dialog_app.gui.widgets.mnemonics import mnemonic
from tests.gui.key_clashes import ambiguous

ROOT = Path(__file__).resolve().parents[2]
SWEDISH = ROOT / "resources" / "translations" / "dialog_app_sv.ts"
NEW_STRINGS = Path("/work/notes/i18n-keys.json")  # until they are merged into the .ts
DYNAMIC = {"recentMenu", "sortMenu"}  # menus of the user's own words (files, column titles): mnemonics by the app
WINDOW = Qt.ShortcutContext.WindowShortcut


def menus_of(bar: QMenuBar) -> list[QMenu]:
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in bar.actions():
        walk(action.menu())
    return found


def swedish() -> dict[tuple[str, str], str]:
    words: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(SWEDISH).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") not in ("obsolete",):
                words[(name, message.findtext("source"))] = translation.text
    if NEW_STRINGS.exists():
        for entry in json.loads(NEW_STRINGS.read_text(encoding="utf-8")):
            words[(entry["context"], entry["source"])] = entry["translation"]
    return words


def assert_own_mnemonics(title: str, texts: list[str]) -> None:
    letters = [mnemonic(text) for text in texts]
    assert all(letters), f"{title}: items without a mnemonic: {[t for t, m in zip(texts, letters) if not m]}"
    assert len(set(letters)) == len(letters), f"{title}: mnemonics used twice: {texts}"


def test_every_menu_item_has_its_own_mnemonic_in_english(main_window):
    bar = main_window.menuBar()
    assert_own_mnemonics("menu bar", [a.text() for a in bar.actions()])
    for menu in menus_of(bar):
        if menu.objectName() in DYNAMIC or menu.title() == "&Language":
            continue
        assert_own_mnemonics(menu.title(), [a.text() for a in menu.actions() if not a.isSeparator()])


def test_every_menu_item_has_its_own_mnemonic_in_swedish(main_window):
    words = swedish()
    bar = main_window.menuBar()

    def in_swedish(text: str) -> str:
        found = words.get(("MainWindow", text))
        assert found, f"no Swedish for {text!r}"
        return found

    assert_own_mnemonics("menyraden", [in_swedish(a.text()) for a in bar.actions()])
    for menu in menus_of(bar):
        if menu.objectName() in DYNAMIC or menu.title() == "&Language":
            continue
        assert_own_mnemonics(in_swedish(menu.title()),
                             [in_swedish(a.text()) for a in menu.actions() if not a.isSeparator()])
    sort_words = [words[("MainWindow", "&Ascending")], words[("MainWindow", "&Descending")]]
    assert_own_mnemonics("Sortera efter", sort_words)


def test_a_shown_menu_of_the_users_own_words_gets_mnemonics(main_window, qtbot):
    main_window.sort_menu.aboutToShow.emit()
    for menu in (main_window.sort_menu, main_window.recent_menu):
        menu.popup(QPoint(0, 0))
        qtbot.waitUntil(menu.isVisible, timeout=2_000)
        menu.close()
        assert_own_mnemonics(menu.objectName(), [a.text() for a in menu.actions() if not a.isSeparator()])


def test_no_two_keys_of_the_main_window_clash(seeded_window, qtbot):
    # every tab once in front, so that each has built what it builds when first shown
    for index in range(seeded_window.tabs.count()):
        seeded_window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    assert ambiguous(seeded_window) == []


def test_the_new_menu_keys_are_on_the_menus_and_in_f1(main_window):
    from dialog_app.gui.widgets.key_list import menu_keys, sequences_of

    keys = sequences_of(menu_keys(main_window))
    assert {"Ctrl+Shift+S", "Ctrl+Shift+G", "Ctrl+Shift+R", "Ctrl+Shift+M", "Ctrl+Shift+D", "Ctrl+Shift+P",
            "Shift+F1", "Ctrl+Alt+Right", "Ctrl+Alt+Left", "Shift+F10"} <= keys


def test_a_clash_is_found(app, qtbot):
    """The check itself: two keys on one widget, or one on the window, are told."""
    widget = QWidget()
    qtbot.addWidget(widget)
    child = QWidget(widget)
    one, two = QAction("one", widget), QAction("two", child)
    for action, owner, context in ((one, widget, WINDOW), (two, child, Qt.ShortcutContext.WidgetShortcut)):
        action.setShortcut(QKeySequence("Ctrl+J"))
        action.setShortcutContext(context)
        owner.addAction(action)
    assert len(ambiguous(widget)) == 1
    two.setShortcut(QKeySequence("Ctrl+Shift+J"))
    assert ambiguous(widget) == []


@pytest.fixture(autouse=True)
def _no_popup_left(app):
    yield
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
