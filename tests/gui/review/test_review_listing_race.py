"""A listing's first rows, read before a change (a tag, a note, a theme, a trained model), never
overwrite the rows read after it: each listing carries the content generation it was asked in, and
its rows are dropped once an invalidation has moved it on. Driven with a gate, no sleeps."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool

from dialog_app.gui.review import review_ops
from tests.gui import review_fixtures

review = review_fixtures.review  # the fixture, under its own name

TIMEOUT_S = 10  # a safety net only: a test that forgets the gate fails instead of hanging


@pytest.fixture
def gated_listing(monkeypatch):
    """The review's listings read their keys and first rows, say so, and wait for the gate."""
    read, gate = threading.Event(), threading.Event()
    original = review_ops.list_first

    def list_first(*args, **kwargs):
        op = original(*args, **kwargs)
        work = op._work

        def held(project, job):
            listing = work(project, job)
            read.set()
            if not gate.wait(TIMEOUT_S):
                raise TimeoutError("the test never opened the gate")
            return listing

        op._work = held
        return op

    monkeypatch.setattr(review_ops, "list_first", list_first)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 4))  # the held listing must leave room for the rows' reads
    yield read, gate
    gate.set()
    pool.setMaxThreadCount(threads)


def test_a_listing_read_before_a_tag_is_dropped_and_the_fresh_row_shown(review, gated_listing):
    read, gate = gated_listing
    page, project, qtbot = review.page, review.project, review.qtbot
    first = review.row(0)
    theme = next(t for t in page.names.active_themes() if t.theme_id not in {c.theme_id for c in first.themes})
    # Given a listing on its way that has read its first rows (the first note without the theme)
    page.relist()
    assert read.wait(TIMEOUT_S)
    # When the first note is tagged meanwhile, and the rows on screen are read again with the tag
    project.tagging.tag([first.note_id], theme.theme_id)
    qtbot.waitUntil(lambda: theme.theme_id in {c.theme_id for c in (page.model.row(0) or first).themes}
                    and page.model.rows.fresh(0), timeout=10_000)
    # Then the listing, once it arrives, shows its keys but its older rows overwrite nothing: the tag stays
    with qtbot.waitSignal(page.listed, timeout=10_000):
        gate.set()
    shown = review.row(0)
    assert shown.note_id == first.note_id
    assert theme.theme_id in {c.theme_id for c in shown.themes}
