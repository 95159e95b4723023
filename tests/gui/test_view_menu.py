"""View menu: the review table's columns shown, hidden, ordered and sorted by keyboard, and the panes
of every tab widened and narrowed by keys; the choices are kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from dialog_app.core import app_settings
from dialog_app.gui.review.review_model import column
from dialog_app.gui.review.review_table import SETTINGS_VIEW

LOAD = 10_000
KEY = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(seeded_window, qtbot):
    seeded_window.resize(1366, 768)
    qtbot.waitExposed(seeded_window)
    seeded_window.activateWindow()
    return seeded_window


def open_columns_dialog(window, qtbot) -> QDialog:
    window.findChild(QMenu, "viewMenu").menuAction()  # the menu is there, by its name
    window.columns_action.trigger()
    dialog = window.findChild(QDialog, "columnsDialog")
    assert dialog is not None and window.tabs.currentWidget() is window.review
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus, timeout=2_000)
    return dialog


def test_space_shows_and_hides_a_column_and_the_choice_is_kept(window, qtbot):
    dialog = open_columns_dialog(window, qtbot)
    table = window.review.table
    row = dialog.names().index("votes")
    dialog.list.setCurrentRow(row)
    shown = not table.isColumnHidden(column("votes"))
    qtbot.keyClick(dialog.list, KEY.Key_Space)
    assert table.isColumnHidden(column("votes")) == shown
    assert ("votes" in app_settings.hidden_columns(SETTINGS_VIEW)) == shown
    qtbot.keyClick(dialog.list, KEY.Key_Space)
    assert table.isColumnHidden(column("votes")) != shown
    dialog.close()


def test_alt_down_and_the_buttons_move_a_column_and_the_order_is_kept(window, qtbot):
    dialog = open_columns_dialog(window, qtbot)
    header = window.review.table.horizontalHeader()
    names = dialog.names()
    dialog.list.setCurrentRow(0)
    first = names[0]
    qtbot.keyClick(dialog.list, KEY.Key_Down, ALT)
    assert dialog.names()[:2] == [names[1], first]
    assert header.visualIndex(column(first)) == 1
    assert dialog.list.currentItem().text() == dialog.list.item(1).text()  # the moved column stays current
    assert app_settings.column_order(SETTINGS_VIEW)[:2] == [names[1], first]
    up = dialog.findChild(type(dialog.up), "moveColumnUpButton")
    assert dialog.findChild(type(dialog.down), "moveColumnDownButton") is dialog.down
    up.click()
    assert dialog.names() == names and header.visualIndex(column(first)) == 0
    assert not up.isEnabled()  # at the top
    qtbot.keyClick(dialog.list, KEY.Key_Up, ALT)  # nothing above: nothing moves
    assert dialog.names() == names
    dialog.close()


def test_the_saved_order_is_the_next_tables_order(window, qtbot):
    from dialog_app.gui.review.review_model import ReviewTableModel
    from dialog_app.gui.review.review_table import ReviewTable

    table = window.review.notes_table
    assert table.move_column("status", -3)
    again = ReviewTable(ReviewTableModel())
    assert again.column_order() == table.column_order()
    again.view.deleteLater()


def test_sort_by_sorts_the_review_table_as_a_header_click(window, qtbot):
    review = window.review
    window.tabs.setCurrentWidget(window.dialogues)
    window.sort_menu.aboutToShow.emit()  # filled as it opens
    votes = window.sort_menu.findChild(type(window.columns_action), "sortBy_votes")
    with qtbot.waitSignal(review.listed, timeout=LOAD):
        votes.trigger()
    assert window.tabs.currentWidget() is review
    assert review.notes_table.sorted_by()[0] == "votes"
    window.sort_menu.aboutToShow.emit()
    ascending = window.sort_menu.findChild(type(window.columns_action), "sortAscending")
    with qtbot.waitSignal(review.listed, timeout=LOAD):
        ascending.trigger()
    assert review.notes_table.sorted_by() == ("votes", False)
    window.sort_menu.aboutToShow.emit()
    checked = [a.objectName() for a in window.sort_menu.actions() if a.isChecked()]
    assert checked == ["sortBy_votes", "sortAscending"]


def test_the_view_menu_opens_with_the_keyboard(window, qtbot):
    # Alt+V opens View; its items are there by their names
    window.menuBar().setFocus()
    opened: list[str] = []

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, look)
            return
        opened.append(popup.objectName())
        popup.close()

    QTimer.singleShot(20, look)
    qtbot.keyClick(window, KEY.Key_V, ALT)
    qtbot.waitUntil(lambda: bool(opened), timeout=3_000)
    assert opened == ["viewMenu"]
    names = [a.objectName() for a in window.view_menu.actions() if a.objectName()]
    assert names == ["columnsAction", "widenPaneAction", "narrowPaneAction"]
    assert window.sort_menu.menuAction() in window.view_menu.actions()


@pytest.mark.parametrize("tab", ["review", "writing", "capture", "dialogues"])
def test_ctrl_alt_arrows_widen_and_narrow_the_side_pane(window, qtbot, tab):
    page = getattr(window, tab)
    window.tabs.setCurrentWidget(page)
    if tab == "capture":  # its panes show once a dialogue is chosen
        with qtbot.waitSignal(window.capture.loaded, timeout=LOAD):
            window.capture.open_dialogue(window.project.dialogues.list()[0].id)
    qtbot.waitUntil(page.splitter.isVisible, timeout=LOAD)
    window.tabs.setFocus()
    splitter = page.splitter
    before = splitter.sizes()
    side = max(i for i in range(splitter.count()) if i != 1)
    qtbot.keyClick(window.tabs, KEY.Key_Right, CTRL_ALT)
    wider = splitter.sizes()
    assert wider[side] > before[side] and wider[1] < before[1]
    qtbot.keyClick(window.tabs, KEY.Key_Left, CTRL_ALT)
    qtbot.keyClick(window.tabs, KEY.Key_Left, CTRL_ALT)
    assert splitter.sizes()[side] < wider[side]


def test_the_pane_with_the_keyboard_is_the_one_that_grows(window, qtbot):
    review = window.review
    window.tabs.setCurrentWidget(review)
    review.themes.setFocus()
    qtbot.waitUntil(review.themes.hasFocus, timeout=2_000)
    before = review.splitter.sizes()
    qtbot.keyClick(review.themes, KEY.Key_Right, CTRL_ALT)
    after = review.splitter.sizes()
    assert after[0] > before[0] and after[2] == before[2]
    # and a window resize afterwards leaves the writer's width alone
    assert review._panes_moved


def test_sorting_by_keys_alone_through_the_menus(window, qtbot):
    # Alt+V, S opens Sort by; the letter the menu gave "Votes" sorts by votes
    from tests.gui.keyboard import press

    from dialog_app.gui.widgets.mnemonics import mnemonic

    review = window.review
    with qtbot.waitSignal(review.listed, timeout=LOAD):
        window.tabs.setCurrentWidget(review)
    review.table.setFocus()
    qtbot.waitUntil(review.table.hasFocus, timeout=2_000)
    press(qtbot, KEY.Key_V, ALT)
    qtbot.waitUntil(window.view_menu.isVisible, timeout=2_000)
    press(qtbot, KEY.Key_S)
    qtbot.waitUntil(window.sort_menu.isVisible, timeout=2_000)
    votes = window.sort_menu.findChild(type(window.columns_action), "sortBy_votes")
    letter = mnemonic(votes.text())
    with qtbot.waitSignal(review.listed, timeout=LOAD):
        press(qtbot, getattr(KEY, f"Key_{letter.upper()}"))
    assert review.notes_table.sorted_by()[0] == "votes"
    assert not window.sort_menu.isVisible()


def test_f1_in_the_columns_dialog_lists_its_keys(window, qtbot):
    from dialog_app.gui.widgets.key_help import KeyHelp

    dialog = open_columns_dialog(window, qtbot)
    qtbot.keyClick(dialog.list, KEY.Key_F1)
    sheet = dialog.findChild(KeyHelp)
    qtbot.waitUntil(sheet.isVisible, timeout=2_000)
    own, _menus = sheet.rows()
    assert {"Alt+Up", "Alt+Down"} <= {key for row in own for key in row.sequences}
    dialog.close()
