"""Counts in the exported words take the singular for one: "1 dialogue", never "1 dialoger".

The summary sentence is the report's only count phrase in running text (the rest are labels such
as "Notes: 1"); the outline is shared by the PDF and the Word file, so both are read back.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialog_app.core.project import Project
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather
from dialog_app.io.export.outline import _summary
from dialog_app.io.export.wording import Wording, _translations, _ts_file
from tests.io.pdf_reading import TODAY, read
from tests.io.reference_files import docx_text

ENGLISH = {
    0: ("in 0 dialogues.", "It holds 0 notes of input"),
    1: ("in 1 dialogue.", "It holds 1 note of input"),
    2: ("in 2 dialogues.", "It holds 2 notes of input"),
}
SWEDISH = {
    0: ("vid 0 dialoger.", "Den innehåller 0 anteckningar med inspel"),
    1: ("vid 1 dialog.", "Den innehåller 1 anteckning med inspel, sorterad"),
    2: ("vid 2 dialoger.", "Den innehåller 2 anteckningar med inspel, sorterade"),
}


@pytest.mark.parametrize("language, expected", [("en", ENGLISH), ("sv", SWEDISH)])
def test_the_summary_counts_dialogues_and_notes_in_the_right_number(exported, language, expected):
    if language == "sv" and "It holds %1 note of input, sorted under the themes of %2." not in _translations(
            "sv", _ts_file("sv")):
        pytest.skip("the new Swedish strings are not in the .ts yet (packaging/i18n.py update, fill, release)")
    report = gather(exported.project, ExportOptions(language=language))
    for dialogues in (0, 1, 2):
        for notes in (0, 1, 2):
            # given
            counted = replace(report, dialogues=report.dialogues[:dialogues], notes=report.notes[:notes])
            # when
            text = _summary(counted)
            # then
            assert expected[dialogues][0] in text, text
            assert expected[notes][1] in text, text


def test_wording_count_groups_the_number_and_fills_the_rest():
    w = Wording("en")
    assert w.count("%1 note in %2", "%1 notes in %2", 1, "T1") == "1 note in T1"
    assert w.count("%1 note in %2", "%1 notes in %2", 12000, "T1") == "12,000 notes in T1"
    assert w.count("%1 note", "%1 notes", 0) == "0 notes"


def test_one_dialogue_and_one_note_read_back_in_the_singular_in_pdf_and_word(tmp_path):
    # given
    project = Project.create(tmp_path / "one.dialog", title="En dialog", user="facilitator")
    try:
        dialogue = project.dialogues.create("Möte i Kiruna", kind="dialogue_meeting")
        project.notes.add(dialogue.id, "Bara en anteckning.", status="approved")
        # when
        for fmt in ("pdf", "docx"):
            export(project, fmt, tmp_path / f"one.{fmt}", ExportOptions(language="en"), today=TODAY)
    finally:
        project.close()
    # then
    pdf = read(tmp_path / "one.pdf").text
    word = " ".join(docx_text(tmp_path / "one.docx").split())
    for text in (pdf, word):
        assert "participants said in 1 dialogue. It holds 1 note of input" in text
