"""Minutes as documents (Word, OpenDocument, plain text, Markdown): the two entry points of the import.

Each format has its reader, which makes a flat list of blocks (``document_blocks``); one module,
``document_plan``, turns the blocks of any format into notes, questions and groups, so that a
heading, a bullet or a group label means the same whatever program wrote the minutes.
"""

from __future__ import annotations

from dialog_app.core.import_plan import FileProblem, ImportFileError, ImportPlan, SourceKind
from dialog_app.core.jobs import Job
from dialog_app.io.imports.document_blocks import Block
from dialog_app.io.imports.document_plan import plan_from_blocks
from dialog_app.io.imports.open_document import odt_blocks
from dialog_app.io.imports.plain_text import text_blocks
from dialog_app.io.imports.source_facts import ReadOptions, Source, SourceFacts
from dialog_app.io.imports.table_text import decode
from dialog_app.io.imports.word_document import word_blocks


def inspect_document(source: Source, options: ReadOptions) -> SourceFacts:
    """The format, and how many paragraphs would become notes (or be listed as too long)."""
    plan = read_document(source, options, Job())
    return SourceFacts(path=source.path, kind=SourceKind.DOCUMENT, format=source.format, sha256=source.sha256,
                       encoding=plan.facts.get("encoding"), row_count=len(plan.notes) + len(plan.bad_rows))


def read_document(source: Source, options: ReadOptions, job: Job) -> ImportPlan:
    blocks, facts = document_blocks(source, options)
    job.check()
    return plan_from_blocks(blocks, source, options, job, facts)


def document_blocks(source: Source, options: ReadOptions) -> tuple[list[Block], dict[str, str]]:
    """The blocks of a document by its format, and what the reader found (a text file's encoding)."""
    if source.format == "docx":
        return word_blocks(source.data), {}
    if source.format == "odt":
        return odt_blocks(source.data), {}
    if source.format in ("text", "markdown"):
        text, encoding = decode(source.data, options.encoding)
        return text_blocks(text, markdown=source.format == "markdown"), {"encoding": encoding}
    raise ImportFileError(FileProblem.UNKNOWN_KIND, source.format)
