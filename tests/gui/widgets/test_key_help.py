"""F1 on every screen and in the dialogs where keys matter (issue 15): the list is read from the keys
each screen binds, so what it shows is what the keys do; F1 or Esc closes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dialog_app.core.project import Project
from dialog_app.gui.widgets.key_help import KeyHelp
from dialog_app.gui.widgets.key_list import screen_keys

LOAD = 10_000
REVIEW_KEYS = ("1–9", "T", "Shift+T", "A", "R", "Ctrl+R", "Ctrl+P", "Ctrl+E", "K", "M", "Ctrl+D", "N", "Shift+N",
               "Ctrl+F")
TAB_KEYS = {
    "dialogues": ("F1", "Ctrl+Z", "Ctrl+N", "Ctrl+O"),
    "capture": ("Enter", "F8 / Shift+F8", "Alt+1 … Alt+9", "F7", "Ctrl+L", "F1"),
    "review": REVIEW_KEYS,
    "writing": ("Enter", "Alt+↑ / Alt+↓", "Delete / Backspace", "F1"),
    "matrix": ("Enter", "F1"),
}


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=LOAD)


def shown_keys(overlay: KeyHelp) -> list[str]:
    return [label.text() for label in overlay.findChildren(QLabel) if label.font().bold()]


def press_f1(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), Qt.Key.Key_F1)


@pytest.mark.parametrize("tab", list(TAB_KEYS))
def test_f1_on_each_tab_lists_the_keys_the_screen_binds(seeded_window, qtbot, tab):
    # given a tab in front, the keyboard in it
    window = seeded_window
    screen = getattr(window, tab)
    window.tabs.setCurrentWidget(screen)
    activate(qtbot, window)
    screen.setFocus()
    # when F1 is pressed
    press_f1(qtbot)
    overlay = screen.findChild(KeyHelp)
    qtbot.waitUntil(overlay.isVisible, timeout=LOAD)
    # then it lists this screen's keys and the menus' own, under a name a screen reader says
    shown = shown_keys(overlay)
    for keys in TAB_KEYS[tab]:
        assert keys in shown, (tab, keys, shown)
    assert overlay.accessibleName().startswith("Keyboard shortcuts")
    assert window.tabs.tabText(window.tabs.currentIndex()) in overlay.accessibleName()
    # and every key it lists says what it does
    assert all(row.meaning.strip() for row in screen_keys(screen)), screen_keys(screen)
    # when F1 is pressed again, it closes
    press_f1(qtbot)
    assert not overlay.isVisible()


def test_the_review_list_is_read_from_the_keys_bound(seeded_window, qtbot):
    # given a key bound on the review after the list was first shown
    from dialog_app.gui.widgets.shortcuts import shortcut

    review = seeded_window.review
    seeded_window.tabs.setCurrentWidget(review)
    activate(qtbot, seeded_window)
    shortcut("Ctrl+Shift+Y", review, lambda: None, help="A key added later")
    # when F1 shows the list, it is there; Esc closes the list
    press_f1(qtbot)
    overlay = review.findChild(KeyHelp)
    assert "Ctrl+Shift+Y" in shown_keys(overlay)
    assert "A key added later" in [label.text() for label in overlay.findChildren(QLabel)]
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()


def test_f1_without_a_project_lists_the_menus_keys(main_window, qtbot):
    activate(qtbot, main_window)
    main_window.key_help_action.trigger()
    overlay = main_window.no_project.findChild(KeyHelp)
    assert overlay.isVisible()
    assert {"Ctrl+N", "Ctrl+O"} <= set(shown_keys(overlay))


def _project_with_a_name(main_window, qtbot, project_path):
    path = project_path("Namn")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Workshop i Storuman")
        project.notes.add(dialogue.id, "Enligt Jonathan Mayhew saknas fiber i byarna.")
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)


@pytest.mark.parametrize(("action", "name", "keys"), [
    ("possible_names_action", "possibleNamesDialog", ("M", "K", "Delete", "F1")),
    ("register_action", "participantRegisterDialog", ("Enter", "Delete", "F1")),
    ("frameworks_action", "frameworkEditor", ("Ctrl+N", "Ctrl+Shift+N", "Delete", "Ctrl+Z / Ctrl+Shift+Z", "F1")),
    ("user_guide_action", "userGuide", ("Alt+← / Alt+→", "F1")),
])
def test_f1_in_a_dialog_lists_its_keys(main_window, qtbot, project_path, action, name, keys):
    # given a dialog where keys matter, open and in front
    _project_with_a_name(main_window, qtbot, project_path)
    getattr(main_window, action).trigger()
    dialog = main_window.findChild(QWidget, name)
    activate(qtbot, dialog)
    # when F1 is pressed in it
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
    overlay = dialog.findChild(KeyHelp)
    qtbot.waitUntil(overlay.isVisible, timeout=LOAD)
    # then its keys are listed, under a name; Esc closes the list and leaves the dialog open
    for key in keys:
        assert key in shown_keys(overlay)
    assert overlay.accessibleName() == "Keyboard shortcuts"
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible() and dialog.isVisible()
    dialog.close()


def test_no_shortcut_beneath_fires_while_the_list_is_open(seeded_window, qtbot):
    # given the F1 list open over the review, whose Ctrl+F moves the keyboard to the search field
    review = seeded_window.review
    seeded_window.tabs.setCurrentWidget(review)
    activate(qtbot, seeded_window)
    press_f1(qtbot)
    overlay = review.findChild(KeyHelp)
    qtbot.waitUntil(overlay.isVisible, timeout=LOAD)
    # when Ctrl+F and Ctrl+E are pressed
    qtbot.keyClick(overlay, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(overlay, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # then the keyboard stays on the open list, as in a modal popup, and no dialog opened
    assert overlay.isVisible() and QApplication.focusWidget() is overlay
    assert QApplication.activeModalWidget() is None
    # and F1 still closes it, giving the keyboard back to the screen
    qtbot.keyClick(overlay, Qt.Key.Key_F1)
    assert not overlay.isVisible()
    assert QApplication.focusWidget() is not overlay
