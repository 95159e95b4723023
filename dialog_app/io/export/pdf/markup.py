"""Plain text made safe for ReportLab: for a Paragraph, which would read it as markup, and for
the document's metadata and bookmarks, which are PDF strings rather than printed text.

A note may say ``<b>``, ``&amp;`` or ``<font color=red>``: the report prints that as typed. Every
text a Paragraph gets passes through ``paragraph_text``: unprintable characters replaced (fonts.py),
``& < >`` escaped, line breaks kept as ``<br/>``, and each run the face lacks but its fallback has
(an emoji) put in ``<font name=...>``, the way ReportLab sets a run in another font.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from dialog_app.io.export.pdf.fonts import STAND_IN, Face


def paragraph_text(face: Face, text: str, newlines: bool = True) -> str:
    return escaped(face, face.clean(text, newlines=newlines).strip())


def escaped(face: Face, cleaned: str) -> str:
    """Paragraph markup of a ``Face.clean``-ed text: escaped, fallback runs in their font."""
    out = "".join(escape(run) if run_face is face else f'<font name="{run_face.name}">{escape(run)}</font>'
                  for run_face, run in face.runs(cleaned))
    return out.replace("\n", "<br/>")


def plain(text: str) -> str:
    """One line for the metadata or a bookmark: any character a PDF string can hold (a viewer
    shows them in its own fonts), lone surrogates as a stand-in, control characters as spaces."""
    out = []
    for ch in unicodedata.normalize("NFC", text or ""):
        category = unicodedata.category(ch)
        if category == "Cs":
            out.append(STAND_IN)
        elif category == "Cc":
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())
