"""The mapping step (tables only): the part each column plays, chosen from a combo per column,
with a live preview of the notes that makes. A mapping used before for the same layout of
columns is offered again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, \
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from dialog_app.core.import_plan import ImportFileError
from dialog_app.gui import error_text
from dialog_app.gui.imports.column_roles import ROLE_NAMES, Role, mapping_of, roles_of, with_role
from dialog_app.gui.imports.note_preview import NotePreview
from dialog_app.gui.widgets.kept_panes import keep_panes
from dialog_app.gui.widgets.keyboard_paths import item_view, tab_chain
from dialog_app.gui.widgets.readable import warning
from dialog_app.io.imports import tables
from dialog_app.io.imports.source_facts import SourceFacts, TableMapping



class MappingPage(QWidget):
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingPage")
        self.facts: SourceFacts | None = None
        self.roles: list[Role] = []
        self._detected: TableMapping | None = None
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr("Choose what each column holds. Columns marked Ignore are left out."))
        intro.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("importColumns")
        item_view(self.columns, self.tr("Columns of the file"),
                  self.tr("Choose what each column holds in the combo box after the table"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"), self.tr("Holds")])
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.verticalHeader().hide()
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.setColumnWidth(0, 220)

        self.keep_personal = QCheckBox(self.tr("Keep names and e-mail in the participant register"))
        self.keep_personal.setObjectName("importKeepPersonal")
        self.keep_personal.setToolTip(self.tr("Personal data never becomes a note; without this it is not "
                                              "stored at all"))
        self.keep_personal.toggled.connect(lambda _on: self._changed())
        self.remembered = QLabel(self.tr("These are the columns as you chose them last time for files like this."))
        self.remembered.setObjectName("importRemembered")
        self.remembered.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Use the detected columns"))
        self.reset_button.setObjectName("importResetMapping")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset)
        remembered = QHBoxLayout()
        remembered.addWidget(self.remembered, 1)
        remembered.addWidget(self.reset_button)
        self.remembered_row = QWidget()
        self.remembered_row.setLayout(remembered)
        remembered.setContentsMargins(0, 0, 0, 0)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(intro)
        top_layout.addWidget(self.remembered_row)
        top_layout.addWidget(self.columns, 1)
        top_layout.addWidget(self.keep_personal)
        self.preview = NotePreview()
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 240])
        keep_panes(splitter, "import columns")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- filling -------------------------------------------------------------------------------

    def set_facts(self, facts: SourceFacts, remembered: TableMapping | None = None) -> None:
        """Show the columns of ``facts``, in the remembered roles if there are any, else as detected."""
        self.facts = facts
        self._detected = facts.mapping
        chosen = remembered or facts.mapping
        self.remembered_row.setVisible(remembered is not None and remembered != facts.mapping)
        self.keep_personal.blockSignals(True)
        self.keep_personal.setChecked(bool(chosen and chosen.keep_personal))
        self.keep_personal.blockSignals(False)
        self.columns.setRowCount(len(facts.header))
        first = facts.sample[0] if facts.sample else ()
        for row, name in enumerate(facts.header):
            self.columns.setItem(row, 0, QTableWidgetItem(name))
            value = " ".join(first[row].split()) if row < len(first) else ""
            self.columns.setItem(row, 1, QTableWidgetItem(value))
            self.columns.setCellWidget(row, 2, self._role_box(row, name))
        # Tab goes from the table through each column's combo box (made last), then on down the page
        boxes = (self.role_box(row) for row in range(len(facts.header)))
        tab_chain(self.reset_button, self.columns, *boxes, self.keep_personal, self.preview.table)
        self._set_roles(roles_of(facts.header, chosen))

    def _role_box(self, row: int, column: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"importRole{row}")
        box.setAccessibleName(self.tr("What the column “%1” holds").replace("%1", column))
        for role, name in ROLE_NAMES.items():
            box.addItem(QCoreApplication.translate("ColumnRole", name), role.value)
        box.activated.connect(lambda _i, row=row, box=box: self.set_role(row, Role(box.currentData())))
        return box

    # --- choosing ------------------------------------------------------------------------------

    def set_role(self, column: int, role: Role) -> None:
        """Give ``column`` a part (what choosing in its combo does)."""
        self._set_roles(with_role(self.roles, column, role))

    def role_box(self, column: int) -> QComboBox:
        return self.columns.cellWidget(column, 2)

    def mapping(self) -> TableMapping:
        return mapping_of(self.facts.header if self.facts else (), self.roles, self.keep_personal.isChecked(),
                          self._detected)

    def _set_roles(self, roles: list[Role]) -> None:
        self.roles = roles
        for row, role in enumerate(roles):
            box = self.role_box(row)
            box.setCurrentIndex(box.findData(role.value))
            warning(box, role is Role.PERSONAL)
            box.setToolTip(self.tr("Personal data: never a note") if role is Role.PERSONAL else "")
        self.keep_personal.setVisible(Role.PERSONAL in roles)
        self._changed()

    def _reset(self) -> None:
        self.remembered_row.hide()
        if self.facts is not None:
            self._set_roles(roles_of(self.facts.header, self._detected))

    def _changed(self) -> None:
        if self.facts is None:
            return
        mapping = self.mapping()
        if not mapping.text:
            self.preview.show_message(self.tr("Choose at least one column of note text."))
        else:
            try:
                self.preview.show_plan(tables.preview_plan(self.facts, mapping))
            except ImportFileError as refused:
                self.preview.show_message(error_text.file_problem(refused))
        self.mapping_changed.emit()
