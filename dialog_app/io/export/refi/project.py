"""The published notes as a REFI-QDA project (.qdpx), to go on coding them in a QDA tool.

The .qdpx is a zip: ``project.qde`` (the XML, valid against Project-mrt2019.xsd) and one plain
text file per dialogue under ``sources/``. Each note is a selection of its dialogue's text, coded
with its themes; the framework is the codebook; each stakeholder group, and each note with its
kind, question, votes and status, is a case (cases.py); a theme's synthesis and key quotes are a
note file beside the sources, the memo of its code (memos.py).
"""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from typing import BinaryIO

from lxml import etree

from dialog_app.core.jobs import Job
from dialog_app.io.export.refi import cases, memos
from dialog_app.io.export.refi.cases import selection_guid, value
from dialog_app.io.export.refi.guids import USER, guid
from dialog_app.io.export.refi.sources import SEPARATOR, SourceText, lay_out
from dialog_app.io.export.refi.xml_parts import (
    ORIGIN, PROJECT_NS, Maker, add_codes, code_guid, timestamp, to_bytes,
)
from dialog_app.io.export.report import DialogueEntry, NoteEntry, Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

QDE = "project.qde"
SOURCES = "sources/"  # lowercase, as the standard spells it

# Variables do not depend on the project: the same attribute in every export (the cases' in cases.py).
KIND_VARIABLE = guid("variable", "dialogue_kind")
DATE_VARIABLE = guid("variable", "dialogue_date")


def write(report: Report, stream: BinaryIO, job: Job) -> None:
    total = len(report.notes) + 1  # the last step: the zip
    done = 0
    laid_out: list[tuple[DialogueEntry, SourceText]] = []
    for dialogue, notes in report.by_dialogue(tuple(range(len(report.notes)))):
        job.check()
        laid_out.append((dialogue, lay_out(report, dialogue, notes)))
        done += len(notes)
        job.report(done, total)
    job.check()
    notes = memos.memos(report)
    document = _Project(report, datetime.now(timezone.utc)).xml(laid_out, notes, job)
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(QDE, document)
        for dialogue, source in laid_out:
            job.check()
            archive.writestr(SOURCES + source_file(dialogue), source.text.encode("utf-8"))
        for memo in notes:
            archive.writestr(SOURCES + memo.file, memo.text.encode("utf-8"))
    job.report(total, total)


def source_guid(dialogue: DialogueEntry) -> str:
    return guid("source", dialogue.id)


def source_file(dialogue: DialogueEntry) -> str:
    return f"{source_guid(dialogue)}.txt"


class _Project:
    def __init__(self, report: Report, now: datetime) -> None:
        self.report = report
        self.w = report.wording
        self.x = Maker(PROJECT_NS)
        self.now = timestamp(now)

    def xml(self, laid_out: list[tuple[DialogueEntry, SourceText]], notes: list[memos.Memo], job: Job) -> bytes:
        x, report = self.x, self.report
        root = x.root("Project", name=report.title, origin=ORIGIN, creatingUserGUID=USER,
                      creationDateTime=self.now)
        users = x.sub(root, "Users")
        x.sub(users, "User", guid=USER, name="dialog_app")
        if report.themes:
            add_codes(x, x.sub(root, "CodeBook"), report.themes, memos.memo_guids(notes))
        self._variables(root, laid_out)
        cases.add_cases(x, root, report, ((source_guid(d), [p.note for p in s.placed]) for d, s in laid_out))
        if laid_out:
            sources = x.sub(root, "Sources")
            for dialogue, source in laid_out:
                job.check()
                self._source(sources, dialogue, source)
        memos.add_notes(x, root, notes, self.now)
        about = SEPARATOR.join(p for p in (report.organiser, report.version_label, self.w.date(report.made_on)) if p)
        x.sub(root, "Description", about)
        return to_bytes(root)

    # --- the parts, in the order the schema wants them ------------------------------------------

    def _variables(self, root: etree._Element, laid_out) -> None:
        x, w = self.x, self.w
        wanted = cases.variables(self.report)
        if laid_out:
            wanted.append((KIND_VARIABLE, w(QT_TRANSLATE_NOOP("Export", "Type of dialogue")), "Text"))
        if any(d.starts_at for d, _s in laid_out):
            wanted.append((DATE_VARIABLE, w(QT_TRANSLATE_NOOP("Export", "Date")), "Date"))
        if wanted:
            variables = x.sub(root, "Variables")
            for key, name, kind in wanted:
                x.sub(variables, "Variable", guid=key, name=name, typeOfVariable=kind)

    def _source(self, sources: etree._Element, dialogue: DialogueEntry, source: SourceText) -> None:
        x = self.x
        element = x.sub(sources, "TextSource", guid=source_guid(dialogue), name=source.name,
                        plainTextPath=f"internal://{source_file(dialogue)}", creatingUser=USER,
                        creationDateTime=self.now)
        if dialogue.questions:
            x.sub(element, "Description", "\n".join(self._question(q) for q in dialogue.questions))
        for placed in source.placed:
            self._selection(element, placed.note, placed.start, placed.end)
        if dialogue.kind:
            value(x, element, KIND_VARIABLE, "TextValue", dialogue.kind)
        if dialogue.starts_at:
            value(x, element, DATE_VARIABLE, "DateValue", dialogue.starts_at.date().isoformat())

    def _selection(self, source: etree._Element, note: NoteEntry, start: int, end: int) -> None:
        x, report = self.x, self.report
        selection = x.sub(source, "PlainTextSelection", guid=selection_guid(note), name=note.ref,
                          startPosition=start, endPosition=end, creatingUser=USER,
                          creationDateTime=timestamp(note.created_at))
        details = self._details(note)
        if details:
            x.sub(selection, "Description", details)
        for index in note.themes:
            theme = report.themes[index]
            coding = x.sub(selection, "Coding", guid=guid("coding", note.id, theme.id), creatingUser=USER)
            x.sub(coding, "CodeRef", targetGUID=code_guid(theme))

    def _details(self, note: NoteEntry) -> str:
        """What the source text does not show: the question, the votes, the table, the status."""
        w = self.w
        lines = []
        if note.question:
            lines.append(self._question(note.question))
        if note.table:
            lines.append(w(QT_TRANSLATE_NOOP("Export", "Table: %1"), note.table))
        if note.votes:
            lines.append(w(QT_TRANSLATE_NOOP("Export", "Votes: %1"), w.number(note.votes)))
        if note.key_quote:
            lines.append(w(QT_TRANSLATE_NOOP("Export", "Key quote")))
        if self.report.options.all_statuses:
            lines.append(w(QT_TRANSLATE_NOOP("Export", "Status: %1"), note.status))
        return "\n".join(lines)

    def _question(self, question: str) -> str:
        return self.w(QT_TRANSLATE_NOOP("Export", "Question: %1"), question)
