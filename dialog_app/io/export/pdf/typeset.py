"""Fast plain-text setting for the bulk of the report: line breaking and PDF text operators.

A 10 000-note report is mostly short plain texts (the notes, the register's cells). Setting each
as a ReportLab Paragraph parses markup, measures every word and encodes every line anew, several
times slower than the report may take. This module breaks lines by cached word widths and writes
the text operators from cached encodings, using the dynamic-font interface ReportLab documents
for TrueType fonts (``splitString`` and ``getSubsetInternalName``, see reportlab.pdfbase.ttfonts).

The text is never parsed as markup: what a note says is printed as typed. Text must already be
``Face.clean``-ed, so that every character has a glyph.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.ttfonts import TTFont

from dialog_app.io.export.pdf import hyphenation
from dialog_app.io.export.pdf.fonts import Face

ELLIPSIS = "\u2026"
Piece = tuple[TTFont, int, str]  # a font, one of its 256-glyph subsets, and the escaped codes in it


def wrap(face: Face, size: float, text: str, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: \\n breaks a line, runs of spaces count as one,
    a word longer than a line is hyphenated (``_break_word``). At least one line, maybe empty."""
    space = face.width(" ") * size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            w = face.width(word) * size
            if line and used + space + w <= width:
                line.append(word)
                used += space + w
                continue
            if line:
                lines.append(" ".join(line))
            if w <= width:
                line, used = [word], w
            else:
                pieces = _break_word(face, size, word, width)
                lines.extend(pieces[:-1])
                line, used = [pieces[-1]], face.width(pieces[-1]) * size
        lines.append(" ".join(line))
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    while len(lines) > 1 and not lines[0]:
        lines.pop(0)
    return lines


def _break_word(face: Face, size: float, word: str, width: float) -> list[str]:
    """A word wider than a line, in pieces that fit: cut where Swedish hyphenation allows, with a
    hyphen ("utbildnings-" "tillfälle"), or after a "/" or "-" it has; only where no such place
    fits, between two characters, a hyphen still marking a cut inside letters."""
    points = hyphenation.points(word)
    pieces: list[str] = []
    start = 0
    while face.width(word[start:]) * size > width:
        cut = 0
        for i in range(start + 1, len(word)):
            if i in points and face.width(word[start:i] + points[i]) * size <= width:
                cut = i
        if not cut:
            cut = start + 1
            for i in range(start + 2, len(word)):
                if face.width(word[start:i] + hyphenation.mark(word, i)) * size > width:
                    break
                cut = i
            points[cut] = hyphenation.mark(word, cut)
        pieces.append(word[start:cut] + points[cut])
        start = cut
    pieces.append(word[start:])
    return pieces


def truncate(face: Face, size: float, text: str, width: float) -> str:
    """``text`` on one line, cut with "…" where it would be wider than ``width``."""
    if face.width(text) * size <= width:
        return text
    room = width - face.width(ELLIPSIS) * size
    used = 0.0
    for i, ch in enumerate(text):
        used += face.width(ch) * size
        if used > room:
            return text[:i].rstrip() + ELLIPSIS
    return text


class Typesetter:
    """Writes text runs into one document; its encodings belong to that document's font subsets."""

    def __init__(self, doc: object) -> None:
        self.doc = doc  # the canvas's PDFDocument: subsets are numbered per document
        self._encoded: dict[tuple[str, str], tuple[Piece, ...]] = {}
        self._subset_names: dict[tuple[str, int], str] = {}

    def encode(self, face: Face, text: str) -> tuple[Piece, ...]:
        """``text`` as (font, subset, escaped bytes) pieces; words are cached, lines are joined from words.

        A character the face lacks is in a piece of its fallback's font (fonts.Face.runs)."""
        key = (face.name, text)
        found = self._encoded.get(key)
        if found is not None:
            return found
        if " " not in text or text == " ":
            if face.own.issuperset(text):  # the usual case: no fallback run
                found = tuple((face.font, subset, escapePDF(chunk)) for subset, chunk in face.font.splitString(
                    text, self.doc))
            else:
                found = tuple((run_face.font, subset, escapePDF(chunk)) for run_face, run in face.runs(text)
                              for subset, chunk in run_face.font.splitString(run, self.doc))
            self._encoded[key] = found
            return found
        space = self.encode(face, " ")
        words = [self.encode(face, word) if word else () for word in text.split(" ")]
        font, subset = space[0][0], space[0][1]
        if all(len(w) == 1 and w[0][1] == subset and w[0][0] is font for w in words if w):  # the usual case
            found = ((font, subset, space[0][2].join(w[0][2] if w else "" for w in words)),)
        else:
            pieces: list[Piece] = []
            for n, word in enumerate(words):
                if n:
                    _append(pieces, space)
                _append(pieces, word)
            found = tuple(pieces)
        if len(text) <= 40:  # a longer line is seldom seen twice: not worth the memory
            self._encoded[key] = found
        return found

    def subset_name(self, font: TTFont, subset: int) -> str:
        key = (font.fontName, subset)
        name = self._subset_names.get(key)
        if name is None:
            name = self._subset_names[key] = font.getSubsetInternalName(subset, self.doc)
        return name

    def block(self) -> TextBlock:
        return TextBlock(self)


