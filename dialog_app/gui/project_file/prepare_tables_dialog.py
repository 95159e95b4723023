"""File ▸ Prepare table projects…: how many tables, where the files go, and what each is called.

The files to be written are listed as they are chosen; one that exists already is named before
anything is written, since a preparation never replaces a file. The copies are written by the
named operation ``file_ops.prepare_tables`` on the project's write queue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.table_projects import MAX_TABLES, TableProject, plan_tables
from dialog_app.gui import error_text
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.project_file import file_ops
from dialog_app.gui.widgets.keyboard_paths import buttons_in_row_order
from dialog_app.gui.widgets.readable import warning

DEFAULT_TABLES = 6


class PrepareTablesDialog(QDialog):
    prepared = Signal(list)  # the paths written

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareTablesDialog")
        self.setWindowTitle(self.tr("Prepare table projects"))
        self.session = session
        self.master = session.project.path
        intro = QLabel(self.tr("Each table (or laptop) gets its own copy of this project, with its dialogues, "
                               "questions, groups and themes, and captures offline. Merge the copies back "
                               "afterwards: they share every id, so nothing is doubled."))
        intro.setWordWrap(True)
        self.tables = QSpinBox()
        self.tables.setObjectName("tableCount")
        self.tables.setRange(1, MAX_TABLES)
        self.tables.setValue(DEFAULT_TABLES)
        self.tables.setMaximumWidth(self.tables.fontMetrics().horizontalAdvance("0000") + 60)
        self.label = QLineEdit(self.tr("Table %1"))
        self.label.setObjectName("tableLabel")
        self.label.setToolTip(self.tr("%1 stands for the table's number"))
        self.folder = QLineEdit(str(self.master.parent))
        self.folder.setObjectName("tableFolder")
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Tables:"), self.tables)
        form.addRow(self.tr("&Label:"), self.label)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row of widgets has no buddy of its own: "&" would show
        form.addRow(folder_label, folder_row)
        self.files = QListWidget()
        self.files.setObjectName("tableFiles")
        self.problem = QLabel()
        self.problem.setObjectName("prepareProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        warning(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.prepare_button = self.buttons.addButton(self.tr("&Prepare"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.prepare_button.setObjectName("prepareButton")
        self.buttons.accepted.connect(self._prepare)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        files_label = QLabel(self.tr("Files to be written:"))
        files_label.setBuddy(self.files)  # the list is announced by its label
        layout.addWidget(files_label)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        buttons_in_row_order(self.buttons)  # once in the window: moving in reorders its Tab chain
        for signal in (self.tables.valueChanged, self.label.textChanged, self.folder.textChanged):
            signal.connect(self._show_plan)
        self.planned: list[TableProject] = []
        self._show_plan()
        self.resize(560, 460)

    def _show_plan(self) -> None:
        self.files.clear()
        self.planned = []
        try:
            self.planned = plan_tables(self.master, self.tables.value(), Path(self.folder.text().strip()),
                                       self.label.text())
        except InvalidValueError:
            self._refuse(self.tr("The label needs %1 where the table's number goes."))
            return
        for table in self.planned:
            self.files.addItem(table.path.name)
        existing = next((table.path for table in self.planned if table.path.exists()), None)
        if not self.folder.text().strip():
            self._refuse(self.tr("Choose the folder for the files."))
        elif existing is not None:
            self._refuse(self.tr("“%1” already exists. A table project never replaces a file: choose another "
                                 "folder or label.").replace("%1", existing.name))
        else:
            self._refuse("")

    def _refuse(self, why: str) -> None:
        self.problem.setText(why)
        self.problem.setVisible(bool(why))
        self.prepare_button.setEnabled(not why)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the table projects"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _prepare(self) -> None:
        self.prepare_button.setEnabled(False)
        self.problem.setText(self.tr("Writing %n file(s)…", "", len(self.planned)))
        warning(self.problem, False)
        self.problem.show()
        file_ops.prepare_tables(self.session, self.planned).success(self._done).failure(self._failed).run(
            initiator=self)

    def _done(self, written: list[Path]) -> None:
        self.prepared.emit(written)
        self.accept()

    def done_text(self, written: list[Path]) -> str:
        """What the window's status bar says once the files are written."""
        folder = str(written[0].parent) if written else ""
        return self.tr("Prepared %n table project(s) in %1", "", len(written)).replace("%1", folder)

    def _failed(self, error: BaseException) -> None:
        warning(self.problem)
        self._refuse(error_text.describe(error))
        self.prepare_button.setEnabled(True)
