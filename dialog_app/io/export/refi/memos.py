"""Each theme's synthesis and key quotes as a REFI-QDA note: a text file under ``sources/`` and a
``<Note>`` in ``<Notes>`` that points to it, referred to from the theme's code (``<NoteRef>``).

The schema lets a note hold its text inline (``PlainTextContent``) or in a file (``plainTextPath``),
not both. It is a file because that is what QualCoder imports: a named ``<Note>`` with a
``plainTextPath`` becomes one of its journals, while it reads neither an inline text nor a code's
``NoteRef``; NVivo and others follow the ``NoteRef`` to the same note. The file says what it is
(its first line is the note's name), then the synthesis, then each key quote under the heading
its source block has ("D1-001 [Kommun · Synpunkt]"), so that the quotes read on their own too.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from dialog_app.io.export.refi.guids import USER, guid
from dialog_app.io.export.refi.sources import note_heading
from dialog_app.io.export.refi.xml_parts import Maker
from dialog_app.io.export.refi.xml_text import clean
from dialog_app.io.export.report import Report, ThemeEntry
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Memo:
    theme: ThemeEntry
    guid: str
    name: str  # "Syntes: 1 Digital kompetens"
    text: str  # what goes into the file

    @property
    def file(self) -> str:
        return f"{self.guid}.txt"


def memos(report: Report) -> list[Memo]:
    """One memo per theme that has a synthesis or key quotes, in framework order."""
    w = report.wording
    made = []
    for theme in report.themes:
        if not theme.synthesis.strip() and not theme.quotes:
            continue
        name = clean(w(QT_TRANSLATE_NOOP("Export", "Synthesis: %1"), theme.title))
        made.append(Memo(theme, guid("memo", theme.id), name, _text(report, theme, name)))
    return made


def _text(report: Report, theme: ThemeEntry, name: str) -> str:
    blocks = [name]
    if theme.synthesis.strip():
        blocks.append(theme.synthesis.strip())
    if theme.quotes:
        blocks.append(report.wording(QT_TRANSLATE_NOOP("Export", "Key quotes")))
        blocks += [note_heading(report.notes[i]) + "\n" + report.notes[i].text for i in theme.quotes]
    return clean("\n\n".join(blocks) + "\n")


def add_notes(x: Maker, root: etree._Element, made: list[Memo], now: str) -> None:
    """``<Notes>``, one ``<Note>`` per memo pointing to its file; nothing when there are none."""
    if not made:
        return
    notes = x.sub(root, "Notes")
    for memo in made:
        x.sub(notes, "Note", guid=memo.guid, name=memo.name, plainTextPath=f"internal://{memo.file}",
              creatingUser=USER, creationDateTime=now)


def memo_guids(made: list[Memo]) -> dict[int, str]:
    """Theme index -> the GUID of its memo, for the codes' ``<NoteRef>``."""
    return {memo.theme.index: memo.guid for memo in made}

