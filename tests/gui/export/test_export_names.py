"""The export dialog and possible names (issue 14): undecided names are listed and stop the export
until they are confirmed or dismissed (one key each, in the Possible names dialog) or the writer
chooses to mask or print them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dialog_app.gui.dialogs.possible_names_dialog import PossibleNamesDialog
from dialog_app.io.export.options import UNCONFIRMED_MASK
from tests.gui.export_fixtures import LOAD, Exporter, built  # noqa: F401 (fixtures)


@pytest.fixture
def undecided(app, qtbot, built, messages):  # noqa: F811
    """The export project with its possible names not yet decided, in the export dialog."""
    names = built.project.possible_names
    names.decide(list(names.decisions()), None)
    driver = Exporter(qtbot, built)
    yield driver
    driver.dialog.preview_job.stop()
    driver.dialog.runner.cancel()


def test_undecided_names_are_listed_and_hold_the_export(undecided):
    line = undecided.lines["names:unconfirmed"]
    assert line.warning and "Åsa" in line.value and "Örjan" in line.value
    assert undecided.dialog.preview.names_button.isVisible()
    assert not undecided.dialog.export_button.isEnabled()
    assert "2 possible names not yet confirmed" in undecided.dialog.export_button.toolTip()
    box = undecided.choices.unconfirmed_box
    box.setCurrentIndex(box.findData(UNCONFIRMED_MASK))
    undecided.settle()
    undecided.qtbot.waitUntil(lambda: undecided.dialog.export_button.isEnabled(), timeout=LOAD)
    assert undecided.lines["names:unconfirmed"].detail == "will be masked"


def test_dismissing_each_name_with_one_key_lets_the_export_go(undecided, qtbot):
    undecided.dialog.preview.names_button.click()
    dialog = undecided.dialog.findChild(PossibleNamesDialog, "possibleNamesDialog")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=LOAD)
    assert sorted(dialog.table.item(row, 0).text() for row in range(2)) == ["Åsa", "Örjan"]
    for left in (1, 0):
        with qtbot.waitSignal(dialog.decided, timeout=LOAD):
            qtbot.keyClick(dialog.table, Qt.Key.Key_K)
        qtbot.waitUntil(lambda left=left: dialog.table.rowCount() == left, timeout=LOAD)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=LOAD)
    assert dialog.state.text() == "Every possible name found has been decided."
    qtbot.waitUntil(lambda: "names:unconfirmed" not in undecided.lines, timeout=LOAD)
    assert undecided.dialog.export_button.isEnabled()
    assert undecided.built.project.possible_names.decisions() == {"åsa": "keep", "örjan": "keep"}
    dialog.show_decided.setChecked(True)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=LOAD)
    assert {dialog.table.item(row, 3).text() for row in range(2)} == {"Kept as written"}
