"""The review table's context menu: tag, untag, accept or reject suggestions, status, key quote, names,
merge, the bin, duplicates and the columns. Each entry is one of the table's keyed actions or names
its key, so the keyboard reaches all of it (Shift+F10 or the Menu key opens it too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from dialog_app.gui.review.suggestion_why import why_text

translate = QCoreApplication.translate  # the words keep the ReviewActions context they were made in


def context_menu(actions) -> QMenu:
    """The menu for the page of ``actions`` (its ReviewActions, which import this module: not named here)."""
    page, names = actions.page, actions.page.names
    menu = QMenu(page)
    menu.setObjectName("reviewContextMenu")
    selected = page.selected_keys()
    if names is not None and selected:
        tag_menu = menu.addMenu(translate("ReviewActions", "Tag with"))
        themes = names.active_themes()
        for number, theme in enumerate(themes, start=1):
            text = "    " * theme.depth + theme.title
            action = tag_menu.addAction(text, lambda _checked=False, theme=theme.theme_id: actions.tag(theme))
            if number <= 9:
                action.setShortcut(QKeySequence(str(number)))
        tag_menu.addSeparator()
        tag_menu.addAction(actions.pick)
        current = actions.current_row()
        on_notes = [chip for chip in current.themes] if current else []
        if on_notes:
            remove_menu = menu.addMenu(translate("ReviewActions", "Remove theme"))
            for chip in on_notes:
                remove_menu.addAction(chip.name, lambda _checked=False, theme=chip.theme_id: actions.untag(theme))
        suggested = current.suggestions if current else ()
        if suggested:
            accept_menu = menu.addMenu(translate("ReviewActions", "Accept suggestion"))
            reject_menu = menu.addMenu(translate("ReviewActions", "Reject suggestion"))
            for chip in suggested:
                hint = f"{chip.name} ({why_text(chip.why, chip.keywords)})"
                for submenu, accept in ((accept_menu, True), (reject_menu, False)):
                    submenu.addAction(hint, lambda _checked=False, theme=chip.theme_id, accept=accept:
                                      actions.decide_suggestion(accept, theme))
        menu.addAction(actions.accept_chosen)
        menu.addAction(actions.reject_chosen)
        menu.addSeparator()
        status_menu = menu.addMenu(translate("ReviewActions", "Status"))
        for action in actions.statuses.values():
            status_menu.addAction(action)
        menu.addAction(actions.key_quote)
        if current is not None and current.possible_names:
            menu.addAction(actions.mask_names)
            menu.addAction(actions.keep_names)
        actions.merge.setEnabled(len(selected) == 2)
        menu.addAction(actions.merge)
        menu.addSeparator()
        menu.addAction(actions.delete)
    menu.addAction(actions.duplicates)
    menu.addSeparator()
    menu.addMenu(page.notes_table.columns_menu(menu))  # the header's menu, here for the keyboard too
    return menu
