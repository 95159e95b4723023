"""REFI-QDA files through the import dialog: a codebook brings themes into no dialogue, a project
from another QDA tool brings its coded passages as notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.import_fixtures import Importer

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "refi" / "samples"
A, B = "3d0b1b2e-7a51-4a40-9d0c-1f1a1a1a1a1a", "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"


def write_codebook(path: Path) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        f'<Code guid="{A}" name="Trygghet" isCodable="true" color="#AA3377">'
        f'<Code guid="{B}" name="Trygghet i kollektivtrafiken" isCodable="true"/></Code>'
        '</Codes></CodeBook>', encoding="utf-8")
    return path


def test_a_codebook_brings_themes_and_asks_for_no_dialogue(qtbot, session, tmp_path, messages):
    # given
    importer = Importer(qtbot, session, write_codebook(tmp_path / "ramverk.qdc"))
    assert "REFI-QDA codebook" in importer.dialog.source.detected.text()
    dialogues_before = len(session.project.dialogues.list())
    # when
    importer.to_target()
    # then: nothing to choose but to import
    target = importer.dialog.target
    assert not target.where.isVisibleTo(importer.dialog) and target.complete
    importer.run()
    summary = importer.dialog.summary
    assert summary.heading.text() == "The themes are imported" and summary.values["themes"] == "2"
    assert not summary.review_button.isVisibleTo(importer.dialog)
    assert len(session.project.dialogues.list()) == dialogues_before


@pytest.mark.skipif(not (SAMPLES / "qc_demo.qdpx").exists(), reason="the shared REFI-QDA samples are absent")
def test_a_project_from_another_tool_brings_its_passages_as_notes(qtbot, session, tmp_path, messages):
    # given
    importer = Importer(qtbot, session, SAMPLES / "qc_demo.qdpx")
    # when
    importer.to_target()
    importer.dialog.target.bad_rows.skip.setChecked(True)  # whatever the sample holds that cannot be read
    importer.run()
    # then
    result = importer.dialog.result
    assert result.note_ids and result.themes_created > 0
    assert importer.dialog.summary.review_button.isVisibleTo(importer.dialog)
