"""The main window's part in the retention date (gallring, issue 14): File ▸ Retention date…, and
the prompt shown after a project whose date has passed is opened.

Mixed into ``MainWindow``. The date is read off the GUI thread once the project is shown; the
prompt comes after, window-modal but not blocking, so the project is usable behind it.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer

from dialog_app.gui.operations.retention import retention_due


class RetentionActions:
    """Needs ``self.session``, ``self.export`` and ``self.forget_erased``; the window calls ``check_retention`` when it
    has shown a project."""

    def ask_retention(self) -> None:
        """File ▸ Retention date…: set or clear the date (one undo step)."""
        if self.session is None or self.session.read_only:
            return
        from dialog_app.gui.dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def check_retention(self) -> None:
        """Read the date of the project just shown; when it has passed and someone is left to
        anonymise, say so."""
        session = self.session
        if session is not None:
            retention_due(session).success(partial(self._retention_read, session)).run(owner=self)

    def _retention_read(self, session, until: date | None) -> None:
        if session is self.session and until is not None:
            QTimer.singleShot(0, partial(self._show_retention_prompt, session, until))  # after the window shows

    def _show_retention_prompt(self, session, until: date) -> None:
        if session is not self.session:  # another project was opened meanwhile
            return
        from dialog_app.gui.dialogs.retention_prompt import RetentionDuePrompt

        prompt = RetentionDuePrompt(until, session.read_only, self)
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.anonymiseRequested.connect(self._anonymise_project)
        prompt.exportRequested.connect(self.export)
        prompt.open()

    def _anonymise_project(self) -> None:
        """The retention prompt's Anonymise…: erase every registered person and every confirmed name."""
        if self.session is not None and not self.session.read_only:
            from dialog_app.gui.participants.anonymise_flow import AnonymiseFlow

            flow = AnonymiseFlow(self.session, self)
            flow.erased.connect(self.forget_erased)
            flow.start()
