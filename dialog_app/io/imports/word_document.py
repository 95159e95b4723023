"""Minutes written in Word (.docx), read as blocks through python-docx.

The file is a zip from a stranger: it must pass ``zip_guard`` (size, bombs, climbing names) and
every XML part in it must declare no document type or entities before python-docx sees a byte
(python-docx's parser resolves no entities, but nothing needs them, so they are refused). A file
that is not a Word document (a renamed workbook, zip or picture) is refused as broken, in words.

- A heading is a paragraph whose style, or a style it is based on, is "Heading 1"-"Heading 9" /
  "Rubrik 1"-"Rubrik 9" (level 1-9) or "Title" / "Rubrik" (level 0), or that has an outline level.
- A list item is a numbered or bulleted paragraph (numbering on the paragraph or its style), or one
  in a list style ("List Paragraph", "Liststycke", "List Bullet", "Punktlista", "List Number" …).
- A soft line break or a tab inside a paragraph reads as a space: the paragraph stays one block.
- Paragraphs in content controls and text in fields and unaccepted insertions are read (python-docx
  passes over them); deleted text, footnotes and text boxes are not the minutes' text.
- A table: each row is one block, its non-empty cells joined by ``CELL_JOIN`` (a cell merged
  across columns counted once); a row counts as one paragraph in ``paragraph=n``.
- Bold runs at the start of a paragraph ending with a colon are its lead-in.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import OpcError
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.document_blocks import CELL_JOIN, Block, BlockKind, lead_in, plain
from dialog_app.io.imports.safe_xml import has_declaration
from dialog_app.io.imports.zip_guard import open_zip, read_member

_HEADING = re.compile(r"^(?:heading|rubrik)\s*([1-9])$", re.IGNORECASE)
_TITLES = {"title", "rubrik"}  # Swedish Word calls the Title style "Rubrik" and Heading 1 "Rubrik 1"
_LIST_STYLES = re.compile(r"^(?:list|liststycke|punktlista|numrerad lista)", re.IGNORECASE)
_STRONG = {"strong", "stark"}
_STYLE_DEPTH = 10  # how far up "based on" is followed; Word keeps chains short, a loop must end
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WRAPPERS = {f"{_W}sdt", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"}  # paragraphs may stand inside these
# A paragraph's text as Word shows it: with insertions not yet accepted and the fields' text, which
# python-docx's ``text`` leaves out; without deleted text, tab-stop settings, or text boxes (whose
# text Word writes twice, once for old readers).
_TEXT = etree.XPath(
    "(.//w:t | .//w:tab | .//w:br | .//w:cr)[not(ancestor::w:pPr or ancestor::w:txbxContent or ancestor::w:del"
    " or ancestor::w:moveFrom or ancestor::mc:Fallback)]",
    namespaces={"w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"})


def word_blocks(data: bytes) -> list[Block]:
    """Every paragraph and table row of the document's body, in order."""
    check_parts(data)
    try:
        document = docx.Document(io.BytesIO(data))
        return list(_Reader(document).blocks())
    except (OpcError, PythonDocxError, ValueError, LookupError, etree.LxmlError, zipfile.BadZipFile) as error:
        raise ImportFileError(FileProblem.BROKEN, f"not a Word document: {error}") from error


def check_parts(data: bytes) -> None:
    """Refuse the zip, or any part of it that declares a document type or entities.

    Every part is looked at, not only those named .xml: the package's content types can make
    python-docx parse a part of any name, and XML may start after a byte-order mark or spaces.
    """
    archive = open_zip(data)
    for member in archive.infolist():
        if not member.is_dir() and has_declaration(read_member(archive, member.filename)):
            raise ImportFileError(FileProblem.UNSAFE_XML, member.filename)


