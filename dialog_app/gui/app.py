"""Starts the GUI: the application object, the language, and the window on the chosen project."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from dialog_app.core import app_log
from dialog_app.core.paths import PROJECT_SUFFIX, app_dirs
from dialog_app.gui import unexpected
from dialog_app.gui.dialogs.crash_dialog import qt_versions
from dialog_app.gui.gui_thread_gc import collect_on_the_gui_thread
from dialog_app.gui.i18n import install_translators
from dialog_app.gui.main_window import MainWindow
from dialog_app.gui.widgets.context_key import install_context_key
from dialog_app.gui.ops import forget_running_operations


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("dialog_app")
    app.setApplicationDisplayName("dialog_app")
    app.setOrganizationName("dialog_app")
    install_translators(app)
    collect_on_the_gui_thread(app)  # Qt objects in reference cycles die on the GUI thread only
    install_context_key(app)  # Shift+F10 opens the context menu everywhere, as the Menu key does
    return app


def default_project() -> Path:
    """The project opened when none is named, called by the interface's word for dialogues
    ("Dialoger.dialog" in Swedish, since its name is the window's title); one made under the
    English name by an earlier version is still the one opened."""
    dirs = app_dirs()
    name = QCoreApplication.translate("MainWindow", "Dialogues")
    ours = dirs.data / f"{name}{PROJECT_SUFFIX}"
    return dirs.default_project if not ours.exists() and dirs.default_project.exists() else ours


def start_window(path: str | Path | None, capture: bool = False) -> MainWindow:
    """A shown main window that opens ``path``, or the default project (created when missing);
    with ``capture`` it opens on the capture screen, ready for typing."""
    window = MainWindow(start_capturing=capture)
    window.show()
    target = Path(path) if path else default_project()
    if path is None and not target.exists():
        window.create_project(target)
    else:
        window.open_project(target)
    return window


def run(path: str | None = None, capture: bool = False) -> int:
    app_log.setup()
    app_log.log_startup("window", qt_versions())
    app = create_application()
    unexpected.install()  # from here on, a failure anywhere is a calm dialog and a log entry
    try:
        window = start_window(path, capture)
        code = app.exec()
        del window
    finally:
        unexpected.uninstall()
    close_down(app)
    app_log.log.info("quit")
    return code


def close_down(app: QApplication) -> None:
    """Let background work finish and delete every window while Qt still runs.

    Left to the interpreter's final garbage collection, Qt objects held by Python callbacks were
    destroyed after Qt itself and the process aborted on exit.
    """
    for window in app.topLevelWidgets():
        window.close()
        window.deleteLater()
    QThreadPool.globalInstance().waitForDone(30_000)
    app.sendPostedEvents()  # the operations' last signals
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    forget_running_operations()
    gc.collect()
