"""The writer's matrix: how many notes each theme got from each stakeholder group or dialogue.

Counts are read off the GUI thread, one load at a time, and only while the page is shown: a note
typed on the capture screen marks the matrix stale, and it is counted again when it is next shown.
Clicking a cell (or Enter on it) asks for exactly the notes it counts to be listed.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.overview.bar_delegate import BarDelegate
from dialog_app.gui.overview.count_matrix_model import CountMatrixModel
from dialog_app.gui.overview.matrix_data import BY_DIALOGUE, BY_GROUP, MatrixData
from dialog_app.gui.overview.matrix_reads import read_matrix
from dialog_app.gui.widgets.shortcuts import shortcut

REFRESHING_CHANGES = {ChangeKind.NOTES, ChangeKind.TAGS, ChangeKind.THEMES, ChangeKind.DIALOGUES,
                      ChangeKind.PARTICIPATION, ChangeKind.SETTINGS}
RELOAD_DELAY_MS = 150  # a burst of change news (a bulk tagging) makes one reload
MIN_COUNT_WIDTH = 72
BAR_COLUMN_WIDTH = 190


class MatrixPage(QWidget):
    filter_requested = Signal(object)  # a NoteFilter: list the notes of the clicked cell
    loaded = Signal()  # the matrix (or its empty state) shows the project as it is now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPage")
        self.session: ProjectSession | None = None
        self._stale = False
        self._loading = False
        self._pending = False  # a reload was asked for while one was running
        self._generation = 0  # bumped per project: a load for an earlier project is not shown
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self._show_empty(self.tr("No project is open."))

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("matrixHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a framework's name can be a sentence long

        self.axis_box = QComboBox()
        self.axis_box.setObjectName("matrixAxis")
        self.axis_box.addItem(self.tr("Stakeholder groups"), BY_GROUP)
        self.axis_box.addItem(self.tr("Dialogues"), BY_DIALOGUE)
        self.axis_box.currentIndexChanged.connect(lambda _i: self.set_axis(self.axis_box.currentData()))
        axis_label = QLabel(self.tr("Compare the themes &with:"))
        axis_label.setBuddy(self.axis_box)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(axis_label)
        top.addWidget(self.axis_box)

        self.legend = QLabel(self.tr("The stronger the colour, the more notes. A note with two themes "
                                     "counts under both. Click a cell to list its notes."))
        self.legend.setObjectName("matrixLegend")
        self.legend.setWordWrap(True)

        self.model = CountMatrixModel(lambda: self.table.palette(), self)
        self.table = QTableView()
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BarDelegate(self.table))
        self.table.setAccessibleName(self.tr("Notes per theme"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.clicked.connect(self._cell_chosen)
        columns = self.table.horizontalHeader()
        columns.setMinimumSectionSize(MIN_COUNT_WIDTH)
        columns.setStretchLastSection(True)  # no strip of empty table at the right
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        columns.setSectionsClickable(True)
        columns.sectionClicked.connect(lambda section: self._header_chosen(Qt.Orientation.Horizontal, section))
        rows = self.table.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 16)
        rows.setSectionsClickable(True)
        rows.sectionClicked.connect(lambda section: self._header_chosen(Qt.Orientation.Vertical, section))
        for key in ("Return", "Enter"):
            shortcut(key, self.table, self._current_chosen, Qt.ShortcutContext.WidgetShortcut, shown_as="Enter",
                     help=QT_TRANSLATE_NOOP("ShortcutHelp", "In the table: show the cell's notes in the review"))

        self.empty = QLabel()
        self.empty.setObjectName("matrixEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        # The table is as tall as its rows (up to the page's height), the legend right under it.
        self.matrix_area = QWidget()
        area = QVBoxLayout(self.matrix_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.table, 1)
        area.addWidget(self.legend)
        area.addStretch(0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.matrix_area)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    # --- project and changes -------------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """Show this project's matrix (None: no project, an empty page)."""
        self.session = session
        self._generation += 1
        self._reload_timer.stop()
        self.model.set_matrix(None)
        self._loading = self._pending = False  # a count still running for the old one is not shown
        self._stale = session is not None
        if session is None:
            self._show_empty(self.tr("No project is open."))
            return
        session.subscribe(REFRESHING_CHANGES, partial(self._on_change, session), owner=self)
        if self.isVisible():
            self.refresh()

    def _on_change(self, session: ProjectSession, _change: Change) -> None:
        """Recount soon when shown; when hidden, on the next show."""
        if session is self.session:
            self._stale = True
            if self.isVisible():
                self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.session is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.table.viewport().update()  # the model shades from the palette as it is now

    def set_axis(self, axis: str) -> None:
        """Columns by stakeholder group (``"group_id"``) or by dialogue (``"dialogue_id"``)."""
        index = self.axis_box.findData(axis)
        if index != self.axis_box.currentIndex():
            self.axis_box.setCurrentIndex(index)  # comes back here through the signal
            return
        if axis != self.model.axis:
            self.model.set_axis(axis)
            self._fit_columns()

    def refresh(self) -> None:
        """Count again off the GUI thread; while a count runs, one more is remembered."""
        if self.session is None:
            return
        self._reload_timer.stop()
        if self._loading:
            self._pending = True
            return
        self._loading, self._stale = True, False
        generation = self._generation
        read_matrix(self.session).success(partial(self._loaded, generation)).failure(self._load_failed).run(owner=self)

    def _loaded(self, generation: int, data: MatrixData | None) -> None:
        self._loading = False
        if generation == self._generation:
            self._show(data)
        self._load_next()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        if self.session is not None:
            self.session.failed.emit(error)
        self._load_next()

    def _load_next(self) -> None:
        if self._pending:
            self._pending = False
            self._stale = True
            if self.isVisible():
                self.refresh()

    # --- showing -------------------------------------------------------------------------------

    def _show(self, data: MatrixData | None) -> None:
        if data is None:
            self.model.set_matrix(None)
            self.heading.setText(self.tr("No theme framework"))
            self._show_empty(self.tr("This project has no theme framework yet.\n\nAdd one under Themes: "
                                     "the matrix then shows how many notes each theme got, and from whom."))
        else:
            self.heading.setText(self.tr("%1 · %Ln note(s)", "", data.total_notes).replace("%1", data.framework_name))
            if data.total_notes == 0:
                self.model.set_matrix(None)
                self._show_empty(self.tr("No notes yet.\n\nWhen notes are captured in a dialogue and tagged "
                                         "with themes, this matrix counts them per theme and stakeholder group."))
            else:
                self.model.set_matrix(data)
                self.stack.setCurrentWidget(self.matrix_area)
                self._fit_columns()
                QTimer.singleShot(0, self, self._fit_columns)  # again once the headers have their sizes
        self.loaded.emit()

    def _show_empty(self, message: str) -> None:
        if self.session is None:
            self.heading.setText("")
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)

    def _fit_columns(self) -> None:
        """The bar column keeps its width; each count column is as wide as its name needs, and
        they share what is left over (the table scrolls sideways when the names do not fit)."""
        header = self.table.horizontalHeader()
        count = self.model.columnCount()
        if count:
            header.resizeSection(self.model.total_column(), BAR_COLUMN_WIDTH)
            columns = [c for c in range(count) if c != self.model.total_column()]
            needed = {c: max(header.sectionSizeHint(c), MIN_COUNT_WIDTH) for c in columns}
            spare = self.table.viewport().width() - BAR_COLUMN_WIDTH - sum(needed.values())
            extra = max(spare, 0) // max(len(columns), 1)
            for column, width in needed.items():
                header.resizeSection(column, width + extra)
        self._fit_height()

    def _fit_height(self) -> None:
        """No empty table below the last row: the page's background shows there instead. Long theme
        names are elided at a quarter of the width (the tooltip has them whole)."""
        self.table.verticalHeader().setMaximumWidth(max(min(self.width() // 4, 280), 200))
        rows = self.table.verticalHeader()
        height = (self.table.horizontalHeader().sizeHint().height() + rows.length()
                  + 2 * self.table.frameWidth() + 2)
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMaximumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount():
            self._fit_columns()

    # --- asking for notes ----------------------------------------------------------------------

    def _cell_chosen(self, index: QModelIndex) -> None:
        self._request(self.model.note_filter(index.row(), index.column()))

    def _current_chosen(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._cell_chosen(index)

    def _header_chosen(self, orientation: Qt.Orientation, section: int) -> None:
        self._request(self.model.header_filter(orientation, section))

    def _request(self, note_filter) -> None:
        if note_filter is not None:
            self.filter_requested.emit(note_filter)
