"""The export dialog's choices and preview: safe defaults, live counts, and personal data asked for."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox

from dialog_app.gui.dialogs import messages as boxes
from dialog_app.gui.export import export_memory
from dialog_app.gui.export.export_dialog import ExportDialog
from dialog_app.gui.ops import ProjectSession
from dialog_app.io.export import FORMATS
from tests.gui.export_fixtures import LOAD, built, exporter  # noqa: F401 - the fixtures
from tests.io.export_project import build


def test_the_dialog_opens_from_the_file_menu_with_the_safe_defaults(main_window, qtbot, tmp_path):
    # given the export project, open in the window
    path = tmp_path / "export.dialog"
    build(path).project.close()
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)
    action = main_window.findChild(QAction, "exportAction")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert action in main_window.menuBar().actions()[0].menu().actions()
    # when
    action.trigger()
    dialog = main_window.findChild(ExportDialog, "exportDialog")
    qtbot.waitUntil(lambda: dialog._loaded and not dialog.preview_job.busy and bool(dialog.preview.lines),
                    timeout=LOAD)
    # then: approved notes only, personal data masked, everything chosen, in the project's language
    assert dialog.isVisible()
    options = dialog.choices.options()
    assert (options.all_statuses, options.include_personal_data) == (False, False)
    assert (options.theme_ids, options.dialogue_ids, options.language) == (None, None, "sv")
    assert not dialog.choices.personal_warning.isVisible()
    assert [dialog.choices.format_box.itemData(i) for i in range(dialog.choices.format_box.count())] == list(FORMATS)
    dialog.close()


def test_export_is_disabled_without_a_project(main_window):
    # then
    assert not main_window.findChild(QAction, "exportAction").isEnabled()


def test_the_preview_counts_what_goes_in_what_is_left_out_and_what_is_masked(exporter):
    # then: 9 approved notes from 2 of the 3 dialogues, in 6 themes
    assert (exporter.value("notes"), exporter.value("dialogues"), exporter.value("themes")) == ("9", "2", "6")
    assert exporter.value("uncovered") == "1"
    assert {k: line.value for k, line in exporter.lines.items() if k.startswith("left:") and line.value} == {
        "left:captured": "1", "left:reviewed": "1", "left:excluded": "1"}
    # and every piece of personal data that will be masked, and where
    masked = {k: (line.value, line.detail) for k, line in exporter.lines.items() if k.startswith("masked:") and line.value}
    assert masked == {
        "masked:name": ("1", "D2-002"),
        "masked:email": ("1", "D1-003"),
        "masked:phone": ("2", "D1-003, 1 Digital kompetens (synthesis)"),
        "masked:personal_number": ("1", "D1-003"),
    }
    shown = exporter.dialog.preview.body.text()
    assert "D1-003, 1 Digital kompetens (synthesis)" in shown and "Phone numbers" in shown


def test_unchecking_a_dialogue_updates_the_preview(exporter, qtbot):
    # when
    with qtbot.waitSignal(exporter.dialog.preview_updated, timeout=LOAD):
        exporter.dialogue_item("second").setCheckState(0, Qt.CheckState.Unchecked)
    exporter.settle()
    # then
    assert exporter.choices.options().dialogue_ids == frozenset(
        {exporter.built.dialogues["first"].id, exporter.built.dialogues["third"].id})
    assert (exporter.value("notes"), exporter.value("dialogues")) == ("6", "1")
    assert "masked:name" not in exporter.lines
    assert exporter.choices.dialogues.all_box.checkState() == Qt.CheckState.PartiallyChecked


def test_all_statuses_takes_in_all_but_the_excluded_notes(exporter, qtbot):
    # when
    with qtbot.waitSignal(exporter.dialog.preview_updated, timeout=LOAD):
        exporter.choices.all_statuses.click()
    exporter.settle()
    # then
    assert exporter.choices.options().all_statuses
    assert exporter.value("notes") == "11"
    assert {k for k, line in exporter.lines.items() if k.startswith("left:") and line.value} == {"left:excluded"}


def test_choosing_themes_narrows_the_export_and_all_brings_them_back(exporter, qtbot):
    # when only "Digital infrastruktur" stays checked
    themes = exporter.choices.themes
    themes.all_box.click()
    assert themes.nothing_chosen() and not exporter.dialog.export_button.isEnabled()
    exporter.theme_item("infra").setCheckState(0, Qt.CheckState.Checked)
    exporter.settle()
    # then
    assert exporter.choices.options().theme_ids == frozenset({exporter.built.themes["infra"].id})
    assert (exporter.value("notes"), exporter.value("themes")) == ("3", "1")
    assert exporter.dialog.export_button.isEnabled()
    # when "All themes" is clicked again
    themes.all_box.click()
    exporter.settle()
    # then
    assert exporter.choices.options().theme_ids is None
    assert exporter.value("notes") == "9"


def test_personal_data_is_only_included_after_confirming(exporter, qtbot, monkeypatch):
    # given a user who first declines, then confirms
    answers, asked = [False, True], []
    monkeypatch.setattr(boxes, "confirm", lambda _parent, text: asked.append(text) or answers.pop(0))
    box = exporter.choices.personal
    # when declining
    box.click()
    # then nothing changed
    assert len(asked) == 1 and "personal" in asked[0].lower()
    assert not box.isChecked() and not exporter.choices.options().include_personal_data
    assert not exporter.choices.personal_warning.isVisible()
    # when confirming
    with qtbot.waitSignal(exporter.dialog.preview_updated, timeout=LOAD):
        box.click()
    exporter.settle()
    # then the export holds personal data, and says so while it is on
    assert box.isChecked() and exporter.choices.options().include_personal_data
    assert exporter.choices.personal_warning.isVisible()
    assert exporter.lines["personal:included"].warning
    # when switched off again, nothing is asked
    box.click()
    assert len(asked) == 2 and not exporter.choices.personal_warning.isVisible()


def test_format_specific_choices_show_only_for_their_format(exporter):
    choices = exporter.choices
    # when
    exporter.choose_format("csv")
    # then
    assert choices.form.isRowVisible(choices.delimiter_box) and not choices.form.isRowVisible(choices.version_edit)
    assert choices.options().delimiter == ";"  # Swedish: Excel in Swedish splits on semicolons
    assert "table" in choices.format_help.text()
    # when
    exporter.choose_format("pdf")
    # then
    assert choices.form.isRowVisible(choices.version_edit) and not choices.form.isRowVisible(choices.delimiter_box)


def test_pdfa_is_a_choice_of_the_pdf_only(exporter):
    choices = exporter.choices
    check = exporter.dialog.findChild(QCheckBox, "pdfaCheck")
    # when
    exporter.choose_format("pdf")
    check.setChecked(True)
    # then
    assert choices.form.isRowVisible(check) and choices.options().pdfa
    # when
    exporter.choose_format("docx")
    # then
    assert not choices.form.isRowVisible(check) and not choices.options().pdfa


def test_the_document_language_sets_the_defaults_that_follow_it(exporter, qtbot):
    choices = exporter.choices
    # when
    choices.language_box.setCurrentIndex(choices.language_box.findData("en"))
    # then
    assert choices.options().language == "en"
    assert choices.delimiter() == ","
    assert choices.version_edit.text() == "Consultation version"
    assert choices.options().version_label is None  # the default, in the document's words
    # when the user writes a label of their own
    choices.version_edit.selectAll()
    qtbot.keyClicks(choices.version_edit, "Utkast 2")
    # then it is kept
    assert choices.options().version_label == "Utkast 2"


def test_format_language_and_delimiter_are_remembered(app, qtbot, built, messages, tmp_path):
    # given an earlier choice, kept
    export_memory.remember("csv", "en", built.path, ",")
    # when the dialog opens again
    dialog = ExportDialog(ProjectSession(built.project))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded and not dialog.preview_job.busy, timeout=LOAD)
    # then
    options = dialog.choices.options()
    assert (dialog.choices.format_key(), options.language, options.delimiter) == ("csv", "en", ",")
    # and another project still starts in its own language
    other = shutil.copy(built.path, tmp_path / "other.dialog")
    assert export_memory.language(other) is None


@pytest.mark.parametrize("title, expected", [("Regional digitaliseringsstrategi 2030", "Regional digitaliseringsstrategi 2030"),
                                             ("Plan: 2030/31?", "Plan 2030 31")])
def test_the_suggested_file_is_named_after_the_project_in_its_folder(exporter, title, expected):
    # given
    exporter.built.project.set_setting("title", title)
    # when
    suggested = exporter.dialog.suggested_path(FORMATS["xlsx"])
    # then
    assert suggested.parent == exporter.built.path.parent
    assert suggested.name.startswith(expected + " 20") and suggested.suffix == ".xlsx"


def test_every_choice_is_reachable_by_tab_and_esc_closes(exporter, qtbot):
    # given
    dialog, choices = exporter.dialog, exporter.choices
    exporter.choose_format("csv")
    # when walking the focus chain from the format
    reached, widget = [], choices.format_box
    for _step in range(200):
        reached.append(widget)
        widget = widget.nextInFocusChain()
        if widget is choices.format_box:
            break
    # then
    for control in (choices.language_box, choices.delimiter_box, choices.themes.all_box, choices.themes.tree,
                    choices.dialogues.all_box, choices.dialogues.tree, choices.all_statuses, choices.personal,
                    dialog.export_button, dialog.close_button):
        assert control in reached and control.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert all("&" in box.text() for box in (choices.all_statuses, choices.personal, choices.themes.all_box))
    # when
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # then
    assert not dialog.isVisible()


def test_the_statuses_left_out_are_named_in_the_interface_language(qapp):
    # given: only the Swedish translation installed
    from types import SimpleNamespace

    from PySide6.QtCore import QTranslator

    from dialog_app.core.paths import resources_dir
    from dialog_app.gui.export.export_preview import ExportPreview

    translator = QTranslator()
    assert translator.load("dialog_app_sv", str(resources_dir() / "translations"))
    qapp.installTranslator(translator)
    report = SimpleNamespace(left_out={"captured": 2, "reviewed": 1, "excluded": 3},
                             options=SimpleNamespace(all_statuses=False))
    try:
        # when
        lines = dict(ExportPreview()._left_out(report))
    finally:
        qapp.removeTranslator(translator)
    # then: the same words as the review table's status column, not the English source
    assert [lines[f"left:{key}"].label for key in ("captured", "reviewed", "excluded")] == [
        "Inmatad", "Granskad", "Utesluten"]
