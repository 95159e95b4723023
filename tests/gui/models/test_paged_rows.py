"""The one paged-row engine behind every note table: pages read off the GUI thread, once each,
answers of an older listing dropped, the cache bounded."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex

from dialog_app.core.project import Project
from dialog_app.gui.dialogues.note_table_model import NoteTableModel
from dialog_app.gui.models.paged_rows import Listing, PagedRows
from dialog_app.gui.ops import ProjectSession


class Source:
    """A row source that records where and with what it was called, and can be held back."""

    def __init__(self, prefix: str = "row") -> None:
        self.prefix = prefix
        self.calls: list[list[int]] = []
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, keys):
        self.gate.wait(10)
        self.calls.append(list(keys))
        self.threads.append(threading.current_thread())
        return {key: f"{self.prefix} {key}" for key in keys if key % 97 != 13}  # some notes are gone


@pytest.fixture
def session(app, tmp_path):
    session = ProjectSession(Project.create(tmp_path / "Rader.dialog"))  # the sources here read nothing
    yield session
    session.close()


def engine(session, source, keys, page_size=10, cached_pages=3) -> PagedRows:
    rows = PagedRows(page_size, cached_pages)
    rows.set_source(session, source)
    rows.set_keys(list(keys))
    return rows


def test_a_page_is_read_off_the_gui_thread_and_announced(qtbot, session):
    source = Source()
    rows = engine(session, source, range(100))
    with qtbot.waitSignal(rows.rows_arrived, timeout=5_000) as arrived:
        assert rows.row(12) is None  # not yet: the view shows an empty row meanwhile
    assert source.threads and all(t is not threading.main_thread() for t in source.threads)
    assert arrived.args == [10, 19]  # exactly the page's rows
    assert rows.row(12) == "row 12" and rows.fresh(12)


def test_one_read_per_page_however_often_the_view_asks(qtbot, session):
    source = Source()
    source.gate.clear()  # the read is slow: the view asks many times meanwhile
    rows = engine(session, source, range(100))
    for _ in range(50):
        for number in range(20, 30):
            rows.row(number)
    source.gate.set()
    qtbot.waitUntil(lambda: rows.fresh(25), timeout=5_000)
    for number in range(20, 30):
        rows.row(number)
    assert source.calls == [list(range(20, 30))]


def test_a_note_the_source_did_not_return_is_not_asked_for_again(qtbot, session):
    source = Source()
    rows = engine(session, source, range(100))
    rows.row(13)
    qtbot.waitUntil(lambda: rows.fresh(13), timeout=5_000)
    assert rows.row(13) is None  # gone (deleted meanwhile): an empty row, and no endless reading
    assert len(source.calls) == 1


def test_an_answer_for_an_older_listing_is_dropped(qtbot, session):
    source = Source()
    source.gate.clear()
    rows = engine(session, source, range(100))
    rows.row(0)  # asked for the old listing's first page
    rows.set_keys(list(range(1000, 1100)))  # a new filter: other notes
    arrived: list[tuple[int, int]] = []
    rows.rows_arrived.connect(lambda first, last: arrived.append((first, last)))
    source.gate.set()
    qtbot.waitUntil(lambda: len(source.calls) == 1, timeout=5_000)
    qtbot.wait(50)  # the old answer reaches the GUI thread, and is dropped
    assert arrived == [] and rows.cached(0) is None
    assert rows.row(0) is None  # the new listing's page is asked for
    qtbot.waitUntil(lambda: rows.row(0) == "row 1000", timeout=5_000)


def test_after_invalidate_old_rows_show_until_fresh_ones_come(qtbot, session):
    source = Source("old")
    rows = engine(session, source, range(100))
    rows.row(0)
    qtbot.waitUntil(lambda: rows.fresh(0), timeout=5_000)
    source.prefix = "new"
    source.gate.clear()
    rows.invalidate()
    assert rows.row(0) == "old 0" and not rows.fresh(0)  # no blank flash while it is read again
    source.gate.set()
    qtbot.waitUntil(lambda: rows.row(0) == "new 0", timeout=5_000)


def test_an_answer_after_the_project_closed_is_ignored(qtbot, session):
    source = Source()
    source.gate.clear()
    rows = engine(session, source, range(100))
    rows.row(0)
    rows.set_source(None, None)
    rows.set_keys([])
    source.gate.set()
    qtbot.waitUntil(lambda: len(source.calls) == 1, timeout=5_000)
    qtbot.wait(50)
    assert len(rows) == 0 and rows.cached_count() == 0


def test_the_cache_keeps_only_so_many_pages(qtbot, session):
    source = Source()
    rows = engine(session, source, range(1000), page_size=10, cached_pages=3)
    for page in range(8):
        rows.row(page * 10)
        qtbot.waitUntil(lambda page=page: rows.fresh(page * 10), timeout=5_000)
        assert rows.cached_count() <= 30
    assert rows.fresh(70) and not rows.fresh(0)  # the least recently shown went first
    assert rows.row(0) is None  # and is read again when shown again
    qtbot.waitUntil(lambda: rows.fresh(0), timeout=5_000)
    assert len(source.calls) == 9


def test_a_row_put_by_hand_wins_over_a_read_on_its_way(qtbot, session):
    source = Source()
    source.gate.clear()
    rows = engine(session, source, range(100))
    rows.row(5)
    rows.put(5, "typed here")
    source.gate.set()
    qtbot.waitUntil(lambda: rows.fresh(6), timeout=5_000)
    assert rows.row(5) == "typed here"


def test_the_note_table_model_repaints_exactly_the_rows_read(qtbot, session):
    model = NoteTableModel()
    source = Source()
    model.set_source(session, source)
    model.set_ids(list(range(250)))
    changed: list[tuple[int, int, int, int]] = []

    def heard(top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        changed.append((top.row(), bottom.row(), top.column(), bottom.column()))

    model.dataChanged.connect(heard)
    assert model.index(150, 0).data() is None
    qtbot.waitUntil(lambda: bool(changed), timeout=5_000)
    assert changed == [(100, 199, 0, len(model.COLUMNS) - 1)]
    assert source.calls == [list(range(100, 200))]


def test_the_capture_list_shows_a_typed_note_at_once_and_drops_a_deleted_one_when_read(qtbot, session):
    import uuid
    from datetime import datetime, timezone

    from dialog_app.gui.capture.capture_list_model import CaptureListModel, CaptureRow, RowRole, SaveState

    def card(note_id, text, state=SaveState.SAVED):
        return CaptureRow(note_id, text, datetime.now(timezone.utc), "", "", "statement", 0, False, False, (),
                          state)

    ids = [uuid.uuid4() for _ in range(5)]
    stored = {note_id: card(note_id, f"note {n}") for n, note_id in enumerate(ids)}
    calls: list[list] = []

    def source(keys):
        calls.append(list(keys))
        return {k: stored[k] for k in keys if k in stored}

    model = CaptureListModel()
    model.reset(ids, session, source)
    qtbot.waitUntil(lambda: model.index(0).data(RowRole) is not None, timeout=5_000)
    # a typed note is at the top at once, saving, without any read
    typed = card(uuid.uuid4(), "just typed", SaveState.SAVING)
    reads = len(calls)
    model.insert_typed(typed)
    assert model.index(0).data(RowRole).state == SaveState.SAVING and len(calls) == reads
    model.mark(typed.id, SaveState.SAVED)
    assert model.capture_row(typed.id).state == SaveState.SAVED
    # a note deleted elsewhere stays until its fresh read says it is gone, then its card goes
    del stored[ids[2]]
    model.refresh([ids[2]])
    assert model.contains(ids[2])
    qtbot.waitUntil(lambda: not model.contains(ids[2]), timeout=5_000)
    assert model.rowCount() == 5 and model.note_id(0) == typed.id


def test_the_capture_list_answers_which_notes_it_shows_from_its_key_map(session):
    # given: a capture list of a big dialogue, none of its rows read yet (the screen is hidden)
    import uuid

    from dialog_app.gui.capture.capture_list_model import CaptureListModel

    class CountingList(list):
        walks = 0

        def __iter__(self):
            CountingList.walks += 1
            return super().__iter__()

        def __contains__(self, item):
            CountingList.walks += 1
            return super().__contains__(item)

    model = CaptureListModel()
    model.reset([uuid.uuid4() for _ in range(2_000)], session, lambda keys: {})
    model.rows._keys = CountingList(model.rows.keys)
    shown = model.note_id(1_500)
    # when: the review table tags 1 000 other notes, and the list is asked about each
    answers = [model.contains(uuid.uuid4()) for _ in range(1_000)] + [model.contains(shown)]
    # then: the keys were walked once (to build the map), not once per note (2 ms each at 34 000)
    assert answers == [False] * 1_000 + [True]
    assert CountingList.walks == 1


def test_invalidate_reads_the_pages_last_shown_at_once_then_announces_every_row(qtbot, session):
    # given: rows 5, 12 and 35 were drawn (pages 0, 1 and 3 of ten rows), page 0 longest ago
    source = Source()
    rows = engine(session, source, range(100))
    for number in (5, 12, 35):
        rows.row(number)
    qtbot.waitUntil(lambda: all(rows.fresh(n) for n in (5, 12, 35)), timeout=5_000)
    source.calls.clear()
    announced: list[tuple[int, int]] = []
    rows.rows_arrived.connect(lambda first, last: announced.append((first, last)))
    # when: the notes change (a tag was added)
    rows.invalidate()
    qtbot.waitUntil(lambda: (0, 99) in announced, timeout=5_000)
    # then: the two pages drawn last are read again without waiting for a repaint, and only they;
    # once both are in, every row is announced, so a view asks for any other row it shows (page 0)
    assert sorted(source.calls) == [list(range(10, 20)), list(range(30, 40))]
    assert rows.fresh(12) and rows.fresh(35) and not rows.fresh(5)
    assert announced[-1] == (0, 99) and len(announced) == 3


def test_the_page_after_the_one_drawn_is_read_ahead_when_nothing_else_is_read(qtbot, session):
    # given: the first page drawn and read
    source = Source()
    rows = engine(session, source, range(100))
    rows.row(3)
    qtbot.waitUntil(lambda: rows.fresh(3), timeout=5_000)
    # when: it is drawn again (the paint after its rows arrived), row after row
    for number in range(10):
        rows.row(number)
    # then: the next page is read once, after the paint, so that a page down finds its rows
    qtbot.waitUntil(lambda: rows.fresh(15), timeout=5_000)
    assert source.calls == [list(range(0, 10)), list(range(10, 20))]


def test_rows_a_listing_read_before_a_change_never_overwrite_the_fresher_ones(qtbot, session):
    # Given a page on screen, and a listing whose first rows were read as the notes then were
    source = Source()
    rows = engine(session, source, range(30))
    with qtbot.waitSignal(rows.rows_arrived, timeout=5_000):
        rows.row(0)
    stale = Listing.read(list(range(30)), source, 10, rows.content_generation)
    # When the notes change before that listing is shown, and the shown page is read again
    source.prefix = "fresh"
    with qtbot.waitSignal(rows.rows_arrived, timeout=5_000):
        rows.invalidate()
    assert rows.row(0) == "fresh 0"
    # Then the listing's rows, older than the change, overwrite nothing: the fresh ones stay
    rows.put_listed(stale)
    assert rows.row(0) == "fresh 0" and rows.fresh(0)
    # and where no row is known (a new listing's keys) they stand in until read again, never fresh
    rows.set_keys(list(range(30)))
    rows.put_listed(stale)
    with qtbot.waitSignal(rows.rows_arrived, timeout=5_000):
        assert rows.row(0) == "row 0" and not rows.fresh(0)
    assert rows.row(0) == "fresh 0" and rows.fresh(0)
    # and a listing asked after the change is shown, also once its keys are set (new keys are no change)
    source.prefix = "listed"
    current = Listing.read(list(range(30)), source, 10, rows.content_generation)
    rows.set_keys(list(range(30)))
    rows.put_listed(current)
    assert rows.row(0) == "listed 0" and rows.fresh(0)
