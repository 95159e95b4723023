"""The pieces of WordprocessingML that python-docx has no API for: fields, table headers, shading.

Kept apart from the layout (blocks.py) so that each XML detail, and the reason for it, is
in one place: page numbers and the contents as real Word fields, header rows that repeat
on every page, numbered lists that start again at 1, and text cleaned of what XML cannot hold.
"""

from __future__ import annotations

import copy
import re

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.oxml.table import CT_Row
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# XML 1.0 cannot hold these (C0 controls but tab and newline, lone surrogates, U+FFFE/U+FFFF); DEL is invisible.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_ENDS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")  # what Word or a paste may use for a new line


def clean(text: str) -> str:
    """``text`` as Word can store it: line ends as "\\n" (a line break), other control characters gone."""
    return _NOT_XML.sub("", _LINE_ENDS.sub("\n", text))


def add_text(paragraph: Paragraph, text: str, style: str | None = None) -> Run:
    """A run of plain text; python-docx turns "\\n" into a line break and "\\t" into a tab."""
    return paragraph.add_run(clean(text), style)


# --- fields ----------------------------------------------------------------------------------------


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> Run:
    """A complex field (PAGE, NUMPAGES …) showing ``shown`` until Word updates it."""
    open_field(paragraph._p, instruction)
    shown_run = paragraph.add_run(clean(shown))
    close_field(paragraph._p)
    return shown_run


def open_field(parent: BaseOxmlElement, instruction: str, dirty: bool = False) -> None:
    """The runs that begin a field in ``parent`` (a paragraph or a link) up to its result.

    ``dirty`` asks Word to compute the field again when it opens the document.
    """
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = OxmlElement("w:r")
        if kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run.append(instr)
        else:
            run.append(_field_char(kind, dirty and kind == "begin"))
        parent.append(run)


def close_field(parent: BaseOxmlElement) -> None:
    run = OxmlElement("w:r")
    run.append(_field_char("end"))
    parent.append(run)


def _field_char(kind: str, dirty: bool = False) -> BaseOxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    return char


def fill_in(paragraph: Paragraph, template: str, fields: dict[str, tuple[str, str]]) -> None:
    """``template`` such as "Sida %1 av %2" with each placeholder replaced by a field.

    ``fields`` maps "%1" to (instruction, shown); text between the placeholders stays as typed,
    so a translation may put them in any order.
    """
    for piece in re.split(r"(%\d)", template):
        if piece in fields:
            add_field(paragraph, *fields[piece])
        elif piece:
            add_text(paragraph, piece)


# --- settings ----------------------------------------------------------------------------------------

# The settings that must come after w:updateFields in the schema's order (CT_Settings).
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
    "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)


def update_fields_on_open(document: Document) -> None:
    """``<w:updateFields w:val="true"/>``: Word offers to fill in the contents and page numbers on open."""
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    following = [child for child in settings if child.tag in {qn(tag) for tag in _AFTER_UPDATE_FIELDS}]
    if following:
        following[0].addprevious(flag)
    else:
        settings.append(flag)


# --- tables -------------------------------------------------------------------------------------------


def cells_of(table: Table, row: _Row) -> list[_Cell]:
    """A row's cells without python-docx's walk over the whole table (slow for a long register)."""
    return [_Cell(tc, table) for tc in row._tr.tc_lst]


def copy_row(model: _Row, cells: tuple[str, ...]) -> CT_Row:
    """A copy of ``model`` (styles, widths, bold) with other text: ten times faster than a new row.

    Each cell of ``model`` holds one paragraph whose first run is the text, as _row() makes them.
    """
    tr = copy.deepcopy(model._tr)
    for tc, text in zip(tr.tc_lst, cells, strict=False):
        tc.p_lst[0].r_lst[0].text = clean(text)
    return tr


def repeat_as_header(row: _Row) -> None:
    """Marks a row as the table's header: repeated at the top of every page, read as headers."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def keep_row_together(row: _Row) -> None:
    """A row never splits across two pages."""
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().insert(0, cant_split)


def describe_table(table: Table, caption: str) -> None:
    """The table's title (w:tblCaption), which screen readers announce and Word shows as Alt Text."""
    tbl_pr = table._tbl.tblPr
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), clean(caption)[:255])
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addnext(element)  # tblCaption follows tblLook in CT_TblPr
    else:
        tbl_pr.append(element)


def set_look(table: Table, first_row: bool, first_column: bool = False) -> None:
    """Which parts of the table style apply: a header row, a first column; banded rows always."""
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    mask = 0
    for name, on, bit in (("firstRow", first_row, 0x20), ("lastRow", False, 0x40),
                          ("firstColumn", first_column, 0x80), ("lastColumn", False, 0x100),
                          ("noHBand", False, 0x200), ("noVBand", True, 0x400)):
        look.set(qn(f"w:{name}"), "1" if on else "0")
        mask |= bit if on else 0
    look.set(qn("w:val"), f"{mask:04X}")  # the older bit mask, which LibreOffice reads


def shade_run(run: Run, colour: str) -> None:
    """A background colour behind a run: the bar of a bar chart, drawn by non-breaking spaces."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#").upper())
    run._r.get_or_add_rPr().append(shading)


# --- lists ----------------------------------------------------------------------------------------------


def fresh_numbering(document: Document, style: str) -> int:
    """A new w:num for the list style's numbering that starts again at 1; returns its numId.

    Every "List Number" paragraph shares one numbering, so the second list of questions would go
    on from 3; a list of its own restarts.
    """
    style_numbering = document.styles[style].element.pPr.numPr
    numbering = document.part.numbering_part.element
    shared = numbering.num_having_numId(style_numbering.numId.val)
    num = numbering.add_num(shared.abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def number_with(paragraph: Paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
