"""Dates and numbers follow the chosen language (issue 15): the one formatting module, and the
review table, the Dialoger list, the theme panel, the status bar and the dialogue forms that use it."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QThreadPool

from dialog_app.gui import formats
from dialog_app.gui.dialogs.dialogue_form import DialogueFormDialog
from dialog_app.gui.dialogs.new_dialogue import NewDialogueDialog
from dialog_app.gui.language_switch import switch_language
from dialog_app.gui.models.dialogue_list_model import DetailRole, DialogueListModel, DialogueRow
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review.review_model import column
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.review_fixtures import review  # noqa: F401  (a fixture)

LOAD = 10_000
STOCKHOLM = ZoneInfo("Europe/Stockholm")
MOMENT = datetime(2026, 12, 7, 13, 5, tzinfo=timezone.utc)  # 14:05 in Stockholm
NBSP = "\u00a0"


def test_the_module_writes_english_then_swedish(app, swedish_ui):  # noqa: F811
    # Given the English interface (the suite's default)
    assert formats.date(MOMENT, STOCKHOLM) == "7 Dec 2026"
    assert formats.date_time(MOMENT, STOCKHOLM) == "7 Dec 2026 14:05"
    assert formats.number(2500) == "2,500"
    assert formats.percent(80) == "80%"
    # when the user chooses Swedish
    swedish_ui()
    # then a date, a count and a share are written as a Swede expects
    assert formats.date(MOMENT, STOCKHOLM) == "7 dec. 2026"
    assert formats.date_time(MOMENT, STOCKHOLM) == "7 dec. 2026 14:05"
    assert formats.time(MOMENT, ZoneInfo("Asia/Tokyo")) == "22:05"
    assert formats.number(2500) == f"2{NBSP}500"
    assert formats.percent(80) == f"80{NBSP}%"


def test_the_review_table_and_its_counts_follow_the_language(review, swedish_ui):  # noqa: F811
    page = review.page
    created = review.row(0).created_at
    cell = page.model.index(0, column("created_at"))
    assert cell.data() == formats.date_time(created, STOCKHOLM)
    assert cell.data().split()[1] in {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct",
                                      "Nov", "Dec"}
    page.filters.set_count(2500, 2500)
    assert "2,500" in page.filters.count.text()
    swedish_ui()
    assert "." in cell.data().split()[1] or cell.data().split()[1] in {"mars", "maj", "juni", "juli"}
    page.filters.set_count(12, 2500)
    assert f"2{NBSP}500" in page.filters.count.text()


def test_the_theme_panel_counts_follow_the_language(review, swedish_ui):  # noqa: F811
    panel, names = review.page.themes, review.page.names
    theme = next(iter(names.themes))
    panel.show_themes(names, {theme: 2500, None: 3}, 2503)
    shown = [panel.model_.item(row, 2).text() for row in range(panel.model_.rowCount())]
    assert "2,503" in shown
    swedish_ui()
    panel.show_themes(names, {theme: 2500, None: 3}, 2503)
    shown = [panel.model_.item(row, 2).text() for row in range(panel.model_.rowCount())]
    assert f"2{NBSP}503" in shown


def test_the_dialoger_list_follows_the_language(app, swedish_ui):  # noqa: F811
    model = DialogueListModel()
    starts = datetime(2026, 12, 6, 23, 30, tzinfo=timezone.utc)  # 7 December in Stockholm
    model.set_rows([DialogueRow(uuid.uuid4(), "Samråd", "consultation", starts, "Härnösand", False, 2500)])
    detail = model.index(1).data(DetailRole)
    assert "7 Dec 2026" in detail and "2,500" in detail
    swedish_ui()
    detail = model.index(1).data(DetailRole)
    assert "7 dec. 2026" in detail and f"2{NBSP}500" in detail


def test_the_status_bar_count_follows_the_language(seeded_window, qtbot, swedish_ui):  # noqa: F811
    window = seeded_window
    window.note_count.show_count(2500)
    assert "2,500" in window.status_label.text()
    swedish_ui()
    window.note_count.show_count(2500)
    assert f"2{NBSP}500" in window.status_label.text()


def test_the_dialogue_forms_show_dates_as_the_language_writes_them(app, qtbot, seeded_project, swedish_ui):  # noqa: F811
    english = NewDialogueDialog()
    qtbot.addWidget(english)
    assert english.starts.displayFormat() == "dd/MM/yyyy HH:mm"
    swedish_ui()
    swedish = NewDialogueDialog(zone=ZoneInfo("Asia/Tokyo"))
    qtbot.addWidget(swedish)
    assert swedish.starts.displayFormat() == "yyyy-MM-dd HH:mm"
    assert swedish.value().starts_at.tzinfo == ZoneInfo("Asia/Tokyo")  # the clock read in the project's zone
    session = ProjectSession(seeded_project)
    dialogue = seeded_project.dialogues.list()[0]
    form = DialogueFormDialog(session, dialogue.id)
    qtbot.addWidget(form)
    qtbot.waitUntil(form.ok_button.isEnabled, timeout=LOAD)  # the stored dialogue is shown
    assert form.starts.text() == formats.edit_moment(dialogue.starts_at, STOCKHOLM).toString("yyyy-MM-dd HH:mm")
    assert form.starts.displayFormat() == "yyyy-MM-dd HH:mm"
    assert form.starts.locale().name() == "sv_SE"
    session.close()
    QThreadPool.globalInstance().waitForDone(LOAD)


def test_a_live_language_switch_changes_the_review_tables_dates(review):  # noqa: F811
    cell = review.page.model.index(0, column("created_at"))
    english = cell.data()
    try:
        switch_language("sv")
        swedish = cell.data()
    finally:
        switch_language("en")
    assert swedish != english
    assert swedish == formats_in("sv", review.row(0).created_at)
    # the column (hidden until chosen) was sized for the longest date either language writes
    review.page.resize(2400, 700)  # room enough that no column has to give way
    review.page.notes_table.show_column("created_at", True)
    review.qtbot.waitUntil(lambda: review.page.table.viewport().width() > 1800, timeout=LOAD)
    review.page.notes_table.fit_columns()
    table = review.page.table
    assert table.horizontalHeader().sectionSize(column("created_at")) >= table.fontMetrics().horizontalAdvance(swedish)


def formats_in(language: str, moment: datetime) -> str:
    from PySide6.QtCore import QDate, QLocale, QTime

    locale = QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                     QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom)
    clock = moment.astimezone(STOCKHOLM)
    return (f"{locale.toString(QDate(clock.year, clock.month, clock.day), 'd MMM yyyy')} "
            f"{locale.toString(QTime(clock.hour, clock.minute), QLocale.FormatType.ShortFormat)}")

