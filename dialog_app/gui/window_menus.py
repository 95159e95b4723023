"""The main window's actions and menus: what each is called, its keys, and where it sits.

Built here, connected to the window's own methods; the words stay in the ``MainWindow`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from dialog_app import __version__
from dialog_app.core import app_settings
from dialog_app.core.project_files import backup_folder
from dialog_app.gui import window_help, window_project
from dialog_app.gui.dialogs.crash_dialog import show_log_folder


def _action(window: QMainWindow, text: str, name: str, slot, status_tip: str = "", enabled: bool = True) -> QAction:
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    if status_tip:
        action.setStatusTip(status_tip)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    return action


def build_actions(window) -> None:
    """The File and Edit menus' actions, as attributes of the window (tests trigger them)."""
    window.new_action = _action(window, QCoreApplication.translate("MainWindow", "&New project…"),
                                "newProjectAction", window.ask_new_project)
    window.new_action.setShortcut(QKeySequence.StandardKey.New)
    window.open_action = _action(window, QCoreApplication.translate("MainWindow", "&Open project…"),
                                 "openProjectAction", window.ask_open_project)
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.demo_action = _action(
        window, QCoreApplication.translate("MainWindow", "Open &demo project"), "openDemoAction",
        window.open_demo_project, QCoreApplication.translate(
            "MainWindow", "A made-up regional strategy project with dialogues and notes, to look around in"))

    window.import_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Import…"), "importAction", lambda: window.import_file(),
        QCoreApplication.translate("MainWindow", "Bring in notes from a spreadsheet, a survey, Word minutes or "
                                                 "another analysis tool"),
        enabled=False)
    window.import_action.setShortcut(QKeySequence("Ctrl+I"))
    window.export_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Export…"), "exportAction", window.export,
        QCoreApplication.translate("MainWindow", "Write the consultation document: PDF, Word, Excel, CSV or REFI-QDA"),
        enabled=False)
    window.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    window.save_copy_action = _action(
        window, QCoreApplication.translate("MainWindow", "Save a &copy…"), "saveCopyAction", window.ask_save_copy,
        QCoreApplication.translate("MainWindow",
                                   "Write the whole project as one file, to mail it or put it on a USB stick"),
        enabled=False)
    window.prepare_tables_action = _action(
        window, QCoreApplication.translate("MainWindow", "Prepare &table projects…"), "prepareTablesAction",
        window.ask_prepare_tables,
        QCoreApplication.translate("MainWindow", "One copy of the project per table or laptop, to capture offline "
                                                 "and merge back afterwards"),
        enabled=False)
    window.merge_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Merge…"), "mergeProjectsAction", window.ask_merge,
        QCoreApplication.translate("MainWindow", "Bring table projects or other copies of this project into it"),
        enabled=False)
    window.restore_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Restore from backup…"), "restoreAction",
        window.ask_restore,
        QCoreApplication.translate("MainWindow", "Put one of the project's automatic backups in its place"),
        enabled=False)
    window.retention_action = _action(
        window, QCoreApplication.translate("MainWindow", "Retention d&ate…"), "retentionAction", window.ask_retention,
        QCoreApplication.translate("MainWindow", "The day after which the project's personal data is to be deleted "
                                                 "or anonymised"),
        enabled=False)
    window.project_facts_action = _action(
        window, QCoreApplication.translate("MainWindow", "Project &settings…"), "projectFactsAction",
        window.ask_project_facts,
        QCoreApplication.translate("MainWindow", "The project's title, organiser, time zone and language"),
        enabled=False)
    window.groups_action = _action(
        window, QCoreApplication.translate("MainWindow", "Stakeholder &groups…"), "groupsAction", window.edit_groups,
        QCoreApplication.translate("MainWindow", "Add, rename, reorder, merge and delete the project's stakeholder "
                                                 "groups"),
        enabled=False)
    window.quit_action = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), "", window.close)
    window.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    window.undo_action = _action(window, QCoreApplication.translate("MainWindow", "&Undo"), "undoAction",
                                 lambda: window._run_history("undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = _action(window, QCoreApplication.translate("MainWindow", "&Redo"), "redoAction",
                                 lambda: window._run_history("redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
    window.possible_names_action = _action(
        window, QCoreApplication.translate("MainWindow", "Possible &names…"), "possibleNamesAction",
        window.review_possible_names,
        QCoreApplication.translate("MainWindow", "Names the app found in the notes: confirm them to mask them in "
                                                 "every export, or dismiss them"),
        enabled=False)
    window.register_action = _action(
        window, QCoreApplication.translate("MainWindow", "Participant &register…"), "participantRegisterAction",
        lambda: window.edit_participants(),
        QCoreApplication.translate("MainWindow", "The named persons of each dialogue: add, edit, remove; their names "
                                                 "are masked in every export"),
        enabled=False)
    window.person_data_action = _action(
        window, QCoreApplication.translate("MainWindow", "A person's &data…"), "personDataAction",
        lambda: window.person_data(),
        QCoreApplication.translate("MainWindow", "What the project holds about one person: an extract for them, or "
                                                 "erasing them"),
        enabled=False)
    window.frameworks_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Themes and frameworks…"), "editFrameworksAction",
        window.edit_frameworks, QCoreApplication.translate(
            "MainWindow", "Create, rename, move, merge and delete themes; choose the framework to tag with"))
    window.frameworks_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    window.bin_action = window_project.bin_action(window)


def build_menus(window) -> None:
    """File, Edit, Settings and Help, from the actions ``build_actions`` made."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.new_action)
    file_menu.addAction(window.open_action)
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addAction(window.demo_action)
    file_menu.addSeparator()
    file_menu.addAction(window.save_copy_action)
    file_menu.addAction(window.prepare_tables_action)
    file_menu.addAction(window.merge_action)
    file_menu.addAction(window.restore_action)
    file_menu.addAction(window.retention_action)
    file_menu.addAction(window.project_facts_action)
    file_menu.addSeparator()
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.frameworks_action)
    edit_menu.addAction(window.groups_action)
    edit_menu.addAction(window.register_action)
    edit_menu.addAction(window.possible_names_action)
    edit_menu.addAction(window.person_data_action)
    edit_menu.addAction(window.bin_action)

    settings_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in (("sv", "Svenska"), ("en", "English")):  # each language in its own words
        action = language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(app_settings.language() == code)
        action.triggered.connect(lambda _checked=False, code=code: _choose_language(window, code))
        group.addAction(action)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    window_help.add_help_actions(window, help_menu)
    log_folder = help_menu.addAction(QCoreApplication.translate("MainWindow", "Show &log folder"))
    log_folder.setObjectName("showLogFolderAction")
    log_folder.triggered.connect(lambda: show_log_folder(window))
    privacy = help_menu.addAction(QCoreApplication.translate("MainWindow", "About &personal data"))
    privacy.setObjectName("privacyPageAction")
    privacy.triggered.connect(lambda: _privacy_page(window))
    about = help_menu.addAction(QCoreApplication.translate("MainWindow", "&About dialog_app"))
    about.triggered.connect(lambda: _about(window))


def _choose_language(window: QMainWindow, code: str) -> None:
    """At once, in every open window (gui/language_switch.py)."""
    from dialog_app.gui.language_switch import switch_language

    switch_language(code)


def _privacy_page(window) -> None:
    from dialog_app.gui.dialogs.privacy_page import PrivacyPage

    path = window.project.path if window.project is not None else None
    page = PrivacyPage(path, backup_folder(path) if path else None, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.open()


def _about(window: QMainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About dialog_app"),
        QCoreApplication.translate("MainWindow", "<h3>dialog_app %1</h3><p>Capture, tag and summarise what was heard in "
                                   "stakeholder dialogues.</p>").replace("%1", __version__),
    )
