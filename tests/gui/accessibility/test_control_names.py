"""Controls a screen reader met without a name (issue 15's accessibility walk): the note box, the
table combo, the agenda list, the organisation field and list (both announced as "Närvaro"), the
Skriva search, the theme picker's field and list, the duplicates tree and the export preview. Each
now has a name of its own, and no two of them share one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dialog_app.gui.export.export_dialog import ExportDialog
from dialog_app.gui.review.duplicates_dialog import DuplicatesDialog
from dialog_app.gui.review.theme_picker import ThemePicker

NAMED = ("captureInput", "captureTable", "agendaList", "organisationInput", "organisationList", "synthesisSearch")


def names_of(root: QWidget, object_names) -> dict[str, str]:
    found = {}
    for name in object_names:
        widget = root.findChild(QWidget, name)
        assert widget is not None, name
        found[name] = widget.accessibleName()
    return found


def test_the_window_s_controls_have_names_of_their_own(seeded_window):
    names = names_of(seeded_window, NAMED)
    assert all(names.values()), names
    assert len(set(names.values())) == len(names), names
    assert names["captureInput"] == "Note" and seeded_window.capture.input.accessibleDescription()


def test_the_theme_picker_duplicates_and_export_preview_are_named(seeded_window, qtbot):
    picker = ThemePicker([], "Tag", seeded_window)
    qtbot.addWidget(picker)
    assert names_of(picker, ("themePickerQuery", "themePickerList")) == {
        "themePickerQuery": "Find a theme", "themePickerList": "Themes"}
    duplicates = DuplicatesDialog([], {}, seeded_window)
    qtbot.addWidget(duplicates)
    assert names_of(duplicates, ("duplicateGroups",)) == {"duplicateGroups": "Possible duplicates"}
    export = ExportDialog(seeded_window.session, seeded_window)
    qtbot.addWidget(export)
    assert names_of(export, ("exportPreview",)) == {"exportPreview": "What the export will hold"}
