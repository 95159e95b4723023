"""The main window's way in for files to import: File → Import… and a file dropped on the window.

Mixed into ``MainWindow`` beside the File menu's project work; the dialog itself is the imports room's.
A dropped project file (``.dialog``) is no file to import and is left alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


class ImportActions:
    """Needs ``self.session`` and ``self.show_in_review``; the window calls ``setAcceptDrops(True)``."""

    def import_file(self, path: Path | None = None) -> None:
        """File → Import… (asks for the file) or a file dropped on the window: the import dialog."""
        if self.session is None or self.session.read_only:
            return
        from dialog_app.gui.imports.import_dialog import ImportDialog

        path = path or ImportDialog.choose_file(self)
        if path is None:
            return
        dialog = ImportDialog(self.session, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_requested.connect(self.show_in_review)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._file_to_import(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._file_to_import(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._file_to_import(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    def _file_to_import(self, event) -> Path | None:
        """The one local file of a kind the import reads, while a project is open for editing."""
        mime = event.mimeData()
        urls = mime.urls() if mime.hasUrls() else []
        if self.session is None or self.session.read_only or len(urls) != 1 or not urls[0].isLocalFile():
            return None
        from dialog_app.io.imports.reading import SUFFIXES  # the readers load when a file comes, not at start

        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in SUFFIXES else None
