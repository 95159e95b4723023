"""The strategy writer's workspace: every note of the project in one table, found by search and
filters, tagged against the active framework's themes in the tree beside it, the current note whole
in the pane on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMenu, QSplitter, QVBoxLayout, QWidget

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.services.possible_names import KEEP, MASK
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review import review_ops
from dialog_app.gui.review.detail_pane import DetailPane
from dialog_app.gui.review.filter_bar import FilterBar
from dialog_app.gui.review.name_box import NameBox
from dialog_app.gui.review.review_actions import ReviewActions
from dialog_app.gui.review.review_listing import ReviewListing
from dialog_app.gui.review.review_model import ReviewTableModel
from dialog_app.gui.review.review_ops import FoundDuplicates, NoteDetail
from dialog_app.gui.review.review_rows import ReviewNames, ReviewRowSource
from dialog_app.gui.review.review_table import ReviewTable
from dialog_app.gui.review.saved_filters import SavedFilters
from dialog_app.gui.review.theme_panel import ALL_NOTES, NO_THEME, ThemePanel
from dialog_app.gui.shown_zone import zone_of
from dialog_app.gui.widgets.kept_panes import keep_panes
from dialog_app.gui.widgets.shortcuts import shortcut

NAME_CHANGES = {ChangeKind.THEMES, ChangeKind.DIALOGUES, ChangeKind.AGENDA, ChangeKind.PARTICIPATION,
                ChangeKind.SETTINGS}
NOTE_CHANGES = {ChangeKind.NOTES, ChangeKind.TAGS}


class ReviewPage(ReviewListing, SavedFilters, QWidget):
    """The page; its listing (review_listing) and saved filters (saved_filters) are mixed in."""

    listed = Signal(int)  # the table shows a new listing of this many notes, all of it
    first_rows_shown = Signal()  # the table shows the first screenful of a new listing
    loaded = Signal()  # names and theme counts are shown
    message = Signal(str)  # a short report for the status bar ("Tagged 12 notes …")
    edit_framework_requested = Signal()
    _learned = Signal(object)  # a project whose theme model was retrained (from the learner's thread)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.session: ProjectSession | None = None
        self.names: ReviewNames | None = None
        self.duplicates_dialog = None
        self._filter = NoteFilter()
        self._sort: tuple[str, bool] = ("created_at", True)
        self._total: int | None = None
        self._stale = False
        self._learned_hidden = False  # a theme model was trained while the page was hidden
        self._listing = None  # the listing query running (an ops Operation), if any
        self._asked = 0  # listings asked for so far: only the answer to the last one is shown
        self._detail_key: int | None = None
        self._wanted_filter: NoteFilter | None = None
        self._walk_row: int | None = None  # the row a name was decided on, while walking unconfirmed names
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
        shortcut("Ctrl+F", self, self._focus_search, help=QT_TRANSLATE_NOOP("ShortcutHelp", "To the search box"))

        self.model = ReviewTableModel(self)
        self.model.sort_requested.connect(self._sort_by)
        self._learned.connect(self._on_learned)
        self.notes_table = ReviewTable(self.model)
        self.table = self.notes_table.view
        self.highlighter = self.notes_table.highlighter
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())

        self.themes = ThemePanel()
        self.themes.theme_clicked.connect(self._theme_clicked)
        self.themes.notes_dropped.connect(lambda theme, keys: self.actions_.tag_keys(keys, theme))
        self.themes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.themes.customContextMenuRequested.connect(self._theme_menu)
        self.detail = DetailPane()
        self.name_box = NameBox()
        self.name_box.mask_requested.connect(lambda: self.actions_.decide_names(MASK))
        self.name_box.keep_requested.connect(lambda: self.actions_.decide_names(KEEP))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 8, 0, 0)
        side_layout.setSpacing(6)
        side_layout.addWidget(self.name_box)
        side_layout.addWidget(self.detail, 1)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 8, 0, 0)
        centre_layout.addWidget(self.filters)
        centre_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.themes)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 830, 260])
        self.splitter.setCollapsible(1, False)
        # once the writer has sized the panes (now, or in an earlier session), the page leaves them alone
        self._panes_moved = keep_panes(self.splitter, "review")
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_panes_moved", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._panes_moved:
            self._size_panes(event.size().width())

    def _size_panes(self, width: int) -> None:
        """On a small screen the themes and the note pane give way to the table (the themes stay
        one key away: 1–9 and T); from about 1 600 px they have their full width."""
        wanted, least = self.themes.wanted_width(), self.themes.wanted_width(whole=False)
        themes = max(195, least, min(wanted, max(210, int(width * 0.15))))  # longer names wrap
        side = max(200, min(260, int(width * 0.15)))
        self.splitter.setSizes([themes, max(300, width - themes - side), side])

    def _timer(self, milliseconds: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=milliseconds)
        timer.timeout.connect(slot)
        return timer

    # --- the project ---------------------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """Show this project's notes (None: none). What the page still hears or receives from the
        project shown before is ignored."""
        self.session = session
        self.names = None
        self._filter = NoteFilter()
        self._cancel_listing()
        self.model.set_keys([])
        self.model.set_source(None, None)
        self.model.set_duplicates({})
        if self.duplicates_dialog is not None:
            self.duplicates_dialog.close()
        self.duplicates_dialog = None
        self.detail.show_nothing()
        self.name_box.hide()
        self._stale = session is not None
        if session is not None:
            session.subscribe(NAME_CHANGES | NOTE_CHANGES, partial(self._on_change, session), owner=self)
            session.project.suggestions.learner.when_trained(lambda _framework, s=session: self._learned.emit(s))
            self.filters.set_saved_names([])
            if self.isVisible():
                self.refresh()

    def _on_learned(self, session: ProjectSession) -> None:
        """The learned suggestions changed: the rows on screen are read again (queued here from the
        learner's thread); a listing on its way, whose first rows were read before, shows none of them."""
        if session is not self.session:
            return
        if self.isVisible():
            self.model.invalidate()
        else:  # read again when shown: tagging on another tab trains the model while this one is hidden
            self._learned_hidden = True

    def _on_change(self, session: ProjectSession, change: Change) -> None:
        """Follow what changed: names and counts when themes or dialogues change, the listing and
        the cached rows when notes or tags do. When hidden, everything waits for the next show."""
        if session is not self.session:
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._counts_timer.start()  # the theme tree's and the count's words, in the new language

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        learned, self._learned_hidden = self._learned_hidden, False
        if self._stale and self.session is not None:
            self.refresh()  # a new listing: its rows are read afresh
        elif learned:
            self.model.invalidate()

    def refresh(self) -> None:
        """Reload the names (dialogues, groups, themes), the counts and the listing."""
        session = self.session
        if session is None:
            return
        self._stale = False
        review_ops.load_names(session).success(partial(self._names_loaded, session)).run(owner=self)

    def _names_loaded(self, session: ProjectSession, loaded: tuple[ReviewNames, list[str]]) -> None:
        if session is not self.session:
            return
        names, saved = loaded
        self.names = names
        self.filters.dates.zone = zone_of(session)  # a day of the date filter is the project's day
        self.filters.set_names(names)
        self.filters.set_saved_names(saved)
        self.model.set_source(session, ReviewRowSource(session.project, names))
        self.model.set_name_decisions(names.name_decisions)
        if self._detail_key is not None:
            self._detail_timer.start()  # the note's names may have been decided
        self._load_counts()
        if self._wanted_filter is not None:  # a filter asked for before the names were known
            wanted, self._wanted_filter = self._wanted_filter, None
            self.filters.set_filter(wanted)  # which lists its notes
        else:
            self._filter = self.filters.current_filter()
            self.relist()

    def _load_counts(self) -> None:
        session, names = self.session, self.names
        if session is None or names is None:
            return

        def show(loaded: tuple[dict[uuid.UUID | None, int], int]) -> None:
            counts, total = loaded
            if names is self.names:
                self._total = total
                self.themes.show_themes(names, counts, total)
                if not self._panes_moved:
                    self._size_panes(self.width())  # room for the names now known
                self.filters.set_count(self.model.rowCount(), total)
                self.loaded.emit()

        review_ops.theme_counts(session, names.framework_id).success(show).run(owner=self)

    # --- selection and the note beside the table -----------------------------------------------

    def selected_keys(self) -> list[int]:
        """The selected notes' row keys, top to bottom."""
        return self.notes_table.selected_keys()

    def selected_count(self) -> int:
        return self.notes_table.selected_count()

    def current_key(self) -> int | None:
        return self.notes_table.current_key()

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows and make the first current (the keyboard's Shift+arrows and Ctrl+A go
        through the view itself)."""
        self.notes_table.select_rows(rows)

    def _selection_changed(self, *_args) -> None:
        count = self.selected_count()
        if count > 1:
            self._detail_key = None
            self.detail.show_nothing(count)
            self.name_box.hide()
        else:
            self._detail_timer.start()

    def _load_detail(self) -> None:
        session, names = self.session, self.names
        key = self.current_key()
        if session is None or names is None or key is None:
            self._detail_key = None
            self.detail.show_nothing()
            self.name_box.hide()
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
        states = self.model.name_states(row)
        self.name_box.show_names(states)

        def show(detail: NoteDetail) -> None:
            if session is self.session and self._detail_key == key and self.names is not None:
                self.detail.show_detail(detail, self.names, query, states, zone_of(session), row.suggestions)

        review_ops.note_detail(session, row.note_id).success(show).run(owner=self)

    # --- themes beside the table, menus --------------------------------------------------------

    def _theme_clicked(self, key: object) -> None:
        if key == ALL_NOTES:
            self.filters.clear_theme()
        elif key == NO_THEME:
            self.filters.add_theme(None)
        elif isinstance(key, uuid.UUID):
            self.filters.add_theme(key)

    def _theme_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("themeContextMenu")
        edit = menu.addAction(self.tr("Edit themes and frameworks…"))
        edit.triggered.connect(self.edit_framework_requested.emit)
        menu.exec(self.themes.viewport().mapToGlobal(position))

    def _context_menu(self, position: QPoint) -> None:
        self.actions_.context_menu().exec(self.table.viewport().mapToGlobal(position))

    def show_column(self, name: str, shown: bool) -> None:
        """Show or hide a column; the choice is kept for the next start."""
        self.notes_table.show_column(name, shown)

    def show_duplicates(self, found: FoundDuplicates) -> None:
        """Flag the possible duplicates a scan found in their own column, and list the groups."""
        self.model.set_duplicates({note_id: number for number, group in enumerate(found.groups, start=1)
                                   for note_id in group.note_ids})
        self.notes_table.show_column("duplicate", True)
        self.duplicates_dialog = self.actions_.open_duplicates(found)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()