class TextBlock:
    """One run of PDF text operators (q BT … ET Q): colour, font and text changes only where needed.

    Everything inside q … Q, so the canvas's own font and colour are left as they were.
    """

    def __init__(self, typesetter: Typesetter) -> None:
        self.ts = typesetter
        self.before: list[str] = ["q"]  # shapes under the text
        self.out: list[str] = ["BT"]
        self._font: tuple[str, float] | None = None
        self._colour: Color | None = None
        self.shapes_artifact = False  # the shapes as /Artifact (a tagged PDF's stripes and rules)

    def rect(self, colour: Color, x: float, y: float, width: float, height: float) -> None:
        self.before.append(f"{_rgb(colour)} rg {x:.2f} {y:.2f} {width:.2f} {height:.2f} re f")

    def line(self, colour: Color, width: float, x1: float, y1: float, x2: float, y2: float) -> None:
        self.before.append(f"{_rgb(colour)} RG {width:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def lines(
        self, face: Face, size: float, x: float, y: float, lines: Sequence[str], leading: float,
        colour: Color, align: str = "left", width: float = 0.0,
    ) -> None:
        """Print ``lines`` from baseline ``y`` downwards, ``leading`` apart; ``align`` "right"
        puts each line's end at ``x + width``."""
        out = self.out
        ts = self.ts
        if colour is not self._colour:
            out.append(f"{_rgb(colour)} rg")
            self._colour = colour
        for n, line in enumerate(lines):
            if not line:
                continue
            lx = x + width - face.width(line) * size if align == "right" else x
            out.append(f"1 0 0 1 {lx:.2f} {y - n * leading:.2f} Tm")
            parts: list[str] = []
            for ttf, subset, escaped in ts.encode(face, line):
                font = (ts.subset_name(ttf, subset), size)
                if font != self._font:
                    if parts:
                        out.append(f"({''.join(parts)}) Tj")
                        parts = []
                    out.append(f"{font[0]} {size:g} Tf")
                    self._font = font
                parts.append(escaped)
            if parts:
                out.append(f"({''.join(parts)}) Tj")

    def mark(self, operator: str) -> None:
        """Open a marked-content sequence (tagging.py) around the text that follows; ``end`` closes it."""
        self.out.append(operator)

    def end(self) -> None:
        self.out.append("EMC")

    def operators(self) -> str:
        if self.shapes_artifact and len(self.before) > 1:
            return ("q /Artifact BMC " + " ".join(self.before[1:]) + " EMC " + " ".join(self.out) + " ET Q")
        return " ".join(self.before) + " " + " ".join(self.out) + " ET Q"


def _rgb(colour: Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f}"


def _append(pieces: list[Piece], more: tuple[Piece, ...]) -> None:
    """Join encoded pieces, merging neighbours in the same subset (escaping is byte by byte)."""
    for font, subset, escaped in more:
        if pieces and pieces[-1][1] == subset and pieces[-1][0] is font:
            pieces[-1] = (font, subset, pieces[-1][2] + escaped)
        else:
            pieces.append((font, subset, escaped))


def draw_string(canv, face: Face, size: float, x: float, y: float, text: str) -> None:
    """``canv.drawString`` of a cleaned text in ``face``, each run in the font that has its glyphs."""
    for run_face, run in face.runs(text):
        canv.setFont(run_face.name, size)
        canv.drawString(x, y, run)
        x += run_face.font.stringWidth(run, size)
