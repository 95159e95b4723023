"""Search as you type: the review lists on every key, and however the answers come back, the
table always ends showing the notes of the text in the box, never those of a text typed before."""

from __future__ import annotations

import random
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dialog_app.core.paths import HOME_ENV
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.ops import ProjectSession, QueryOp
from dialog_app.gui.review import review_ops
from dialog_app.gui.review.review_listing import FIRST_ROWS
from dialog_app.gui.review.review_page import ReviewPage
from tests.gui.review_fixtures import Review

# "bredb" finds both kinds of note, "bredband" only the first; both more than a first screen
BROADBAND = [f"Bredbandet når inte gård {n} i byn" for n in range(FIRST_ROWS + 30)]
VILLAGE = [f"Bredbyn vill ha fiber till skola {n}" for n in range(FIRST_ROWS + 10)]
SCHOOL = [f"Skolan behöver fler datorer, sa lärare {n}" for n in range(40)]


@pytest.fixture(scope="module")
def village_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project the tests type into, written once (each test opens its own copy)."""
    folder = tmp_path_factory.mktemp("typing")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(folder / "app-home"))  # never the user's own
        with Project.create(folder / "byn.dialog") as project:
            dialogue = project.dialogues.create("Fiber till byarna").id
            for text in BROADBAND + VILLAGE + SCHOOL:
                project.notes.add(dialogue, text)
    return folder / "byn.dialog"


@pytest.fixture
def typing_review(app, qtbot, messages, tmp_path: Path, village_file: Path):
    shutil.copyfile(village_file, tmp_path / "byn.dialog")
    project = Project.open(tmp_path / "byn.dialog")
    session = ProjectSession(project)
    page = ReviewPage()
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    page.activateWindow()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.set_session(session)
    yield Review(page, project, session, qtbot)
    session.close()


def shown_texts(page: ReviewPage) -> list[str]:
    """The filter text of every listing the table shows from now on, in order."""
    texts: list[str] = []
    page.first_rows_shown.connect(lambda: texts.append(page._filter.text))
    return texts


def type_keys(review: Review, keys: str, rng: random.Random | None = None) -> None:
    """Key by key into the search box, the event loop running a little (or not) between keys."""
    box = review.page.filters.search
    box.setFocus()
    for char in keys:
        if char == "\b":
            review.qtbot.keyClick(box, Qt.Key.Key_Backspace)
        else:
            review.qtbot.keyClicks(box, char)
        review.qtbot.wait(rng.choice([0, 1, 3, 10, 25]) if rng else 1)


def wait_settled(review: Review) -> None:
    """Until the table shows the whole listing of the text in the box, and nothing is on its way."""
    page = review.page
    review.qtbot.waitUntil(lambda: page._filter.text == page.filters.search.text() and page._listing is None,
                           timeout=10_000)
    review.qtbot.wait(100)  # time for a stale answer, were one still coming, to arrive
    assert page._listing is None


def expected(review: Review, text: str) -> list[int]:
    return review.project.notes.keys(NoteFilter(text=text))


def test_typing_on_never_ends_on_the_notes_of_an_older_text(typing_review):
    review = typing_review
    shown = shown_texts(review.page)
    # When the writer types "bredb", then on to "bredband", fast
    type_keys(review, "bredb")
    type_keys(review, "and")
    wait_settled(review)
    # Then the table shows the notes of "bredband", whole, and the last listing shown was its own
    assert review.page.model.keys() == expected(review, "bredband") != expected(review, "bredb")
    assert shown and shown[-1] == "bredband"
    assert review.page.filters.count.text().startswith(f"{len(BROADBAND)} of ")
    assert review.page.highlighter.query == "bredband"


def test_an_older_answer_coming_after_a_newer_one_is_dropped(typing_review, monkeypatch):
    # Given a listing of "bredb" that answers only after the one of "bredband" has been shown
    review, page = typing_review, typing_review.page
    newer_shown = threading.Event()
    page.first_rows_shown.connect(lambda: page._filter.text == "bredband" and newer_shown.set())
    first = review_ops.list_first

    def slow_for_bredb(session, note_filter, *args):
        op = first(session, note_filter, *args)
        if note_filter.text != "bredb":
            return op
        work = op._work

        def late(project, job):
            newer_shown.wait(5)
            return work(project, type(job)())  # deaf to the cancel, as a query past its last check is

        return QueryOp(session, late)

    monkeypatch.setattr(review_ops, "list_first", slow_for_bredb)
    shown = shown_texts(page)
    answers: list[str] = []  # the filter text of every first listing that came back, in order
    original = page._show_first
    monkeypatch.setattr(page, "_show_first", lambda *args: (answers.append(args[3].text), original(*args)))
    # When the writer types on to "bredband" before it came
    type_keys(review, "bredb")
    type_keys(review, "and")
    review.qtbot.waitUntil(lambda: "bredb" in answers, timeout=10_000)
    wait_settled(review)
    # Then the answer for "bredb" came after that of "bredband", and was not shown
    assert answers.index("bredband") < answers.index("bredb")
    assert "bredb" not in shown and shown[-1] == "bredband"
    assert page.model.keys() == expected(review, "bredband")


def test_a_newer_text_cancels_the_listing_on_its_way(typing_review, monkeypatch):
    review, page = typing_review, typing_review.page
    jobs: list = []
    first = review_ops.list_first

    def held_for_bredb(session, note_filter, *args):
        op = first(session, note_filter, *args)
        if note_filter.text != "bredb":
            return op
        work = op._work

        def held(project, job):
            jobs.append(job)
            for _ in range(500):  # until cancelled (at most five seconds)
                if job.cancelled:
                    break
                threading.Event().wait(0.01)
            return work(project, job)  # its query then stops at once

        return QueryOp(session, held)

    monkeypatch.setattr(review_ops, "list_first", held_for_bredb)
    type_keys(review, "bredb")
    review.qtbot.waitUntil(lambda: bool(jobs), timeout=5_000)
    type_keys(review, "and")
    wait_settled(review)
    assert jobs[0].cancelled
    assert page.model.keys() == expected(review, "bredband")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_last_listing_always_matches_the_last_text(typing_review, seed):
    # When the writer types, corrects and types on, at uneven speed
    review, rng = typing_review, random.Random(seed)
    keys = "".join(rng.choice(["bred", "b", "\b", "and", "\b\b", "byn", "sk", "ol"]) for _ in range(8))
    type_keys(review, keys, rng)
    wait_settled(review)
    # Then the table lists exactly the notes of what the box says, with its count
    text = review.page.filters.search.text()
    assert review.page.model.keys() == expected(review, text)
    assert review.page.highlighter.query == text


def test_emptying_the_box_lists_every_note_again(typing_review):
    review, page = typing_review, typing_review.page
    type_keys(review, "bredband")
    wait_settled(review)
    assert len(page.model.keys()) == len(BROADBAND)
    # When the writer empties the box (select all, Delete)
    review.qtbot.keyClick(page.filters.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    review.qtbot.keyClick(page.filters.search, Qt.Key.Key_Delete)
    wait_settled(review)
    # Then every note is listed again, and counted
    total = len(BROADBAND + VILLAGE + SCHOOL)
    assert page.model.keys() == expected(review, "") and len(page.model.keys()) == total
    assert page.filters.count.text() == f"{total} notes"
    assert page.highlighter.query == ""
