"""The cases of a REFI-QDA project: each stakeholder group, and each note with its own variables.

A group's case holds its notes' selections (``SelectionRef``) and, for a dialogue whose published
notes all came from that group, the whole source (``SourceRef``): the schema's two ways of saying
what belongs to a case. A note's case, named by its reference ("D1-003"), holds its one selection
and, as variables a tool can filter and compare by, what the source text does not show: its
stakeholder group, kind, question, votes, whether it is a key quote, and its status. The schema
gives variables to cases and sources only, not to selections, so a note needs a case to carry them.

QualCoder reads the cases and their variables (as case attributes) but not their references;
NVivo and MAXQDA read both.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from lxml import etree

from dialog_app.io.export.refi.guids import guid
from dialog_app.io.export.refi.xml_parts import Maker
from dialog_app.io.export.report import NoteEntry, Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

# Variables do not depend on the project: the same attribute in every export.
GROUP_VARIABLE = guid("variable", "stakeholder_group")
NOTE_KIND_VARIABLE = guid("variable", "note_kind")
QUESTION_VARIABLE = guid("variable", "question")
VOTES_VARIABLE = guid("variable", "votes")
KEY_QUOTE_VARIABLE = guid("variable", "key_quote")
STATUS_VARIABLE = guid("variable", "status")

# guid, English name (the "Export" context), the schema's type, the element of its values
NOTE_VARIABLES = (
    (NOTE_KIND_VARIABLE, QT_TRANSLATE_NOOP("Export", "Type of note"), "Text", "TextValue"),
    (QUESTION_VARIABLE, QT_TRANSLATE_NOOP("Export", "Question"), "Text", "TextValue"),
    (VOTES_VARIABLE, QT_TRANSLATE_NOOP("Export", "Votes"), "Integer", "IntegerValue"),
    (KEY_QUOTE_VARIABLE, QT_TRANSLATE_NOOP("Export", "Key quote"), "Boolean", "BooleanValue"),
    (STATUS_VARIABLE, QT_TRANSLATE_NOOP("Export", "Status"), "Text", "TextValue"),
)
GROUP = QT_TRANSLATE_NOOP("Export", "Stakeholder group")


def selection_guid(note: NoteEntry) -> str:
    return guid("selection", note.id)


def case_guid(group_id: uuid.UUID) -> str:
    # From the group's id, not its name: a renamed group is still the same case in the tools.
    return guid("case", group_id)


def note_case_guid(note: NoteEntry) -> str:
    return guid("note-case", note.id)


def variables(report: Report) -> list[tuple[str, str, str]]:
    """(guid, name, type) of the variables the cases use; none when there are no notes."""
    if not report.notes:
        return []
    w = report.wording
    return [(GROUP_VARIABLE, w(GROUP), "Text"), *((key, w(name), kind) for key, name, kind, _e in NOTE_VARIABLES)]


def groups_of(report: Report) -> list[tuple[uuid.UUID, str]]:
    """(group id, name) of every group with a published note, in the report's order of groups."""
    named = {note.group_id: note.group for note in report.notes if note.group_id is not None}
    return sorted(named.items(), key=lambda item: report.groups.index(item[1]))


def add_cases(x: Maker, root: etree._Element, report: Report, sources: Iterable[tuple[str, list[NoteEntry]]]) -> None:
    """``<Cases>``: the groups' cases, then one per note; ``sources`` is (source GUID, its notes)."""
    if not report.notes:
        return
    cases = x.sub(root, "Cases")
    whole = {}  # group id -> the sources all of whose notes are that group's
    for source, notes in sources:
        ids = {note.group_id for note in notes}
        if len(ids) == 1 and None not in ids:
            whole.setdefault(ids.pop(), []).append(source)
    for group_id, group in groups_of(report):
        case = x.sub(cases, "Case", guid=case_guid(group_id), name=group)
        value(x, case, GROUP_VARIABLE, "TextValue", group)
        for source in whole.get(group_id, ()):
            x.sub(case, "SourceRef", targetGUID=source)
        for note in report.notes:
            if note.group_id == group_id:
                x.sub(case, "SelectionRef", targetGUID=selection_guid(note))
    for note in report.notes:
        _note_case(x, cases, note)


def _note_case(x: Maker, cases: etree._Element, note: NoteEntry) -> None:
    case = x.sub(cases, "Case", guid=note_case_guid(note), name=note.ref)
    values = {NOTE_KIND_VARIABLE: note.kind, QUESTION_VARIABLE: note.question,
              VOTES_VARIABLE: str(note.votes), KEY_QUOTE_VARIABLE: "true" if note.key_quote else "false",
              STATUS_VARIABLE: note.status}
    if note.group:
        value(x, case, GROUP_VARIABLE, "TextValue", note.group)
    for key, _name, _kind, element in NOTE_VARIABLES:
        if values[key]:
            value(x, case, key, element, values[key])
    x.sub(case, "SelectionRef", targetGUID=selection_guid(note))


def value(x: Maker, parent: etree._Element, variable: str, element: str, text: str) -> None:
    """One ``<VariableValue>``: which variable, and its value in the element of its type."""
    holder = x.sub(parent, "VariableValue")
    x.sub(holder, "VariableRef", targetGUID=variable)
    x.sub(holder, element, text)
