"""Times on screen are in the project's zone, not the computer's (issue 15): the computer is set to a
third zone (Kolkata) to prove that neither it nor the default zone is used."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QThreadPool

from dialog_app.core.project import Project
from dialog_app.gui.ops import ProjectSession, WriteOp
from dialog_app.gui.review.review_model import column
from dialog_app.gui.shown_zone import shown_zone
from tests.gui.review_fixtures import review  # noqa: F401  (a fixture)

LOAD = 10_000
MOMENT = datetime(2026, 12, 7, 13, 5, tzinfo=timezone.utc)  # 08:05 New York, 22:05 Tokyo, 18:35 Kolkata
TEXT = "Tidszonsprov vid kommunhuset"


@pytest.fixture
def kolkata_computer(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    assert MOMENT.astimezone().strftime("%H:%M") == "18:35"
    yield
    monkeypatch.undo()
    time.tzset()


def meet_in(project: Project, zone: str) -> None:
    project.facts.save(replace(project.facts.read(), time_zone=zone))


@pytest.fixture
def new_york_project(kolkata_computer, seeded_project):
    meet_in(seeded_project, "America/New_York")
    seeded_project.notes.add(seeded_project.dialogues.list()[0].id, TEXT, created_at=MOMENT)
    return seeded_project


def test_the_review_table_and_detail_show_the_projects_zone_and_follow_a_change(new_york_project, review):  # noqa: F811
    page = review.page
    with review.qtbot.waitSignal(page.listed, timeout=LOAD):
        page.filters.search.setText("Tidszonsprov")
    cell = page.model.index(0, column("created_at"))
    review.qtbot.waitUntil(lambda: cell.data() == "7 Dec 2026 08:05", timeout=LOAD)
    page.select_rows([0])
    review.qtbot.waitUntil(lambda: "7 Dec 2026 08:05" in page.detail.toPlainText(), timeout=LOAD)
    # when the project's facts move its meetings to Tokyo (one undoable step, heard as a change)
    operation = WriteOp(review.session, lambda project, _job: meet_in(project, "Asia/Tokyo"))
    with review.qtbot.waitSignal(operation.run().finished, timeout=LOAD):
        pass
    # then the table shows the same moment on Tokyo's clock, without a reload of its rows
    review.qtbot.waitUntil(lambda: cell.data() == "7 Dec 2026 22:05", timeout=LOAD)


def test_capture_cards_and_the_dialoger_table_show_the_projects_zone(kolkata_computer, seeded_copy, main_window,
                                                                    qtbot):
    with Project.open(seeded_copy) as project:
        meet_in(project, "Asia/Tokyo")
        dialogue = project.dialogues.list()[0].id
        note_id = project.notes.add(dialogue, TEXT, created_at=MOMENT).id
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(seeded_copy)
    assert shown_zone(main_window.session).zone == ZoneInfo("Asia/Tokyo")  # handed over by the opening
    capture = main_window.capture
    with qtbot.waitSignal(capture.loaded, timeout=LOAD):
        main_window.capture_dialogue(dialogue)
    model, delegate = capture.model, capture.list.itemDelegate()
    qtbot.waitUntil(lambda: model.capture_row(note_id) is not None, timeout=LOAD)
    assert delegate.meta_line(model.capture_row(note_id), model.zone).startswith("22:05")
    notes = main_window.dialogues.note_model
    main_window.tabs.setCurrentWidget(main_window.dialogues)
    qtbot.waitUntil(lambda: any(notes.index(r, 0).data() == "7 Dec 2026 22:05" for r in range(notes.rowCount())),
                    timeout=LOAD)


def test_a_session_without_a_handed_over_zone_reads_it(kolkata_computer, seeded_project, qtbot):
    meet_in(seeded_project, "America/New_York")
    session = ProjectSession(seeded_project)
    shown = shown_zone(session)
    qtbot.waitUntil(lambda: shown.zone == ZoneInfo("America/New_York"), timeout=LOAD)
    session.close()
    QThreadPool.globalInstance().waitForDone(LOAD)
