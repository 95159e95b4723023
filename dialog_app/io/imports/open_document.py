"""Minutes written in LibreOffice or any OpenDocument editor (.odt), read as blocks.

No library is needed: the text is ``content.xml`` in the zip, read through ``zip_guard`` and parsed
by ``safe_xml``. ``text:h`` is a heading (its outline level, 1 when absent), a ``text:p`` in the
Title style is the document's title (level 0), other ``text:p`` a paragraph, and a paragraph inside
``text:list`` a list item (its depth the level). Spaces (``text:s``), tabs and line breaks read as
one space; spans and links give their text. Footnotes and comments are not the minutes' text and are
left out. A table's rows are blocks as in Word: cells joined, a row counted as one paragraph. A span
in a bold style at the start of a paragraph, ending with a colon, is the lead-in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.document_blocks import CELL_JOIN, Block, BlockKind, lead_in, plain
from dialog_app.io.imports.safe_xml import parse_xml
from dialog_app.io.imports.zip_guard import open_zip, read_member

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
MIMETYPE = "application/vnd.oasis.opendocument.text"
_HEADING_STYLE = re.compile(r"^heading(?:_20_| )([1-9])$", re.IGNORECASE)
_LEFT_OUT = {f"{TEXT}note", f"{OFFICE}annotation", f"{TEXT}tracked-changes"}
_ROW_GROUPS = {f"{TABLE}table-header-rows", f"{TABLE}table-rows", f"{TABLE}table-row-group"}
_BOLD = {"bold", "600", "700", "800", "900"}


def odt_blocks(data: bytes) -> list[Block]:
    archive = open_zip(data)
    names = set(archive.namelist())
    if "mimetype" in names:
        kind = read_member(archive, "mimetype", 1024).decode("ascii", errors="replace").strip()
        if kind != MIMETYPE:
            raise ImportFileError(FileProblem.BROKEN, f"not an OpenDocument text: {kind}")
    root = parse_xml(read_member(archive, "content.xml"))
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ImportFileError(FileProblem.BROKEN, "not an OpenDocument text: no text body")
    return list(_Reader(root).walk(body, 0))


class _Reader:
    def __init__(self, root: etree._Element) -> None:
        self.parents: dict[str, str] = {}  # automatic style → the named style it is based on
        self.bold: set[str] = set()  # text styles in bold
        for style in root.iterfind(f"{OFFICE}automatic-styles/{STYLE}style"):
            name = style.get(f"{STYLE}name", "")
            self.parents[name] = style.get(f"{STYLE}parent-style-name", "")
            properties = style.find(f"{STYLE}text-properties")
            if properties is not None and properties.get(f"{FO}font-weight") in _BOLD:
                self.bold.add(name)

    def walk(self, element: etree._Element, depth: int) -> Iterator[Block]:
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}h":
                level = child.get(f"{TEXT}outline-level", "1")
                yield Block(BlockKind.HEADING, plain(inline(child)), int(level) if level.isdigit() else 1)
            elif tag == f"{TEXT}p":
                yield self.paragraph(child, depth)
            elif tag == f"{TEXT}list":
                yield from self.walk(child, depth + 1)
            elif tag in (f"{TEXT}list-item", f"{TEXT}list-header", f"{TEXT}section"):
                yield from self.walk(child, depth)
            elif tag == f"{TABLE}table":
                yield from self.rows(child)

    def paragraph(self, paragraph: etree._Element, depth: int) -> Block:
        text = plain(inline(paragraph))
        level = self.heading_level(paragraph.get(f"{TEXT}style-name", ""))
        if level is not None:
            return Block(BlockKind.HEADING, text, level)
        kind = BlockKind.BULLET if depth else BlockKind.PARAGRAPH
        return Block(kind, text, depth, self.lead_in(paragraph, text))

    def heading_level(self, style: str) -> int | None:
        name = self.parents.get(style) or style
        if name.lower() == "title":
            return 0
        found = _HEADING_STYLE.match(name)
        return int(found.group(1)) if found else None

    def lead_in(self, paragraph: etree._Element, text: str) -> str | None:
        if (paragraph.text or "").strip():
            return None
        bold = []
        for child in paragraph:
            if child.tag != f"{TEXT}span" or child.get(f"{TEXT}style-name") not in self.bold:
                break
            bold.append(inline(child))
            if (child.tail or "").strip():
                break
            bold.append(child.tail or "")
        return lead_in("".join(bold), text) if bold else None

    def rows(self, table: etree._Element) -> Iterator[Block]:
        for child in table:
            if child.tag in _ROW_GROUPS:
                yield from self.rows(child)
            elif child.tag == f"{TABLE}table-row":
                cells = (plain(" ".join(inline(p) for p in cell.iter(f"{TEXT}p", f"{TEXT}h")))
                         for cell in child.iterfind(f"{TABLE}table-cell"))
                yield Block(BlockKind.TABLE_ROW, CELL_JOIN.join(cell for cell in cells if cell))


def inline(element: etree._Element) -> str:
    """The text of a paragraph or span: its spans, links and spaces, without notes and comments."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag in (f"{TEXT}s", f"{TEXT}tab", f"{TEXT}line-break"):  # spaces collapse to one anyway
            parts.append(" ")
        elif tag not in _LEFT_OUT and isinstance(tag, str):
            parts.append(inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
