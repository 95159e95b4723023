"""The review page on the demo project, and the small steps its tests repeat."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from dialog_app.core.project import Project
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review.review_page import ReviewPage


@dataclass
class Review:
    page: ReviewPage
    project: Project
    session: ProjectSession
    qtbot: object
    busy: bool = False  # writes are waiting or running, or their answers are on their way

    def settle(self) -> None:
        """Wait until every write ran and the table shows the listing that follows from it."""
        self.session.wait()
        self.qtbot.waitUntil(lambda: not self.busy, timeout=10_000)
        with self.qtbot.waitSignal(self.page.listed, timeout=10_000):
            self.page.relist()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.page.table.setFocus()
        self.qtbot.keyClick(self.page.table, key, modifier)
        self.settle()

    def row(self, number: int):
        """The table's row as read after the last change (rows are read off the GUI thread)."""
        rows = self.page.model.rows
        self.qtbot.waitUntil(lambda: rows.row(number) is not None and rows.fresh(number), timeout=10_000)
        return rows.row(number)

    def listed_ids(self) -> list:
        return self.project.notes.ids_of_keys(self.page.model.keys())

    def select(self, rows: list[int]) -> list:
        self.page.select_rows(rows)
        return self.project.notes.ids_of_keys([self.page.model.key(r) for r in rows])


@pytest.fixture
def review(app, qtbot, messages, seeded_project):
    session = ProjectSession(seeded_project)
    page = ReviewPage()
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activateWindow()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.set_session(session)
    review = Review(page, seeded_project, session, qtbot)
    session.busy_changed.connect(lambda busy: setattr(review, "busy", busy))
    yield review
    session.close()
