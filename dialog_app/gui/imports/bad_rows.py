"""The rows, paragraphs or passages that could not be read, each with its place and the reason in
words, and the choice to leave them out (or cancel the import)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, \
    QVBoxLayout, QWidget

from dialog_app.core.import_plan import BadRow
from dialog_app.gui import error_text
from dialog_app.gui.widgets.heading import make_heading
from dialog_app.gui.widgets.readable import warning

SHOWN = 500  # rows listed; a file with more is hardly a file to import


class BadRows(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBadRows")
        self._count = 0
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        make_heading(self.heading)
        warning(self.heading)  # a red that reads in dark palettes too
        self.list = QTreeWidget()
        self.list.setObjectName("importBadRowList")
        self.list.setHeaderLabels([self.tr("Where"), self.tr("Why")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMaximumHeight(130)
        self.skip = QCheckBox(self.tr("Leave these out and import the rest"))
        self.skip.setObjectName("importSkipBadRows")
        self.skip.toggled.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.skip)

    def set_rows(self, rows: tuple[BadRow, ...]) -> None:
        self.list.clear()
        self.heading.setText(self.tr("%n place(s) in the file could not be read:", "", len(rows)))
        for bad in rows[:SHOWN]:
            self.list.addTopLevelItem(QTreeWidgetItem([error_text.place(bad.origin), error_text.row_problem(bad)]))
        self.skip.setChecked(False)
        self._count = len(rows)
        self.setVisible(bool(rows))

    @property
    def settled(self) -> bool:
        """Nothing to decide, or the user chose to leave the rows out."""
        return self._count == 0 or self.skip.isChecked()
