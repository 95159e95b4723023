"""Edit ▸ A person's data…: what the project holds about one person, found by name (and by the
e-mail and phone of their register entries), to hand them an extract (registerutdrag) or to erase
them (GDPR, issue 14).

Finding and the extract only read. An erasure is one named operation and one undo step until the
project is closed; then it is final. The backups made before it that still hold the person are
listed afterwards, and can be erased too (that is final at once).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.person_record import DIALOGUE, DRAFT, HISTORY, NOTE, SETTING, SYNTHESIS, PersonRecord
from dialog_app.core.services.person_data import ErasureResult
from dialog_app.gui import formats
from dialog_app.gui.dialogs import messages
from dialog_app.gui.operations.persons import (
    backups_holding,
    erase_backups,
    erase_person,
    find_person,
    known_people,
    write_extract,
)
from dialog_app.gui.ops import ProjectSession

PLACES = (NOTE, SYNTHESIS, HISTORY, DIALOGUE, SETTING, DRAFT)
EXCERPT = 160  # characters of a text shown around the first place it names the person


class PersonDataDialog(QDialog):
    erased = Signal(object)  # the ErasureResult of an erasure this dialog ran

    def __init__(self, session: ProjectSession, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDataDialog")
        self.setWindowTitle(self.tr("A person's data"))
        self.session = session
        self.record: PersonRecord | None = None
        self.result: ErasureResult | None = None
        self.backups: list = []
        intro = QLabel(self.tr(
            "A person may ask what the project holds about them (an extract), or to be erased. The search "
            "finds the full name with its endings (\u201cAnna Svenssons\u201d), and the e-mail and phone of "
            "the person's register entries, in notes (also in the bin), their history, syntheses, dialogues, "
            "settings and unsent drafts. A first name alone is not searched for: ask for it on its own."))
        intro.setWordWrap(True)
        self.name = QComboBox()
        self.name.setObjectName("personName")
        self.name.setEditable(True)
        self.name.setCurrentText(name)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.lineEdit().returnPressed.connect(self.find)
        name_label = QLabel(self.tr("&Person:"))
        name_label.setBuddy(self.name)
        self.find_button = self._button(self.tr("&Look up"), "findPersonButton", self.find)
        self.summary = QLabel()
        self.summary.setObjectName("personSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mentions = QTreeWidget()
        self.mentions.setObjectName("personMentions")
        self.mentions.setAccessibleName(self.tr("Where the person is named"))
        self.mentions.setHeaderLabels([self.tr("Where"), self.tr("Reference"), self.tr("Text")])
        self.mentions.setRootIsDecorated(True)
        self.mentions.setUniformRowHeights(True)
        header = self.mentions.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.extract_button = self._button(self.tr("Save e&xtract…"), "extractPersonButton", self.extract)
        self.extract_button.setToolTip(self.tr("Everything found, as a PDF for the person and as JSON beside it"))
        self.erase_button = self._button(self.tr("&Erase…"), "erasePersonButton", self.erase)
        self.backups_label = QLabel()
        self.backups_label.setObjectName("personBackups")
        self.backups_label.setWordWrap(True)
        self.erase_backups_button = self._button(self.tr("Erase these &backups…"), "eraseBackupsButton",
                                                 self.erase_backups)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.extract_button)
        self.actions_row.addWidget(self.erase_button)
        self.actions_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(name_label)
        top.addWidget(self.name, 1)
        top.addWidget(self.find_button)
        backups_row = QHBoxLayout()
        backups_row.addWidget(self.backups_label, 1)
        backups_row.addWidget(self.erase_backups_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.mentions, 1)
        layout.addLayout(self.actions_row)
        layout.addLayout(backups_row)
        layout.addWidget(close)
        self.resize(880, 560)
        self._show_backups([])
        self._enable()
        self.name.editTextChanged.connect(lambda _text: self._enable())
        known_people(session).success(self._known).run(owner=self)
        if name:
            self.find()

    def _known(self, names: list[str]) -> None:
        """Offer the register's and the confirmed names to choose from; what is typed stays."""
        typed = self.name.currentText()
        self.name.blockSignals(True)
        self.name.addItems(names)
        self.name.setCurrentText(typed)
        self.name.blockSignals(False)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def asked(self) -> str:
        return " ".join(self.name.currentText().split())

    def _enable(self) -> None:
        found = self.record is not None and not self.record.empty
        self.extract_button.setEnabled(self.record is not None)  # "nothing found" is an answer too
        self.erase_button.setEnabled(found and not self.session.read_only)
        self.find_button.setEnabled(len(self.asked()) >= 2)

    # --- finding ------------------------------------------------------------------------------

    def find(self) -> None:
        if len(self.asked()) < 2:
            return
        self.summary.setText(self.tr("Looking through the project…"))
        find_person(self.session, self.asked()).success(self._found).run(owner=self)
        backups_holding(self.session, self.asked()).success(self._show_backups).run(owner=self)

    def _found(self, record: PersonRecord) -> None:
        self.record = record
        self.mentions.clear()
        in_bin = self.tr("in the bin")
        for where in PLACES:
            found = [m for m in record.mentions if m.where == where]
            if not found:
                continue
            group = QTreeWidgetItem([f"{self._place(where)} ({formats.number(len(found))})", "", ""])
            for mention in found:
                ref = mention.ref + (f" · {in_bin}" if mention.in_bin else "")
                item = QTreeWidgetItem(["", ref, _excerpt(mention.text, mention.spans)])
                item.setToolTip(2, mention.text[:2000])
                group.addChild(item)
            self.mentions.addTopLevelItem(group)
            group.setExpanded(True)
        self.summary.setText(self._summary(record))
        self._enable()

    def _summary(self, record: PersonRecord) -> str:
        searched = ", ".join(record.searched_for)
        if record.empty:
            return self.tr("Nothing found for %1. Searched for: %2.").replace("%1", record.name).replace("%2", searched)
        registered = self.tr("%n register entry(ies)", "", len(record.register))
        named = self.tr("named in %n text(s)", "", len(record.mentions))
        return self.tr("%1: %2, %3. Searched for: %4.").replace("%1", record.name).replace(
            "%2", registered).replace("%3", named).replace("%4", searched)

    def _place(self, where: str) -> str:
        return {NOTE: self.tr("Notes"), SYNTHESIS: self.tr("Syntheses"), HISTORY: self.tr("Earlier versions of notes"),
                DIALOGUE: self.tr("Dialogues and questions"), SETTING: self.tr("Settings"),
                DRAFT: self.tr("Unsent drafts")}[where]

    def _show_backups(self, backups: list) -> None:
        self.backups = list(backups)
        if self.backups:
            self.backups_label.setText(self.tr(
                "%n backup(s) of the project, made earlier, still hold this person. They are kept beside the "
                "project to recover from mistakes; erase them too when the person asked to be erased.", "",
                len(self.backups)))
        else:
            self.backups_label.setText("")
        self.backups_label.setVisible(bool(self.backups))
        self.erase_backups_button.setVisible(bool(self.backups))
        self.erase_backups_button.setEnabled(bool(self.backups) and not self.session.read_only)

    # --- the extract ---------------------------------------------------------------------------

    def extract(self) -> None:
        if self.record is None:
            return
        asked = self.ask_extract_path(self.record.name)
        if asked is not None:
            (write_extract(self.session, self.record.name, asked).success(self._extracted)
             .failure(self._extract_failed).run(owner=self))

    def ask_extract_path(self, name: str) -> Path | None:
        """Where the PDF goes (its JSON beside it); None when the user cancels."""
        folder = self.session.project.path.parent
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the register extract"), str(folder / self.tr("Register extract %1.pdf").replace(
                "%1", name)), self.tr("PDF (*.pdf)"), options=QFileDialog.Option.DontConfirmOverwrite)
        return Path(chosen) if chosen else None

    def _extracted(self, written: tuple[Path, Path]) -> None:
        messages.inform(self, self.tr("The extract is saved:\n%1\n%2\n\nIt shows the person's data unmasked: "
                                      "give it only to them.").replace("%1", str(written[0])).replace(
            "%2", str(written[1])))

    def _extract_failed(self, error: BaseException) -> None:
        if isinstance(error, FileExistsError):
            messages.warn(self, self.tr("%1 exists already; nothing was written. Choose another name.").replace(
                "%1", str(error.args[0] if error.args else "")))
        else:
            self.session.failed.emit(error)

    # --- erasing ------------------------------------------------------------------------------

    def erase(self) -> None:
        record = self.record
        if record is None or record.empty or self.session.read_only:
            return
        question = self.tr(
            "Erase %1 from this project?\n\nTheir register entries are removed, and every place that names them "
            "(name, e-mail, phone) is replaced by \u201c[borttagen person]\u201d, also in the notes' history and "
            "the search index; the file is then rewritten so that no trace is left in it.\n\nEdit ▸ Undo brings "
            "everything back until the project is closed. After that the erasure is final.").replace(
            "%1", record.name)
        if not messages.confirm(self, question):
            return
        (erase_person(self.session, record.name)
         .with_progress(self, self.tr("Erasing %1…").replace("%1", record.name))
         .success(self._erased).run(initiator=self))

    def _erased(self, result: ErasureResult) -> None:
        self.result = result
        self.erased.emit(result)
        left = (self.tr(" The file still holds: %1.").replace("%1", ", ".join(result.still_in_file))
                if result.still_in_file else "")
        self.summary.setText(self.tr("%1 erased: %n place(s) replaced.", "", result.occurrences).replace(
            "%1", ", ".join(result.names)) + left)
        self.record = None
        self.mentions.clear()
        self._show_backups(list(result.backups))
        self._enable()

    def erase_backups(self) -> None:
        if not self.backups or self.session.read_only:
            return
        question = self.tr("Erase %n backup(s) of the project? This cannot be undone.", "", len(self.backups))
        if messages.confirm(self, question):
            paths = [backup.path for backup in self.backups]
            erase_backups(self.session, paths).success(self._backups_erased).run(initiator=self)

    def _backups_erased(self, deleted: list) -> None:
        messages.inform(self, self.tr("%n backup(s) erased.", "", len(deleted)))
        self._show_backups([b for b in self.backups if b.path not in set(deleted)])


def _excerpt(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text on one line, around the first place it names the person."""
    start = spans[0][0] if spans else 0
    left = max(0, start - EXCERPT // 3)
    right = min(len(text), left + EXCERPT)
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")
