"""The shipped DejaVu Sans faces, registered once, and the characters each can print.

The report is set in DejaVu Sans (resources/fonts/, embedded as subsets) so that Swedish, Sámi,
Finnish, Meänkieli, Greek and Cyrillic print. What DejaVu lacks, emoji and many symbols, is drawn
from the shipped monochrome Noto Emoji (the fallback of every face), so "fjällen är 👎" keeps its
meaning. ``clean`` makes any text safe for a face: a character neither font has a glyph for (CJK,
private use, unassigned, a lone surrogate, a control character) becomes one visible stand-in
instead of breaking the build or vanishing. ``runs`` splits a text by the font that prints it.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dialog_app.core.paths import resources_dir
from dialog_app.io.export.pdf import tounicode

tounicode.install()  # emoji copy out of the PDF as themselves, not as U+1F60 (see tounicode.py)

FAMILY = "DejaVuSans"
REGULAR, BOLD, OBLIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
FALLBACK = "NotoEmoji-Regular"  # monochrome outlines (glyf), which ReportLab can embed
STAND_IN = "\ufffd"  # "�": DejaVu Sans has it in all three faces
WIDTHS_KEPT = 200_000

_lock = threading.Lock()
_faces: dict[str, Face] = {}


@dataclass(eq=False)
class Face:
    """One registered font: its ReportLab name, the characters it prints (its own and its
    fallback's), and widths at 1 pt."""

    name: str
    font: TTFont
    charset: frozenset[str]
    own: frozenset[str] = frozenset()  # what ``font`` itself has; the rest of charset is the fallback's
    fallback: Face | None = None
    _widths: dict[str, float] = field(default_factory=dict, repr=False)

    def width(self, text: str) -> float:
        """Advance width of ``text`` at 1 pt, remembered (words repeat a lot in a report)."""
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) > WIDTHS_KEPT:  # the faces live as long as the app: bound the memory
                self._widths.clear()
            if self.own.issuperset(text):  # the usual case: no fallback run
                found = self.font.stringWidth(text, 1.0)
            else:
                found = sum(face.font.stringWidth(run, 1.0) for face, run in self.runs(text))
            self._widths[text] = found
        return found

    def runs(self, text: str) -> list[tuple[Face, str]]:
        """``text`` (cleaned) cut where the printing font changes: this face or its fallback."""
        if self.fallback is None or self.own.issuperset(text):
            return [(self, text)]
        out: list[tuple[Face, str]] = []
        for ch in text:
            face = self if ch in self.own else self.fallback
            if out and out[-1][0] is face:
                out[-1] = (face, out[-1][1] + ch)
            else:
                out.append((face, ch))
        return out

    def clean(self, text: str, newlines: bool = True) -> str:
        """``text`` as this face can print it; see the module docstring."""
        return clean(text, self.charset, newlines)


def faces() -> dict[str, Face]:
    """Register the family with ReportLab (once per process) and return the faces by name."""
    with _lock:
        if not _faces:
            folder = resources_dir() / "fonts"
            fallback = _face(folder, FALLBACK, None)
            # one face serves all styles, so a run in <b> or <i> markup finds it too
            pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK,
                                          boldItalic=FALLBACK)
            for name in (REGULAR, BOLD, OBLIQUE):
                _faces[name] = _face(folder, name, fallback)
            # no bold-oblique face is shipped: bold stands in for it
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
        return _faces


def _face(folder, name: str, fallback: Face | None) -> Face:
    font = TTFont(name, str(folder / f"{name}.ttf"))
    pdfmetrics.registerFont(font)
    printable = {chr(code) for code, glyph in font.face.charToGlyph.items() if glyph}
    own = frozenset({ch for ch in printable if unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")} | {"\n"})
    if fallback is None:
        return Face(name, font, own, own)
    # the fallback's joiners and selectors (U+200D, U+FE0F) are kept too, so a sequence copies out whole
    return Face(name, font, own | fallback.own, own, fallback)


def clean(text: str, charset: frozenset[str], newlines: bool = True) -> str:
    """NFC text with \\r\\n and \\r as \\n, tabs as spaces, and each run of unprintables as one stand-in.

    With ``newlines=False`` line breaks become spaces too (a heading, a table-of-contents line).
    """
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = text.replace("\t", " ")
    if not newlines and "\n" in text:
        text = text.replace("\n", " ")
    if charset.issuperset(text):
        return text
    out: list[str] = []
    for ch in text:
        if ch in charset:
            out.append(ch)
        elif not out or out[-1] != STAND_IN:
            out.append(STAND_IN)
    return "".join(out)
