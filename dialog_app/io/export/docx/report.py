"""The consultation report as a Word document: the outline's blocks, in Word's own styles.

The same structure as the PDF report (outline.py decides it), but editable: real headings for
the navigation pane and screen readers, a table of contents and page numbers as Word fields,
and the document's language set for the spell checker.
"""

from __future__ import annotations

from typing import BinaryIO

from dialog_app.core.jobs import Job
from dialog_app.io.export.docx import contents
from dialog_app.io.export.docx.blocks import Renderer
from dialog_app.io.export.docx.document import new_document, set_properties
from dialog_app.io.export.outline import Block, Cover, Register, outline
from dialog_app.io.export.report import Report

REPORT_EVERY = 20  # work units between progress reports


def write(report: Report, stream: BinaryIO, job: Job) -> None:
    blocks = list(outline(report))
    total = sum(_work(block) for block in blocks) + 1  # the last unit: saving
    document = new_document(report)
    renderer = Renderer(document, report.wording, job.check, contents.listed(blocks))
    done = reported = 0
    job.report(0, total)
    for block in blocks:
        job.check()
        if isinstance(block, Cover):
            set_properties(document, report, block)
        renderer.render(block)
        done += _work(block)
        if done - reported >= REPORT_EVERY:
            job.report(done, total)
            reported = done
    job.check()
    document.save(stream)
    job.report(total, total)


def _work(block: Block) -> int:
    """How much a block weighs in the progress: a register row as much as a note."""
    return max(1, len(block.rows)) if isinstance(block, Register) else 1
