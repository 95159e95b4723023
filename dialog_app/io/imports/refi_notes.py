"""REFI-QDA selections as notes: the piece of the source's text each one selects, its codes as
tags, and the case that holds it as its stakeholder group.

A selection without codings is still a note; a coding that points at no code of the file is left
out and the note kept. Cases name stakeholder groups: a case holding a selection gives it its
group, and a case holding a whole source gives its group to every selection of that source that no
case holds by itself; with several, the first case in the file wins. A case without a name names no
group, nor does a note's own case (one selection, named as the selection is: this app's export
gives each note one, to carry its variables). A note of another tool's file is its selection with
the surrounding blanks and line breaks taken off (tools select whole lines); a note of this app's
own export is cut exactly, with the question, table, votes and time it was written with (see
``refi_own``). A source's name (an interview, a meeting) becomes nothing: the user chooses the
dialogue the notes go to.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from lxml import etree

from dialog_app.core.import_plan import BadRow, ImportedNote, RowProblem
from dialog_app.core.jobs import Job
from dialog_app.io.imports import refi_own
from dialog_app.io.imports.refi_elements import children, descendants, first, guid, targets
from dialog_app.io.imports.refi_offsets import cut
from dialog_app.io.imports.refi_sources import Selection, TextSource


@dataclass(frozen=True)
class Cases:
    by_selection: dict[str, str] = field(default_factory=dict)
    by_source: dict[str, str] = field(default_factory=dict)

    def group(self, source: str, selection: str) -> str | None:
        return self.by_selection.get(selection) or self.by_source.get(source)


def read_cases(root: etree._Element) -> Cases:
    cases = Cases()
    named = {guid(s.get("guid")): (s.get("name") or "").strip() for s in descendants(root, "PlainTextSelection")}
    for case in children(first(root, "Cases"), "Case"):
        name = (case.get("name") or "").strip()
        selections = targets(case, "SelectionRef")
        if not name or (len(selections) == 1 and not targets(case, "SourceRef") and named.get(selections[0]) == name):
            continue
        for target in selections:
            cases.by_selection.setdefault(target, name)
        for target in targets(case, "SourceRef"):
            cases.by_source.setdefault(target, name)
    return cases


@dataclass
class Notes:
    notes: list[ImportedNote] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # this app's export: every question, in order
    countings: list[str] = field(default_factory=list)  # how each source with selections was counted


def read_notes(sources: list[TextSource], codes: Collection[str], cases: Cases, own: bool, job: Job) -> Notes:
    made = Notes()
    total = sum(len(source.selections) for source in sources)
    done = 0
    for source in sources:
        job.report(done, total)
        if own:
            made.questions += refi_own.questions(source.description)
        _read_source(source, codes, cases, own, made)
        done += len(source.selections)
    job.report(total, total)
    made.questions = list(dict.fromkeys(made.questions + [n.question for n in made.notes if n.question]))
    return made


def _read_source(source: TextSource, codes: Collection[str], cases: Cases, own: bool, made: Notes) -> None:
    selections = source.selections
    if not selections:
        return
    if source.text is None:
        made.bad_rows += [BadRow(_origin(s, source), RowProblem.NO_SOURCE, source.name or source.guid)
                          for s in selections]
        return
    unplaced = -1  # a position the tool wrote no number for: it fits no counting
    cuts = cut(source.text, [(unplaced if s.start is None else s.start, unplaced if s.end is None else s.end)
                             for s in selections])
    made.countings.append(cuts.counting)
    for selection, piece in zip(selections, cuts.texts):
        origin = _origin(selection, source)
        if piece is None:
            detail = f"start={selection.start} end={selection.end} length={len(source.text)}"
            made.bad_rows.append(BadRow(origin, RowProblem.BAD_SELECTION, detail))
            continue
        text = piece if own else piece.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not text.strip():
            made.bad_rows.append(BadRow(origin, RowProblem.BAD_SELECTION, "empty"))
            continue
        details = refi_own.details(selection.description, selection.created) if own else refi_own.Details()
        made.notes.append(ImportedNote(
            text=text, origin=origin, question=details.question, group=cases.group(source.guid, selection.guid),
            table=details.table, time=details.time, votes=details.votes,
            themes=tuple(dict.fromkeys(code for code in selection.codes if code in codes)),
        ))


def _origin(selection: Selection, source: TextSource) -> str:
    place = selection.guid or f"{source.guid}:{selection.start}-{selection.end}"
    return f"selection={place}"
