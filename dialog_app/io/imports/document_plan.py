"""Minutes read as blocks become a plan: which paragraphs are notes, which headings are questions,
and, when the user asks, which lines name the stakeholder group.

- A heading becomes a question of the dialogue, listed even when nothing stands under it; the notes
  under it belong to it. With nested headings the nearest heading above a note is its question
  (the "Skola" under "Region Norr" is asked of "Skola", not of "Region Norr"); every heading is
  listed, so the outer ones are there to keep or delete.
- Every other block with text is one note: a paragraph, a list item, a table row (its cells joined).
  Blank paragraphs are skipped but still counted, so ``paragraph=n`` is the n-th paragraph the
  reader saw, headings included.
- With ``group_lines``: a label line ("Civilsamhälle:") is no note but sets the group of the notes
  after it, until the next heading or label; a bold lead-in ("**Näringsliv:** Vi behöver …") gives
  its own note the group and is taken off the text. Without it both are ordinary text: a lone
  "Civilsamhälle:" is then a note of its own, since nothing typed is dropped.
- A text longer than a note may hold is listed as a bad row (``TOO_LONG``), not cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.import_plan import BadRow, ImportedNote, ImportPlan, RowProblem, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.core.services.note_fields import checked_text
from dialog_app.io.imports.document_blocks import Block, BlockKind, group_label
from dialog_app.io.imports.source_facts import ReadOptions, Source

REPORT_EVERY = 200  # blocks between two progress reports


def plan_from_blocks(blocks: Sequence[Block], source: Source, options: ReadOptions, job: Job,
                     facts: dict[str, str] | None = None) -> ImportPlan:
    notes: list[ImportedNote] = []
    bad_rows: list[BadRow] = []
    questions: dict[str, None] = {}  # ordered sets
    groups: dict[str, None] = {}
    question: str | None = None
    group: str | None = None
    for number, block in enumerate(blocks, start=1):
        if number % REPORT_EVERY == 0:
            job.report(number, len(blocks))
        if not block.text:
            continue
        if block.kind is BlockKind.HEADING:
            question, group = block.text, None
            questions.setdefault(question)
            continue
        text, note_group = block.text, group
        if options.group_lines:
            label = group_label(text) if block.kind is not BlockKind.TABLE_ROW else None
            if label:
                group = label
                continue
            named = group_label(block.lead_in) if block.lead_in else None
            if named and block.lead_in:
                text, note_group = text[len(block.lead_in):].strip(), named
        origin = f"paragraph={number}"
        try:
            checked_text(text)
        except InvalidValueError:
            bad_rows.append(BadRow(origin, RowProblem.TOO_LONG, f"{len(text)} characters"))
            continue
        notes.append(ImportedNote(text=text, origin=origin, question=question, group=note_group))
        if note_group:
            groups.setdefault(note_group)
    job.report(len(blocks), len(blocks))
    return ImportPlan(
        file_name=source.name, sha256=source.sha256, kind=SourceKind.DOCUMENT, notes=tuple(notes),
        bad_rows=tuple(bad_rows), questions=tuple(questions), groups=tuple(groups),
        facts={"format": source.format, **(facts or {})},
    )
