"""A theme's notes per stakeholder group as a horizontal bar chart in the theme's colour.

Drawn with reportlab.graphics shapes: the group's name on the left (cut with "…" if long), a bar
scaled to the biggest value, the value printed after the bar, and a light grid behind. Many
groups make several drawings of at most ``PER_DRAWING`` bars, so no drawing outgrows a page.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.colors import Color
from reportlab.lib.validators import isString

from dialog_app.io.export.outline import BarChart
from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf import tagging
from dialog_app.io.export.pdf.context import Context
from dialog_app.io.export.pdf.fonts import Face
from dialog_app.io.export.pdf.typeset import truncate

PER_DRAWING = 30
BAR_PITCH = 17.0
BAR_HEIGHT = 11.0
TITLE_SPACE = 18.0
LABEL_SIZE = 8.6


class Chart(Drawing):
    """A drawing tagged as a Figure whose alternative text states its bars' counts."""

    _attrMap = AttrMap(BASE=Drawing, alt=AttrMapValue(isString, desc="the figure's alternative text"))
    alt = ""

    def drawOn(self, canv, x, y, _sW=0):  # noqa: N802  (ReportLab's name)
        tags = tagging.tags_of(canv)
        if tags is None:
            return super().drawOn(canv, x, y, _sW)
        left, bottom = canv.absolutePosition(x, y)
        figure = tags.add("Figure", alt=self.alt, attributes={
            "O": "/Layout", "Placement": "/Block",
            "BBox": f"[{left:.1f} {bottom:.1f} {left + self.width:.1f} {bottom + self.height:.1f}]"})
        tags.mark(canv, figure)
        super().drawOn(canv, x, y, _sW)
        canv.addLiteral(tagging.END)
        return None


def alt_text(title: str, bars: list[tuple[str, int]]) -> str:
    """What a screen reader says for a chart: its title and every bar with its count."""
    counts = "; ".join(f"{label}: {value}" for label, value in bars)
    return f"{title}. {counts}" if title else counts


def bar_charts(context: Context, chart: BarChart, width: float) -> list[Drawing]:
    bars = [(context.regular.clean(label, newlines=False), max(0, int(value))) for label, value in chart.bars]
    biggest = max((value for _label, value in bars), default=0)
    title = context.bold.clean(chart.title, newlines=False)
    drawings = []
    for start in range(0, max(len(bars), 1), PER_DRAWING):
        part = bars[start:start + PER_DRAWING]
        drawing = _drawing(context, title if start == 0 else "", part, biggest, width, s.colour(chart.colour))
        drawing.alt = alt_text(title, part)
        drawings.append(drawing)
    return drawings


def _drawing(context: Context, title: str, bars: list[tuple[str, int]], biggest: int, width: float,
             colour: Color) -> Chart:
    regular = context.regular
    top_space = TITLE_SPACE if title else 4.0
    height = top_space + len(bars) * BAR_PITCH + 14.0
    drawing = Chart(width, height)
    drawing.initialFontName = regular.name  # else ReportLab's default, Helvetica, is referenced too
    drawing.initialFontSize = LABEL_SIZE
    label_width = min(width * 0.34, max((regular.width(label) * LABEL_SIZE for label, _v in bars), default=0) + 8)
    label_width = max(label_width, 60.0)
    value_room = regular.width(str(biggest)) * LABEL_SIZE + 8
    plot_x = label_width + 6
    plot_width = max(40.0, width - plot_x - value_room)
    step = _step(biggest)
    scale_top = max(step, math.ceil(biggest / step) * step) if biggest else 1
    axis_bottom = 14.0
    axis_top = height - top_space
    if title:
        _add_text(drawing, context.bold, 0, height - 11, title, 9.2)
    for tick in range(0, int(scale_top) + 1, int(step)):
        x = plot_x + plot_width * tick / scale_top
        drawing.add(Line(x, axis_bottom, x, axis_top, strokeColor=s.RULE, strokeWidth=0.5))
        drawing.add(String(x, 3, f"{tick}", fontName=regular.name, fontSize=7, fillColor=s.MUTED,
                           textAnchor="middle"))
    for n, (label, value) in enumerate(bars):
        y = axis_top - (n + 1) * BAR_PITCH + (BAR_PITCH - BAR_HEIGHT) / 2
        shown = truncate(regular, LABEL_SIZE, label, label_width)
        _add_text(drawing, regular, label_width - regular.width(shown) * LABEL_SIZE, y + 2.6, shown, LABEL_SIZE)
        length = plot_width * value / scale_top
        if length > 0:
            drawing.add(Rect(plot_x, y, length, BAR_HEIGHT, fillColor=colour, strokeColor=None))
        drawing.add(String(plot_x + length + 4, y + 2.6, str(value), fontName=context.bold.name,
                           fontSize=LABEL_SIZE, fillColor=s.INK))
    drawing.add(Line(plot_x, axis_bottom, plot_x, axis_top, strokeColor=s.MUTED, strokeWidth=0.8))
    return drawing


def _add_text(drawing: Drawing, face: Face, x: float, y: float, text: str, size: float) -> None:
    """``text`` from ``x``, one String per font run, so an emoji in a group's name is drawn too."""
    for run_face, run in face.runs(text):
        drawing.add(String(x, y, run, fontName=run_face.name, fontSize=size, fillColor=s.INK))
        x += run_face.font.stringWidth(run, size)


def _step(biggest: int) -> int:
    """A round tick distance giving at most about six ticks."""
    if biggest <= 5:
        return 1
    raw = biggest / 5
    magnitude = 10 ** int(math.floor(math.log10(raw)))
    for nice in (1, 2, 5, 10):
        if raw <= nice * magnitude:
            return nice * magnitude
    return 10 * magnitude
