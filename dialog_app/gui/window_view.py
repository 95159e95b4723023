"""The main window's View menu: the review table's columns and order by keyboard, and the panes'
widths on every tab (the mouse has the header's drag and menu, and the splitter handles).

Columns… and Sort by act on the review table and bring the Review tab to the front; the pane keys
act on the tab in front. The words stay in the ``MainWindow`` context, like the other menus'.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from dialog_app.gui.review import review_model
from dialog_app.gui.review.review_model import COLUMNS
from dialog_app.gui.widgets.pane_keys import page_splitter, step_side_pane


def build_view_menu(window) -> QMenu:
    """View, after Edit: Columns…, Sort by ▸, Wider / Narrower side pane."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    menu.setObjectName("viewMenu")
    window.view_menu = menu
    to_review = QCoreApplication.translate("MainWindow", "On the Review tab (it is brought to the front)")
    window.columns_action = QAction(QCoreApplication.translate("MainWindow", "&Columns…"), window)
    window.columns_action.setObjectName("columnsAction")
    window.columns_action.setStatusTip(QCoreApplication.translate("MainWindow", 
        "Show, hide and order the columns of the notes table (on the Review tab, which is brought to the front)"))
    window.columns_action.triggered.connect(lambda: open_columns(window))
    menu.addAction(window.columns_action)
    window.sort_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Sort by"))
    window.sort_menu.setObjectName("sortMenu")
    window.sort_menu.menuAction().setStatusTip(to_review)
    window.sort_menu.aboutToShow.connect(lambda: _fill_sort_menu(window))
    menu.addSeparator()
    wider = QCoreApplication.translate("MainWindow", "&Wider side pane")
    narrower = QCoreApplication.translate("MainWindow", "&Narrower side pane")
    window.widen_pane_action = _pane_action(window, wider, "widenPaneAction", "Ctrl+Alt+Right", True)
    window.narrow_pane_action = _pane_action(window, narrower, "narrowPaneAction", "Ctrl+Alt+Left", False)
    menu.addAction(window.widen_pane_action)
    menu.addAction(window.narrow_pane_action)
    return menu


def _pane_action(window, text: str, name: str, keys: str, wider: bool) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(QCoreApplication.translate("MainWindow", 
        "The pane that has the keyboard, else the one on the right, on the tab in front"))
    action.triggered.connect(lambda: step_pane(window, wider))
    return action


def step_pane(window, wider: bool) -> bool:
    splitter = page_splitter(window.tabs.currentWidget() if window.central.currentWidget() is window.workspace
                             else None)
    return splitter is not None and step_side_pane(splitter, wider)


def open_columns(window):
    from dialog_app.gui.review.columns_dialog import ColumnsDialog

    window.tabs.setCurrentWidget(window.review)
    dialog = ColumnsDialog(window.review.notes_table, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _fill_sort_menu(window) -> None:
    """The sortable columns (one chosen) and the direction, as the review table stands now."""
    menu: QMenu = window.sort_menu
    menu.clear()
    table = window.review.notes_table
    current, descending = table.sorted_by()
    columns = QActionGroup(menu)
    for name in table.column_order():
        if COLUMNS[name][1] is None:
            continue
        action = menu.addAction(review_model.column_title(name))
        action.setObjectName(f"sortBy_{name}")
        action.setCheckable(True)
        action.setChecked(name == current)
        action.triggered.connect(lambda _checked=False, name=name: sort_review(window, name, None))
        columns.addAction(action)
    menu.addSeparator()
    directions = QActionGroup(menu)
    up_words = QCoreApplication.translate("MainWindow", "&Ascending")
    down_words = QCoreApplication.translate("MainWindow", "&Descending")
    for text, down in ((up_words, False), (down_words, True)):
        action = menu.addAction(text)
        action.setObjectName("sortDescending" if down else "sortAscending")
        action.setCheckable(True)
        action.setChecked(down == descending)
        action.triggered.connect(lambda _checked=False, down=down: sort_review(window, None, down))
        directions.addAction(action)


def sort_review(window, name: str | None, descending: bool | None) -> None:
    """Sort the review table by a column and direction (None: keep the current one)."""
    table = window.review.notes_table
    current, current_descending = table.sorted_by()
    window.tabs.setCurrentWidget(window.review)
    table.sort_by(name or current, current_descending if descending is None else descending)
