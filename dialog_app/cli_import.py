"""``dialog-app import``: files read through the same door as the GUI's import, and stored in one
transaction after a backup; all or nothing.

Every file is read and checked before the project is touched: a file that cannot be imported, or
a row that cannot be read (unless ``--skip-bad-rows``), ends the command with nothing stored.
``--dry-run`` says what would come in and stores nothing. The same file imported into the same
dialogue again brings in only what is not there yet.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from dialog_app import cli_lookup as lookup
from dialog_app.core.import_plan import FileProblem, ImportFileError, ImportPlan, RowProblem, SourceKind
from dialog_app.io.imports.source_facts import ReadOptions, SourceFacts, TableMapping

PROG = "dialog-app"
SHOWN_NOTES = 5  # first notes a dry run prints per file

FILE_WORDS = {
    FileProblem.UNREADABLE: "cannot be read ({detail})",
    FileProblem.TOO_BIG: "is too big to import ({detail} MB)",
    FileProblem.EMPTY: "is empty",
    FileProblem.BINARY: "holds binary data, not text (is it another kind of file renamed?)",
    FileProblem.NOT_TEXT: "is not text in any encoding tried",
    FileProblem.WRONG_ENCODING: "cannot be read as {detail}",
    FileProblem.BROKEN: "is damaged or not a file of its kind ({detail})",
    FileProblem.ZIP_BOMB: "unpacks to far more than a file of its kind can hold; refused",
    FileProblem.UNSAFE_PATH: "holds a part whose name climbs out of its folder ({detail}); refused",
    FileProblem.UNSAFE_XML: "holds XML with a document type declaration or entities; refused",
    FileProblem.UNKNOWN_KIND: "is of a kind that cannot be imported ({detail}); import CSV, TSV, XLSX, DOCX, ODT, "
                              "TXT, MD, QDPX or QDC files",
    FileProblem.NO_SHEET: "has no sheet named {detail!r}",
    FileProblem.NO_COLUMN: "has no column named {detail!r}",
    FileProblem.NO_TEXT_COLUMN: "has no column that says what the notes are; name it with --text-column",
    FileProblem.NOTHING: "holds nothing to import",
}
ROW_WORDS = {
    RowProblem.RAGGED: "more cells than the header has columns",
    RowProblem.BAD_TIME: "a time that cannot be read ({detail})",
    RowProblem.BAD_VOTES: "votes that are not a whole number ({detail})",
    RowProblem.TOO_LONG: "too long for a note",
    RowProblem.BAD_SELECTION: "a coded selection outside its source's text",
    RowProblem.NO_SOURCE: "the coded selection's source text is missing from the file",
}


@dataclass(frozen=True)
class _Read:
    path: Path
    facts: SourceFacts
    plan: ImportPlan


class _Refused(Exception):
    """A file that cannot be imported, or a usage mistake found while reading: (status, message)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def run_import(options: argparse.Namespace) -> int:
    try:
        reads = [_read(Path(name), options) for name in options.files]
    except _Refused as refusal:
        return _say(str(refusal), refusal.status)
    bad = [(read, row) for read in reads for row in read.plan.bad_rows]
    if bad and not options.skip_bad_rows:
        for read, row in bad:
            print(f"{read.path.name}: {_place(row.origin)}: {ROW_WORDS[row.problem].format(detail=row.detail)}",
                  file=sys.stderr)
        return _say(f"{len(bad)} rows could not be read; nothing was imported (--skip-bad-rows imports the rest)")
    needs_dialogue = any(r.plan.notes or r.plan.questions for r in reads)
    if needs_dialogue and not (options.dialogue or options.new_dialogue):
        return _say("say where the notes go: --dialogue TITLE_OR_ID or --new-dialogue TITLE", 2)
    if options.dry_run:
        return _dry_run(options, reads)
    return _store(options, reads)


def _read(path: Path, options: argparse.Namespace) -> _Read:
    from dialog_app.io.imports.reading import inspect_source, read_source

    asked = ReadOptions(sheet=options.sheet)
    try:
        facts = inspect_source(path, asked)
        columns = (options.text_column, options.question_column, options.group_column)
        if any(columns) and facts.kind is not SourceKind.TABLE:
            raise _Refused(2, f"{path.name}: --text-column, --question-column and --group-column are for "
                              "tables (CSV, TSV, XLSX)")
        mapping = _mapping(facts.mapping, *columns) if facts.kind is SourceKind.TABLE else None
        plan = read_source(path, replace(asked, mapping=mapping))
    except ImportFileError as refusal:
        raise _Refused(1, f"{path.name} {FILE_WORDS[refusal.problem].format(detail=refusal.detail)}") from None
    except OSError as error:
        raise _Refused(1, f"{path}: {error.strerror or error}") from None
    return _Read(path, facts, plan)


