"""Anonymising a whole project (the retention prompt's Anonymise…): ask, erase every registered
person and every name confirmed as a person's (one undo step until the project is closed), say what
was done, and offer to erase the backups made before that still hold them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from dialog_app.core.services.person_data import ErasureResult
from dialog_app.gui.dialogs import messages
from dialog_app.gui.operations.persons import anonymise_project, erase_backups
from dialog_app.gui.ops import ProjectSession


class AnonymiseFlow(QObject):
    """Lives as long as the window it was started from; every question is asked over it."""

    erased = Signal(object)  # the ErasureResult, when anybody was erased

    def __init__(self, session: ProjectSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window

    def start(self) -> None:
        question = self.tr(
            "Anonymise the project?\n\nEvery registered participant is taken off the register, and every place "
            "that names them or a name you confirmed as a person's is replaced by \u201c[borttagen person]\u201d, "
            "also in the notes' history and the search index; the file is then rewritten so that no trace is left "
            "in it. Names nobody registered or confirmed stay as written.\n\nEdit ▸ Undo brings everything back "
            "until the project is closed. After that it is final.")
        if not messages.confirm(self.window, question):
            self.deleteLater()
            return
        (anonymise_project(self.session).with_progress(self.window, self.tr("Anonymising the project…"))
         .success(self._anonymised).failure(self._failed).run(initiator=self.window))

    def _failed(self, error: BaseException) -> None:
        self.session.failed.emit(error)
        self.deleteLater()

    def _anonymised(self, result: ErasureResult) -> None:
        if not result.names:
            messages.inform(self.window, self.tr("Nobody is registered and no name is confirmed: nothing was erased."))
            self.deleteLater()
            return
        self.erased.emit(result)
        said = self.tr("%n person(s) erased from the project.", "", len(result.names)) + " " + self.tr(
            "%n place(s) replaced.", "", result.occurrences)
        if not result.backups:
            messages.inform(self.window, said)
            self.deleteLater()
            return
        question = said + "\n\n" + self.tr(
            "%n backup(s) of the project, made earlier, still hold personal data. Erase them too? This cannot be "
            "undone.", "", len(result.backups))
        if messages.confirm(self.window, question):
            (erase_backups(self.session, [backup.path for backup in result.backups])
             .success(self._backups_erased).run(initiator=self.window))
        else:
            self.deleteLater()

    def _backups_erased(self, deleted: list) -> None:
        messages.inform(self.window, self.tr("%n backup(s) erased.", "", len(deleted)))
        self.deleteLater()
