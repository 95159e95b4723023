"""A flowable of many stacked items (notes, table rows) that splits across pages cheaply.

ReportLab would lay out 10 000 notes as 10 000 flowables, or a 10 000-row register as a table
that is measured again at every page break. ``Rows`` measures each item once (the measurements
are shared by the pieces a split makes), finds the page break by bisecting running heights,
repeats a header on every page, splits a long item between its lines, and keeps at least
``min_items`` items together at a page's foot.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import Protocol

from reportlab.platypus import Flowable

from dialog_app.io.export.pdf.context import Context


class Placed(Protocol):
    """One measured item."""

    height: float

    def draw(self, rows: Rows, top: float, index: int) -> None: ...

    def split(self, height: float, forced: bool) -> tuple[Placed, Placed] | None:
        """A first part at most ``height`` tall and the rest; None when it should not split there.
        ``forced`` (at the top of an empty page): split wherever one line fits."""


class Sheet:
    """The items of one Rows and of the pieces it splits into, measured once per width."""

    def __init__(self, count: int, measure: Callable[[int, float], Placed],
                 header: Callable[[float], Placed] | None = None, check: Callable[[], None] = lambda: None) -> None:
        self.count = count
        self.measure = measure
        self.header_of = header
        self.check = check  # raises when the export is cancelled
        self.width = -1.0
        self.placed: list[Placed] = []
        self.tops: list[float] = [0.0]  # tops[i]: the height of items 0 … i-1
        self.header: Placed | None = None
        self.row_headers = False  # a table's first column heads its rows (for the tags)

    def at(self, width: float) -> Sheet:
        if width != self.width:
            placed = []
            for i in range(self.count):
                if i % 512 == 0:
                    self.check()
                placed.append(self.measure(i, width))
            self.placed = placed
            self.tops = [0.0, *accumulate(p.height for p in self.placed)]
            self.header = self.header_of(width) if self.header_of else None
            self.width = width
        return self


class Rows(Flowable):
    """Items ``start`` … ``end - 1`` of a sheet. ``first`` stands in for item ``start`` (the rest
    of an item split at the previous page), ``last`` for item ``end - 1`` (an item's first lines)."""

    min_items = 1

    def __init__(self, context: Context, sheet: Sheet) -> None:
        super().__init__()
        self.context = context
        self.sheet = sheet
        self.start = 0
        self.end = sheet.count
        self.first: Placed | None = None
        self.last: Placed | None = None

    def piece(self, start: int, end: int, first: Placed | None = None, last: Placed | None = None) -> Rows:
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        for layout_state in ("_postponed", "_frame", "canv"):  # ReportLab's marks on this piece
            twin.__dict__.pop(layout_state, None)
        twin.start, twin.end, twin.first, twin.last = start, end, first, last
        return twin

    def item(self, index: int) -> Placed:
        if index == self.start and self.first is not None:
            return self.first
        if index == self.end - 1 and self.last is not None:
            return self.last
        return self.sheet.placed[index]

    # --- heights -----------------------------------------------------------------------------------

    def header_height(self) -> float:
        return self.sheet.header.height if self.sheet.header else 0.0

    def _height(self, start: int, end: int, first: Placed | None, last: Placed | None = None) -> float:
        if end <= start:
            return 0.0
        placed, tops = self.sheet.placed, self.sheet.tops
        height = tops[end] - tops[start]
        if first is not None:
            height += first.height - placed[start].height
        if last is not None and end - 1 > start:
            height += last.height - placed[end - 1].height
        return height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.sheet.at(availWidth)
        self.width = availWidth
        self.height = self.header_height() + self._height(self.start, self.end, self.first, self.last)
        return availWidth, self.height

    def min_height(self, width: float) -> float:
        """The least this wants on a page (the header and the first items), to keep a heading with it."""
        self.sheet.at(width)
        end = min(self.end, self.start + self.min_items)
        return self.header_height() + min(self._height(self.start, end, self.first), 120.0)

    # --- page breaks -------------------------------------------------------------------------------

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        sheet = self.sheet.at(availWidth)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        room = availHeight - self.header_height()
        start, end, first = self.start, self.end, self.first
        if self.last is not None:  # a piece already cut to its page: nothing to split
            return [self] if at_top else []
        # k: the most whole items that fit
        offset = (first.height - sheet.placed[start].height) if first is not None else 0.0
        k = bisect_right(sheet.tops, sheet.tops[start] + room - offset + 1e-6) - 1
        k = max(start, min(k, end))
        if k >= end:
            return [self]
        whole = k - start
        left = room - self._height(start, k, first)
        parts = self.item(k).split(left, forced=at_top and whole == 0)
        if whole < self.min_items and not at_top and parts is None:
            return []  # too little at a page's foot: all of it moves on
        if parts is None and 0 < end - k < self.min_items and whole - (self.min_items - (end - k)) >= self.min_items:
            k -= self.min_items - (end - k)  # leave no lone item for the next page
            whole = k - start
        if parts is not None:
            head, tail = parts
            if whole == 0:
                return [self.piece(start, start + 1, head), self.piece(start, end, tail)]
            return [self.piece(start, k + 1, first, head), self.piece(k, end, tail)]
        if whole == 0:
            return [self] if at_top else []  # cannot happen: a forced split always fits a line
        return [self.piece(start, k, first), self.piece(k, end)]

    # --- drawing -----------------------------------------------------------------------------------

    def draw(self) -> None:
        self.context.job.check()
        top = self.height
        header = self.sheet.header
        if header is not None:
            header.draw(self, top, -1)
            top -= header.height
        finished = 0
        for index in range(self.start, self.end):
            item = self.item(index)
            item.draw(self, top, index)
            top -= item.height
            finished += not getattr(item, "continues", False)
        self.context.done += finished

    def literal(self, operators: str) -> None:
        self.canv.addLiteral(operators)
