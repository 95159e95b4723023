"""The main window's part in the project's own facts, its stakeholder groups and its bin (issue 15):
File ▸ Project settings…, Edit ▸ Stakeholder groups… and Edit ▸ Bin…, each a dialog over the window.

Mixed into ``MainWindow``, which builds the actions in window_menus.py (the bin's with ``bin_action``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction


def bin_action(window) -> QAction:
    """Edit ▸ Bin…, enabled while a project is open (a read-only one's bin can be looked at)."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Bin…"), window)
    action.setObjectName("binAction")
    action.setStatusTip(QCoreApplication.translate(
        "MainWindow", "The deleted notes: restore them, or empty them from the project for good"))
    action.setEnabled(False)
    action.triggered.connect(lambda: window.show_bin())
    return action


class ProjectActions:
    """Needs ``self.session``."""

    def ask_project_facts(self) -> None:
        """File ▸ Project settings…: title, organiser, time zone, language (one undo step)."""
        if self.session is None or self.session.read_only:
            return
        from dialog_app.gui.dialogs.project_facts_dialog import ProjectFactsDialog

        dialog = ProjectFactsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda facts: self.setWindowTitle(f"{facts.title} — dialog_app"))
        dialog.open()

    def edit_groups(self) -> None:
        """Edit ▸ Stakeholder groups…: add, rename, reorder, merge, delete (each one undo step)."""
        if self.session is None or self.session.read_only:
            return
        from dialog_app.gui.dialogs.groups_dialog import GroupsDialog

        dialog = GroupsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_bin(self, dialogue_id=None) -> None:
        """Edit ▸ Bin…: the deleted notes; restore them, or empty them for good (each one undo step).
        ``dialogue_id``: that dialogue's notes chosen (the Dialogues tab's Delete sends people here)."""
        if self.session is None:
            return
        from dialog_app.gui.dialogs.bin_dialog import BinDialog

        dialog = BinDialog(self.session, self, dialogue_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
