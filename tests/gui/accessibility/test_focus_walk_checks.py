"""The walk's detectors catch what issue 15 met, on a dialog built with each mistake: a field named
only by its group box, a "Ko&d" label with no buddy, a combo box with no label, two kinds of control
announced alike, a table that keeps Tab, a text box that types it, and Tab going back up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QGroupBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QTableWidget, QVBoxLayout,
)

from tests.gui.accessibility import focus_walk as fw
from tests.gui.accessibility.focus_walk import keyboard_at


@pytest.fixture
def bad(app, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QGroupBox("Tema")
    code = QLineEdit(objectName="themeCode")
    QVBoxLayout(box).addWidget(code)
    layout = QVBoxLayout(dialog)
    layout.addWidget(box)
    layout.addWidget(QLabel("Ko&d:"))
    layout.addWidget(QComboBox(objectName="unlabelled"))
    field, places = QLineEdit(objectName="presentField"), QListWidget(objectName="presentList")
    field.setAccessibleName("Närvaro")
    places.setAccessibleName("närvaro")
    layout.addWidget(field)
    layout.addWidget(places)
    table = QTableWidget(3, 3, objectName="noteTable")
    table.setAccessibleName("Anteckningar")
    layout.addWidget(table)
    dialog.resize(400, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_names_a_screen_reader_would_miss_are_found(bad):
    found = "\n".join(fw.name_problems("bad", bad, fw.controls(bad)))
    assert "themeCode [QLineEdit] is announced only by its group box's title 'Tema'" in found
    assert "'Ko&d:' has a mnemonic but no buddy" in found
    assert "unlabelled [QComboBox] has no accessible name" in found
    assert "2 controls are all announced 'Närvaro'" in found


def test_a_table_that_keeps_tab_is_a_trap(bad, qtbot):
    table = bad.findChild(QTableWidget)
    keyboard_at(qtbot, bad)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    reached = fw.walk(qtbot, table, fw.presses_for(fw.tab_stops(bad)))
    assert fw.trap_problems("bad", bad, table, reached, "Tab") == ["bad: Tab in noteTable [QTableWidget] did not "
                                                                  "move the focus (a trap)"]


def test_a_text_box_that_types_tab_is_a_trap_and_tab_going_back_up_is_out_of_order(app, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QPushButton("Först", objectName="first"), QPushButton("Sedan", objectName="second")
    text = QPlainTextEdit(objectName="synthesisText")
    text.setAccessibleName("Vad vi hörde")
    for widget in (second, first, text):
        layout.addWidget(widget)
    QDialog.setTabOrder(first, second)  # the lower one first: Tab goes back up
    dialog.show()
    qtbot.waitExposed(dialog)
    text.setFocus()
    keyboard_at(qtbot, dialog)
    reached = fw.walk(qtbot, text, 10)
    assert fw.trap_problems("bad", dialog, text, reached, "Tab")[0].endswith("did not move the focus (a trap)")
    assert text.toPlainText() == "\t"
    problems = fw.order_problems("bad", [first, second, text])
    assert problems == ["bad: Tab goes back from first [QPushButton] 'Först' to second [QPushButton] 'Sedan'"]
