"""A suggestion only the learned model found is drawn unlike a keyword suggestion, without colour alone
(a dotted outline and "≈" before the name), says so to a screen reader and in its tooltip, and its
outline stands out 3:1 from the row in light, dark and high-contrast palettes."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from dialog_app.core.suggestion_score import LEARNED, Explanation
from dialog_app.gui.review.review_delegates import ChipDelegate
from dialog_app.gui.review.review_model import RowRole, column
from dialog_app.gui.review.review_rows import ReviewRow, ThemeChip
from dialog_app.gui.review.suggestion_chip import outline_pen
from dialog_app.gui.widgets.readable import EDGE
from dialog_app.gui.widgets.shading import contrast
from tests.gui import review_fixtures
from tests.gui.palettes import dark, high_contrast_black, high_contrast_white, system_look
from tests.gui.shots import save_shot

review = review_fixtures.review  # the fixture, under its own name

PALETTES = {"light": None, "dark": dark, "high contrast black": high_contrast_black,
            "high contrast white": high_contrast_white}
COLOURS = ("#ffffff", "#000000", "#f2c14e", "#2b6cb0", "#808080", "#1aebff")
KEYWORD = Explanation(matched=(("bredband", "bredbandet"),))
LIKE = Explanation(kind=LEARNED, similar=12, examples=("D2-017",))


def chip(why: Explanation, colour: str = "#2b6cb0") -> ThemeChip:
    keywords = ("bredband",) if why.kind != LEARNED else ()
    return ThemeChip(uuid.uuid4(), "Bredband", "2.1 Bredband", colour, keywords, why)


def row(key: int, chips: tuple[ThemeChip, ...]) -> ReviewRow:
    return ReviewRow(key, uuid.uuid4(), datetime(2026, 1, 1, tzinfo=timezone.utc), "", "", "", "", "comment",
                     "captured", 0, False, "Bredbandet räcker inte", (), chips)


def chip_table(qtbot, *rows: ReviewRow) -> QTableView:
    """A real table with the review's chip delegate, one suggestion cell per row."""
    model = QStandardItemModel(len(rows), 1)
    for number, shown in enumerate(rows):
        item = QStandardItem()
        item.setData(shown, RowRole)
        model.setItem(number, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, ChipDelegate("suggestions", view))
    view.setColumnWidth(0, 220)
    for number in range(len(rows)):
        view.setRowHeight(number, 40)
    view.resize(260, 120)
    view.show()
    qtbot.waitExposed(view)
    view.model_ = model  # keep the model alive with the view
    return view


def cell_image(view: QTableView, number: int):
    return view.viewport().grab(view.visualRect(view.model().index(number, 0))).toImage()


def outline_contrast(view: QTableView, number: int) -> float:
    """The strongest pixel of the rows above the chip's text (only its outline is there) against the
    cell's background, as drawn."""
    image = cell_image(view, number)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    text_top = (image.height() - QFontMetrics(font).height()) // 2
    background = image.pixelColor(1, 1)
    return max(contrast(image.pixelColor(x, y), background)
               for y in range(text_top) for x in range(4, image.width() // 2))


@pytest.mark.parametrize("look", PALETTES)
def test_a_learned_chip_is_drawn_unlike_a_keyword_chip_and_its_outline_reads(app, qtbot, look):
    make = PALETTES[look]
    with system_look(make() if make else None):
        # Given a keyword suggestion and a learned one for the same theme, in the same colour
        view = chip_table(qtbot, row(1, (chip(KEYWORD),)), row(2, (chip(LIKE),)),
                          row(3, (chip(KEYWORD),)))
        save_shot(view, f"learned-chip-{look.replace(' ', '-')}")
        keyword, learned, again = cell_image(view, 0), cell_image(view, 1), cell_image(view, 2)
        # Then the two look different (the "≈", the dots), and a keyword chip looks as another one
        assert again == keyword
        assert learned != keyword
        # and each outline stands out 3:1 from the row behind it, as computed and as drawn
        option = QStyleOptionViewItem()
        option.palette = view.palette()
        for colour in COLOURS:
            for why in (KEYWORD, LIKE):
                pen = outline_pen(chip(why, colour), QColor(colour), option)
                for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
                    assert contrast(pen.color(), option.palette.color(role)) >= EDGE, (colour, why.kind, role)
        assert outline_pen(chip(LIKE), QColor("#2b6cb0"), option).style() == Qt.PenStyle.DotLine
        assert outline_pen(chip(KEYWORD), QColor("#2b6cb0"), option).style() == Qt.PenStyle.DashLine
        for number in (0, 1):
            assert outline_contrast(view, number) >= EDGE, number


def test_a_learned_suggestion_says_so_to_a_screen_reader_and_in_its_tooltip(review):
    # Given the demo project's review table, once the learned model has trained and a row on screen
    # shows a suggestion no keyword made
    page, learner, qtbot = review.page, review.project.suggestions.learner, review.qtbot
    qtbot.waitUntil(lambda: bool(learner._models), timeout=20_000)

    def learned_row() -> int | None:
        for number in range(min(page.model.rowCount(), 60)):
            shown = page.model.row(number)
            if shown is not None and any(c.why is not None and c.why.kind == LEARNED for c in shown.suggestions):
                return number
        return None

    qtbot.waitUntil(lambda: learned_row() is not None, timeout=20_000)
    number = learned_row()
    shown = page.model.row(number)
    learned = next(c for c in shown.suggestions if c.why.kind == LEARNED)
    index = page.model.index(number, column("suggestions"))
    page.table.scrollTo(index)
    # Then the cell's accessible name and its tooltip say where it came from
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    table = QAccessible.queryAccessibleInterface(page.table)
    names = [table.child(n).text(QAccessible.Text.Name) for n in range(table.childCount())]
    assert spoken in names  # what the table's accessible cell says
    assert f"{learned.name} — suggested: like notes you tagged" in spoken
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert f"≈ {learned.name} — like " in tip
    keyworded = [c for c in shown.suggestions if c.why is None or c.why.kind != LEARNED]
    for other in keyworded:  # a keyword suggestion beside it names its words
        assert f"{other.name} — suggested: matched: " in spoken and f"≈ {other.name}" not in tip
    # and the column's header tooltip is the legend of the two looks
    legend = page.model.headerData(column("suggestions"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "dotted" in legend and "≈" in legend
    save_shot(page, "learned-chip-review")
