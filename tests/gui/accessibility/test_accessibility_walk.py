"""Every screen and dialog walked as a screen reader and a keyboard user meet it (issue 15): each
control announced with a name of its own, every control reached by real Tab presses, Tab and
Shift+Tab coming back round without a trap (a table or an editor let Tab out in one press), tab
order following the layout, and no style sheet that hides the focus. focus_walk.py says what
counts as each problem."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.accessibility import focus_walk as fw
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.screens import (  # noqa: F401  (window is a fixture)
    SCREENS, capture_new_project, dialog, import_columns, settle, window,
)


def _theme_picker(window, _tmp):
    from dialog_app.gui.review.theme_picker import ThemePicker
    return ThemePicker([], "Tagga", window)


def _duplicates(window, _tmp):
    from dialog_app.gui.review.duplicates_dialog import DuplicatesDialog
    return DuplicatesDialog([], {}, window)


def merge_conflict(window, qtbot, tmp):
    """The merge dialog asking what to do with a theme both copies made apart: a combo box a row."""
    from dialog_app.core.project import Project
    from dialog_app.core.table_projects import plan_tables
    from dialog_app.gui.project_file.merge_dialog import MergeDialog
    window.session.wait()
    tables = window.project.prepare_tables(plan_tables(window.project.path, 1, tmp))
    framework = window.project.frameworks.active_framework().id
    window.project.frameworks.add_theme(framework, "Kompetens")
    with Project.open(tables[0]) as project:
        project.frameworks.add_theme(framework, "Kompetens")
    shown = MergeDialog(window.session, tables, window)
    shown.show()
    qtbot.waitUntil(lambda: shown.conflict_table.rowCount() == 1, timeout=15_000)
    settle(qtbot)
    return shown


def import_target(window, qtbot, tmp):
    """The import's third step: into which dialogue the notes go."""
    shown = import_columns(window, qtbot, tmp)
    shown.chrome.next_button.click()
    settle(qtbot, 600)
    return shown


def dialogues_new_project(window, qtbot, tmp):
    """The Dialoger tab a new user meets: no dialogue yet."""
    capture_new_project(window, qtbot, tmp)
    window.tabs.setCurrentWidget(window.dialogues)
    settle(qtbot)
    return window


def key_help(name: str):
    def show(window, qtbot, tmp):
        SCREENS[name](window, qtbot, tmp)
        window.key_help_action.trigger()
        settle(qtbot)
        return window
    return show


# Met for a moment, not kept in the shared screens: the T picker, the duplicates, a merge's theme
# conflict, the F1 list.
WALKED = {**SCREENS, "import dialog, where to": import_target, "dialogues tab, a new project": dialogues_new_project,
          "theme picker": dialog(_theme_picker), "duplicates": dialog(_duplicates),
          "merge dialog, a theme conflict": merge_conflict, "F1 over the review tab": key_help("review tab"),
          "F1 over capture": key_help("capture, a dialogue open")}


@pytest.mark.parametrize("screen", WALKED)
def test_every_control_is_named_and_reached_by_tab(window, qtbot, tmp_path, screen):
    root = WALKED[screen](window, qtbot, tmp_path)
    checked, stops = fw.controls(root), fw.tab_stops(root)
    found = fw.name_problems(screen, root, checked) + fw.outline_problems(screen, root)
    overlay = fw.open_overlay(root)
    if overlay is not None:  # the keyboard stays on it: the covered controls are walked without it
        found += fw.overlay_problems(qtbot, screen, root, overlay)
    elif stops:
        found += keyboard_problems(qtbot, screen, root, stops)
    print(f"WALK {screen!r}: {len(checked)} controls, {len(stops)} tab stops, {len(found)} problems")
    assert found == [], "\n".join(found)


def keyboard_problems(qtbot, screen, root, stops) -> list[str]:
    start = fw.keyboard_at(qtbot, root)
    presses = fw.presses_for(stops)
    forwards = fw.walk(qtbot, start, presses)
    found = fw.trap_problems(screen, root, start, forwards, "Tab")
    found += fw.unreached(screen, stops, forwards)
    cycle = [start, *forwards]
    found += fw.order_problems(screen, cycle)
    start = fw.owner(QApplication.focusWidget())
    backwards = fw.walk(qtbot, start, presses, backwards=True)
    return found + fw.trap_problems(screen, root, start, backwards, "Shift+Tab")
