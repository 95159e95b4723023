"""File ▸ Merge…: bring table projects (or other copies of this project) into this one.

The files chosen are first merged and rolled back (a preview, ``merge_ops.preview_merge``): the
dialog says what each would bring in, and lists every theme that has the name of one of ours under
another id, with the choice to keep both or make them one; the merge waits until each is chosen.
The merge (``merge_ops.merge_projects``) takes a backup, runs with progress and Cancel, and is one
undo step; then the dialog shows what came in, with the notes it settled as links to the review.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.services.merge_report import MergeReport
from dialog_app.core.services.merge_themes import KEEP_BOTH, MAKE_ONE, ThemeConflict
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.services.project_merging import ThemesToSettle
from dialog_app.gui import error_text
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.project_file import merge_ops
from dialog_app.gui.project_file.merge_report_view import MergeReportView
from dialog_app.gui.widgets.keyboard_paths import buttons_in_row_order, item_view, tab_chain
from dialog_app.gui.widgets.readable import warning

PATH_ROLE = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    review_requested = Signal(object)  # a NoteFilter for the review table
    merged = Signal(list)  # the MergeReports of a merge that was stored

    def __init__(self, session: ProjectSession, others: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeProjectsDialog")
        self.setWindowTitle(self.tr("Merge projects"))
        self.session = session
        self.reports: list[MergeReport] = []
        self.conflicts: list[ThemeConflict] = []
        self._asked = 0  # previews asked for: only the latest one's answer is shown
        self._remark = ""  # a file left out, said until the files change again
        intro = QLabel(self.tr("Bring in what other copies of this project hold: the table projects of a meeting, "
                               "or a colleague's copy. Notes, tags, themes and syntheses are matched by id, so "
                               "nothing is doubled; the other files are only read. A backup is taken first, and "
                               "Edit ▸ Undo takes the whole merge back."))
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("mergeFiles")
        item_view(self.files, self.tr("Files to merge"))
        self.files.setMaximumHeight(self.files.fontMetrics().height() * 6)
        add = QPushButton(self.tr("&Add files…"))
        add.setObjectName("mergeAddFiles")
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_files(choose_projects(self)))
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.setObjectName("mergeRemoveFile")
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(self._remove_chosen)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(self.remove)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.report = MergeReportView()
        self.report.notes_requested.connect(lambda ids: self.review_requested.emit(NoteFilter(note_ids=ids)))
        self.conflict_heading = QLabel(self.tr("These themes have the name of a theme in this project but were made "
                                               "apart. Choose for each: keep both, or make them one (its tags and "
                                               "synthesis then go to the theme here)."))
        self.conflict_heading.setWordWrap(True)
        self.conflict_table = QTableWidget(0, 3)
        self.conflict_table.setObjectName("mergeConflicts")
        item_view(self.conflict_table, self.tr("Themes to choose for"))
        self.conflict_table.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Framework"), self.tr("Choice")])
        self.conflict_table.verticalHeader().hide()
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problem = QLabel()
        self.problem.setObjectName("mergeProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        warning(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.conflict_heading)
        layout.addWidget(self.conflict_table)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        buttons_in_row_order(self.buttons)  # once in the window: moving in reorders its Tab chain
        self._show_conflicts([])
        self.resize(680, 560)
        self.add_files(others)

    # --- the files ------------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [Path(self.files.item(row).data(PATH_ROLE)) for row in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        """Add files to merge (not this project, not one twice) and preview them all again."""
        have = {os.path.normcase(os.path.abspath(p)) for p in self.paths()}
        self._remark = ""
        for path in paths:
            key = os.path.normcase(os.path.abspath(path))
            if _same(path, self.session.project.path):
                self._remark = self.tr("A project cannot be merged into itself; it was left out.")
                continue
            if key in have:
                continue
            have.add(key)
            self.files.addItem(path.name)
            item = self.files.item(self.files.count() - 1)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        self._preview()

    def _remove_chosen(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._preview()

    # --- preview and merge ----------------------------------------------------------------------

    def _preview(self) -> None:
        self.reports = []
        self._show_conflicts([])
        self.report.show_reports([], done=False)
        self.remove.setEnabled(self.files.count() > 0)
        self._asked += 1
        if self.files.count():
            asked = self._asked
            (merge_ops.preview_merge(self.session, self.paths())
             .with_progress(self, self.tr("Reading the files to merge…"))
             .success(lambda reports: self._previewed(asked, reports))
             .failure(lambda error: asked == self._asked and self._failed(error)).run(initiator=self))

    def _previewed(self, asked: int, reports: list[MergeReport]) -> None:
        if asked != self._asked:
            return
        self.reports = reports
        self.report.show_reports(reports, done=False)
        self._show_conflicts([c for report in reports for c in report.conflicts])

    def _merge(self) -> None:
        self.merge_button.setEnabled(False)
        self._say("")
        (merge_ops.merge_projects(self.session, self.paths(), self.choices())
         .with_progress(self, self.tr("Merging…"))
         .success(self._done).failure(self._failed).run(initiator=self))

    def choices(self) -> dict[str, str]:
        """The choice made for each theme conflict (the other theme's id -> keep both / make one)."""
        chosen = {}
        for row, conflict in enumerate(self.conflicts):
            value = self.conflict_table.cellWidget(row, 2).currentData()
            if value:
                chosen[conflict.their_id] = value
        return chosen

    def _done(self, reports: list[MergeReport]) -> None:
        self.reports = reports
        self.report.show_reports(reports, done=True)
        self._show_conflicts([])
        self.files.setEnabled(False)
        for button in self.findChildren(QPushButton):
            if button.objectName() in ("mergeAddFiles", "mergeRemoveFile"):
                button.setEnabled(False)
        self.merge_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.setWindowTitle(self.tr("Merged"))
        self.merged.emit(reports)

    def done_text(self, reports: list[MergeReport]) -> str:
        """What the window's status bar says once the merge is stored."""
        notes = sum(report.added.get("note", 0) for report in reports)
        return (self.tr("Merged %n file(s): ", "", len(reports))
                + self.tr("%n new note(s)", "", notes) + " " + self.tr("(Edit ▸ Undo takes it back)"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ThemesToSettle):  # themes a preview of each file alone could not see
            self._show_conflicts([*self.conflicts, *(c for c in error.conflicts
                                                    if c.their_id not in {k.their_id for k in self.conflicts})])
            self._say(self.tr("Choose for these themes too; nothing was merged yet."))
            return
        self._say(error_text.describe(error))
        self.merge_button.setEnabled(bool(self.reports) and len(self.choices()) == len(self.conflicts))

    # --- theme conflicts ------------------------------------------------------------------------

    def _show_conflicts(self, conflicts: list[ThemeConflict]) -> None:
        chosen = self.choices() if self.conflicts else {}
        self.conflicts = conflicts
        self.conflict_table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            for column, text in enumerate((conflict.name, conflict.framework)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.conflict_table.setItem(row, column, item)
            choice = QComboBox()
            choice.setObjectName("mergeThemeChoice")
            choice.setAccessibleName(self.tr("Choice for the theme “%1”").replace("%1", conflict.name))
            choice.addItem(self.tr("Choose…"), None)
            choice.addItem(self.tr("Keep both"), KEEP_BOTH)
            choice.addItem(self.tr("Make one"), MAKE_ONE)
            choice.setCurrentIndex(max(0, choice.findData(chosen.get(conflict.their_id))))
            choice.currentIndexChanged.connect(self._check_choices)
            self.conflict_table.setCellWidget(row, 2, choice)
        # Tab goes from the table through each row's choice (made last), then on down the dialog
        tab_chain(self.conflict_table, *(self.conflict_table.cellWidget(row, 2) for row in range(len(conflicts))))
        self.conflict_table.resizeColumnToContents(2)
        self.conflict_table.resizeRowsToContents()
        rows = sum(self.conflict_table.rowHeight(row) for row in range(min(len(conflicts), 5)))
        self.conflict_table.setFixedHeight(rows + self.conflict_table.horizontalHeader().height() + 4)
        self.conflict_table.setVisible(bool(conflicts))
        self.conflict_heading.setVisible(bool(conflicts))
        self._check_choices()

    def _check_choices(self) -> None:
        """The Merge button and the line above it, from the files, the preview and the choices."""
        waiting = len(self.conflicts) - len(self.choices())
        news = any(report.changed for report in self.reports) or bool(self.conflicts)
        self.merge_button.setEnabled(bool(self.reports) and news and not waiting)
        if not self.files.count():
            self._say(self._remark or self.tr("Add the project files to merge into this one."))
        elif waiting:
            self._say(self.tr("Choose for %n theme(s) before merging.", "", waiting))
        else:
            self._say(self._remark)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def choose_projects(parent: QWidget) -> list[Path]:
    """The project files to merge, from a file dialog (tests replace this)."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("MergeDialog", "Projects to merge"), "",
        QCoreApplication.translate("MergeDialog", "dialog_app projects (*.dialog)"))
    return [Path(name) for name in names]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
