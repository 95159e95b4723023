"""Possible person names in the review table (issue 14): a note holding a name nobody decided shows
it marked, N confirms it (masked in every export) and Shift+N dismisses it, one undo step each, every
note with the same name follows, and a filter lists only the notes with names still to decide."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review.review_model import NamesRole, column
from dialog_app.gui.review.review_page import ReviewPage
from tests.gui.review_fixtures import Review

KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
ANNA = "Anna Svensson sa att bussen är sen"
TEXTS = (
    ANNA,
    "Bussen till Lund går för sällan på kvällarna",
    "Enligt Anna Svensson behövs fler turer på kvällen",
    "Jonathan Mayhew tycker att appen är svår att förstå",
    "Biblioteket i Malmö har bra wifi och långa öppettider",
)


@pytest.fixture
def names_review(app, qtbot, messages, tmp_path: Path):
    project = Project.create(tmp_path / "namn.dialog")
    dialogue = project.dialogues.create("Kollektivtrafik i Skåne").id
    for text in TEXTS:
        project.notes.add(dialogue, text)
    session = ProjectSession(project)
    page = ReviewPage()
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    page.activateWindow()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.set_session(session)
    review = Review(page, project, session, qtbot)
    session.busy_changed.connect(lambda busy: setattr(review, "busy", busy))
    yield review
    session.close()
    project.close()


def row_of_text(review: Review, text: str) -> int:
    for number in range(review.page.model.rowCount()):
        if review.row(number).text == text:
            return number
    raise AssertionError(f"not listed: {text}")


def states(review: Review, text: str) -> list[tuple[str, str | None]]:
    index = review.page.model.index(row_of_text(review, text), column("text"))
    return [(name.text, decision) for name, decision in index.data(NamesRole)]


def tooltip(review: Review, text: str) -> str:
    index = review.page.model.index(row_of_text(review, text), column("text"))
    return index.data(Qt.ItemDataRole.ToolTipRole)


def wait_decisions(review: Review, expected: dict) -> None:
    review.qtbot.waitUntil(lambda: review.project.possible_names.decisions() == expected, timeout=10_000)
    review.settle()


def wait_state(review: Review, text: str, expected: list) -> None:
    review.qtbot.waitUntil(lambda: states(review, text) == expected, timeout=10_000)


def test_a_note_with_a_name_nobody_decided_shows_it(names_review):
    review = names_review
    assert states(review, ANNA) == [("Anna Svensson", None)]
    assert "Possible name: Anna Svensson — N: mask, Shift+N: not a name" in tooltip(review, ANNA)
    assert states(review, TEXTS[1]) == []
    assert tooltip(review, TEXTS[1]) == TEXTS[1]


def test_n_masks_the_name_in_every_note_and_undo_takes_it_back(names_review):
    review, project = names_review, names_review.project
    review.select([row_of_text(review, ANNA)])
    review.press(KEY.Key_N)
    wait_decisions(review, {"anna svensson": "mask"})
    # the other note with the same name follows; the other name is still to decide
    wait_state(review, TEXTS[2], [("Anna Svensson", "mask")])
    assert states(review, TEXTS[3]) == [("Jonathan Mayhew", None)]
    assert "Anna Svensson will be masked in exports" in tooltip(review, ANNA)
    project.history.undo()
    wait_decisions(review, {})
    wait_state(review, ANNA, [("Anna Svensson", None)])


def test_shift_n_dismisses_and_a_second_choice_changes_the_first(names_review):
    review = names_review
    review.select([row_of_text(review, ANNA)])
    review.press(KEY.Key_N, SHIFT)
    wait_decisions(review, {"anna svensson": "keep"})
    wait_state(review, ANNA, [("Anna Svensson", "keep")])
    assert "Anna Svensson" not in tooltip(review, ANNA).replace(ANNA, "")
    review.select([row_of_text(review, ANNA)])  # every name in it is decided: N changes the choice
    review.press(KEY.Key_N)
    wait_decisions(review, {"anna svensson": "mask"})


def test_a_multi_row_selection_is_decided_in_one_undo_step(names_review):
    review, project = names_review, names_review.project
    review.select([row_of_text(review, ANNA), row_of_text(review, TEXTS[3])])
    review.press(KEY.Key_N)
    wait_decisions(review, {"anna svensson": "mask", "jonathan mayhew": "mask"})
    project.history.undo()
    wait_decisions(review, {})


def test_the_side_pane_lists_the_names_with_buttons(names_review):
    review, page = names_review, names_review.page
    review.select([row_of_text(review, TEXTS[3])])
    review.qtbot.waitUntil(page.name_box.isVisible, timeout=5_000)
    assert "Jonathan Mayhew" in page.name_box.names.text()
    assert "not decided" in page.name_box.names.text()
    page.findChild(type(page.name_box.confirm), "reviewDismissName").click()
    wait_decisions(review, {"jonathan mayhew": "keep"})
    review.qtbot.waitUntil(lambda: "not a name" in page.name_box.names.text(), timeout=5_000)
    page.findChild(type(page.name_box.confirm), "reviewConfirmName").click()
    wait_decisions(review, {"jonathan mayhew": "mask"})
    review.select([row_of_text(review, TEXTS[1])])
    review.qtbot.waitUntil(lambda: not page.name_box.isVisible(), timeout=5_000)


def test_the_filter_lists_only_notes_with_unconfirmed_names_and_walks_on(names_review):
    review, page = names_review, names_review.page
    chip = page.filters.findChild(type(page.filters.key_quotes), "filterUnconfirmedNames")
    with review.qtbot.waitSignal(page.listed, timeout=10_000):
        chip.click()
    assert page.filters.current_filter().unconfirmed_names
    assert sorted(review.row(n).text for n in range(page.model.rowCount())) == sorted(
        [TEXTS[0], TEXTS[2], TEXTS[3]])
    review.select([row_of_text(review, ANNA)])
    review.press(KEY.Key_N)
    wait_decisions(review, {"anna svensson": "mask"})
    review.qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert review.row(0).text == TEXTS[3]
    assert page.selected_keys() == [page.model.key(0)]  # on to the next name to decide
    review.press(KEY.Key_N, SHIFT)
    wait_decisions(review, {"anna svensson": "mask", "jonathan mayhew": "keep"})
    review.qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)


def test_the_filter_is_saved_with_the_others(names_review):
    project = names_review.project
    project.saved_filters.save("namn", NoteFilter(unconfirmed_names=True))
    assert project.saved_filters.get("namn").unconfirmed_names


def test_screenshot_of_a_marked_name(names_review):
    review, page = names_review, names_review.page
    page.resize(1300, 360)
    review.select([row_of_text(review, TEXTS[3])])
    review.qtbot.waitUntil(page.name_box.isVisible, timeout=5_000)
    for number in range(page.model.rowCount()):
        review.row(number)
    review.qtbot.wait(100)
    target = os.environ.get("DIALOG_APP_REVIEW_NAMES_SHOT")
    image = page.grab()
    assert not image.isNull()
    if target:
        image.save(target)
