"""Edit ▸ Possible names…: the names the app found in the notes that nobody registered, for the
writer to confirm (M: masked in every export) or dismiss (K: no person's name, or fit to print).

The list is read off the GUI thread (``possible_names.scan``); a choice is one named operation
and one undo step, and is remembered in the project. Decided names are shown on request, to change
a choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.services.possible_names import KEEP, MASK, NameCandidate
from dialog_app.gui import formats
from dialog_app.gui.operations.names import decide_names, scan_names
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.widgets import key_help
from dialog_app.gui.widgets.key_list import KeyNote
from dialog_app.gui.widgets.keyboard_paths import item_view

KEY_ROLE = Qt.ItemDataRole.UserRole


class PossibleNamesDialog(QDialog):
    decided = Signal()  # a choice was stored

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("possibleNamesDialog")
        self.setWindowTitle(self.tr("Possible names"))
        self.session = session
        self.candidates: list[NameCandidate] = []
        intro = QLabel(self.tr(
            "The app found these words that look like names of persons, and nobody has registered them as "
            "participants. Confirm a name (M) and it is masked in every export; dismiss it (K) when it is no "
            "person's name or may be printed. Names the app does not recognise are not listed: read the text "
            "before it is published."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("possibleNames")
        item_view(self.table, self.tr("Possible names of persons"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Times"), self.tr("Where, for example"),
                                              self.tr("Choice")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.mask_button = QPushButton(self.tr("&Mask (M)"))
        self.mask_button.setObjectName("confirmNameButton")
        self.keep_button = QPushButton(self.tr("&Keep as written (K)"))
        self.keep_button.setObjectName("dismissNameButton")
        self.show_decided = QCheckBox(self.tr("Show names already decided"))
        self.show_decided.setObjectName("showDecidedNames")
        self.show_decided.toggled.connect(self.reload)
        for button, decision in ((self.mask_button, MASK), (self.keep_button, KEEP)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, decision=decision: self.decide(decision))
        self.table.installEventFilter(self)  # M, K and Delete on the list: one key per choice
        KeyNote(self.table, "M", QT_TRANSLATE_NOOP("ShortcutHelp", "Mask the chosen names in every export"))
        KeyNote(self.table, "K", QT_TRANSLATE_NOOP("ShortcutHelp", "Keep the chosen names as written"))
        KeyNote(self.table, "Delete", QT_TRANSLATE_NOOP("ShortcutHelp", "Take the choice back: the names wait again"))
        self.state = QLabel()
        self.state.setObjectName("possibleNamesState")
        self.state.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.mask_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        row.addWidget(self.show_decided)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self.resize(760, 520)
        key_help.install(self, self.table)
        self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            choice = {Qt.Key.Key_M: MASK, Qt.Key.Key_K: KEEP, Qt.Key.Key_Delete: None}.get(event.key(), "")
            if choice != "":
                self.decide(choice)
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        self.state.setText(self.tr("Looking through the notes…"))
        scan_names(self.session, self.show_decided.isChecked()).success(self._show).run(owner=self)

    def _show(self, candidates: list[NameCandidate]) -> None:
        chosen = set(self.selected_keys())
        self.candidates = candidates
        self.table.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            cells = (candidate.shown, formats.number(candidate.count), candidate.example,
                     self._choice_text(candidate.decision))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, candidate.key)
                if column == 2:
                    item.setToolTip(candidate.example)
                self.table.setItem(row, column, item)
            if candidate.key in chosen:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        waiting = sum(1 for c in candidates if c.decision is None)
        self.state.setText(self.tr("%n possible name(s) to confirm or dismiss.", "", waiting) if waiting
                           else self.tr("Every possible name found has been decided."))
        if candidates and not self.table.selectedItems():
            self.table.selectRow(0)
        self.table.setFocus()

    def _choice_text(self, decision: str | None) -> str:
        return {MASK: self.tr("Masked"), KEEP: self.tr("Kept as written")}.get(decision, "")

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).data(KEY_ROLE) for row in rows if self.table.item(row, 0)]

    def decide(self, decision: str | None) -> None:
        """Store the choice for the selected names, then show the list again."""
        keys = self.selected_keys()
        if not keys:
            return
        next_row = max(index.row() for index in self.table.selectedIndexes()) + 1 - len(keys)
        self._after = next_row
        decide_names(self.session, keys, decision).success(lambda _none: self._decided()).run(initiator=self)

    def _decided(self) -> None:
        self.decided.emit()
        self.table.clearSelection()
        scan_names(self.session, self.show_decided.isChecked()).success(self._shown_again).run(owner=self)

    def _shown_again(self, candidates: list[NameCandidate]) -> None:
        self._show(candidates)
        if candidates:
            self.table.clearSelection()
            self.table.selectRow(min(max(self._after, 0), len(candidates) - 1))
