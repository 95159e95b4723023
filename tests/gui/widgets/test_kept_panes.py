"""The pane sizes the writer chose on a tab come back in the next session (kept in the app's settings,
in this test's own DIALOG_APP_HOME); sizes that do not fit the page are ignored."""

from __future__ import annotations

import pytest

from dialog_app.core import app_settings
from dialog_app.gui.dialogs.user_guide import UserGuide
from dialog_app.gui.imports.mapping_page import MappingPage
from dialog_app.gui.review.review_page import ReviewPage
from dialog_app.gui.widgets.pane_keys import main_pane, step_side_pane
from dialog_app.gui.dialogues.dialogues_page import DialoguesPage


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("make, view", [(ReviewPage, "review"), (DialoguesPage, "dialogues")],
                         ids=["review", "dialogues"])
def test_the_panes_a_writer_sized_come_back_next_session(app, qtbot, make, view):
    # Given a tab whose side pane the writer made wider (View ▸ Wider side pane: a splitter move)
    page = shown(qtbot, make())
    before = page.splitter.sizes()
    assert step_side_pane(page.splitter, wider=True) and step_side_pane(page.splitter, wider=True)
    chosen = page.splitter.sizes()
    assert chosen != before
    qtbot.waitUntil(lambda: app_settings.pane_sizes(view) == chosen, timeout=5_000)
    page.close()
    page.deleteLater()
    # When the tab is built again, in the next session, at the same size
    again = shown(qtbot, make())
    # Then its panes are as the writer left them, and only the main pane grows with the window
    assert again.splitter.sizes() == chosen
    again.resize(1400, 700)
    qtbot.waitUntil(lambda: sum(again.splitter.sizes()) > sum(chosen), timeout=5_000)
    grown, main = again.splitter.sizes(), main_pane(again.splitter)
    assert [size for n, size in enumerate(grown) if n != main] == [size for n, size in enumerate(chosen) if n != main]


@pytest.mark.parametrize("stored", [[100, 200], ["a", 1, 2], [0, 0, 0], [True, 10, 10], "300,800"])
def test_sizes_that_do_not_fit_are_ignored(app, qtbot, stored):
    app_settings.set_setting("pane_sizes", {"review": stored})
    default = shown(qtbot, ReviewPage()).splitter.sizes()
    assert all(size > 0 for size in default)  # the page's own sizes, not a damaged or foreign entry


@pytest.mark.parametrize("make, view", [(UserGuide, "user's guide"), (MappingPage, "import columns")],
                         ids=["guide", "import-columns"])
def test_the_panes_of_dialogs_come_back_too(app, qtbot, make, view):
    # Given the user's guide (or the import's column step), its pane made wider by the writer
    dialog = shown(qtbot, make())
    before = dialog.splitter.sizes()
    assert step_side_pane(dialog.splitter, wider=True)
    chosen = dialog.splitter.sizes()
    assert chosen != before
    qtbot.waitUntil(lambda: app_settings.pane_sizes(view) == chosen, timeout=5_000)
    dialog.close()
    # When it is opened again, then its panes are as the writer left them
    assert shown(qtbot, make()).splitter.sizes() == chosen
