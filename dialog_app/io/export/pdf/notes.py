"""The notes of a chapter: the reference in bold in a margin column, the text beside it as typed,
and the meta line (group, kind, votes) in small grey below; a run of notes is one flowable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialog_app.io.export.outline import NoteItem
from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf import tagging
from dialog_app.io.export.pdf.context import Context
from dialog_app.io.export.pdf.rows import Rows, Sheet
from dialog_app.io.export.pdf.typeset import wrap

GAP = 7.0  # between two notes
MIN_LINES = 3  # a note split at a page break keeps this many lines on each side


@dataclass
class _Note:
    ref: str
    text: list[str]
    meta: list[str]
    height: float
    continues: bool = False
    continued: bool = False  # the rest of a note begun on the page before

    def draw(self, rows: Rows, top: float, index: int) -> None:
        context = rows.context
        block = context.typesetter(rows.canv).block()
        baseline = top - s.NOTE_SIZE * 0.93
        tags = tagging.tags_of(rows.canv)
        if tags is not None:  # the notes are a list: L > LI > Lbl (the reference) + LBody (text, meta)
            page = rows.canv.getPageNumber()
            item, _new = tags.item(tags.keyed(rows.sheet, "L"), index, "LI")
            if not self.continued:
                block.mark(tags.begin(tags.add("Lbl", item), page))
            body = item.kids[-1] if item.kids and item.kids[-1].role == "LBody" else None
        if not self.continued:
            block.lines(context.bold, s.NOTE_SIZE, 0, baseline, [self.ref], s.NOTE_LEADING, s.ACCENT)
        if tags is not None:
            if not self.continued:
                block.end()
            block.mark(tags.begin(body or tags.add("LBody", item), page))
        if self.text:
            block.lines(context.regular, s.NOTE_SIZE, context.gutter, baseline, self.text, s.NOTE_LEADING, s.INK)
        if self.meta:
            meta_baseline = baseline - len(self.text) * s.NOTE_LEADING - 0.5
            block.lines(context.regular, s.META_SIZE, context.gutter, meta_baseline, self.meta, s.META_LEADING,
                        s.MUTED)
        if tags is not None:
            block.end()
        rows.literal(block.operators())

    def split(self, height: float, forced: bool) -> tuple[_Note, _Note] | None:
        fits = int((height - GAP) // s.NOTE_LEADING)
        lines = len(self.text)
        if not forced and (fits < MIN_LINES or lines - fits < MIN_LINES):
            return None
        fits = min(max(fits, 1), lines - 1)
        if fits < 1:
            return None
        head = _Note(self.ref, self.text[:fits], [], fits * s.NOTE_LEADING + GAP, continues=True,
                     continued=self.continued)
        tail = _Note(self.ref, self.text[fits:], self.meta, _height(len(self.text) - fits, len(self.meta)),
                     continued=True)
        return head, tail


def _height(text_lines: int, meta_lines: int) -> float:
    return text_lines * s.NOTE_LEADING + meta_lines * s.META_LEADING + GAP


class NoteList(Rows):
    """Consecutive NoteItems of the outline."""

    def __init__(self, context: Context, notes: Sequence[NoteItem]) -> None:
        self.notes = list(notes)
        super().__init__(context, Sheet(len(self.notes), self._measure, check=context.job.check))

    def _measure(self, index: int, width: float) -> _Note:
        context = self.context
        note = self.notes[index]
        room = width - context.gutter
        text = wrap(context.regular, s.NOTE_SIZE, context.regular.clean(note.text), room)
        meta = wrap(context.regular, s.META_SIZE, context.regular.clean(note.meta), room) if note.meta else []
        ref = context.bold.clean(note.ref, newlines=False)
        return _Note(ref, text, meta, _height(len(text), len(meta)))
