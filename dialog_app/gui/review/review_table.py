"""The review page's table of notes: how it is set up (columns sized to their content, the chosen
columns hidden, chips and search marks painted) and how its selection is read and set by row keys.

A selection of 10 000 rows is read and set as ranges, never as 10 000 index objects. The view
stays a plain QTableView; this object, its child, sets it up and reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from shiboken6 import isValid

from dialog_app.core import app_settings
from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_KINDS, label
from dialog_app.gui.review import review_model
from dialog_app.gui.review.review_delegates import ChipDelegate, HighlightDelegate
from dialog_app.gui.review.review_model import COLUMN_NAMES, COLUMNS, ReviewTableModel, column

DEFAULT_HIDDEN = ("created_at", "question", "kind", "duplicate")
SETTINGS_VIEW = "review"
NOTE_SHARE = 0.42  # of the table's width, at the least, for the note's text


class ReviewTable(QObject):
    """The notes' table view (``view``), set up for review, with its selection by row keys."""

    def __init__(self, model: ReviewTableModel) -> None:
        view = QTableView()
        super().__init__(view)
        self.view = view
        self.model_ = model
        view.setObjectName("reviewTable")
        view.setAccessibleName(QCoreApplication.translate("ReviewPage", "Notes"))
        view.setTabKeyNavigation(False)  # Tab leaves the table in one press; arrows move inside it
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)  # dialogue and group names take two lines before they are cut
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setSortingEnabled(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 10)  # two lines of a note
        self.highlighter = HighlightDelegate(view)
        view.setItemDelegateForColumn(column("text"), self.highlighter)
        view.setItemDelegateForColumn(column("themes"), ChipDelegate("themes", view))
        view.setItemDelegateForColumn(column("suggestions"), ChipDelegate("suggestions", view))
        self._natural: dict[int, int] = {}  # a column's width as sized or as the user dragged it
        self._fitting = False
        self._size_columns()
        view.horizontalHeader().sectionResized.connect(self._section_resized)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("text"), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(column("created_at"), Qt.SortOrder.DescendingOrder)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.view.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        char = metrics.averageCharWidth()
        content = {
            "created_at": formats.widest_date_time(metrics), "themes": char * 16,
            "suggestions": char * 12, "dialogue": char * 14, "question": char * 20, "group": char * 12,
            "kind": metrics.horizontalAdvance(label(NOTE_KINDS, "statement")), "votes": 0, "key_quote": 0,
            "status": char * 10, "duplicate": char * 8,
        }
        for name, width in content.items():  # wide enough for the content and for the header's words
            title = metrics.horizontalAdvance(str(self.model_.headerData(column(name), Qt.Orientation.Horizontal)))
            header.resizeSection(column(name), max(width, min(title, char * 12)) + padding)
            self._natural[column(name)] = header.sectionSize(column(name))
        hidden = app_settings.hidden_columns(SETTINGS_VIEW)
        for name in COLUMN_NAMES:
            self.view.setColumnHidden(column(name), name in (DEFAULT_HIDDEN if hidden is None else hidden))
        for position, name in enumerate(n for n in app_settings.column_order(SETTINGS_VIEW) or () if n in COLUMNS):
            header.moveSection(header.visualIndex(column(name)), position)
        header.sectionMoved.connect(self._save_order)  # dragged, or moved by View ▸ Columns…

    # --- columns -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize and isValid(self.view):
            self.fit_columns()
        return False

    def _section_resized(self, index: int, _old: int, new: int) -> None:
        if not self._fitting and index != column("text"):
            self._natural[index] = new  # the user's choice, kept when the window grows again

    def fit_columns(self) -> None:
        """The note column keeps at least NOTE_SHARE of the table's width: on a small screen the
        other columns give way, in proportion, down to a few characters each."""
        width = self.view.viewport().width()
        others = [i for i in self._natural if not self.view.isColumnHidden(i)]
        wanted = sum(self._natural[i] for i in others)
        room = width * (1 - NOTE_SHARE)
        scale = min(1.0, room / wanted) if wanted else 1.0
        least = 5 * self.view.fontMetrics().averageCharWidth()
        self._fitting = True
        try:
            for i in others:
                self.view.horizontalHeader().resizeSection(i, max(least, int(self._natural[i] * scale)))
        finally:
            self._fitting = False

    def _header_menu(self, position: QPoint) -> None:
        self.columns_menu(self.view).exec(self.view.horizontalHeader().mapToGlobal(position))

    def columns_menu(self, parent) -> QMenu:
        """Show or hide each column: the header's context menu, and a submenu of the table's."""
        menu = QMenu(QCoreApplication.translate("ReviewTable", "&Columns"), parent)
        menu.setObjectName("reviewColumnsMenu")
        for name in self.column_order():
            if name == "text":
                continue
            action = menu.addAction(review_model.column_title(name))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column(name)))
            action.toggled.connect(lambda shown, name=name: self.show_column(name, shown))
        return menu

    def column_order(self) -> list[str]:
        """The columns' names as they stand from left to right (hidden ones where they would be)."""
        header = self.view.horizontalHeader()
        return [COLUMN_NAMES[header.logicalIndex(position)] for position in range(header.count())]

    def move_column(self, name: str, step: int) -> bool:
        """Move a column ``step`` places to the right (left when negative); False at either end."""
        header = self.view.horizontalHeader()
        position = header.visualIndex(column(name))
        if not 0 <= position + step < header.count():
            return False
        header.moveSection(position, position + step)
        return True

    def _save_order(self, *_moved) -> None:
        app_settings.set_column_order(SETTINGS_VIEW, self.column_order())

    def sort_by(self, name: str, descending: bool) -> None:
        """Sort as a click on the column's header does (View ▸ Sort by)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(column(name), order)

    def sorted_by(self) -> tuple[str, bool]:
        header = self.view.horizontalHeader()
        return (COLUMN_NAMES[header.sortIndicatorSection()],
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def show_column(self, name: str, shown: bool) -> None:
        """Show or hide a column; the choice is kept for the next start."""
        self.view.setColumnHidden(column(name), not shown)
        self.fit_columns()
        app_settings.set_hidden_columns(
            SETTINGS_VIEW, [n for n in COLUMN_NAMES if self.view.isColumnHidden(column(n))]
        )

    # --- selection -----------------------------------------------------------------------------

    def selected_keys(self) -> list[int]:
        """The selected notes' row keys, top to bottom."""
        rows: set[int] = set()
        for selection_range in self.view.selectionModel().selection():
            rows.update(range(selection_range.top(), selection_range.bottom() + 1))
        return [self.model_.key(row) for row in sorted(rows) if row < self.model_.rowCount()]

    def selected_count(self) -> int:
        """How many rows are selected, from the ranges alone (asked on every selection change)."""
        return sum(r.bottom() - r.top() + 1 for r in self.view.selectionModel().selection())

    def current_key(self) -> int | None:
        index = self.view.currentIndex()
        return self.model_.key(index.row()) if index.isValid() else None

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows and make the first current."""
        self._select_rows(rows)
        if rows:
            self.view.selectionModel().setCurrentIndex(self.model_.index(min(rows), column("text")),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)

    def select_keys(self, keys: list[int], current: int | None) -> None:
        """Select the rows of these keys that are listed, and make ``current`` current again."""
        self._select_rows([row for row in map(self.model_.row_of, keys) if row >= 0])
        current_row = self.model_.row_of(current) if current is not None else -1
        if current_row >= 0:
            self.view.selectionModel().setCurrentIndex(self.model_.index(current_row, column("text")),
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
                selection.select(self.model_.index(start, 0), self.model_.index(previous, last_column))
            start = previous = row
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