class _Reader:
    """Walks the body once, knowing each style's part (heading level, list) after its first use."""

    def __init__(self, document: Document) -> None:
        # python-docx looks a style up by a search of every style, each time it is asked: the reader
        # asks by the style's id in the paragraph and run (``_p``, ``_r``) and keeps the answers.
        self.document = document
        self.styles: dict[str | None, tuple[int | None, bool]] = {}
        self.strong = {style.style_id for style in document.styles
                       if style.type == WD_STYLE_TYPE.CHARACTER and (style.name or "").lower() in _STRONG}

    def blocks(self, container: etree._Element | None = None) -> Iterator[Block]:
        """The body's paragraphs and tables, also those in content controls (templates' fields), which
        python-docx's own walk passes over."""
        for child in self.document.element.body if container is None else container:
            if child.tag == f"{_W}p":
                yield self.paragraph(Paragraph(child, self.document))
            elif child.tag == f"{_W}tbl":
                yield from self.table_rows(Table(child, self.document))
            elif child.tag in _WRAPPERS:
                content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
                yield from self.blocks(content if content is not None else ())

    def paragraph(self, paragraph: Paragraph) -> Block:
        text = _text_of(paragraph._p)
        properties = paragraph._p.pPr  # python-docx has no public view of numbering or outline level
        heading, listed = self.style_part(paragraph)
        outline = _outline_level(properties)
        if outline is not None:
            heading = outline
        if heading is not None:
            return Block(BlockKind.HEADING, text, heading)
        numbering = properties.numPr if properties is not None else None
        if numbering is not None or listed:
            level = numbering.ilvl.val + 1 if numbering is not None and numbering.ilvl is not None else 1
            return Block(BlockKind.BULLET, text, level, self.lead_in(paragraph, text))
        return Block(BlockKind.PARAGRAPH, text, 0, self.lead_in(paragraph, text))

    def style_part(self, paragraph: Paragraph) -> tuple[int | None, bool]:
        """(heading level or None, whether it is a list style) of a paragraph's style, cached."""
        key = paragraph._p.style
        if key not in self.styles:
            style = paragraph.style
            self.styles[key] = _style_part(style) if style is not None else (None, False)
        return self.styles[key]

    def lead_in(self, paragraph: Paragraph, text: str) -> str | None:
        if ":" not in text:
            return None  # no lead-in possible; spares walking the runs of most paragraphs
        bold = []
        for item in paragraph.iter_inner_content():
            if not isinstance(item, Run):
                break
            if not item.text.strip():
                bold.append(item.text)
                continue
            if not (item.bold or (item.bold is None and item._r.style in self.strong)):
                break
            bold.append(item.text)
        return lead_in("".join(bold), text) if bold else None

    def table_rows(self, table: Table) -> Iterator[Block]:
        for row in table.rows:
            seen: set[int] = set()
            cells = []
            for cell in row.cells:
                if id(cell._tc) in seen:  # a cell merged across columns comes once per column
                    continue
                seen.add(id(cell._tc))
                if text := _text_of(cell._tc):
                    cells.append(text)
            yield Block(BlockKind.TABLE_ROW, CELL_JOIN.join(cells))


def _style_part(style: ParagraphStyle) -> tuple[int | None, bool]:
    listed = False
    current: ParagraphStyle | None = style
    for _ in range(_STYLE_DEPTH):
        if current is None:
            break
        name = (current.name or "").strip()
        ids = {name.lower(), (current.style_id or "").lower()}
        for candidate in (name, current.style_id or ""):
            found = _HEADING.match(candidate)
            if found:
                return int(found.group(1)), listed
        if ids & _TITLES:
            return 0, listed
        outline = _outline_level(current.element.pPr)
        if outline is not None:
            return outline, listed
        listed = listed or bool(_LIST_STYLES.match(name)) or _has_numbering(current)
        current = current.base_style
    return None, listed


def _has_numbering(style: ParagraphStyle) -> bool:
    properties = style.element.pPr
    return properties is not None and properties.find(f"{_W}numPr") is not None


def _outline_level(properties) -> int | None:
    """The heading level an explicit outline level gives (0-8 → 1-9); 9 means body text."""
    if properties is None:
        return None
    outline = properties.find(f"{_W}outlineLvl")
    value = outline.get(f"{_W}val") if outline is not None else None
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value) + 1


def _text_of(element: etree._Element) -> str:
    return plain("".join((node.text or "") if node.tag == f"{_W}t" else " " for node in _TEXT(element)))
