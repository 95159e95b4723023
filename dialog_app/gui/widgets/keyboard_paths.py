"""What every screen does the same way for a keyboard and a screen reader (issue 15's walk,
tests/gui/accessibility/test_accessibility_walk.py): a table, list or tree is announced by a name
and Tab leaves it in one press, and Tab goes through a row of controls in the order they are laid
out."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDialogButtonBox, QWidget


def item_view(view: QAbstractItemView, name: str, description: str = "") -> QAbstractItemView:
    """Name ``view`` for a screen reader and let Tab out of it in one press: the arrows move
    inside it. A table's own Tab went cell by cell, rows × columns presses before it let go."""
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
    view.setTabKeyNavigation(False)
    return view


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in the order given (that of the layout): a control made
    later, like a row added for a new group, is otherwise reached last."""
    for before, after in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(before, after)


def buttons_in_row_order(box: QDialogButtonBox) -> None:
    """Tab goes through ``box``'s buttons in the order the platform lays them out: a button added
    to a standard Cancel was reached after it, though it stands to its left. Call it once the box
    is in its window: moving a widget into another rebuilds its children's Tab chain."""
    layout = box.layout()
    items = (layout.itemAt(n).widget() for n in range(layout.count()))
    tab_chain(*(item for item in items if isinstance(item, QAbstractButton)))
