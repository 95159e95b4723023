"""Asking where a project should be created or which one to open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from dialog_app.core.paths import PROJECT_SUFFIX, app_dirs


def _filter() -> str:
    return QCoreApplication.translate("ProjectFiles", "Dialogue projects (*%1)").replace(
        "%1", PROJECT_SUFFIX
    ) + ";;" + QCoreApplication.translate("ProjectFiles", "All files (*)")


def ask_new_project_path(parent: QWidget | None) -> Path | None:
    """The path for a new project, with the project suffix added; None when cancelled."""
    start = str(app_dirs().data / (QCoreApplication.translate("ProjectFiles", "New project") + PROJECT_SUFFIX))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ProjectFiles", "New project"), start, _filter()
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def ask_open_project_path(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ProjectFiles", "Open project"), str(app_dirs().data), _filter()
    )
    return Path(chosen) if chosen else None