def _mapping(proposed: TableMapping | None, text: list[str] | None, question: str | None,
             group: str | None) -> TableMapping | None:
    """The proposed mapping with the columns the command line named in their roles."""
    if not (text or question or group):
        return proposed
    mapping = proposed or TableMapping(text=())
    if text:
        mapping = replace(mapping, text=tuple(text), questions_from_header=False,
                          personal=tuple(c for c in mapping.personal if c not in text))
    if question:
        mapping = replace(mapping, question=question)
    if group:
        mapping = replace(mapping, group=group)
    return mapping


def _dry_run(options: argparse.Namespace, reads: list[_Read]) -> int:
    from dialog_app.core.project import Project

    with Project.open(options.path, read_only=True) as project:
        dialogue = lookup.dialogue(project, options.dialogue) if options.dialogue else None
        for read in reads:
            plan = read.plan
            print(f"{read.path.name}: {_how_read(read)}")
            there = project.imports.already_there(plan, dialogue.id) if dialogue else 0
            print(f"  would import {len(plan.notes) - there} notes, {len(plan.questions)} questions, "
                  f"{len(plan.groups)} groups, {len(plan.themes)} themes"
                  + (f"; {there} already in \"{dialogue.title}\" would be skipped" if there else "")
                  + (f"; {len(plan.bad_rows)} unreadable rows left out" if plan.bad_rows else ""))
            for earlier in project.imports.imported_before(plan.sha256):
                print(f"  imported before on {earlier.at.astimezone():%Y-%m-%d %H:%M} ({earlier.notes} notes)")
            for note in plan.notes[:SHOWN_NOTES]:
                print(f"  {_place(note.origin)}: {' '.join(note.text.split())[:100]}")
    print("Dry run: nothing was stored")
    return 0


def _store(options: argparse.Namespace, reads: list[_Read]) -> int:
    from dialog_app.core.project import Project
    from dialog_app.core.services.importing import ImportTarget
    from dialog_app.core.store.backups import BackupReason

    with Project.open(options.path) as project:
        dialogue_id = lookup.dialogue(project, options.dialogue).id if options.dialogue else None
        project.back_up(BackupReason.IMPORT, unless_unchanged=False)
        new_title = options.new_dialogue
        for read in reads:
            for earlier in project.imports.imported_before(read.plan.sha256):
                print(f"{read.path.name} was imported before, on {earlier.at.astimezone():%Y-%m-%d %H:%M}")
            wanted = read.plan.notes or read.plan.questions
            target = ImportTarget(dialogue_id=dialogue_id if wanted else None,
                                  new_dialogue_title=new_title if wanted and dialogue_id is None else None)
            result = project.imports.apply(read.plan, target)
            if result.dialogue_id is not None:
                dialogue_id = result.dialogue_id  # the next files go to the same new dialogue
            print(_summary(read.path.name, result, project.dialogues.get(dialogue_id).title if dialogue_id else ""))
    return 0


def _summary(name: str, result, title: str) -> str:
    made = [f"{count} new {what}" for count, what in ((result.questions_created, "questions"),
            (result.groups_created, "groups"), (result.themes_created, "themes")) if count]
    line = f"{name}: imported {len(result.note_ids)} notes" + (f" into \"{title}\"" if title else "")
    line += f" ({', '.join(made)})" if made else ""
    if result.skipped_existing:
        line += f"; skipped {result.skipped_existing} already there"
    if result.bad_rows:
        line += f"; left out {result.bad_rows} unreadable rows"
    return line


def _how_read(read: _Read) -> str:
    facts, found = read.facts, read.plan.facts
    parts = [facts.format.upper()]
    if found.get("encoding"):
        parts.append(f"encoding {found['encoding']}")
    if found.get("delimiter"):
        parts.append("delimiter " + {"\t": "tab", ",": "comma", ";": "semicolon"}.get(found["delimiter"],
                                                                                      repr(found["delimiter"])))
    if found.get("sheet"):
        parts.append(f"sheet {found['sheet']!r}")
    parts.append(f"layout {found['layout']}" if found.get("layout") else "no known layout")
    return ", ".join(parts)


def _place(origin: str) -> str:
    """``row=14`` as "row 14", for people."""
    kind, _, value = origin.partition("=")
    return f"{kind} {value}" if value else origin


def _say(message: str, status: int = 1) -> int:
    command = " import" if status == 2 else ""
    print(f"{PROG}{command}: error: {message}", file=sys.stderr)
    return status
