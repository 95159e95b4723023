"""How each block of the outline looks in Word, using Word's own styles wherever it has one.

Headings are "Heading 1–3" (chapters start a new page), lists "List Bullet"/"List Number", key
quotes "Quote", tables a built-in table style with a repeating header row. Text goes in as typed:
python-docx escapes markup, and parts.clean() drops what XML cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Emu, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from dialog_app.io.export.docx import contents
from dialog_app.io.export.docx.document import GREY, TEXT_WIDTH
from dialog_app.io.export.docx.parts import (
    add_text, cells_of, copy_row, describe_table, fresh_numbering, keep_row_together, number_with,
    repeat_as_header, set_look, shade_run,
)
from dialog_app.io.export.outline import (
    BarChart, Block, Bullets, Contents, Cover, Facts, Heading, NoteItem, Para, Quote, Register, Table,
)
from dialog_app.io.export.wording import Wording

TABLE_STYLE = "Light Grid Accent 1"
PARA_STYLES = {"body": None, "lead": "Lead Paragraph", "muted": "Aside", "label": "Label"}
REGISTER_WIDTHS = (1.7, 1.5, 1.5, 3.4, 2.8, 2.4)  # ref, dialogue, question, group, kind, themes
BAR_WIDTHS = (5.0, 1.6, 9.4)  # label, count, bar (cm): the count wide enough for its header
BAR_UNITS = 40  # spaces in the longest bar: 7 cm at 10 pt
BAR_SPACE = "\u2007"  # a figure space: as wide as a digit, never broken, shaded by Word and LibreOffice alike
DEFAULT_COLOUR = "#4F81BD"
CHECK_EVERY = 200  # register rows between looks at the cancel token


class Renderer:
    """Adds the blocks to one document, in order. ``check`` raises when the export is cancelled."""

    def __init__(self, document: Document, wording: Wording, check: Callable[[], None],
                 listed: Sequence[Heading] = ()) -> None:
        self.document = document
        self.wording = wording
        self.check = check
        self.listed = listed  # the headings the contents lists, each then bookmarked
        self._marked = frozenset(listed)
        self._bookmarks = 0
        self._after_table = False
        self._style_ids: dict[str, str] = {}

    def render(self, block: Block) -> None:
        handler = getattr(self, f"_{type(block).__name__.lower()}")
        handler(block)
        self._after_table = isinstance(block, Table | Register | BarChart)

    # --- paragraphs -------------------------------------------------------------------------------

    def _style(self, paragraph: Paragraph, style: str | None) -> None:
        """Sets a paragraph style by its id: python-docx's lookup by name walks every style, every time."""
        if style is None:
            return
        if style not in self._style_ids:
            self._style_ids[style] = self.document.styles[style].style_id
        paragraph._p.style = self._style_ids[style]

    def _paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph()
        self._style(paragraph, style)
        if text:
            add_text(paragraph, text)
        if self._after_table and not (style or "").startswith("Heading"):
            paragraph.paragraph_format.space_before = Pt(10)  # air below the table
        self._after_table = False
        return paragraph

    def _cover(self, block: Cover) -> None:
        title = self._paragraph(block.title, "Title")
        title.paragraph_format.space_before = Cm(5)
        self._paragraph(block.subtitle, "Subtitle")
        version = self._paragraph("", "Cover Details")
        version.paragraph_format.space_before = Pt(36)
        add_text(version, block.version_label).bold = True
        for line in (block.organiser, block.date, block.framework):
            if line:
                self._paragraph(line, "Cover Details")

    def _contents(self, block: Contents) -> None:
        heading = self._paragraph(block.title, "TOC Heading")  # not itself an entry of the contents
        heading.paragraph_format.page_break_before = True  # the cover stands on its own page
        contents.write(lambda style: self._paragraph("", style), self.listed, TEXT_WIDTH)

    def _heading(self, block: Heading) -> None:
        style = f"Heading {block.level}" if block.contents else f"Section Heading {block.level}"
        paragraph = self._paragraph(block.text, style)
        if block.level == 1:
            paragraph.paragraph_format.page_break_before = True
        if block in self._marked:
            self._bookmarks += 1
            contents.mark(paragraph, contents.bookmark_name(block.key), self._bookmarks)

    def _para(self, block: Para) -> None:
        self._paragraph(block.text, PARA_STYLES.get(block.style))

    def _facts(self, block: Facts) -> None:
        paragraph = None
        for label, value in block.rows:
            if paragraph is not None:
                paragraph.paragraph_format.keep_with_next = True  # the facts stay on one page
            paragraph = self._paragraph("", "Fact")
            add_text(paragraph, label).bold = True
            add_text(paragraph, "\t" + value)
        if paragraph is not None:
            paragraph.paragraph_format.space_after = Pt(10)

    def _bullets(self, block: Bullets) -> None:
        style = "List Number" if block.numbered else "List Bullet"
        numbering = fresh_numbering(self.document, style) if block.numbered else None
        for item in block.items:
            paragraph = self._paragraph(item, style)
            if numbering is not None:
                number_with(paragraph, numbering)

    def _quote(self, block: Quote) -> None:
        paragraph = self._paragraph(block.text, "Quote")
        paragraph.paragraph_format.keep_together = True
        add_text(paragraph, "\n")
        source = add_text(paragraph, f"{block.ref} · {block.source}" if block.source else block.ref)
        source.italic = False
        source.font.size = Pt(9.5)
        source.font.color.rgb = GREY

    def _noteitem(self, block: NoteItem) -> None:
        paragraph = self._paragraph("", "Note")
        add_text(paragraph, block.ref).bold = True
        add_text(paragraph, "\t" + block.text)
        if block.meta:
            add_text(paragraph, "\n")
            meta = add_text(paragraph, block.meta)
            meta.font.size = Pt(9)
            meta.font.color.rgb = GREY

    # --- tables ---------------------------------------------------------------------------------

    def _new_table(self, columns: int, widths: tuple[float, ...], style: str | None,
                   fixed: bool = True) -> DocxTable:
        """A table over the text width; ``fixed=False`` lets Word widen a column for a long word."""
        if self._after_table:
            self._paragraph()  # two tables in a row would melt into one
        table = self.document.add_table(rows=0, cols=columns)
        if style:
            table.style = self.document.styles[style]
        table.autofit = not fixed
        total = sum(widths) if widths else columns
        for column, relative in zip(table.columns, widths or (1,) * columns, strict=True):
            column.width = Emu(int(TEXT_WIDTH * relative / total))
        return table

    def _row(self, table: DocxTable, cells: tuple[str, ...], numeric: tuple[int, ...] = (),
             bold_first: bool = False) -> list:
        row = table.add_row()
        row_cells = cells_of(table, row)
        for position, (cell, text) in enumerate(zip(row_cells, cells, strict=False)):
            paragraph = cell.paragraphs[0]
            self._style(paragraph, "Table Text")
            run = add_text(paragraph, text)
            if bold_first and position == 0:
                run.bold = True
            if position in numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return row

    def _header(self, table: DocxTable, header: tuple[str, ...], numeric: tuple[int, ...] = ()) -> None:
        row = self._row(table, header, numeric)
        repeat_as_header(row)
        keep_row_together(row)
        set_look(table, first_row=True)

    def _table(self, block: Table) -> None:
        table = self._new_table(len(block.header), block.widths, TABLE_STYLE, fixed=False)
        self._header(table, block.header, block.numeric)
        for cells in block.rows:
            keep_row_together(self._row(table, cells, block.numeric))

    def _register(self, block: Register) -> None:
        widths = REGISTER_WIDTHS if len(block.header) == len(REGISTER_WIDTHS) else ()
        table = self._new_table(len(block.header), widths, TABLE_STYLE)
        self._header(table, block.header)
        first = None
        for count, row in enumerate(block.rows, 1):
            cells = (row.ref, *row.cells)
            if first is None:
                first = self._row(table, cells, bold_first=True)
                keep_row_together(first)
            else:
                table._tbl.append(copy_row(first, cells))
            if count % CHECK_EVERY == 0:
                self.check()

    def _barchart(self, block: BarChart) -> None:
        """A small table anyone can read: the group, its count as a number, and a bar in the theme's colour.

        The bar is shaded blank space, which a screen reader passes over; the number says it all.
        """
        self._paragraph(block.title, "Label")
        table = self._new_table(3, BAR_WIDTHS, None)
        describe_table(table, block.title)
        if block.header:  # named columns, repeated on every page: a table that reads without the bars
            self._header(table, (*block.header, ""), numeric=(1,))
            for cell in cells_of(table, table.rows[0]):
                cell.paragraphs[0].runs[0].bold = True  # no table style here to make it bold
                cell.paragraphs[0].paragraph_format.space_after = Pt(3)
        else:
            set_look(table, first_row=False)
        colour = block.colour if re.fullmatch(r"#?[0-9A-Fa-f]{6}", block.colour or "") else DEFAULT_COLOUR
        longest = max((value for _label, value in block.bars), default=0)
        for label, value in block.bars:
            row = self._row(table, (label, self.wording.number(value), ""), numeric=(1,))
            keep_row_together(row)
            for cell in cells_of(table, row):
                cell.paragraphs[0].paragraph_format.space_after = Pt(3)  # air between the bars
            units = max(1, round(BAR_UNITS * value / longest)) if value > 0 else 0
            if units:
                bar = cells_of(table, row)[2].paragraphs[0].add_run(BAR_SPACE * units)
                shade_run(bar, colour)
