"""Tables of the report (the outline's Table, Facts and Register): a header row repeated on each
page, wrapped cells, numbers aligned right, zebra rows; any number of rows, split between rows,
a row taller than a page between its lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color

from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf import tagging
from dialog_app.io.export.pdf.context import Context
from dialog_app.io.export.pdf.fonts import Face
from dialog_app.io.export.pdf.rows import Rows, Sheet
from dialog_app.io.export.pdf.typeset import wrap

PAD_X, PAD_Y = 4.0, 3.2


@dataclass(frozen=True)
class Column:
    face: Face
    colour: Color
    align: str  # "left" or "right"


@dataclass
class _Row:
    grid: Grid
    cells: list[list[str]]  # each cell's lines
    height: float
    header: bool = False
    continues: bool = False  # the first lines of a row that goes on at the next page

    def draw(self, rows: Rows, top: float, index: int) -> None:
        grid = self.grid
        width = rows.width
        block = rows.context.typesetter(rows.canv).block()
        bottom = top - self.height
        if self.header:
            block.rect(s.TINT, 0, bottom, width, self.height)
        elif grid.striped and index % 2 == 1:
            block.rect(s.STRIPE, 0, bottom, width, self.height)
        if grid.ruled:
            block.line(s.RULE, 0.8 if self.header else 0.5, 0, bottom, width, bottom)
        baseline = top - PAD_Y - grid.size * 0.93
        cells = _CellTags(rows, block, index, self.header)
        x = 0.0
        for n, (column, cell, col_width) in enumerate(zip(grid.columns, self.cells, grid.widths(width), strict=True)):
            cells.begin(n)
            if cell:
                face = grid.header_face if self.header else column.face
                colour = s.INK if self.header else column.colour
                block.lines(face, grid.size, x + PAD_X, baseline, cell, grid.leading, colour,
                            column.align, col_width - 2 * PAD_X)
            cells.end()
            x += col_width
        cells.close()
        rows.literal(block.operators())

    def split(self, height: float, forced: bool) -> tuple[_Row, _Row] | None:
        lines = max(len(c) for c in self.cells)
        fits = int((height - 2 * PAD_Y) // self.grid.leading)
        if not forced and (fits < 2 or lines - fits < 2):
            return None
        fits = max(fits, 1)
        if fits >= lines:
            return None
        head = self.grid.row([c[:fits] for c in self.cells])
        tail = self.grid.row([c[fits:] for c in self.cells])
        head.continues = True
        return head, tail


class _CellTags:
    """A row's tags: Table > TR > TH/TD, one marked sequence per cell; a header row repeated on a
    later page is an artifact; the rest of a row split by a page break goes on in its cells."""

    def __init__(self, rows: Rows, block, index: int, header: bool) -> None:
        self.tags = tagging.tags_of(rows.canv)
        self.block = block
        self.row = None
        if self.tags is None:
            return
        block.shapes_artifact = True
        self.page = rows.canv.getPageNumber()
        sheet = rows.sheet
        table = self.tags.keyed(sheet, "Table")
        self.header = header
        self.row_headers = sheet.row_headers
        if header:
            if self.tags.has((sheet, "header")):
                block.mark(tagging.PAGINATION)  # the header row repeated on a later page
                return
            self.row = self.tags.keyed((sheet, "header"), "TR", table)
            self.new = True
        else:
            self.row, self.new = self.tags.item(table, index, "TR")

    def begin(self, column: int) -> None:
        if self.row is None:
            return
        if self.new:
            header = self.header or (self.row_headers and column == 0)
            scope = "/Column" if self.header else "/Row"
            cell = self.tags.add("TH" if header else "TD", self.row,
                                 attributes={"O": "/Table", "Scope": scope} if header else None)
        else:  # the rest of a row cut by a page break
            cell = self.row.kids[column]
        self.block.mark(self.tags.begin(cell, self.page))

    def end(self) -> None:
        if self.row is not None:
            self.block.end()

    def close(self) -> None:
        if self.tags is not None and self.row is None:
            self.block.end()


class Grid:
    """How one table looks; makes the Rows flowable that prints it."""

    def __init__(self, context: Context, header: Sequence[str] | None, rows: Sequence[Sequence[str]],
                 relative: Sequence[float], columns: Sequence[Column], *, striped: bool = True,
                 ruled: bool = True, size: float = s.CELL_SIZE, leading: float = s.CELL_LEADING,
                 row_headers: bool = False) -> None:
        self.context = context
        self.row_headers = row_headers  # the first column names the row (tagged TH, scope Row)
        self.columns = list(columns)
        self.relative = [max(0.1, float(w)) for w in relative]
        self.header_face = context.bold
        self.header = [self.header_face.clean(h) for h in header] if header else None
        self.data = rows
        self.striped, self.ruled = striped, ruled
        self.size, self.leading = size, leading
        self._widths: tuple[float, list[float]] = (-1.0, [])

    def widths(self, width: float) -> list[float]:
        """Column widths: as relative as asked, but no header word cut if the table has room."""
        if self._widths[0] != width:
            total = sum(self.relative)
            widths = [width * w / total for w in self.relative]
            need = [self._least(i) for i in range(len(widths))]
            short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
            spare = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
            if 0 < short <= spare:
                widths = [n if w < n else w - (w - n) * short / spare for n, w in zip(need, widths, strict=True)]
            self._widths = (width, widths)
        return self._widths[1]

    def _least(self, column: int) -> float:
        words = self.header[column].split() if self.header else []
        widest = max((self.header_face.width(word) for word in words), default=0.0)
        return widest * self.size + 2 * PAD_X + 1

    def row(self, cells: list[list[str]], header: bool = False) -> _Row:
        lines = max((len(c) for c in cells), default=1) or 1
        return _Row(self, cells, 2 * PAD_Y + lines * self.leading, header)

    def _measure(self, index: int, width: float) -> _Row:
        cells = []
        for column, text, col_width in zip(self.columns, self.data[index], self.widths(width), strict=True):
            cells.append(wrap(column.face, self.size, column.face.clean(text), col_width - 2 * PAD_X))
        return self.row(cells)

    def _measure_header(self, width: float) -> _Row:
        cells = [wrap(self.header_face, self.size, text, w - 2 * PAD_X)
                 for text, w in zip(self.header or (), self.widths(width), strict=True)]
        return self.row(cells, header=True)

    def flowable(self) -> Rows:
        sheet = Sheet(len(self.data), self._measure, self._measure_header if self.header else None,
                      self.context.job.check)
        sheet.row_headers = self.row_headers
        rows = Rows(self.context, sheet)
        rows.min_items = len(self.data) if len(self.data) <= 4 else 2  # a short table is not split
        return rows


def columns_for(context: Context, count: int, numeric: Sequence[int] = (), bold_first: bool = False,
                muted_first: bool = False, accent_first: bool = False) -> list[Column]:
    out = []
    for i in range(count):
        face = context.bold if (i == 0 and (bold_first or muted_first)) else context.regular
        colour = s.INK
        if i == 0 and (muted_first or accent_first):
            colour = s.MUTED if muted_first else s.ACCENT
        out.append(Column(face, colour, "right" if i in numeric else "left"))
    return out
