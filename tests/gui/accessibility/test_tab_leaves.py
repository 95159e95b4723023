"""The three keyboard traps issue 15 measured: Tab and Shift+Tab never left the Dialoger note table,
the review table let Tab out only after rows × columns presses, and Tab in "What we heard" typed a
tab character into the saved synthesis. Each now lets Tab out in one press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from tests.gui.accessibility.focus_walk import keyboard_at
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.screens import SCREENS, window  # noqa: F401  (window is a fixture)

SHIFT = Qt.KeyboardModifier.ShiftModifier


def focus_on(qtbot, root: QWidget, widget: QWidget) -> None:
    keyboard_at(qtbot, root)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3_000)


@pytest.mark.parametrize(("screen", "table"), [("dialogues tab", "noteTable"), ("review tab", "reviewTable")])
def test_tab_and_shift_tab_leave_a_table_in_one_press(window, qtbot, tmp_path, screen, table):
    root = SCREENS[screen](window, qtbot, tmp_path)
    view = root.findChild(QTableView, table)
    qtbot.waitUntil(lambda: view.model().rowCount() > 1, timeout=5_000)
    for key, modifier in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Backtab, SHIFT)):
        focus_on(qtbot, root, view)
        qtbot.keyClick(view, key, modifier)
        assert QApplication.focusWidget() is not view, f"{key.name} stayed in {table}"
    focus_on(qtbot, root, view)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the arrows move inside the table
    assert QApplication.focusWidget() is view


def test_tab_in_the_synthesis_moves_on_and_types_nothing(window, qtbot, tmp_path):
    SCREENS["writing tab"](window, qtbot, tmp_path)
    editor = window.writing.editor
    assert editor.isVisible()
    focus_on(qtbot, window, editor)
    text = editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor
    assert editor.toPlainText() == text and "\t" not in text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is editor
