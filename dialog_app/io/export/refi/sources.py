"""One dialogue as the plain text a QDA tool codes: a short heading, then each note as a block.

    D1 Dialogmöte med civilsamhället
    Dialogmöte · 12 mars 2026 · Umeå stadsbibliotek

    D1-003 [Kommun · Idé / förslag]
    <the note's text>

The positions of each note's text are counted here, in code points (Python string indexes), on
the very text that goes into the file; the heading of a block is outside its selection.

A note's text goes in exactly as stored, Windows line ends ("\\r\\n") included, so that a tool
that reads the file as it is cuts out the very note. The lines this module adds end like the
notes' lines: "\\r\\n" in a source where a note breaks its lines so, else "\\n". That is for
QualCoder, which reads a source with Python's universal newlines (each "\\r\\n" becomes one "\\n")
and, when the file's first line ends in "\\r\\n", counts every line break as two characters again
(it puts a space after each): so in a source that ends all its lines alike, QualCoder's positions
are the file's, and its coded text is the note with each "\\r\\n" shown as a line break and a
space. A source that mixes both kinds of line end in its notes cannot be counted alike by both
readings; it is written exactly, as the standard counts it.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialog_app.io.export.refi.xml_text import clean
from dialog_app.io.export.report import DialogueEntry, NoteEntry, Report
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP

SEPARATOR = " · "


@dataclass(frozen=True)
class Placed:
    """Where one note's text stands in its source: ``text[start:end]`` is the note."""

    note: NoteEntry
    start: int
    end: int


@dataclass(frozen=True)
class SourceText:
    name: str  # "D1 Dialogmöte med civilsamhället"
    text: str
    placed: tuple[Placed, ...]


def source_name(dialogue: DialogueEntry) -> str:
    return clean(f"D{dialogue.number} {dialogue.title}".strip())


def about(report: Report, dialogue: DialogueEntry) -> str:
    """"Dialogmöte · 12 mars 2026 · Umeå stadsbibliotek": what kind, when and where."""
    w = report.wording
    where = dialogue.place or (w(QT_TRANSLATE_NOOP("Export", "Online")) if dialogue.online else "")
    when = w.date(dialogue.starts_at.date()) if dialogue.starts_at else ""
    return clean(SEPARATOR.join(part for part in (dialogue.kind, when, where) if part))


def note_heading(note: NoteEntry) -> str:
    """"D1-003 [Kommun · Idé / förslag]": the reference, then who said it and what kind of note."""
    details = SEPARATOR.join(part for part in (note.group, note.kind) if part)
    return clean(f"{note.ref} [{details}]" if details else note.ref)


def line_end(notes: list[NoteEntry]) -> str:
    """"\\r\\n" when a note of the source breaks its lines so, else "\\n" (see the module's docstring)."""
    return "\r\n" if any("\r\n" in note.text for note in notes) else "\n"


def lay_out(report: Report, dialogue: DialogueEntry, notes: list[NoteEntry]) -> SourceText:
    pieces: list[str] = []
    length = 0

    def put(piece: str) -> None:
        nonlocal length
        pieces.append(piece)
        length += len(piece)  # code points

    end = line_end(notes)
    name = source_name(dialogue)
    put(name + end)
    line = about(report, dialogue)
    if line:
        put(line + end)
    put(end)
    placed = []
    for note in notes:
        put(note_heading(note) + end)
        text = clean(note.text)
        start = length
        put(text)
        placed.append(Placed(note, start, length))
        put(end + end)
    return SourceText(name, "".join(pieces), tuple(placed))
