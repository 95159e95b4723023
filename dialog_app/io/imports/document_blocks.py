"""What every document reader makes of a file: a flat list of blocks, whatever the format.

Word, OpenDocument, Markdown and plain text differ only in how they mark headings, list items and
bold; once read as ``Block``s, one module (``document_plan``) decides what becomes a note, a
question or a group. A reader yields every paragraph it sees, blank ones included (as blocks with
no text), so that ``paragraph=n`` counts as the reader counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"  # a list item, bulleted or numbered
    TABLE_ROW = "table_row"  # a row of a table, its cells joined by CELL_JOIN


CELL_JOIN = " – "  # how a table row's cells read as one note: "Civilsamhälle – Fler mötesplatser"


@dataclass(frozen=True)
class Block:
    """One paragraph as a reader saw it; ``text`` without markup, whitespace runs as one space.

    ``level``: 0 for a document title, 1-9 for headings, the nesting depth (from 1) for list items.
    ``lead_in``: the bold run that starts the text and ends with a colon ("Näringsliv:"), when
    there is one; ``text`` starts with it.
    """

    kind: BlockKind
    text: str
    level: int = 0
    lead_in: str | None = None


_LABEL_MAX_CHARS = 40
_LABEL_MAX_WORDS = 5
_SENTENCE = re.compile(r"[?!;]|\.\s+\S")  # a question, an exclamation, or a full stop inside: a sentence


def plain(text: str) -> str:
    """Text as one line: soft line breaks, tabs and runs of spaces become one space."""
    return " ".join(text.split())


def lead_in(bold: str, text: str) -> str | None:
    """The lead-in of ``text`` whose first ``bold`` characters were bold ("**Kommuner:** Vi ..." or
    "**Kommuner**: Vi ..."), or None when the bold part is not followed by a colon."""
    bold = plain(bold)
    if not bold or not text.startswith(bold):
        return None
    if bold.endswith(":"):
        return bold
    if text[len(bold):].startswith(":"):
        return bold + ":"
    return None


def group_label(text: str) -> str | None:
    """The group a label names ("Civilsamhälle:" → "Civilsamhälle"), or None for text that is no
    label: short (a few words), ending with a colon, no sentence in it."""
    text = text.strip()
    if not text.endswith(":"):
        return None
    name = text[:-1].strip()
    if not name or ":" in name or len(name) > _LABEL_MAX_CHARS or len(name.split()) > _LABEL_MAX_WORDS:
        return None
    if _SENTENCE.search(name):
        return None
    return name
