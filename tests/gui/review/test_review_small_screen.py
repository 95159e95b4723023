"""The review table on a 1366×768 screen: the note column has the width, every row shows two lines
of the note, and a search hit far into a long note is painted where it can be seen."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont

from dialog_app.core.project import Project
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review.note_text_layout import ELLIPSIS, lay_out
from dialog_app.gui.review.review_model import column
from dialog_app.gui.review.review_page import ReviewPage
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.review_fixtures import Review
from tests.gui.shots import save_shot

FILLER = "Bussarna går för sällan och det tar lång tid att komma fram till jobbet på morgonen. "
LONG = (FILLER * 4)[:300] + "cykelbanan " + FILLER * 3


def open_page(qtbot, session: ProjectSession, size=(1366, 768)) -> ReviewPage:
    page = ReviewPage()
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.set_session(session)
    return page


@pytest.fixture
def long_notes(app, qtbot, messages, tmp_path):
    project = Project.create(tmp_path / "lang.dialog")
    dialogue = project.dialogues.create("Kollektivtrafik i Skåne").id
    for text in (LONG, "Kort anteckning om bussen", "Anna Svensson sa att " + FILLER * 3):
        project.notes.add(dialogue, text)
    session = ProjectSession(project)
    page = open_page(qtbot, session)
    yield Review(page, project, session, qtbot)
    session.close()
    project.close()


def test_the_note_column_has_the_width_and_two_lines(long_notes):
    page = long_notes.page
    table = page.table
    for name in ("dialogue", "group", "status", "themes", "suggestions", "votes", "key_quote"):
        page.show_column(name, True)
    long_notes.qtbot.waitUntil(lambda: table.viewport().width() > 0)
    note_width = table.columnWidth(column("text"))
    assert note_width >= 0.4 * table.viewport().width()
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    assert page.splitter.sizes()[0] <= 210  # the themes gave way


def test_a_hit_far_into_a_long_note_is_painted_in_sight(long_notes):
    page, qtbot = long_notes.page, long_notes.qtbot
    with qtbot.waitSignal(page.listed, timeout=10_000):
        page.filters.search.setText("cykelbanan")
    assert page.model.rowCount() == 1
    long_notes.row(0)
    qtbot.wait(50)
    rect = page.table.visualRect(page.model.index(0, column("text")))
    image = page.table.viewport().grab(rect).toImage()
    yellow = [(x, y) for x in range(image.width()) for y in range(image.height())
              if _marker(image.pixelColor(x, y))]
    assert len(yellow) > 30, "the hit is not painted inside the cell"


def _marker(colour: QColor) -> bool:
    return colour.red() > 230 and colour.green() > 190 and colour.blue() < 140


def test_lay_out_starts_before_a_hit_that_would_be_cut():
    font = QFont()
    laid = lay_out(LONG, font, 300, 2, (300, 310))
    shown = laid.layout.text()
    assert shown.startswith(ELLIPSIS) and "cykelbanan" in shown
    assert LONG[300 - laid.offset - 0:][:0] == ""
    assert shown[300 - laid.offset: 310 - laid.offset] == "cykelbanan"
    assert laid.layout.lineCount() == 2
    plain = lay_out("kort", font, 300, 2, None)
    assert plain.layout.text() == "kort" and plain.ellipsis_at is None and plain.offset == 0


@pytest.mark.parametrize("language", ["sv", "en"])
def test_screenshot_of_the_review_at_1366x768(app, qtbot, messages, seeded_copy, language, swedish_ui):
    if language == "sv":
        swedish_ui()
    session = ProjectSession(Project.open(seeded_copy))
    try:
        page = open_page(qtbot, session)
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.filters.search.setText("digital")
        for number in range(min(20, page.model.rowCount())):
            Review(page, session.project, session, qtbot).row(number)
        page.select_rows([1])
        qtbot.wait(300)
        save_shot(page, f"review-1366x768-{language}")
        assert page.table.columnWidth(column("text")) >= 0.4 * page.table.viewport().width()
        assert page.table.mapTo(page, QPoint(0, 0)).x() < 260
    finally:
        session.close()
