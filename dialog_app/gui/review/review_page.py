"""The strategy writer's workspace: every note of the project in one table, found by search and
filters, tagged against the active framework's themes in the tree beside it, the current note whole
in the pane on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core import app_settings
from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.review import review_model
from dialog_app.gui.review.detail_pane import DetailPane, NoteDetail, load_detail
from dialog_app.gui.review.filter_bar import FilterBar
from dialog_app.gui.review.review_actions import ReviewActions
from dialog_app.gui.review.review_delegates import ChipDelegate, HighlightDelegate
from dialog_app.gui.review.review_model import COLUMN_NAMES, ReviewTableModel, column
from dialog_app.gui.review.review_rows import ReviewNames, ReviewRowSource
from dialog_app.gui.review.theme_panel import ALL_NOTES, NO_THEME, ThemePanel
from dialog_app.gui.widgets.shortcuts import shortcut
from dialog_app.gui.worker import Operation, run_in_background
from dialog_app.gui.write_queue import WriteQueue

NAME_CHANGES = {ChangeKind.THEMES, ChangeKind.DIALOGUES, ChangeKind.AGENDA, ChangeKind.PARTICIPATION,
                ChangeKind.SETTINGS}
NOTE_CHANGES = {ChangeKind.NOTES, ChangeKind.TAGS}
DEFAULT_HIDDEN = ("created_at", "question", "kind", "duplicate")
SETTINGS_VIEW = "review"
FIRST_ROWS = 200  # a listing's first part, shown before the rest is read


class ReviewPage(QWidget):
    listed = Signal(int)  # the table shows a new listing of this many notes, all of it
    first_rows_shown = Signal()  # the table shows the first screenful of a new listing
    loaded = Signal()  # names and theme counts are shown
    message = Signal(str)  # a short report for the status bar ("Tagged 12 notes …")
    failed = Signal(object)  # an error to show
    edit_framework_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.project: Project | None = None
        self.queue: WriteQueue | None = None
        self.names: ReviewNames | None = None
        self._filter = NoteFilter()
        self._sort: tuple[str, bool] = ("created_at", True)
        self._total: int | None = None
        self._stale = False
        self._listing: Operation | None = None
        self._relist_pending = False
        self._detail_key: int | None = None
        self._wanted_filter: NoteFilter | None = None
        self._build()
        self.actions_ = ReviewActions(self)
        self._names_timer = self._timer(150, self.refresh)
        self._list_timer = self._timer(20, self.relist)  # news of one write comes in twos: list once
        self._counts_timer = self._timer(400, self._load_counts)
        self._detail_timer = self._timer(60, self._load_detail)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = FilterBar()
        self.filters.filter_changed.connect(self.set_filter)
        self.filters.save_requested.connect(self._save_filter)
        self.filters.load_requested.connect(self._load_saved_filter)
        self.filters.delete_requested.connect(self._delete_saved_filter)
        shortcut("Ctrl+F", self, self._focus_search)

        self.model = ReviewTableModel(self)
        self.model.sort_requested.connect(self._sort_by)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.highlighter = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(column("text"), self.highlighter)
        self.table.setItemDelegateForColumn(column("themes"), ChipDelegate("themes", self.table))
        self.table.setItemDelegateForColumn(column("suggestions"), ChipDelegate("suggestions", self.table))
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())

        self.themes = ThemePanel()
        self.themes.theme_clicked.connect(self._theme_clicked)
        self.themes.notes_dropped.connect(lambda theme, keys: self.actions_.tag_keys(keys, theme))
        self.themes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.themes.customContextMenuRequested.connect(self._theme_menu)
        self.detail = DetailPane()

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 8, 0, 0)
        centre_layout.addWidget(self.filters)
        centre_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.themes)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 830, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.splitter)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("text"), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(column("created_at"), Qt.SortOrder.DescendingOrder)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        char = metrics.averageCharWidth()
        content = {
            "created_at": metrics.horizontalAdvance("2026-12-31 23:59"), "themes": char * 16,
            "suggestions": char * 12, "dialogue": char * 14, "question": char * 20, "group": char * 12,
            "kind": metrics.horizontalAdvance(label(NOTE_KINDS, "statement")), "votes": 0, "key_quote": 0,
            "status": char * 10, "duplicate": char * 8,
        }
        for name, width in content.items():  # wide enough for the content and for the header's words
            title = metrics.horizontalAdvance(str(self.model.headerData(column(name), Qt.Orientation.Horizontal)))
            header.resizeSection(column(name), max(width, min(title, char * 12)) + padding)
        hidden = app_settings.hidden_columns(SETTINGS_VIEW)
        for name in COLUMN_NAMES:
            self.table.setColumnHidden(column(name), name in (DEFAULT_HIDDEN if hidden is None else hidden))

    def _timer(self, milliseconds: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=milliseconds)
        timer.timeout.connect(slot)
        return timer

    # --- the project ---------------------------------------------------------------------------

    def set_project(self, project: Project | None, queue: WriteQueue | None) -> None:
        self.project, self.queue = project, queue
        self.session = queue.parent() if queue is not None else None  # until pages get set_session(session)
        self.names = None
        self._filter = NoteFilter()
        self.model.set_keys([])
        self.model.set_source(None, None)
        self.model.set_duplicates({})
        self.duplicates_dialog = None
        self.detail.show_nothing()
        self._stale = project is not None
        if project is not None:
            self.filters.set_saved_names([])
            if self.isVisible():
                self.refresh()

    def on_change(self, change: Change) -> None:
        """Follow what changed: names and counts when themes or dialogues change, the listing and
        the cached rows when notes or tags do. When hidden, everything waits for the next show."""
        if self.project is None:
            return
        if not self.isVisible():
            self._stale = self._stale or change.touches(*NAME_CHANGES, *NOTE_CHANGES)
            return
        if change.touches(*NAME_CHANGES):
            self._names_timer.start()
        if change.touches(*NOTE_CHANGES):
            self.model.invalidate()  # the rows on screen are read again, with their new chips
            if change.touches(ChangeKind.NOTES) or self._filter.theme_ids or self._filter.untagged:
                self._list_timer.start()  # which notes match may have changed
            self._counts_timer.start()
            if self._detail_key is not None:
                self._detail_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.project is not None:
            self.refresh()

    def refresh(self) -> Operation | None:
        """Reload the names (dialogues, groups, themes), the counts and the listing."""
        project = self.project
        if project is None:
            return None
        self._stale = False

        def load(_progress) -> tuple[ReviewNames, list[str]]:
            return ReviewNames.load(project), project.saved_filters.names()

        return run_in_background(load, self._names_loaded, self.failed.emit, owner=self)

    def _names_loaded(self, loaded: tuple[ReviewNames, list[str]]) -> None:
        names, saved = loaded
        self.names = names
        self.filters.set_names(names)
        self.filters.set_saved_names(saved)
        self.model.set_source(self.session, ReviewRowSource(self.project, names))
        self._load_counts()
        if self._wanted_filter is not None:  # a filter asked for before the names were known
            wanted, self._wanted_filter = self._wanted_filter, None
            self.filters.set_filter(wanted)  # which lists its notes
        else:
            self._filter = self.filters.current_filter()
            self.relist()

    def _load_counts(self) -> None:
        project, names = self.project, self.names
        if project is None or names is None:
            return

        def load(_progress):
            rows = project.stats.counts(names.framework_id) if names.framework_id else []
            return project.stats.per_theme(rows), project.notes.count()

        def show(loaded) -> None:
            counts, total = loaded
            if names is self.names:
                self._total = total
                self.themes.show_themes(names, counts, total)
                self.filters.set_count(self.model.rowCount(), total)
                self.loaded.emit()

        run_in_background(load, show, self.failed.emit, owner=self)

    # --- listing -------------------------------------------------------------------------------

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
        """Ask the database which notes match, in the chosen order; one query at a time, the
        latest filter winning. The first screenful comes first (it is quick to find even among
        100 000 notes); the whole listing follows and extends the table without disturbing it."""
        project = self.project
        if project is None or self.names is None:
            return
        if self._listing is not None:
            self._relist_pending = True
            return
        note_filter, (sort, descending) = self._filter, self._sort
        self._listing = run_in_background(
            lambda _p: project.notes.keys(note_filter, sort, descending, limit=FIRST_ROWS),
            lambda keys: self._show_first(keys, note_filter, sort, descending),
            self._listing_failed, owner=self,
        )

    def _show_first(self, keys: list[int], note_filter: NoteFilter, sort: str, descending: bool) -> None:
        if self._restart_if_pending():
            return
        if len(keys) < FIRST_ROWS:  # that was the whole listing
            self._listing = None
            self._show_keys(keys)
            return
        shown = self.model.keys()
        if shown[: len(keys)] != keys:
            self._replace_keys(keys)
        self.filters.set_count(len(keys), self._total, partial=True)
        self.first_rows_shown.emit()
        # Paint the first screen now, before the whole listing is read: reading 100 000 rows on a
        # worker thread would compete with the painting for Python's lock.
        self.table.viewport().repaint()
        project = self.project
        self._listing = run_in_background(
            lambda _p: project.notes.keys(note_filter, sort, descending), self._show_all,
            self._listing_failed, owner=self,
        )

    def _show_all(self, keys: list[int]) -> None:
        self._listing = None
        if not self._restart_if_pending():
            self._show_keys(keys)

    def _restart_if_pending(self) -> bool:
        """A newer filter arrived while this query ran: forget its answer, ask the newer one."""
        if not self._relist_pending:
            return False
        self._listing = None
        self._relist_pending = False
        self.relist()
        return True

    def _show_keys(self, keys: list[int]) -> None:
        shown = self.model.keys()
        if keys == shown:
            self.model.invalidate()
        elif keys[: len(shown)] == shown:
            self.model.append_keys(keys[len(shown):])
        else:
            self._replace_keys(keys)
        self.filters.set_count(len(keys), self._total)
        self.first_rows_shown.emit()
        self.listed.emit(len(keys))

    def _replace_keys(self, keys: list[int]) -> None:
        selected, current = self.selected_keys(), self.current_key()
        self.model.set_keys(keys)
        self._select_keys(selected, current)

    def _listing_failed(self, error: BaseException) -> None:
        self._listing = None
        self._relist_pending = False
        self.failed.emit(error)

    def _sort_by(self, sort: str, descending: bool) -> None:
        self._sort = (sort, descending)
        self.relist()

    # --- selection -----------------------------------------------------------------------------

    def selected_keys(self) -> list[int]:
        """The selected notes' row numbers, top to bottom: read from the selection's ranges, so
        10 000 selected rows cost no 10 000 index objects."""
        rows: set[int] = set()
        for selection_range in self.table.selectionModel().selection():
            rows.update(range(selection_range.top(), selection_range.bottom() + 1))
        return [self.model.key(row) for row in sorted(rows) if row < self.model.rowCount()]

    def selected_count(self) -> int:
        """How many rows are selected, from the ranges alone (asked on every selection change)."""
        return sum(r.bottom() - r.top() + 1 for r in self.table.selectionModel().selection())

    def current_key(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows and make the first current (the keyboard's Shift+arrows and Ctrl+A go
        through the view itself)."""
        self._select_rows(rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(self.model.index(min(rows), column("text")),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)

    def _select_keys(self, keys: list[int], current: int | None) -> None:
        self._select_rows([row for row in map(self.model.row_of, keys) if row >= 0])
        current_row = self.model.row_of(current) if current is not None else -1
        if current_row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(current_row, column("text")),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)

    def _select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        last_column = len(COLUMN_NAMES) - 1
        start = previous = None
        for row in [*sorted(rows), None]:  # contiguous rows as one range: 10 000 rows stay cheap
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
            start = previous = row
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self, *_args) -> None:
        count = self.selected_count()
        if count > 1:
            self._detail_key = None
            self.detail.show_nothing(count)
        else:
            self._detail_timer.start()

    def _load_detail(self) -> None:
        project, names = self.project, self.names
        key = self.current_key()
        if project is None or names is None or key is None:
            self._detail_key = None
            self.detail.show_nothing()
            return
        if self.selected_count() > 1:
            return
        number = self.model.row_of(key)
        row = self.model.row(number) if number >= 0 else None
        if row is None:
            if number >= 0 and self.model.reading(number):
                self._detail_timer.start()  # its row is on its way from the database: look again
            return
        self._detail_key = key
        query = self._filter.text

        def show(detail: NoteDetail) -> None:
            if self._detail_key == key and self.names is not None:
                self.detail.show_detail(detail, self.names, query)

        run_in_background(lambda _p: load_detail(project, row.note_id), show, self.failed.emit, owner=self)

    # --- themes beside the table ---------------------------------------------------------------

    def _theme_clicked(self, key: object) -> None:
        if key == ALL_NOTES:
            self.filters.clear_theme()
        elif key == NO_THEME:
            self.filters.add_theme(None)
        elif isinstance(key, uuid.UUID):
            self.filters.add_theme(key)

    def _theme_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit themes and frameworks…"))
        edit.triggered.connect(self.edit_framework_requested.emit)
        menu.exec(self.themes.viewport().mapToGlobal(position))

    # --- menus ---------------------------------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        self.actions_.context_menu().exec(self.table.viewport().mapToGlobal(position))

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("reviewColumnsMenu")
        for name in COLUMN_NAMES:
            if name == "text":
                continue
            action = menu.addAction(review_model.column_title(name))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column(name)))
            action.toggled.connect(lambda shown, name=name: self.show_column(name, shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def show_column(self, name: str, shown: bool) -> None:
        """Show or hide a column; the choice is kept for the next start."""
        self.table.setColumnHidden(column(name), not shown)
        app_settings.set_hidden_columns(
            SETTINGS_VIEW, [n for n in COLUMN_NAMES if self.table.isColumnHidden(column(n))]
        )

    def show_duplicates(self, groups, texts) -> None:
        """Flag the possible duplicates a scan found in their own column, and list the groups."""
        self.model.set_duplicates({note_id: number for number, group in enumerate(groups, start=1)
                                   for note_id in group.note_ids})
        self.table.setColumnHidden(column("duplicate"), False)
        self.duplicates_dialog = self.actions_.open_duplicates(groups, texts)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- saved filters -------------------------------------------------------------------------

    def _save_filter(self, name: str) -> None:
        self._write(lambda project: project.saved_filters.save(name, self.filters.current_filter()),
                    self.tr("Saved the filter “%1”.").replace("%1", name), refresh_names=True)

    def _load_saved_filter(self, name: str) -> None:
        project = self.project
        if project is not None:
            run_in_background(lambda _p: project.saved_filters.get(name), self.filters.set_filter,
                              self.failed.emit, owner=self)

    def _delete_saved_filter(self, name: str) -> None:
        self._write(lambda project: project.saved_filters.delete(name),
                    self.tr("Deleted the saved filter “%1”.").replace("%1", name), refresh_names=True)

    def _write(self, work: Callable[[Project], object], done_message: str | None = None,
               refresh_names: bool = False) -> None:
        project, queue = self.project, self.queue
        if project is None or queue is None:
            return

        def done(_result) -> None:
            if done_message:
                self.message.emit(done_message)
            if refresh_names:
                self.refresh()

        queue.submit(lambda _p: work(project), done, self.failed.emit, owner=self)
