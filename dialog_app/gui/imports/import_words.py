"""What a file turned out to be, in words: its kind, encoding, delimiter, sheet and layout, and
the encodings and delimiters the source step offers to choose instead."""

from __future__ import annotations

import codecs

from PySide6.QtCore import QObject

from dialog_app.io.imports.source_facts import SourceFacts

ENCODINGS = (  # (Python codec, name people know), what Swedish files are saved in
    ("utf_8", "UTF-8"),
    ("utf_8_sig", "UTF-8 (BOM)"),
    ("cp1252", "Windows-1252"),
    ("iso8859_15", "ISO 8859-15"),
    ("utf_16", "UTF-16"),
    ("utf_16_le", "UTF-16 LE"),
    ("utf_16_be", "UTF-16 BE"),
    ("mac_roman", "Mac Roman"),
)
LAYOUTS = {"microsoft_forms": "Microsoft Forms", "google_forms": "Google Forms", "mentimeter": "Mentimeter"}


def encoding_name(codec: str) -> str:
    """The name people know for a Python codec name ("cp1252" → "Windows-1252")."""
    try:
        wanted = codecs.lookup(codec).name
    except LookupError:
        return codec
    return next((name for key, name in ENCODINGS if codecs.lookup(key).name == wanted), codec.upper())


def same_codec(first: str | None, second: str | None) -> bool:
    try:
        return bool(first and second) and codecs.lookup(first).name == codecs.lookup(second).name
    except LookupError:
        return False


class ImportWords(QObject):
    """The words of the source step (lupdate reads ``self.tr``)."""

    def delimiters(self) -> tuple[tuple[str, str], ...]:
        return ((";", self.tr("semicolon")), (",", self.tr("comma")), ("\t", self.tr("tab")),
                ("|", self.tr("vertical bar")))

    def delimiter_name(self, delimiter: str) -> str:
        return dict(self.delimiters()).get(delimiter, f"“{delimiter}”")

    def kind_name(self, facts: SourceFacts) -> str:
        names = {
            "csv": self.tr("Table (CSV/TSV)"), "xlsx": self.tr("Excel workbook"),
            "docx": self.tr("Word document"), "odt": self.tr("OpenDocument text"),
            "text": self.tr("Plain text"), "markdown": self.tr("Markdown text"),
            "qdpx": self.tr("REFI-QDA project"), "qdc": self.tr("REFI-QDA codebook"),
        }
        return names.get(facts.format, facts.format)

    def layout_name(self, facts: SourceFacts) -> str:
        return LAYOUTS.get(facts.layout or "", self.tr("not recognised (choose the columns)"))

    def detected(self, facts: SourceFacts) -> str:
        """"Encoding: Windows-1252 · Delimiter: semicolon · Layout: Microsoft Forms" and the like."""
        parts = [self.tr("Kind: %1").replace("%1", self.kind_name(facts))]
        if facts.encoding:
            parts.append(self.tr("Encoding: %1").replace("%1", encoding_name(facts.encoding)))
        if facts.delimiter:
            parts.append(self.tr("Delimiter: %1").replace("%1", self.delimiter_name(facts.delimiter)))
        if facts.sheet:
            parts.append(self.tr("Sheet: %1").replace("%1", facts.sheet))
        if facts.header:
            parts.append(self.tr("Layout: %1").replace("%1", self.layout_name(facts)))
        return " · ".join(parts)

    def size(self, facts: SourceFacts) -> str:
        if facts.format in ("csv", "xlsx"):
            return self.tr("%n row(s) after the header", "", facts.row_count)
        if facts.format in ("qdpx", "qdc"):
            return self.tr("%n coded passage(s)", "", facts.row_count)
        return self.tr("%n paragraph(s)", "", facts.row_count)
