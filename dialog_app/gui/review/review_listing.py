"""Which notes the review table lists, and in what order: the database is asked on a worker thread,
the first screenful shown before the rest, and only the answer to the latest question is shown.
A part of ReviewPage, kept apart because it is one idea: the page's state stays on the page."""

from __future__ import annotations

from functools import partial

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.models.paged_rows import Listing
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review import review_ops
from dialog_app.gui.review.review_model import PAGE_SIZE

FIRST_ROWS = 200  # a listing's first part, shown before the rest is read


class ReviewListing:
    """The review page's listing: mixed into ReviewPage, which holds the model, the filter bar, the
    sort order (_sort), the filter (_filter) and the listing on its way (_listing, _asked)."""

    def set_filter(self, note_filter: NoteFilter) -> None:
        self._filter = note_filter
        self.highlighter.query = note_filter.text
        self.relist()

    def show_filter(self, note_filter: NoteFilter) -> None:
        """Show the notes of a filter another page asked for (the overview's click on a cell);
        before the names are loaded, once they are (the filter's choices must be on offer)."""
        if self.names is None:
            self._wanted_filter = note_filter
        else:
            self.filters.set_filter(note_filter)

    def relist(self) -> None:
        """Ask the database which notes match, in the chosen order. The latest filter wins at once:
        a listing still on its way for an older one is cancelled (its query stopped where it is)
        and its answer, should it come anyway, dropped; so the notes of a word half typed never
        replace those of the word typed, nor make it wait. The first screenful comes first (it is
        quick to find even among 100 000 notes); the whole listing follows and extends the table
        without disturbing it."""
        session = self.session
        if session is None or self.names is None:
            return
        self._cancel_listing()
        asked = self._asked
        note_filter, (sort, descending) = self._filter, self._sort
        rows = self.model.rows  # the rows it reads are shown only if nothing changed meanwhile (put_listed)
        self._listing = (
            review_ops.list_first(session, note_filter, sort, descending, FIRST_ROWS, rows.source, PAGE_SIZE,
                                  rows.content_generation)
            .success(lambda first: self._show_first(session, asked, first, note_filter, sort, descending))
            .failure(partial(self._listing_failed, session, asked)).run(owner=self)
        )

    def _cancel_listing(self) -> None:
        """Forget the listing on its way, if any: every answer asked for before is stale now."""
        self._asked += 1
        if self._listing is not None:
            self._listing.cancel()
            self._listing = None

    def _current(self, session: ProjectSession, asked: int) -> bool:
        """Whether an answer is for the listing the page waits for (not an older one)."""
        return session is self.session and asked == self._asked

    def _show_first(self, session: ProjectSession, asked: int, first: Listing, note_filter: NoteFilter,
                    sort: str, descending: bool) -> None:
        if not self._current(session, asked):
            return
        keys = first.keys
        if len(keys) < FIRST_ROWS:  # that was the whole listing
            self._listing = None
            self._show_keys(keys, first)
            return
        shown = self.model.keys()
        if shown[: len(keys)] != keys:
            self._replace_keys(keys)
        self.model.show_listed(first)
        self.filters.set_count(len(keys), self._total, partial=True)
        self.first_rows_shown.emit()
        # Paint the first screen now, before the whole listing is read: reading 100 000 rows on a
        # worker thread would compete with the painting for Python's lock. The view lays out its
        # new rows first, which it would otherwise do on the next pass and paint all again.
        self.table.executeDelayedItemsLayout()
        self.table.viewport().repaint()
        self._listing = (review_ops.list_keys(session, note_filter, sort, descending)
                         .success(partial(self._show_all, session, asked))
                         .failure(partial(self._listing_failed, session, asked)).run(owner=self))

    def _show_all(self, session: ProjectSession, asked: int, keys: list[int]) -> None:
        if self._current(session, asked):
            self._listing = None
            self._show_keys(keys)

    def _show_keys(self, keys: list[int], first: Listing | None = None) -> None:
        shown = self.model.keys()
        if keys == shown:
            pass  # rows changed meanwhile were read again when the change was heard (_on_change)
        elif keys[: len(shown)] == shown:
            self.model.append_keys(keys[len(shown):])
        else:
            self._replace_keys(keys)
        if first is not None:
            self.model.show_listed(first)
        self.filters.set_count(len(keys), self._total)
        self.first_rows_shown.emit()
        self.listed.emit(len(keys))

    def _replace_keys(self, keys: list[int]) -> None:
        selected, current = self.selected_keys(), self.current_key()
        self.model.set_keys(keys)
        self.notes_table.select_keys(selected, current)
        walk, self._walk_row = self._walk_row, None
        if walk is not None and self._filter.unconfirmed_names and keys and self.current_key() is None:
            self.select_rows([min(walk, len(keys) - 1)])  # the decided note left the list: on to the next

    def before_names_decided(self) -> None:
        """Names of the selected notes are about to be decided: when only notes with unconfirmed
        names are listed, the note will leave the list, and the one after it becomes current."""
        current = self.current_key()
        self._walk_row = self.model.row_of(current) if current is not None else None

    def _listing_failed(self, session: ProjectSession, asked: int, error: BaseException) -> None:
        if not self._current(session, asked):
            return
        self._listing = None
        session.failed.emit(error)

    def _sort_by(self, sort: str, descending: bool) -> None:
        self._sort = (sort, descending)
        self.relist()
