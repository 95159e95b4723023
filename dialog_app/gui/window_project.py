"""The main window's part in the project's own facts and its stakeholder groups (issue 15):
File ▸ Project settings… and Edit ▸ Stakeholder groups…, each a dialog over the window.

Mixed into ``MainWindow``, which builds the two actions in window_menus.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


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
