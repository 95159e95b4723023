"""No two controls of one new dialog (issue 15) share an Alt key, in English or in Swedish; on the
Dialogues tab the buttons' keys do not take the menu bar's either."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QThreadPool, QTranslator
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

from dialog_app.core.paths import resources_dir

LOAD = 10_000


def keys(widget: QWidget) -> list[str]:
    """The Alt keys of the visible labels and buttons inside ``widget``."""
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)) and child.isVisibleTo(widget):
            match = re.search(r"&([^&\s])", child.text().replace("&&", ""))
            if match:
                found.append(match.group(1).casefold())
    return found


def clashes(found: list[str]) -> list[str]:
    return [key for key, n in Counter(found).items() if n > 1]


@pytest.fixture(params=["en", "sv"])
def language(request, app):
    translator = QTranslator()
    if request.param == "sv":
        assert translator.load("dialog_app_sv", str(resources_dir() / "translations"))
        if translator.translate("DialogueActions", "Ed&it…") in ("", "Ed&it…"):
            pytest.skip("issue 15's Swedish strings are not released yet (packaging/i18n.py)")
        app.installTranslator(translator)
    yield request.param
    app.removeTranslator(translator)


@pytest.mark.parametrize("action, name", [("project_facts_action", "projectFactsDialog"),
                                          ("groups_action", "groupsDialog")])
def test_each_dialog_has_distinct_keys(language, main_window, qtbot, tmp_path, action, name):
    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.create_project(tmp_path / "Strategi.dialog")
    getattr(main_window, action).trigger()
    qtbot.waitUntil(lambda: main_window.findChild(QDialog, name) is not None, timeout=LOAD)
    dialog = main_window.findChild(QDialog, name)
    QThreadPool.globalInstance().waitForDone(LOAD)
    assert clashes(keys(dialog)) == []


def test_the_dialogue_form_and_tab_have_distinct_keys(language, main_window, qtbot, tmp_path):
    from dialog_app.gui.dialogs.dialogue_form import DialogueFormDialog

    with qtbot.waitSignal(main_window.project_loaded, timeout=LOAD):
        main_window.create_project(tmp_path / "Strategi.dialog")
    form = DialogueFormDialog(main_window.session, None, main_window)
    form.show()
    qtbot.waitUntil(form.ok_button.isEnabled, timeout=LOAD)
    assert clashes(keys(form)) == []
    form.close()
    page = main_window.dialogues
    menu_keys = [re.search(r"&(.)", m.title()).group(1).casefold() for m in main_window.menuBar().findChildren(
        type(main_window.recent_menu)) if m.parent() is main_window.menuBar() and "&" in m.title()]
    buttons = [k for k in keys(page) if k]
    assert clashes(buttons + menu_keys) == []
