"""Blocks of any format become the plan: headings as questions, one note per paragraph, group labels
and lead-ins only when the user asks, origins a person can find, and nothing too long cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialog_app.core.import_plan import BadRow, ImportedNote, RowProblem, SourceKind
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.services.note_fields import MAX_TEXT_CHARS
from dialog_app.io.imports.document_blocks import Block, BlockKind
from dialog_app.io.imports.document_plan import REPORT_EVERY, plan_from_blocks
from dialog_app.io.imports.source_facts import ReadOptions, Source

H, P, B, ROW = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.TABLE_ROW
SOURCE = Source(Path("/möten/protokoll.docx"), b"", "docx", "ab" * 32)

BLOCKS = [
    Block(P, "Före första rubriken"),
    Block(H, "Region Norr", 1),
    Block(H, "Skola", 2),
    Block(P, "Kommuner:"),
    Block(B, "Fler lärare", 1),
    Block(P, ""),
    Block(P, "Näringsliv: Vi behöver praktikplatser", 0, "Näringsliv:"),
    Block(B, "Lärlingar", 1),
    Block(P, "Civilsamhälle:", 0, "Civilsamhälle:"),
    Block(ROW, "Grupp:"),
    Block(H, "Vård", 2),
    Block(P, "Närmare till vårdcentralen"),
    Block(H, "Tomt avsnitt", 1),
    Block(H, "Skola", 2),
]


def plan(blocks: list[Block], group_lines: bool = False, job: Job | None = None):
    return plan_from_blocks(blocks, SOURCE, ReadOptions(group_lines=group_lines), job or Job(), {"encoding": "utf_8"})


def test_without_group_lines_every_paragraph_is_a_note_under_the_nearest_heading():
    # when
    made = plan(BLOCKS)
    # then
    assert made.notes == (
        ImportedNote("Före första rubriken", "paragraph=1"),
        ImportedNote("Kommuner:", "paragraph=4", "Skola"),
        ImportedNote("Fler lärare", "paragraph=5", "Skola"),
        ImportedNote("Näringsliv: Vi behöver praktikplatser", "paragraph=7", "Skola"),
        ImportedNote("Lärlingar", "paragraph=8", "Skola"),
        ImportedNote("Civilsamhälle:", "paragraph=9", "Skola"),
        ImportedNote("Grupp:", "paragraph=10", "Skola"),
        ImportedNote("Närmare till vårdcentralen", "paragraph=12", "Vård"),
    )
    assert made.questions == ("Region Norr", "Skola", "Vård", "Tomt avsnitt")
    assert made.groups == ()
    assert (made.file_name, made.sha256, made.kind) == ("protokoll.docx", "ab" * 32, SourceKind.DOCUMENT)
    assert made.facts == {"format": "docx", "encoding": "utf_8"}


def test_with_group_lines_labels_and_lead_ins_name_the_group_until_the_next_heading():
    # when
    made = plan(BLOCKS + [Block(P, "Efter rubriken")], group_lines=True)
    # then: a table cell is never a label
    assert [(note.text, note.group, note.question) for note in made.notes] == [
        ("Före första rubriken", None, None),
        ("Fler lärare", "Kommuner", "Skola"),
        ("Vi behöver praktikplatser", "Näringsliv", "Skola"),
        ("Lärlingar", "Kommuner", "Skola"),
        ("Grupp:", "Civilsamhälle", "Skola"),
        ("Närmare till vårdcentralen", None, "Vård"),
        ("Efter rubriken", None, "Skola"),
    ]
    assert made.groups == ("Kommuner", "Näringsliv", "Civilsamhälle")


def test_a_bold_start_too_long_for_a_group_stays_in_the_text():
    # given
    lead = "Det här sades av många i rummet:"
    # when
    made = plan([Block(P, f"{lead} mer buss", 0, lead)], group_lines=True)
    # then
    assert [(note.text, note.group) for note in made.notes] == [(f"{lead} mer buss", None)]


def test_a_paragraph_too_long_for_a_note_is_listed_not_cut():
    # given
    blocks = [Block(P, "x" * MAX_TEXT_CHARS), Block(P, "y" * (MAX_TEXT_CHARS + 1))]
    # when
    made = plan(blocks)
    # then
    assert [note.origin for note in made.notes] == ["paragraph=1"]
    assert made.bad_rows == (BadRow("paragraph=2", RowProblem.TOO_LONG, f"{MAX_TEXT_CHARS + 1} characters"),)


def test_progress_is_reported_and_a_cancel_stops_the_reading():
    # given
    blocks = [Block(P, f"Synpunkt {n}") for n in range(2 * REPORT_EVERY + 5)]
    seen: list[tuple[int, int]] = []
    # when
    made = plan(blocks, job=Job(lambda done, total: seen.append((done, total))))
    # then
    assert len(made.notes) == len(blocks)
    assert seen == [(REPORT_EVERY, len(blocks)), (2 * REPORT_EVERY, len(blocks)), (len(blocks), len(blocks))]
    # and when cancelled
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        plan(blocks, job=job)
