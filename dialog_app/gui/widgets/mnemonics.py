"""Menu items without a mnemonic get one, unique within their menu, in the language shown.

The main window's menus spell theirs out in the source and the translations; menus built from the
project's own words (themes, statuses, saved filters, recent files) cannot, so each item without
one gets the first letter of its text that no other item of the menu uses yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def mnemonic(text: str) -> str:
    """The letter after a single '&' (lower case), or '' when the text has none."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower() if not text[index + 1].isspace() else ""


def give_mnemonics(menu: QMenu) -> None:
    """Give the items of ``menu`` without a mnemonic the first free letter of their text."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used = {mnemonic(a.text()) for a in actions} - {""}
    for action in actions:
        text = action.text()
        if mnemonic(text):
            continue
        plain = text.replace("&", "&&")  # an ampersand of the words themselves stays one
        for position, char in enumerate(plain):
            if char.isalnum() and char.lower() not in used and (position == 0 or plain[position - 1] != "&"):
                used.add(char.lower())
                action.setText(plain[:position] + "&" + plain[position:])
                break
