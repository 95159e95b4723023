"""Help ▸ About personal data (issue 14): what is stored and where (this project's own file and
backup folder), how names are found, how a person's data is extracted and erased, the retention date,
and what the app cannot reach, said plainly."""

from __future__ import annotations

from PySide6.QtGui import QAction

from dialog_app.core.project import Project
from dialog_app.core.project_files import backup_folder
from dialog_app.gui.dialogs.privacy_page import PrivacyPage

LOAD = 10_000


def test_the_page_names_this_project_its_rights_and_what_the_app_cannot_reach(main_window, qtbot, project_path):
    path = project_path("Register")
    Project.create(path).close()
    with qtbot.waitSignal(main_window.notes_loaded, timeout=LOAD):
        main_window.open_project(path)
    main_window.findChild(QAction, "privacyPageAction").trigger()
    page = main_window.findChild(PrivacyPage, "privacyPage")
    assert page is not None and page.isVisible()
    text = page.text.toPlainText()
    assert str(path) in text and str(backup_folder(path)) in text
    assert "Possible names" in text and "Participant register" in text and "A person's data" in text
    assert "Retention date" in text and "cannot reach" in text and "final" in text
    assert "Not yet in the app" not in text


def test_without_a_project_the_page_still_reads(qtbot):
    page = PrivacyPage(None, None)
    qtbot.addWidget(page)
    assert "one file ending in .dialog" in page.text.toPlainText()
